/**
 * The ledger `_migration_versions`: one row per migration run, in each target (schema-qualified
 * for schema tenants). The first four columns are the ones users already query (the Python
 * runner's); the rest say which file, how long and who. Rows are appended, never updated; a
 * rollback removes the version's `up` rows and adds a `down` row (so `MAX(version) WHERE
 * direction = 'up'` is the current version) and the table stays the target's history. A version
 * is applied when its newest row says `up`.
 */
import pg from 'pg';
import { GOOSE_TABLE, gooseTableOf, LEDGER_TABLE } from './ledger-names.js';
import { qualified } from './session.js';

const { escapeLiteral } = pg;

export { GOOSE_TABLE, gooseTableOf, LEDGER_TABLE } from './ledger-names.js';

/** goose's table for the ledger in `schema`, quoted for SQL: beside it, or where a schema-qualified name says. */
export function qualifiedGooseTable(schema: string, gooseTable: string = GOOSE_TABLE): string {
  const where = gooseTableOf(schema, gooseTable);
  return qualified(where.schema, where.table);
}

/** Columns tenant-migrate adds to a ledger another runner created, with their definitions. */
const LEDGER_COLUMNS: Array<[string, string]> = [
  ['id', 'BIGSERIAL'],
  ['version', 'BIGINT'],
  ['name', 'TEXT'],
  ['direction', "TEXT NOT NULL DEFAULT 'up'"],
  ['applied_at', 'TIMESTAMPTZ NOT NULL DEFAULT now()'],
  ['scope', 'TEXT'],
  ['checksum', 'TEXT'],
  ['duration_ms', 'INTEGER'],
  ['applied_by', 'TEXT'],
];

/** True when the ledger has every column tenant-migrate writes (nothing for ensureLedger to add). */
export function ledgerComplete(columns: ReadonlySet<string>): boolean {
  return LEDGER_COLUMNS.every(([name]) => columns.has(name));
}

export interface LedgerRow {
  /** The row's id when the ledger has one (ours do; ensureLedger adds it to others'). */
  id?: number;
  version: number;
  name: string;
  /** The scope the row was written for (master, tenant, both), or null (another runner's row). */
  scope?: string | null;
  direction: 'up' | 'down';
  appliedAt: Date | null;
  checksum: string | null;
  appliedBy: string | null;
}

export interface AppliedMigration {
  /** `scope:version` of the file this row is (see migrationKey), or of the row itself when no file matches. */
  key: string;
  version: number;
  name: string;
  /** The migration's scope folder (master, tenant, both); null when neither the row nor a file says. */
  scope: string | null;
  /** Null for rows another runner wrote (goose, the Python runner): nothing to compare with. */
  checksum: string | null;
  appliedAt: Date | null;
  /** Ids of the version's `up` rows: a rollback replaces them with its `down` row. */
  upRowIds: number[];
  /** Position of its newest `up` row in the history: rollback undoes the most recent first. */
  order: number;
}

/** What a target's ledger says, folded from its history. */
export interface AppliedState {
  /** Applied migrations, ascending by version (then scope). */
  applied: AppliedMigration[];
  lastAppliedAt: Date | null;
}

export interface LedgerInspection {
  /** The ledger's columns; empty when it does not exist yet. */
  columns: Set<string>;
  hasGooseTable: boolean;
}

export async function inspectLedger(client: pg.Client, schema: string, gooseTable = GOOSE_TABLE): Promise<LedgerInspection> {
  const { rows } = await client.query<InspectionRow>(`SELECT ${inspectionColumns(schema, gooseTable)}`);
  return toInspection(rows[0]);
}

/** What inspectionColumns selects. */
export interface InspectionRow {
  columns: string[] | null;
  goose: boolean;
}

/**
 * The select list that inspects a ledger (its columns, a goose table beside it), with the schema
 * written in: it can share a round trip with other statements. pg_catalog rather than
 * information_schema: on a fresh backend the views cost more than the rest of a status.
 */
