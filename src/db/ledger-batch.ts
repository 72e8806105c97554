/**
 * Many ledgers of one database read in two queries: which of the schemas exist and what their
 * ledgers look like, then every ledger's rows in one UNION ALL. Reading a table locks it until
 * the query ends, and the server's lock table is shared (max_locks_per_transaction x
 * max_connections, about 6,400 with the defaults): a batch reads at most LEDGERS_PER_QUERY
 * tables, and callers run few batches of one database at once.
 */
import pg from 'pg';
import {
  GOOSE_TABLE,
  gooseTableOf,
  LEDGER_TABLE,
  type LedgerInspection,
  type LedgerRow,
  ledgerOrder,
  ledgerRowsSelect,
  type RawLedgerRow,
  toLedgerRow,
} from './ledger.js';
import { qualified } from './session.js';
import { singleLedgerResult, singleLedgerStatements } from './single-ledger-read.js';

/** Ledgers read by one query: well inside the server's lock table, even with a few batches at once. */
export const LEDGERS_PER_QUERY = 500;

export interface SchemaLedger extends LedgerInspection {
  schemaExists: boolean;
}

/** What each schema's ledger looks like (its columns, a goose table beside it); takes no table lock. */
export async function inspectLedgers(
  client: pg.Client,
  schemas: readonly string[],
  gooseTable = GOOSE_TABLE,
): Promise<Map<string, SchemaLedger>> {
  const { rows } = await client.query<InspectionRow>(inspectionSql(schemas, gooseTable));
  return toInspections(rows);
}

type InspectionRow = { schema: string; schema_exists: boolean; columns: string[] | null; goose: boolean };

/** The inspection of many schemas as one statement, the names written in (it can share a round trip). */
function inspectionSql(schemas: readonly string[], gooseTable: string): string {
  const list = `ARRAY[${schemas.map((schema) => pg.escapeLiteral(schema)).join(', ')}]::text[]`;
  // A bare name is each schema's own table; a schema-qualified one is the same table for every schema.
  const where = gooseTableOf('', gooseTable);
  const gooseSchema = where.schema === '' ? 's.schema' : `${pg.escapeLiteral(where.schema)}::text`;
  return `SELECT s.schema, EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = s.schema) AS schema_exists,
            (SELECT array_agg(attname::text) FROM pg_attribute
              WHERE attrelid = to_regclass(format('%I.%I', s.schema, '${LEDGER_TABLE}')) AND attnum > 0 AND NOT attisdropped) AS columns,
            to_regclass(format('%I.%I', ${gooseSchema}, ${pg.escapeLiteral(where.table)}::text)) IS NOT NULL AS goose
       FROM unnest(${schemas.length > 0 ? list : "'{}'::text[]"}) AS s(schema)`;
}

function toInspections(rows: readonly InspectionRow[]): Map<string, SchemaLedger> {
  return new Map(
    rows.map((row) => [row.schema, { schemaExists: row.schema_exists, columns: new Set(row.columns ?? []), hasGooseTable: row.goose }]),
  );
}

/** A batch read in one round trip (readLedgersAtOnce): the inspections and every ledger's rows. */
export interface LedgersAtOnce {
  inspections: Map<string, SchemaLedger>;
  rows: Map<string, LedgerRow[]>;
}

/**
 * A batch as statements for one round trip, read-only (SET TRANSACTION READ ONLY in the string's
 * own transaction: a ledger that is a view over something that writes fails instead): the
 * inspection and every ledger's rows, read as if each ledger had tenant-migrate's own columns
 * (the usual case once a fleet is deployed). They may follow a session's setup (the pool's
 * `follow`); atOnceResult reads the answer.
 */
export function atOnceStatements(schemas: readonly string[], gooseTable = GOOSE_TABLE): string[] {
  // One ledger (a database per tenant): read without the catalog query, see single-ledger-read.ts.
  if (schemas.length === 1) return singleLedgerStatements(schemas[0], gooseTable);
  return ['SET TRANSACTION READ ONLY', inspectionSql(schemas, gooseTable), ownLedgersSql(schemas)];
}

/** The answer to atOnceStatements (its three results); undefined when the guess was wrong (goose's table, a missing schema). */
export function atOnceResult(schemas: readonly string[], results: readonly pg.QueryResult[]): LedgersAtOnce | undefined {
  if (schemas.length === 1) return singleAtOnce(schemas[0], results);
  const inspections = toInspections(results[1].rows as InspectionRow[]);
  const usual = [...inspections.values()].every((ledger) => ledger.schemaExists && !ledger.hasGooseTable);
  if (!usual) return undefined;
  return {
    inspections,
    rows: ledgerRowsOf(
      schemas.map((schema) => ({ schema })),
      results[2].rows as BatchRow[],
    ),
  };
}

