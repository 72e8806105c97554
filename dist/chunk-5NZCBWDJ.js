import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  fleetStatus
} from "./chunk-XJUVDQ3N.js";
import "./chunk-BIDZ47AE.js";
import "./chunk-TAF4GB3Y.js";
import "./chunk-J7XWMUAD.js";
import "./chunk-QOU4PUZC.js";
import "./chunk-D6UAE66K.js";
import "./chunk-XGPRTBHH.js";
import "./chunk-K5O3NMUG.js";
export {
  fleetStatus
};
