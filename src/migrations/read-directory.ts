/**
 * A migrations directory as the tool reads it: scope folders (`master/` or `host/`, `tenant/`,
 * `both/`), or a flat goose directory whose files apply to master and every tenant.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { TenantMigrateError } from '../errors.js';
import { text } from '../messages.js';
import { loadParser } from '../sql/parser.js';
import { readBytes } from './load-migration.js';
import { type ParseOptions, parseMigration } from './parse-migration.js';
import { problemsToError } from './problem-error.js';
import { scopeFromName, timelinesOf } from './scope.js';
import type { Migration, MigrationProblem, Scope, Timeline } from './types.js';

export type DirectoryLayout = 'scoped' | 'flat' | 'empty';

export interface MigrationSet {
  dir: string;
  layout: DirectoryLayout;
  /** Every readable migration, ordered by version (then path). */
  migrations: Migration[];
  problems: MigrationProblem[];
}

export interface MigrationFileEntry {
  path: string;
  /** Undefined in a flat directory. */
  folderScope?: Scope;
  /** The folder as written (`host`, `master`, ...) or '' for a flat directory. */
  folder: string;
}

/** Lists the `.sql` files of a migrations directory with the scope of their folder. */
export async function listMigrationFiles(dir: string): Promise<{ layout: DirectoryLayout; files: MigrationFileEntry[] }> {
  const entries = await readDirectory(dir);
  const files: MigrationFileEntry[] = [];
  const scopeFolders = entries.filter((entry) => entry.isDirectory() && scopeFromName(entry.name));
  for (const folder of scopeFolders) {
    const folderScope = scopeFromName(folder.name);
    for (const entry of await readDirectory(join(dir, folder.name))) {
      if (entry.isFile() && entry.name.toLowerCase().endsWith('.sql')) {
        files.push({ path: join(dir, folder.name, entry.name), folderScope, folder: folder.name });
      }
    }
  }
  const topLevel = entries.filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.sql'));
  for (const entry of topLevel) files.push({ path: join(dir, entry.name), folder: '' });
  const layout: DirectoryLayout = scopeFolders.length > 0 ? 'scoped' : topLevel.length > 0 ? 'flat' : 'empty';
  return { layout, files };
}

export interface ReadOptions extends ParseOptions {
  /**
   * A file that cannot be read (permissions, an I/O error): `throw` its error (the default: a
   * command that runs migrations must not go on without one), or `problem`: report it as a
   * problem of that file and read the others (lint).
   */
  unreadable?: 'throw' | 'problem';
}

/** Reads and parses every migration; problems (including duplicate versions) are collected, not thrown. */
export async function readMigrations(dir: string, options: ReadOptions = {}): Promise<MigrationSet> {
  const loading = loadParser();
  const { layout, files } = await listMigrationFiles(dir);
  const problems: MigrationProblem[] = [];
  const migrations: Migration[] = [];
  // The files are read while the parser's WASM compiles (on V8's background threads), not after.
  const contents = files.map((file) => (options.unreadable === 'problem' ? readOrProblem(file.path) : readBytes(file.path)));
  if (!options.lazyStatements) await loading;
  const { unreadable: _, ...parseOptions } = options;
  files.forEach((file, index) => {
    if (layout === 'scoped' && file.folder === '') {
      problems.push({
        code: 'FILE_OUTSIDE_SCOPE_FOLDER',
        message: `${file.path} sits next to the scope folders and belongs to none`,
        path: file.path,
        line: 1,
        column: 1,
        hint: 'move it into master/, tenant/ or both/',
      });
      return;
    }
    const bytes = contents[index];
    if (!Buffer.isBuffer(bytes)) {
      problems.push(bytes);
      return;
    }
    const parsed = parseMigration(file.path, bytes, { ...parseOptions, folderScope: file.folderScope });
    problems.push(...parsed.problems);
    if (parsed.migration) migrations.push(parsed.migration);
    if (parsed.migration && options.lazyStatements) folderScopes.set(parsed.migration, file.folderScope);
  });
  // At one version, both/ first: see `timeline`.
  migrations.sort((a, b) => a.version - b.version || SCOPE_RANK[a.scope] - SCOPE_RANK[b.scope] || a.path.localeCompare(b.path));
  problems.push(...findDuplicateVersions(migrations));
  return { dir, layout, migrations, problems };
}

