import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  planTimelines,
  verifyMigrations
} from "./chunk-5RCAJVKH.js";
import "./chunk-BQNXJGPV.js";
import "./chunk-BN3JUSTR.js";
import "./chunk-PL7L6GKI.js";
import "./chunk-SQONVHLM.js";
import "./chunk-SJD3QAUP.js";
import "./chunk-MI4OUF57.js";
import "./chunk-3R4OK6F6.js";
import "./chunk-KZSGCLC4.js";
import "./chunk-WYIHMSXV.js";
import "./chunk-KMCM7JHN.js";
import "./chunk-IDH5E2XY.js";
import "./chunk-XG3U772U.js";
import "./chunk-K5O3NMUG.js";
export {
  planTimelines,
  verifyMigrations
};
