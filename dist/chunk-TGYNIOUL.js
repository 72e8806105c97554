import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  fleetStatus
} from "./chunk-I7IOQXQX.js";
import "./chunk-OE6W4YMT.js";
import "./chunk-DIEPTJVX.js";
import "./chunk-MI4OUF57.js";
import "./chunk-O4C336MP.js";
import "./chunk-XXAIA2CK.js";
import "./chunk-B7MFXSCX.js";
import "./chunk-XLNFVXPN.js";
import "./chunk-3J2CDQL6.js";
import "./chunk-MSLIPN6R.js";
import "./chunk-ME2MGTGC.js";
import "./chunk-NVCCX724.js";
import "./chunk-HYMPX7DJ.js";
import "./chunk-FADHDQG2.js";
import "./chunk-K5O3NMUG.js";
export {
  fleetStatus
};
