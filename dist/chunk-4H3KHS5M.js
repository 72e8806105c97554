import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  migrateFleet,
  rollbackFleet
} from "./chunk-TMHW3GR5.js";
import "./chunk-WJFOIXJY.js";
import "./chunk-2JPAK3IJ.js";
import "./chunk-TAF4GB3Y.js";
import "./chunk-53NXIZJ2.js";
import "./chunk-KYBFAH2C.js";
import "./chunk-6XJADNPY.js";
import "./chunk-T3KOPJMJ.js";
import "./chunk-K5O3NMUG.js";
export {
  migrateFleet,
  rollbackFleet
};
