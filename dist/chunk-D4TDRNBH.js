import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  planTimelines,
  verifyMigrations
} from "./chunk-CTN7DSCL.js";
import "./chunk-BRY3ZYPX.js";
import "./chunk-PL7L6GKI.js";
import "./chunk-YZJRYQ3R.js";
import "./chunk-RUGGXIYV.js";
import "./chunk-MI4OUF57.js";
import "./chunk-RNIVM6UY.js";
import "./chunk-3R4OK6F6.js";
import "./chunk-VPUOHQXU.js";
import "./chunk-FHRXPU2F.js";
import "./chunk-BNJY3J7V.js";
import "./chunk-K5O3NMUG.js";
export {
  planTimelines,
  verifyMigrations
};
