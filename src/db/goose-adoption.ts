/**
 * Databases goose already manages keep their history: the versions goose_db_version marks as
 * applied count as applied, and are copied into the ledger (without a checksum: goose kept
 * none) the first time tenant-migrate runs there. Nothing is re-run.
 */
import type pg from 'pg';
import { GOOSE_TABLE, gooseTableOf, type LedgerRow, qualifiedGooseTable } from './ledger.js';

export const ADOPTED_FROM_GOOSE = 'goose (adopted by tenant-migrate)';

/** Versions goose considers applied: the newest row of each version says is_applied. Version 0 is goose's own marker. */
export async function readGooseVersions(
  client: pg.Client,
  schema: string,
  gooseTable = GOOSE_TABLE,
): Promise<Array<{ version: number; appliedAt: Date | null }>> {
  const { rows } = await client.query<{ version: string; tstamp: Date | null }>(
    `SELECT version_id::text AS version, tstamp::timestamptz AS tstamp FROM (
       SELECT DISTINCT ON (version_id) version_id, is_applied, tstamp
         FROM ${qualifiedGooseTable(schema, gooseTable)} ORDER BY version_id, id DESC) newest
      WHERE is_applied AND version_id > 0 ORDER BY version_id`,
  );
  return rows.map((row) => ({ version: Number.parseInt(row.version, 10), appliedAt: row.tstamp }));
}

/** Goose versions the ledger has never heard of (a version rolled back by tenant-migrate stays rolled back). Pure. */
export function versionsToAdopt(
  goose: ReadonlyArray<{ version: number; appliedAt: Date | null }>,
  ledger: readonly LedgerRow[],
): Array<{ version: number; appliedAt: Date | null }> {
  const known = new Set(ledger.map((row) => row.version));
  return goose.filter((entry) => !known.has(entry.version));
}

/**
 * Tables shaped like goose's version table (version_id and is_applied columns) in these schemas,
 * by schema (the first by name): goose run with `-table NAME` keeps its history there, and a
 * target with no ledger and no table of the configured name would otherwise look brand new.
 * `everySchema`: in every schema of the database as well (a database per tenant: goose run with
 * `-table app.goose_versions` keeps it in a schema of its own, which no option named here).
 * Asked only of targets with neither, so a deployed fleet never pays for it.
 */
export async function gooseLikeTables(
  client: pg.ClientBase,
  schemas: readonly string[],
  options: { everySchema?: boolean } = {},
): Promise<Map<string, string>> {
  const { rows } = await client.query<{ schema: string; name: string }>(
    `SELECT n.nspname::text AS schema, min(c.relname::text) AS name
       FROM pg_namespace n JOIN pg_class c ON c.relnamespace = n.oid
      WHERE (n.nspname = ANY($1::text[])
             OR ($2 AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%'))
        AND c.relkind IN ('r', 'p')
        AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'version_id' AND NOT a.attisdropped)
        AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'is_applied' AND NOT a.attisdropped)
      GROUP BY n.nspname`,
    [schemas, options.everySchema === true],
  );
  return new Map(rows.map((row) => [row.schema, row.name]));
}

/**
 * The schemas to look for a goose-shaped table in, for the ledger in `schema`: its own, and the
 * one a schema-qualified goose table names (goose -table app.goose_versions keeps it there). Pure.
 */
export function gooseSearchSchemas(schema: string, gooseTable: string = GOOSE_TABLE): string[] {
  const configured = gooseTableOf(schema, gooseTable).schema;
  return configured === schema ? [schema] : [schema, configured];
}

/**
 * The goose-shaped table gooseLikeTables found for the ledger in `schema`, as --goose-table would
 * name it: a bare name beside the ledger, `schema.name` in the configured table's schema, and with
 * `anywhere` (a database per tenant, searched with everySchema) `schema.name` in any other. Pure.
 */
export function gooseLikeTableFor(
  found: ReadonlyMap<string, string>,
  schema: string,
  gooseTable: string = GOOSE_TABLE,
  anywhere = false,
): string | undefined {
  const beside = found.get(schema);
  if (beside) return beside;
  const configured = gooseTableOf(schema, gooseTable).schema;
  const there = configured === schema ? undefined : found.get(configured);
  if (there) return `${configured}.${there}`;
  if (!anywhere) return undefined;
  // A database per tenant: any other schema (the first by name), as --goose-table would name it.
  const other = [...found.keys()].filter((name) => name !== schema).sort()[0];
  return other === undefined ? undefined : `${other}.${found.get(other)}`;
}
