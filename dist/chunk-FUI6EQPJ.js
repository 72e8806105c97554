import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  migrateFleet,
  rollbackFleet
} from "./chunk-S5AY7W7C.js";
import "./chunk-XIVW5FJX.js";
import "./chunk-VJZE4DEG.js";
import "./chunk-DGKQZ7WS.js";
import "./chunk-F277XBUC.js";
import "./chunk-NJKYVKEI.js";
import "./chunk-MI4OUF57.js";
import "./chunk-IJ6VEXZ7.js";
import "./chunk-RTKTIWGF.js";
import "./chunk-WNMLGK4Q.js";
import "./chunk-B7MFXSCX.js";
import "./chunk-JEK6FDWS.js";
import "./chunk-NMUPHG6R.js";
import "./chunk-RAJKHVAP.js";
import "./chunk-O6NUXE7Y.js";
import "./chunk-WZLIJAZV.js";
import "./chunk-FVNM4LT2.js";
import "./chunk-DOCT2UYV.js";
import "./chunk-ECKDZ4BB.js";
import "./chunk-K5O3NMUG.js";
export {
  migrateFleet,
  rollbackFleet
};
