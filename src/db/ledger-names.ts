/**
 * The ledger's and goose's table names, apart from ledger.ts: option parsing needs the names,
 * and importing ledger.ts would load the pg driver into `lint`, which never connects (about
 * 40 ms of a 1,000-file lint's start).
 */
export const LEDGER_TABLE = '_migration_versions';
export const GOOSE_TABLE = 'goose_db_version';
