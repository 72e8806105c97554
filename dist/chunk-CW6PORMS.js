import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  fleetStatus
} from "./chunk-E3NZ3U4N.js";
import "./chunk-IISKMU56.js";
import "./chunk-TAF4GB3Y.js";
import "./chunk-LPIURXBQ.js";
import "./chunk-DJFF2S5Z.js";
import "./chunk-JBI6JUES.js";
import "./chunk-CKGJZ3FL.js";
import "./chunk-K5O3NMUG.js";
export {
  fleetStatus
};
