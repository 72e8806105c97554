/**
 * Many ledgers of one database read in two queries: which of the schemas exist and what their
 * ledgers look like, then every ledger's rows in one UNION ALL. Reading a table locks it until
 * the query ends, and the server's lock table is shared (max_locks_per_transaction x
 * max_connections, about 6,400 with the defaults): a batch reads at most LEDGERS_PER_QUERY
 * tables, and callers run few batches of one database at once.
 */
import type pg from 'pg';
import {
  GOOSE_TABLE,
  LEDGER_TABLE,
  type LedgerInspection,
  type LedgerRow,
  ledgerOrder,
  ledgerRowsSelect,
  type RawLedgerRow,
  toLedgerRow,
} from './ledger.js';

/** Ledgers read by one query: well inside the server's lock table, even with a few batches at once. */
export const LEDGERS_PER_QUERY = 500;

export interface SchemaLedger extends LedgerInspection {
  schemaExists: boolean;
}

/** What each schema's ledger looks like (its columns, a goose table beside it); takes no table lock. */
export async function inspectLedgers(client: pg.Client, schemas: readonly string[]): Promise<Map<string, SchemaLedger>> {
  const { rows } = await client.query<{ schema: string; schema_exists: boolean; columns: string[] | null; goose: boolean }>(
    `SELECT s.schema, EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = s.schema) AS schema_exists,
            (SELECT array_agg(attname::text) FROM pg_attribute
              WHERE attrelid = to_regclass(format('%I.%I', s.schema, $2::text)) AND attnum > 0 AND NOT attisdropped) AS columns,
            to_regclass(format('%I.%I', s.schema, $3::text)) IS NOT NULL AS goose
       FROM unnest($1::text[]) AS s(schema)`,
    [schemas, LEDGER_TABLE, GOOSE_TABLE],
  );
  return new Map(
    rows.map((row) => [row.schema, { schemaExists: row.schema_exists, columns: new Set(row.columns ?? []), hasGooseTable: row.goose }]),
  );
}

/** The rows of every given ledger (schemas whose ledger exists), oldest first per ledger, in one query. */
export async function readLedgers(
  client: pg.Client,
  ledgers: ReadonlyArray<{ schema: string; columns: Set<string> }>,
): Promise<Map<string, LedgerRow[]>> {
  const found = new Map<string, LedgerRow[]>(ledgers.map(({ schema }) => [schema, []]));
  const present = ledgers.filter(({ columns }) => columns.size > 0);
  if (present.length === 0) return found;
  // Each branch stays a subquery of its own (OFFSET 0): a flattened UNION ALL of hundreds of tables
  // plans several times slower. The position orders rows within a ledger, on the client.
  const sql = present
    .map(
      ({ schema, columns }, index) =>
        `(${ledgerRowsSelect(schema, columns, `${index}::int AS ledger, ${positionOf(columns)} AS position, `)} OFFSET 0)`,
    )
    .join('\nUNION ALL\n');
  const { rows } = await client.query<RawLedgerRow & { ledger: number; position: number }>(sql);
  rows.sort((a, b) => a.ledger - b.ledger || a.position - b.position);
  for (const row of rows) found.get(present[row.ledger].schema)!.push(toLedgerRow(row));
  return found;
}

/** A row's place in its ledger as a number: the id, else (ledgers other runners made) a window over their order. */
function positionOf(columns: Set<string>): string {
  return columns.has('id') ? 'id::float8' : `(row_number() OVER (ORDER BY ${ledgerOrder(columns)}))::float8`;
}