export function inspectionColumns(schema: string, gooseTable = GOOSE_TABLE): string {
  const ledger = escapeLiteral(qualified(schema, LEDGER_TABLE));
  const goose = escapeLiteral(qualifiedGooseTable(schema, gooseTable));
  return `(SELECT array_agg(attname::text) FROM pg_attribute
              WHERE attrelid = to_regclass(${ledger}) AND attnum > 0 AND NOT attisdropped) AS columns,
            to_regclass(${goose}) IS NOT NULL AS goose`;
}

export function toInspection(row: InspectionRow): LedgerInspection {
  return { columns: new Set(row.columns ?? []), hasGooseTable: row.goose };
}

/** Creates the ledger, or adds the columns a ledger from another runner lacks. Run under the target's lock. */
export async function ensureLedger(client: pg.Client, schema: string, inspection: LedgerInspection): Promise<Set<string>> {
  const table = qualified(schema, LEDGER_TABLE);
  if (inspection.columns.size === 0) {
    await client.query(createLedgerSql(schema));
    return allLedgerColumns();
  }
  const missing = LEDGER_COLUMNS.filter(([name]) => !inspection.columns.has(name));
  if (missing.length > 0) {
    await client.query(`ALTER TABLE ${table} ${missing.map(([name, type]) => `ADD COLUMN IF NOT EXISTS ${name} ${type}`).join(', ')}`);
  }
  return new Set([...inspection.columns, ...LEDGER_COLUMNS.map(([name]) => name)]);
}

/**
 * The ledger's CREATE: run on its own by ensureLedger, or inside a target's first migration
 * (one commit fewer per new target; a first migration that fails leaves no ledger behind).
 */
export function createLedgerSql(schema: string): string {
  return `CREATE TABLE IF NOT EXISTS ${qualified(schema, LEDGER_TABLE)} (
  id BIGSERIAL PRIMARY KEY,
  version BIGINT NOT NULL,
  name TEXT NOT NULL,
  direction TEXT NOT NULL DEFAULT 'up' CHECK (direction IN ('up', 'down')),
  applied_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  scope TEXT,
  checksum TEXT,
  duration_ms INTEGER,
  applied_by TEXT
)`;
}

/** The columns of a ledger tenant-migrate created. */
export function allLedgerColumns(): Set<string> {
  return new Set(LEDGER_COLUMNS.map(([name]) => name));
}

/** The ledger's rows, oldest first. Reads only the columns that exist (a dry run does not add any). */
export async function readLedger(client: pg.Client, schema: string, columns: Set<string>): Promise<LedgerRow[]> {
  if (columns.size === 0) return [];
  const { rows } = await client.query<RawLedgerRow>(`${ledgerRowsSelect(schema, columns)} ORDER BY ${ledgerOrder(columns)}`);
  return rows.map(toLedgerRow);
}

/** A ledger row as the SELECT of ledgerRowsSelect returns it. */
export interface RawLedgerRow {
  row_id: string | null;
  version: string;
  scope: string | null;
  name: string | null;
  direction: string | null;
  applied_at: Date | null;
  checksum: string | null;
  applied_by: string | null;
}

/**
 * The SELECT (without ORDER BY) that reads one ledger's rows in the same shape whatever columns
 * it has: the ones it lacks read as NULL. `extra` adds leading columns (the batch reader's key).
 */
export function ledgerRowsSelect(schema: string, columns: Set<string>, extra = ''): string {
  const pick = (column: string, fallback = 'NULL') => (columns.has(column) ? column : fallback);
  // Named row_id: an output column called id would make ORDER BY id sort the text.
  return `SELECT ${extra}${pick('id')}::text AS row_id, version::text AS version, ${pick('scope')}::text AS scope, ${pick('name')}::text AS name, ${pick('direction', "'up'")}::text AS direction,
            ${pick('applied_at')}::timestamptz AS applied_at, ${pick('checksum')}::text AS checksum, ${pick('applied_by')}::text AS applied_by
       FROM ${qualified(schema, LEDGER_TABLE)}`;
}

/** Insertion order: id; a ledger another runner made may only have applied_at. */
export function ledgerOrder(columns: Set<string>): string {
  return columns.has('id') ? 'id' : columns.has('applied_at') ? 'applied_at' : 'version';
}

