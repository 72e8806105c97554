import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);

// src/db/ledger-names.ts
var LEDGER_TABLE = "_migration_versions";
var GOOSE_TABLE = "goose_db_version";
var GOOSE_TABLE_PATTERN = /^[^."\s]+(\.[^."\s]+)?$/;
function gooseTableOf(ledgerSchema, gooseTable = GOOSE_TABLE) {
  const dot = gooseTable.indexOf(".");
  return dot < 0 ? { schema: ledgerSchema, table: gooseTable } : { schema: gooseTable.slice(0, dot), table: gooseTable.slice(dot + 1) };
}

export {
  LEDGER_TABLE,
  GOOSE_TABLE,
  GOOSE_TABLE_PATTERN,
  gooseTableOf
};
