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
} from "./chunk-IHYPXERI.js";
import "./chunk-Z72GFCSE.js";
import "./chunk-QR6BW2VH.js";
import "./chunk-MGVZGYWX.js";
import "./chunk-LHLBMV5P.js";
import "./chunk-K5O3NMUG.js";
export {
  mergeRun,
  recentRuns,
  showRun
};
