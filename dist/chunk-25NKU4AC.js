import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  mergeRun,
  recentRuns,
  showRun
} from "./chunk-A2WHBGXL.js";
import "./chunk-DGKQZ7WS.js";
import "./chunk-EOIHNYWZ.js";
import "./chunk-KVQE4ZLH.js";
import "./chunk-ECKDZ4BB.js";
import "./chunk-K5O3NMUG.js";
export {
  mergeRun,
  recentRuns,
  showRun
};