export function toLedgerRow(row: RawLedgerRow): LedgerRow {
  return {
    ...(row.row_id === null ? {} : { id: Number(row.row_id) }),
    version: Number.parseInt(row.version, 10),
    scope: row.scope,
    name: row.name ?? row.version,
    direction: row.direction?.trim().toLowerCase() === 'down' ? 'down' : 'up',
    appliedAt: row.applied_at,
    checksum: row.checksum,
    appliedBy: row.applied_by,
  };
}

/**
 * Folds the history: a migration is applied when its newest row is `up`. A migration is its scope
 * folder and version (`host/001` and `both/001` are two), so each row is first matched to its file
 * (see `rowKey`). Pure.
 */
export function appliedState(rows: readonly LedgerRow[], migrations: readonly MigrationIdentity[] = []): AppliedState {
  const files = filesByVersion(migrations);
  const latest = new Map<string, { row: LedgerRow; order: number }>();
  const upRows = new Map<string, number[]>();
  let lastAppliedAt: Date | null = null;
  rows.forEach((row, order) => {
    if (Number.isNaN(row.version)) return;
    const key = rowKey(row, files);
    if (row.direction === 'up' && row.id !== undefined) upRows.set(key, [...(upRows.get(key) ?? []), row.id]);
    latest.set(key, { row, order });
    if (row.appliedAt && (!lastAppliedAt || row.appliedAt > lastAppliedAt)) lastAppliedAt = row.appliedAt;
  });
  const applied = [...latest.entries()]
    .filter(([, { row }]) => row.direction === 'up')
    .map(([key, { row, order }]) => ({
      key,
      version: row.version,
      name: row.name,
      scope: key.startsWith('?:') ? null : key.slice(0, key.indexOf(':')),
      checksum: row.checksum,
      appliedAt: row.appliedAt,
      upRowIds: upRows.get(key) ?? [],
      order,
    }))
    .sort((a, b) => a.version - b.version || a.key.localeCompare(b.key));
  return { applied, lastAppliedAt };
}

/** What identifies a migration file: its scope folder and its version. */
export interface MigrationIdentity {
  scope: string;
  version: number;
  name: string;
}

/** `master:1`, `both:1`: a migration's identity in the ledger. */
export function migrationKey(migration: Pick<MigrationIdentity, 'scope' | 'version'>): string {
  return `${migration.scope}:${migration.version}`;
}

function filesByVersion(migrations: readonly MigrationIdentity[]): Map<number, MigrationIdentity[]> {
  const byVersion = new Map<number, MigrationIdentity[]>();
  for (const migration of migrations) byVersion.set(migration.version, [...(byVersion.get(migration.version) ?? []), migration]);
  return byVersion;
}

const ROW_SCOPES: Record<string, string> = { master: 'master', host: 'master', tenant: 'tenant', tenants: 'tenant', both: 'both' };

/**
 * The file a ledger row is: the one of its scope and version; else (a row without a scope, from
 * another runner, or one that named its timeline for a both/ or flat file, as goose adoption and
 * earlier releases did) the file of that version with the row's name, or the only file of that
 * version. A row no file matches keeps its own scope and version (a file that is gone).
 */
function rowKey(row: LedgerRow, files: Map<number, MigrationIdentity[]>): string {
  const scope = ROW_SCOPES[row.scope?.trim().toLowerCase() ?? ''];
  const candidates = files.get(row.version) ?? [];
  const pick =
    candidates.find((file) => file.scope === scope) ??
    candidates.find((file) => file.name === row.name) ??
    (candidates.length === 1 ? candidates[0] : undefined) ??
    candidates.find((file) => file.scope !== 'both');
  if (pick) return migrationKey(pick);
  return `${scope ?? '?'}:${row.version}`;
}

export interface LedgerEntry {
  version: number;
  /**
   * The version as its file name writes it ('001'). Written instead of `version`: a numeric
   * column reads it as the same number, and a text column (the Python runner's varchar) keeps
   * the zero-padding its `MAX(version)` and lookups rely on.
   */
  versionText?: string;
  name: string;
  direction: 'up' | 'down';
  scope: string;
  checksum: string | null;
  durationMs: number | null;
  appliedBy: string;
  appliedAt?: Date | null;
}

