/**
 * `create`: picks the folder, version, format and name of a new migration and writes it,
 * refusing to overwrite anything.
 */
import { readdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { TenantMigrateError } from '../errors.js';
import type { RangeVar } from '../lint/ast.js';
import { existingBefore } from '../lint/existing.js';
import { byVersion } from '../lint/timeline.js';
import { text as message } from '../messages.js';
import { parseFileName, slugify } from '../migrations/file-name.js';
import { parseMigration } from '../migrations/parse-migration.js';
import { listMigrationFiles, readMigrations } from '../migrations/read-directory.js';
import { scopeFromName } from '../migrations/scope.js';
import type { Migration, MigrationFormat, Scope } from '../migrations/types.js';
import { loadParser, parseStatements } from '../sql/parser.js';
import { gitAuthor } from './author.js';
import { scaffoldNames } from './identifiers.js';
import { type ExistingVersion, nextVersion } from './next-version.js';
import { renderScaffold, type ScaffoldTemplate } from './templates.js';

export interface CreateOptions {
  dir: string;
  description: string;
  scope?: Scope;
  template?: ScaffoldTemplate;
  format?: MigrationFormat;
  timestamp?: boolean;
  table?: string;
  column?: string;
  author?: string;
  now?: Date;
}

export interface CreatedMigration {
  path: string;
  version: string;
  scope: Scope;
  format: MigrationFormat;
}

export async function createMigration(options: CreateOptions): Promise<CreatedMigration> {
  const slug = validDescription(options.description);
  // Before anything is created on disk: a bad name must change nothing.
  // Quoting a name asks PostgreSQL's scanner whether it is a keyword: the parser must be loaded first.
  await loadParser();
  const names = scaffoldNames(options.table ?? 'table_name', options.column ?? 'column_name');
  await mkdir(options.dir, { recursive: true });
  const set = await readMigrations(options.dir);

  let folder: string;
  let scope: Scope;
  if (set.layout === 'flat') {
    if (options.scope && options.scope !== 'both') {
      throw new TenantMigrateError(
        'FLAT_DIRECTORY',
        `${options.dir} is a flat (goose) directory: every file applies to master and every tenant`,
        {
          hint: message('scope.flat', 'leave out {option}, or move the files into master/, tenant/ and both/ folders first', {
            option: 'scope',
          }),
        },
      );
    }
    folder = options.dir;
    scope = 'both';
  } else if (options.scope) {
    scope = options.scope;
    folder = join(options.dir, existingFolderFor(options.dir, scope));
  } else if (set.layout === 'empty') {
    folder = options.dir;
    scope = 'both';
  } else {
    throw new TenantMigrateError('SCOPE_REQUIRED', `${options.dir} has scope folders: say which one the migration belongs to`, {
      hint: message('scope.required', 'add {option:scope=master}, {option:scope=tenant} or {option:scope=both}', { option: 'scope' }),
    });
  }

  if ((options.template ?? 'blank') === 'create-table') refuseExistingTable(set.migrations, scope, names.table);

  const now = options.now ?? new Date();
  const version = nextVersion(await versionsOnDisk(options.dir), scope, { timestamp: options.timestamp, now });
  const inTimeline = set.migrations.filter((migration) => migration.scope === scope);
  const format =
    options.format ?? inTimeline[inTimeline.length - 1]?.format ?? set.migrations[set.migrations.length - 1]?.format ?? 'header';
  const name = `${version}_${slug}`;
  const folderWord = folder === options.dir ? scope : (folder.split(/[\\/]/).pop() ?? scope);
  const text = renderScaffold(format, options.template ?? 'blank', {
    name,
    version,
    description: options.description.trim(),
    author: options.author ?? gitAuthor(options.dir),
    date: now.toISOString().slice(0, 10),
    scopeName: folderWord,
    ...names,
  });
  const path = join(folder, `${name}.sql`);
  refuseUnparsable(path, text, folder === options.dir ? undefined : scope);

  await mkdir(folder, { recursive: true });
  try {
    await writeFile(path, text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new TenantMigrateError('FILE_EXISTS', `${path} already exists; nothing was written`, { hint: 'choose another description' });
    }
    throw error;
  }
  return { path, version, scope, format };
}

/**
 * `--template create-table` for a table an earlier migration of the timeline made would write
 * `CREATE TABLE IF NOT EXISTS` of a live table: a no-op whose DOWN drops the real table, and
 * after which lint takes the file's index for one on a new table. Refused: say what to do instead.
 */
function refuseExistingTable(migrations: readonly Migration[], scope: Scope, table: string): void {
  const [statement] = parseStatements(`CREATE TABLE ${table} ()`);
  const relation = (statement?.node as { CreateStmt?: { relation?: RangeVar } } | undefined)?.CreateStmt?.relation;
  // A both/ file reaches every database; a master or tenant file, its own and both/'s.
  const timeline = byVersion(migrations.filter((migration) => scope === 'both' || migration.scope === scope || migration.scope === 'both'));
  const madeBy = existingBefore(timeline).madeBy(relation);
  if (madeBy === undefined) return;
  throw new TenantMigrateError('TABLE_EXISTS', `${basename(madeBy)} already creates table ${table}; nothing was written`, {
    hint: message(
      'scaffold.tableExists',
      'to change it, use {option:template=add-column} (or the blank template); CREATE TABLE IF NOT EXISTS of an existing table does nothing, and its DOWN would drop the real table',
      { option: 'template' },
    ),
  });
}

/**
 * The rendered file must read back as a migration: the templates are ours, but the names and
 * words in them are the user's, and a scaffold that does not parse must not reach the directory.
 */
function refuseUnparsable(path: string, text: string, folderScope: Scope | undefined): void {
  const { problems } = parseMigration(path, Buffer.from(text), { folderScope });
  if (problems.length === 0) return;
  const [first] = problems;
  throw new TenantMigrateError(
    'SCAFFOLD_UNPARSABLE',
    `the migration create would write does not parse: ${first.message} (line ${first.line}, column ${first.column}); nothing was written`,
    {
      detail: text
        .split('\n')
        .map((line, index) => `${String(index + 1).padStart(3)} | ${line}`)
        .join('\n'),
      hint: message(
        'scaffold.unparsable',
        'check {option:table}, {option:column} and the description; quote a name in double quotes to keep it exactly',
        {
          option: 'table',
        },
      ),
    },
  );
}

/**
 * Versions from the file names, not from the parsed files: a file that cannot be read as a
 * migration (not UTF-8, say) still holds its version, and a new file must not take it.
 */
async function versionsOnDisk(dir: string): Promise<ExistingVersion[]> {
  const { files } = await listMigrationFiles(dir);
  return files.flatMap((file) => {
    const parts = parseFileName(basename(file.path));
    return parts ? [{ version: parts.version, versionText: parts.versionText, scope: file.folderScope ?? 'both' }] : [];
  });
}

function validDescription(description: string): string {
  const slug = slugify(description);
  if (/[/\\\0]/.test(description) || /[\u0000-\u001f]/.test(description) || !slug) {
    throw new TenantMigrateError('BAD_DESCRIPTION', `"${description}" cannot make a migration file name`, {
      hint: 'describe the change in words, e.g. "add email verification to users"',
    });
  }
  return slug;
}

/** The folder the project already uses for a scope (`host/` for master, say), else the scope's own name. */
function existingFolderFor(dir: string, scope: Scope): string {
  const folders = readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  return folders.find((entry) => scopeFromName(entry.name) === scope)?.name ?? scope;
}
