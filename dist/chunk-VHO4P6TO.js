import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  fleetStatus
} from "./chunk-UKFR3HZE.js";
import "./chunk-OX3YS5JK.js";
import "./chunk-RUGGXIYV.js";
import "./chunk-MI4OUF57.js";
import "./chunk-Q2QAZPAQ.js";
import "./chunk-IRIGV2YZ.js";
import "./chunk-RNIVM6UY.js";
import "./chunk-3R4OK6F6.js";
import "./chunk-BADXVIMZ.js";
import "./chunk-GDHWOZHN.js";
import "./chunk-VPUOHQXU.js";
import "./chunk-FHRXPU2F.js";
import "./chunk-BNJY3J7V.js";
import "./chunk-K5O3NMUG.js";
export {
  fleetStatus
};