/** A file's bytes, or the reason it cannot be read as a problem of that file (at 1:1). */
export function readOrProblem(path: string): Buffer | MigrationProblem {
  try {
    return readBytes(path);
  } catch (error) {
    if (!(error instanceof TenantMigrateError)) throw error;
    return {
      code: error.code,
      message: error.message,
      path,
      line: 1,
      column: 1,
      hint:
        error.code === 'READ_FAILED'
          ? 'make the file readable by the user that runs tenant-migrate (e.g. chmod a+r), or move it out of the migrations directory'
          : undefined,
    };
  }
}

/** The folder scope of each migration read with `lazyStatements`, for `parseFully`. */
const folderScopes = new WeakMap<Migration, Scope | undefined>();

/**
 * A set read with `lazyStatements`, with the files `needed` picks parsed in full: their SQL's
 * problems replace what the light reading found of them. The others stay as they were.
 */
export function parseFully(set: MigrationSet, needed: (migration: Migration) => boolean, options: ParseOptions = {}): MigrationSet {
  const reparsed = new Map<string, ReturnType<typeof parseMigration>>();
  for (const migration of set.migrations) {
    if (!needed(migration)) continue;
    const folderScope = folderScopes.has(migration) ? folderScopes.get(migration) : migration.scope;
    reparsed.set(
      migration.path,
      parseMigration(migration.path, readBytes(migration.path), { ...options, folderScope, lazyStatements: false }),
    );
  }
  if (reparsed.size === 0) return set;
  const migrations = set.migrations.flatMap((migration) => {
    const again = reparsed.get(migration.path)?.migration;
    return again ? [again] : reparsed.has(migration.path) ? [] : [migration];
  });
  const problems = [
    // Duplicate versions are the set's, not the file's: they stay.
    ...set.problems.filter((problem) => !reparsed.has(problem.path) || problem.code === 'DUPLICATE_VERSION'),
    ...[...reparsed.values()].flatMap((parsed) => parsed.problems),
  ];
  return { ...set, migrations, problems };
}

/** Reads a directory for commands that need every file right: any problem is an error listing all of them. */
export async function loadMigrations(dir: string, options: ParseOptions = {}): Promise<MigrationSet> {
  const set = await readMigrations(dir, options);
  if (set.problems.length > 0) {
    throw problemsToError(set.problems, new Map(set.migrations.map((migration) => [migration.path, migration.source])));
  }
  return set;
}

/**
 * The migrations that apply to one timeline, in the order they run: by version, and at one
 * version a both/ file before the timeline's own folder (both/ holds what the two timelines
 * share, which the other folders may build on). The directory is read sorted that way.
 */
export function timeline(migrations: readonly Migration[], which: Timeline): Migration[] {
  return migrations.filter((migration) => timelinesOf(migration.scope).includes(which));
}

/**
 * Two files of one scope folder with one version. Folders are numbered independently, as the
 * Python runner's layout does (`host/001`, `tenant/001` and `both/001` side by side): the ledger
 * identifies a migration by its scope and version, so only a clash within a scope is one.
 */
export function findDuplicateVersions(migrations: readonly Migration[]): MigrationProblem[] {
  const problems: MigrationProblem[] = [];
  const seen = new Map<string, Migration>();
  for (const migration of migrations) {
    if (migration.versionText === '') continue;
    const key = `${migration.scope}:${migration.version}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, migration);
      continue;
    }
    problems.push({
      code: 'DUPLICATE_VERSION',
      message: `version ${migration.version} is used twice in ${SCOPE_WORDS[migration.scope]}: ${first.path} and ${migration.path}`,
      path: migration.path,
      others: [first.path],
      line: 1,
      column: 1,
      hint: 'give one of them the next free version (tenant-migrate create picks it)',
    });
  }
  return problems;
}

const SCOPE_RANK: Record<Scope, number> = { both: 0, master: 1, tenant: 2 };

const SCOPE_WORDS: Record<Scope, string> = {
  master: 'the master scope (master/ or host/)',
  tenant: 'the tenant scope',
  both: 'the both scope (a flat directory, or both/)',
};

async function readDirectory(dir: string) {
  try {
    const info = await stat(dir);
    if (!info.isDirectory()) {
      throw new TenantMigrateError('NOT_A_DIRECTORY', `${dir} is not a directory`, {
        hint: text('dir.pass', 'pass the migrations directory with {option}', { option: 'dir' }),
      });
    }
    return await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if (error instanceof TenantMigrateError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new TenantMigrateError('DIR_NOT_FOUND', `the migrations directory ${dir} does not exist`, {
        hint: text('dir.pass-or-create', 'pass it with {option}, or create it with tenant-migrate create', { option: 'dir' }),
      });
    }
    throw error;
  }
}