/**
 * A batch in one round trip (atOnceStatements). Undefined when the guess is wrong for one of the
 * ledgers (a schema or ledger that is missing, another runner's columns, goose's table beside
 * it): the server stopped at the read, and the caller reads in steps.
 */
export async function readLedgersAtOnce(
  client: pg.Client,
  schemas: readonly string[],
  gooseTable = GOOSE_TABLE,
): Promise<LedgersAtOnce | undefined> {
  if (schemas.length === 0) return undefined;
  try {
    const answer = await client.query(atOnceStatements(schemas, gooseTable).join(';\n'));
    return atOnceResult(schemas, answer as unknown as pg.QueryResult[]);
  } catch (error) {
    if (!(error instanceof pg.DatabaseError)) throw error;
    return undefined;
  }
}

function singleAtOnce(schema: string, results: readonly pg.QueryResult[]): LedgersAtOnce | undefined {
  const read = singleLedgerResult(results);
  if (!read) return undefined;
  return {
    inspections: new Map([[schema, { schemaExists: true, columns: read.columns, hasGooseTable: false }]]),
    rows: new Map([[schema, read.rows]]),
  };
}

/** The rows of every given ledger (schemas whose ledger exists), oldest first per ledger, in one query. */
export async function readLedgers(
  client: pg.Client,
  ledgers: ReadonlyArray<{ schema: string; columns: Set<string> }>,
): Promise<Map<string, LedgerRow[]>> {
  const present = ledgers.filter(({ columns }) => columns.size > 0);
  if (present.length === 0) return new Map(ledgers.map(({ schema }) => [schema, []]));
  const { rows } = await client.query<BatchRow>(ledgersSql(present));
  const found = ledgerRowsOf(present, rows);
  for (const { schema } of ledgers) if (!found.has(schema)) found.set(schema, []);
  return found;
}

type BatchRow = RawLedgerRow & { ledger: number; position: number };

/**
 * Every given ledger's rows in one UNION ALL. Each branch stays a subquery of its own (OFFSET 0):
 * a flattened UNION ALL of hundreds of tables plans several times slower. The position orders
 * rows within a ledger, on the client.
 */
function ledgersSql(ledgers: ReadonlyArray<{ schema: string; columns: Set<string> }>): string {
  return ledgers
    .map(
      ({ schema, columns }, index) =>
        `(${ledgerRowsSelect(schema, columns, `${index}::int AS ledger, ${positionOf(columns)} AS position, `)} OFFSET 0)`,
    )
    .join('\nUNION ALL\n');
}

/**
 * ledgersSql for ledgers that all have tenant-migrate's own columns: the branches name the
 * columns only, the outer SELECT converts them once (a third of the text, which matters at 500
 * branches a query and 100,000 tenants). Ledgers whose columns differ in type fail the UNION.
 */
function ownLedgersSql(schemas: readonly string[]): string {
  const branches = schemas
    .map(
      (schema, index) =>
        `(SELECT ${index} AS ledger, id, version, scope, name, direction, applied_at, checksum, applied_by FROM ${qualified(schema, LEDGER_TABLE)} OFFSET 0)`,
    )
    .join('\nUNION ALL\n');
  return `SELECT ledger, id::float8 AS position, id::text AS row_id, version::text AS version, scope::text AS scope, name::text AS name,
            direction::text AS direction, applied_at::timestamptz AS applied_at, checksum::text AS checksum, applied_by::text AS applied_by
       FROM (${branches}) AS ledgers`;
}

function ledgerRowsOf(ledgers: ReadonlyArray<{ schema: string }>, rows: BatchRow[]): Map<string, LedgerRow[]> {
  const found = new Map<string, LedgerRow[]>(ledgers.map(({ schema }) => [schema, []]));
  rows.sort((a, b) => a.ledger - b.ledger || a.position - b.position);
  for (const row of rows) found.get(ledgers[row.ledger].schema)!.push(toLedgerRow(row));
  return found;
}

/** A row's place in its ledger as a number: the id, else (ledgers other runners made) a window over their order. */
function positionOf(columns: Set<string>): string {
  return columns.has('id') ? 'id::float8' : `(row_number() OVER (ORDER BY ${ledgerOrder(columns)}))::float8`;
}
