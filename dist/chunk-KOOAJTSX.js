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
} from "./chunk-OVXH7AAN.js";
import "./chunk-QSGRUE4Y.js";
import "./chunk-NVCCX724.js";
import "./chunk-HYMPX7DJ.js";
import "./chunk-FADHDQG2.js";
import "./chunk-K5O3NMUG.js";
export {
  mergeRun,
  recentRuns,
  showRun
};
