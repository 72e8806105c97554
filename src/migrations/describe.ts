import type { Migration, Statement } from './types.js';

/** The JSON `show --json` prints: the file as the tool understands it, without its raw text or ASTs. */
export interface MigrationDescription {
  path: string;
  version: number;
  versionText: string;
  name: string;
  description: string;
  scope: Migration['scope'];
  format: Migration['format'];
  transaction: boolean;
  /** What the ledger records: sha256 of the SQL and sections, comments and layout left out. */
  checksum: string;
  /** sha256 of the file's bytes (what ledgers from earlier releases hold, also accepted). */
  fileChecksum: string;
  header: Record<string, string>;
  up: StatementDescription[];
  down: StatementDescription[] | null;
}

export interface StatementDescription {
  sql: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  block: boolean;
}

export function describeMigration(migration: Migration): MigrationDescription {
  const statements = (list: Statement[]) =>
    list.map(({ sql, line, column, endLine, endColumn, block }) => ({ sql, line, column, endLine, endColumn, block }));
  return {
    path: migration.path,
    version: migration.version,
    versionText: migration.versionText,
    name: migration.name,
    description: migration.description,
    scope: migration.scope,
    format: migration.format,
    transaction: migration.transaction,
    checksum: migration.checksum,
    fileChecksum: migration.fileChecksum,
    header: Object.fromEntries(Object.entries(migration.header).map(([key, field]) => [key, field.value])),
    up: statements(migration.up.statements),
    down: migration.down ? statements(migration.down.statements) : null,
  };
}
