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
} from "./chunk-QSKYDMHY.js";
import "./chunk-TABJDUOK.js";
import "./chunk-F6J6O5O4.js";
import "./chunk-FJM4KOI2.js";
import "./chunk-2TRAIP65.js";
import "./chunk-K5O3NMUG.js";
export {
  mergeRun,
  recentRuns,
  showRun
};
