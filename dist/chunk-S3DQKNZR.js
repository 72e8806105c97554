import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  planTimelines,
  verifyMigrations
} from "./chunk-7D2WD4IC.js";
import "./chunk-YXDDY646.js";
import "./chunk-N3SKPM4X.js";
import "./chunk-TAF4GB3Y.js";
import "./chunk-4JP25WZP.js";
import "./chunk-PL7L6GKI.js";
import "./chunk-NU2R5GXU.js";
import "./chunk-UB2OOZRH.js";
import "./chunk-K5O3NMUG.js";
export {
  planTimelines,
  verifyMigrations
};
