/**
 * One ledger read in one round trip without asking the catalog for its columns: the usual case
 * of a database per tenant, where each connection is a fresh backend and reads one ledger. The
 * batch's inspection query (pg_attribute, pg_namespace) is planned from cold catalog caches on
 * every such connection: over 1,000 tenant databases it cost ~0.7 s of a 3.6 s status. Here the
 * ledger is read with `SELECT *`, whose row description names every column the table has (what
 * the inspection's pg_attribute query returns), and the rows are converted as the batch's casts
 * would convert them. Anything unusual (no ledger or schema: the SELECT fails; goose's table
 * beside it; a column of another type) makes the result undefined, and the caller reads in steps.
 */
import pg from 'pg';
import { GOOSE_TABLE, LEDGER_TABLE, type LedgerRow, qualifiedGooseTable, type RawLedgerRow, toLedgerRow } from './ledger.js';
import { qualified } from './session.js';

const INT8 = 20;
const TEXT = 25;
const TIMESTAMPTZ = 1184;

/** The columns read into a LedgerRow, with the type each must have for the conversion to be the casts'. */
const READ_COLUMNS: ReadonlyArray<[string, number]> = [
  ['id', INT8],
  ['version', INT8],
  ['scope', TEXT],
  ['name', TEXT],
  ['direction', TEXT],
  ['applied_at', TIMESTAMPTZ],
  ['checksum', TEXT],
  ['applied_by', TEXT],
];

/**
 * Read-only (the string's own transaction), then goose's table beside the ledger, then the
 * ledger's rows, put in insertion order here: an ORDER BY would look up the id's sort operators
 * from the same cold caches (~0.25 ms of server CPU per tenant database).
 */
export function singleLedgerStatements(schema: string, gooseTable = GOOSE_TABLE): string[] {
  return [
    'SET TRANSACTION READ ONLY',
    `SELECT to_regclass(${pg.escapeLiteral(qualifiedGooseTable(schema, gooseTable))}) IS NOT NULL AS goose`,
    `SELECT * FROM ${qualified(schema, LEDGER_TABLE)}`,
  ];
}

export interface SingleLedger {
  columns: Set<string>;
  rows: LedgerRow[];
}

/** The answer to singleLedgerStatements (its three results); undefined when the ledger is not tenant-migrate's usual one. */
export function singleLedgerResult(results: readonly pg.QueryResult[]): SingleLedger | undefined {
  const [, goose, ledger] = results;
  if ((goose.rows[0] as { goose: boolean }).goose) return undefined;
  const types = new Map(ledger.fields.map((field) => [field.name, field.dataTypeID]));
  if (!READ_COLUMNS.every(([name, type]) => types.get(name) === type)) return undefined;
  return {
    columns: new Set(types.keys()),
    rows: (ledger.rows as OwnLedgerRow[]).map((row) => toLedgerRow(asRawRow(row))).sort(byId),
  };
}

/** Insertion order: ids only grow (BIGSERIAL), and tenant-migrate's rows always have one. */
function byId(a: LedgerRow, b: LedgerRow): number {
  return (a.id ?? 0) - (b.id ?? 0);
}

/** A row of SELECT * as pg parses it: int8 as text, timestamptz as a Date. */
type OwnLedgerRow = Omit<RawLedgerRow, 'row_id'> & { id: string | null };

/** What ledgerRowsSelect's casts give for the same row (`id::text AS row_id`, the rest as they are). */
function asRawRow(row: OwnLedgerRow): RawLedgerRow {
  return {
    row_id: row.id,
    version: row.version,
    scope: row.scope,
    name: row.name,
    direction: row.direction,
    applied_at: row.applied_at,
    checksum: row.checksum,
    applied_by: row.applied_by,
  };
}
