import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  fleetStatus
} from "./chunk-Z26YRB5V.js";
import "./chunk-GHBORQEJ.js";
import "./chunk-LKSJAL2U.js";
import "./chunk-CMFC6H5V.js";
import "./chunk-3I654RMT.js";
import "./chunk-KDCCBBOM.js";
import "./chunk-LDGMBQL5.js";
import "./chunk-3J2CDQL6.js";
import "./chunk-MI4OUF57.js";
import "./chunk-MSLIPN6R.js";
import "./chunk-3PANZAMF.js";
import "./chunk-ME2MGTGC.js";
import "./chunk-HYMPX7DJ.js";
import "./chunk-FADHDQG2.js";
import "./chunk-K5O3NMUG.js";
export {
  fleetStatus
};
