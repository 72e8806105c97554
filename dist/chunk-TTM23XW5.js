import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  planTimelines,
  verifyMigrations
} from "./chunk-VYZE3YSR.js";
import "./chunk-S36FUA3N.js";
import "./chunk-PL7L6GKI.js";
import "./chunk-LHGJFAKK.js";
import "./chunk-ZDYZMBDQ.js";
import "./chunk-ORVA6HML.js";
import "./chunk-TAF4GB3Y.js";
import "./chunk-6XJADNPY.js";
import "./chunk-T3KOPJMJ.js";
import "./chunk-K5O3NMUG.js";
export {
  planTimelines,
  verifyMigrations
};
