import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  migrateFleet,
  rollbackFleet
} from "./chunk-PAVC7FGF.js";
import "./chunk-YKOEERYS.js";
import "./chunk-TAF4GB3Y.js";
import "./chunk-FTBVFSD6.js";
import "./chunk-7R6Y2JDS.js";
import "./chunk-4MKXHB7E.js";
import "./chunk-3OYN7ZMS.js";
import "./chunk-K5O3NMUG.js";
export {
  migrateFleet,
  rollbackFleet
};
