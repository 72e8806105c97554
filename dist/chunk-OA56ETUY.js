import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  planTimelines,
  verifyMigrations
} from "./chunk-SQTBONOQ.js";
import "./chunk-BQNXJGPV.js";
import "./chunk-XYXQF4IR.js";
import "./chunk-PL7L6GKI.js";
import "./chunk-SQONVHLM.js";
import "./chunk-VKOUAQHP.js";
import "./chunk-MI4OUF57.js";
import "./chunk-2TQXBAZE.js";
import "./chunk-NMUPHG6R.js";
import "./chunk-WYIHMSXV.js";
import "./chunk-KMCM7JHN.js";
import "./chunk-XG3U772U.js";
import "./chunk-K5O3NMUG.js";
export {
  planTimelines,
  verifyMigrations
};
