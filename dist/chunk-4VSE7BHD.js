import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  planTimelines,
  verifyMigrations
} from "./chunk-HEFRPKGI.js";
import "./chunk-JJ2DKYGE.js";
import "./chunk-MGVAUB2X.js";
import "./chunk-PL7L6GKI.js";
import "./chunk-3E2UP2WF.js";
import "./chunk-FJISQXC2.js";
import "./chunk-MI4OUF57.js";
import "./chunk-I66V42P3.js";
import "./chunk-NMUPHG6R.js";
import "./chunk-EOIHNYWZ.js";
import "./chunk-KVQE4ZLH.js";
import "./chunk-ECKDZ4BB.js";
import "./chunk-K5O3NMUG.js";
export {
  planTimelines,
  verifyMigrations
};
