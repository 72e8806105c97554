import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  planTimelines,
  verifyMigrations
} from "./chunk-IENDWSK2.js";
import "./chunk-ISP64EHR.js";
import "./chunk-P64IG46L.js";
import "./chunk-TAF4GB3Y.js";
import "./chunk-ON576J2I.js";
import "./chunk-PL7L6GKI.js";
import "./chunk-ZTBZX26Y.js";
import "./chunk-DDS2HWMU.js";
import "./chunk-K5O3NMUG.js";
export {
  planTimelines,
  verifyMigrations
};
