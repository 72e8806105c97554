import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  fleetStatus
} from "./chunk-MK2ZO3E5.js";
import "./chunk-CUUIDI4X.js";
import "./chunk-TAF4GB3Y.js";
import "./chunk-6JE2FYHM.js";
import "./chunk-4JP25WZP.js";
import "./chunk-NU2R5GXU.js";
import "./chunk-UB2OOZRH.js";
import "./chunk-K5O3NMUG.js";
export {
  fleetStatus
};
