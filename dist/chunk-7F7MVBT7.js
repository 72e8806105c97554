import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);

// src/scaffold/catalog.ts
var SCAFFOLD_TEMPLATES = {
  blank: { transaction: true, summary: "empty UP and DOWN sections with hints" },
  "create-table": { transaction: true, summary: "CREATE TABLE IF NOT EXISTS with an index; DOWN drops both" },
  "add-column": { transaction: true, summary: "ADD COLUMN IF NOT EXISTS behind a lock_timeout; DOWN drops it" },
  "add-index": { transaction: false, summary: "CREATE INDEX CONCURRENTLY IF NOT EXISTS, outside a transaction" },
  data: { transaction: true, summary: "an UPDATE that only touches rows still to change, and its inverse" }
};

export {
  SCAFFOLD_TEMPLATES
};
