import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  planTimelines,
  verifyMigrations
} from "./chunk-3KS4OK6G.js";
import "./chunk-E72NEZCW.js";
import "./chunk-SZDNFH4G.js";
import "./chunk-PL7L6GKI.js";
import "./chunk-5WQ3ET6R.js";
import "./chunk-DIEPTJVX.js";
import "./chunk-MI4OUF57.js";
import "./chunk-XLNFVXPN.js";
import "./chunk-3J2CDQL6.js";
import "./chunk-NVCCX724.js";
import "./chunk-HYMPX7DJ.js";
import "./chunk-FADHDQG2.js";
import "./chunk-K5O3NMUG.js";
export {
  planTimelines,
  verifyMigrations
};