/** A migration's row, the rows it replaces, and goose_db_version kept in step: written in the caller's transaction. */
export interface LedgerChange {
  entry: LedgerEntry;
  /** Ids of rows this one replaces: the `up` rows of a version being rolled back. */
  replacesRows: readonly number[];
  /** The target has goose_db_version: record the version there too, as goose would. */
  gooseTable: boolean;
  /** goose's table's name when not goose_db_version (goose -table, GOOSE_TABLE). */
  gooseTableName?: string;
}

/**
 * Writes a migration's ledger change. A rollback removes the version's `up` rows and adds a
 * `down` row, so the Python runner's `SELECT MAX(version) ... WHERE direction = 'up'` stays the
 * current version and the history shows when and by whom it was rolled back. goose_db_version,
 * when the target has one, gets what goose itself writes: a row with is_applied on the way up,
 * the version's rows deleted on the way down.
 */
export async function recordLedgerChange(client: pg.Client, schema: string, change: LedgerChange): Promise<void> {
  if (change.replacesRows.length > 0) {
    await client.query(`DELETE FROM ${qualified(schema, LEDGER_TABLE)} WHERE id = ANY($1::bigint[])`, [change.replacesRows]);
  }
  await recordLedgerEntry(client, schema, change.entry);
  if (!change.gooseTable) return;
  const goose = qualifiedGooseTable(schema, change.gooseTableName);
  if (change.entry.direction === 'up') {
    await client.query(`INSERT INTO ${goose} (version_id, is_applied) VALUES ($1, true)`, [change.entry.version]);
  } else {
    await client.query(`DELETE FROM ${goose} WHERE version_id = $1`, [change.entry.version]);
  }
}

/**
 * The ledger change as plain statements with their values written in (no parameters), to share
 * one simple-query round trip with the migration. The duration is the server's: the time since
 * the transaction began (now() is its start), which is when the migration's BEGIN ran.
 */
export function ledgerChangeStatements(
  schema: string,
  change: Omit<LedgerChange, 'entry'> & { entry: Omit<LedgerEntry, 'durationMs'> },
): string[] {
  const { entry } = change;
  const table = qualified(schema, LEDGER_TABLE);
  const statements: string[] = [];
  if (change.replacesRows.length > 0) {
    statements.push(`DELETE FROM ${table} WHERE id IN (${change.replacesRows.map((id) => String(Math.trunc(Number(id)))).join(', ')})`);
  }
  const text = (value: string | null | undefined) => (value === null || value === undefined ? 'NULL' : escapeLiteral(value));
  statements.push(
    `INSERT INTO ${table} (version, name, direction, scope, checksum, duration_ms, applied_by, applied_at)
     VALUES (${text(entry.versionText ?? String(entry.version))}, ${text(entry.name)}, ${text(entry.direction)}, ${text(entry.scope)}, ${text(entry.checksum)},
             round(extract(epoch FROM clock_timestamp() - now()) * 1000)::int, ${text(entry.appliedBy)}, ${entry.appliedAt ? `${text(entry.appliedAt.toISOString())}::timestamptz` : 'now()'})`,
  );
  if (change.gooseTable) {
    const goose = qualifiedGooseTable(schema, change.gooseTableName);
    const version = String(Math.trunc(entry.version));
    statements.push(
      entry.direction === 'up'
        ? `INSERT INTO ${goose} (version_id, is_applied) VALUES (${version}, true)`
        : `DELETE FROM ${goose} WHERE version_id = ${version}`,
    );
  }
  return statements;
}

export async function recordLedgerEntry(client: pg.Client, schema: string, entry: LedgerEntry): Promise<void> {
  await client.query(
    `INSERT INTO ${qualified(schema, LEDGER_TABLE)} (version, name, direction, scope, checksum, duration_ms, applied_by, applied_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, coalesce($8::timestamptz, now()))`,
    [
      entry.versionText ?? String(entry.version),
      entry.name,
      entry.direction,
      entry.scope,
      entry.checksum,
      entry.durationMs === null ? null : Math.round(entry.durationMs),
      entry.appliedBy,
      entry.appliedAt ?? null,
    ],
  );
}
