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
} from "./chunk-6XF3AJQB.js";
import "./chunk-SJV3W6VZ.js";
import "./chunk-RDBSLCXR.js";
import "./chunk-ZOTJX6FU.js";
import "./chunk-C37BO4JP.js";
import "./chunk-MNKNUXMT.js";
import "./chunk-K5O3NMUG.js";
export {
  mergeRun,
  recentRuns,
  showRun
};
