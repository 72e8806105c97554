import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  removeTenant
} from "./chunk-BL57YQ73.js";
import "./chunk-C6VYTHH5.js";
import "./chunk-O4C336MP.js";
import "./chunk-J23DVTYQ.js";
import "./chunk-XXAIA2CK.js";
import "./chunk-B7MFXSCX.js";
import "./chunk-XLNFVXPN.js";
import "./chunk-3J2CDQL6.js";
import "./chunk-SYPLBDSW.js";
import "./chunk-MSLIPN6R.js";
import "./chunk-ME2MGTGC.js";
import "./chunk-NVCCX724.js";
import "./chunk-HYMPX7DJ.js";
import "./chunk-FADHDQG2.js";
import "./chunk-K5O3NMUG.js";
export {
  removeTenant
};
