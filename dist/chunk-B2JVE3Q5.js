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
} from "./chunk-36GXTQGP.js";
import "./chunk-RVYTPAUG.js";
import "./chunk-VPUOHQXU.js";
import "./chunk-FHRXPU2F.js";
import "./chunk-BNJY3J7V.js";
import "./chunk-K5O3NMUG.js";
export {
  mergeRun,
  recentRuns,
  showRun
};
