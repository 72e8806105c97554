import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  fleetStatus
} from "./chunk-LZLQYXUK.js";
import "./chunk-73FFBLIF.js";
import "./chunk-TAF4GB3Y.js";
import "./chunk-GGZO36BC.js";
import "./chunk-VNLH43FY.js";
import "./chunk-SLNKBM4B.js";
import "./chunk-6CYYB7Y3.js";
import "./chunk-K5O3NMUG.js";
export {
  fleetStatus
};
