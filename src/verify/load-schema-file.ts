/**
 * Loads a `pg_dump --schema-only` file into an ephemeral database, so migrations meet a schema
 * shaped like production. The dump is meant for psql, so psql's own lines (`\restrict`,
 * `\connect`...) are blanked out rather than sent to the server (line numbers stay right), and
 * ownership or privilege statements naming roles this server does not have are skipped: the
 * ephemeral server has no reason to know production's roles, and the shape is what matters.
 */
import { readFile } from 'node:fs/promises';
import { newPgClient } from '../db/pg-client.js';
import { TenantMigrateError } from '../errors.js';
import { text } from '../messages.js';
import { loadParser } from '../sql/parser.js';
import { SourceText } from '../sql/source-text.js';
import { type SqlPiece, SqlSplitError, splitSql } from '../sql/split.js';

export interface SchemaFileLoad {
  statements: number;
  /** Ownership and privilege statements skipped because their role does not exist here. */
  skipped: number;
}

const UNDEFINED_OBJECT = '42704';

export async function readSchemaFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new TenantMigrateError('SCHEMA_FILE_NOT_FOUND', `cannot read the schema file ${path}: ${(error as Error).message}`, {
      hint: text('schema-file.pass', 'pass the output of pg_dump --schema-only with {option}', { option: 'schemaFile' }),
    });
  }
}

/** The dump without psql meta-commands, each blanked with spaces so every string index (and line) stays where it was. */
export function withoutPsqlCommands(text: string): string {
  return text
    .split('\n')
    .map((line) => (/^\s*\\/.test(line) ? ' '.repeat(line.length) : line))
    .join('\n');
}

export async function loadSchemaFile(url: string, path: string, text: string): Promise<SchemaFileLoad> {
  await loadParser();
  const sql = withoutPsqlCommands(text);
  const source = new SourceText(text);
  let pieces: SqlPiece[];
  try {
    pieces = splitSql(sql);
  } catch (error) {
    if (!(error instanceof SqlSplitError)) throw error;
    const { line, column } = source.position(error.index);
    throw new TenantMigrateError('SCHEMA_FILE_SYNTAX', `the schema file does not parse: ${error.message}`, {
      location: { file: path, line, column },
      hint: 'pass the output of pg_dump --schema-only, unchanged',
    });
  }
  const copy = pieces.find((piece) => 'CopyStmt' in piece.node && /\bfrom\s+stdin\b/i.test(piece.sql));
  if (copy) {
    const { line, column } = source.position(copy.start);
    throw new TenantMigrateError('SCHEMA_FILE_HAS_DATA', 'the schema file contains data (COPY ... FROM stdin)', {
      location: { file: path, line, column },
      hint: 'dump the schema only: pg_dump --schema-only',
    });
  }

  // Its own session: a dump sets search_path to '' for itself, which must not leak into verify's session.
  const client = newPgClient({ connectionString: url });
  await client.connect();
  let skipped = 0;
  try {
    await client.query('BEGIN');
    for (const piece of pieces) {
      const tolerant = isOwnershipOrPrivilege(piece);
      if (tolerant) await client.query('SAVEPOINT schema_file_statement');
      try {
        await client.query(piece.sql);
      } catch (error) {
        if (tolerant && (error as { code?: string }).code === UNDEFINED_OBJECT) {
          await client.query('ROLLBACK TO SAVEPOINT schema_file_statement');
          skipped++;
          continue;
        }
        await client.query('ROLLBACK').catch(() => undefined);
        const { line, column } = source.position(piece.start);
        throw new TenantMigrateError('SCHEMA_FILE_FAILED', `loading the schema file failed: ${(error as Error).message}`, {
          location: { file: path, line, column },
          hint: 'the file must load into an empty database: pg_dump --schema-only of the production database',
        });
      }
    }
    await client.query('COMMIT');
  } finally {
    await client.end().catch(() => undefined);
  }
  return { statements: pieces.length, skipped };
}

function isOwnershipOrPrivilege(piece: SqlPiece): boolean {
  const [type] = Object.keys(piece.node);
  if (['AlterOwnerStmt', 'GrantStmt', 'GrantRoleStmt', 'AlterDefaultPrivilegesStmt'].includes(type)) return true;
  return type === 'AlterTableStmt' && /\bOWNER\s+TO\b/i.test(piece.sql);
}
