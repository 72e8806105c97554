/**
 * The ledger `_migration_versions`: one row per migration run, in each target (schema-qualified
 * for schema tenants). The first four columns are the ones users already query (the Python
 * runner's); the rest say which file, how long and who. Rows are appended, never updated: a
 * rollback adds a `down` row, so the table is also the target's history. A version is applied
 * when its newest row says `up`.
 */
import type pg from 'pg';
import { qualified } from './session.js';

export const LEDGER_TABLE = '_migration_versions';
export const GOOSE_TABLE = 'goose_db_version';

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
  version: number;
  name: string;
  /** Null for rows another runner wrote (goose, the Python runner): nothing to compare with. */
  checksum: string | null;
  appliedAt: Date | null;
}

/** What a target's ledger says, folded from its history. */
export interface AppliedState {
  /** Applied versions, ascending. */
  applied: AppliedMigration[];
  lastAppliedAt: Date | null;
}

export interface LedgerInspection {
  /** The ledger's columns; empty when it does not exist yet. */
  columns: Set<string>;
  hasGooseTable: boolean;
}

export async function inspectLedger(client: pg.Client, schema: string): Promise<LedgerInspection> {
  // pg_catalog rather than information_schema: on a fresh backend the views cost more than the rest of a status.
  const { rows } = await client.query<{ columns: string[] | null; goose: boolean }>(
    `SELECT (SELECT array_agg(attname::text) FROM pg_attribute
              WHERE attrelid = to_regclass(format('%I.%I', $1::text, $2::text)) AND attnum > 0 AND NOT attisdropped) AS columns,
            to_regclass(format('%I.%I', $1::text, $3::text)) IS NOT NULL AS goose`,
    [schema, LEDGER_TABLE, GOOSE_TABLE],
  );
  return { columns: new Set(rows[0].columns ?? []), hasGooseTable: rows[0].goose };
}

/** Creates the ledger, or adds the columns a ledger from another runner lacks. Run under the target's lock. */
export async function ensureLedger(client: pg.Client, schema: string, inspection: LedgerInspection): Promise<Set<string>> {
  const table = qualified(schema, LEDGER_TABLE);
  if (inspection.columns.size === 0) {
    await client.query(`CREATE TABLE IF NOT EXISTS ${table} (
  id BIGSERIAL PRIMARY KEY,
  version BIGINT NOT NULL,
  name TEXT NOT NULL,
  direction TEXT NOT NULL DEFAULT 'up' CHECK (direction IN ('up', 'down')),
  applied_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  scope TEXT,
  checksum TEXT,
  duration_ms INTEGER,
  applied_by TEXT
)`);
    return new Set(LEDGER_COLUMNS.map(([name]) => name));
  }
  const missing = LEDGER_COLUMNS.filter(([name]) => !inspection.columns.has(name));
  if (missing.length > 0) {
    await client.query(`ALTER TABLE ${table} ${missing.map(([name, type]) => `ADD COLUMN IF NOT EXISTS ${name} ${type}`).join(', ')}`);
  }
  return new Set([...inspection.columns, ...LEDGER_COLUMNS.map(([name]) => name)]);
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

/** Folds the history: a version is applied when its newest row is `up`. Pure. */
export function appliedState(rows: readonly LedgerRow[]): AppliedState {
  const latest = new Map<number, LedgerRow>();
  let lastAppliedAt: Date | null = null;
  for (const row of rows) {
    if (Number.isNaN(row.version)) continue;
    latest.set(row.version, row);
    if (row.appliedAt && (!lastAppliedAt || row.appliedAt > lastAppliedAt)) lastAppliedAt = row.appliedAt;
  }
  const applied = [...latest.values()]
    .filter((row) => row.direction === 'up')
    .map((row) => ({ version: row.version, name: row.name, checksum: row.checksum, appliedAt: row.appliedAt }))
    .sort((a, b) => a.version - b.version);
  return { applied, lastAppliedAt };
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
