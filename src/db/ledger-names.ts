/**
 * The ledger's and goose's table names, apart from ledger.ts: option parsing needs the names,
 * and importing ledger.ts would load the pg driver into `lint`, which never connects (about
 * 40 ms of a 1,000-file lint's start).
 */
export const LEDGER_TABLE = '_migration_versions';
export const GOOSE_TABLE = 'goose_db_version';

/** goose's -table NAME or SCHEMA.NAME (as goose takes it): one or two names, no quotes or spaces. */
export const GOOSE_TABLE_PATTERN = /^[^."\s]+(\.[^."\s]+)?$/;

/**
 * Where goose's table is for a ledger in `ledgerSchema`: a bare name beside the ledger (each
 * schema tenant's own), a schema-qualified one where it says, as goose's `-table app.goose_versions`
 * is. Pure.
 */
export function gooseTableOf(ledgerSchema: string, gooseTable: string = GOOSE_TABLE): { schema: string; table: string } {
  const dot = gooseTable.indexOf('.');
  return dot < 0 ? { schema: ledgerSchema, table: gooseTable } : { schema: gooseTable.slice(0, dot), table: gooseTable.slice(dot + 1) };
}
