import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  migrateFleet,
  rollbackFleet
} from "./chunk-3XCYUYT7.js";
import "./chunk-HPU5XUM6.js";
import "./chunk-YZHWEMHG.js";
import "./chunk-H7VTEVQ2.js";
import "./chunk-A4TSVMB4.js";
import "./chunk-L5I2O4BO.js";
import "./chunk-MI4OUF57.js";
import "./chunk-5SBQ2NRJ.js";
import "./chunk-BVRDKYLN.js";
import "./chunk-DOLRRNKB.js";
import "./chunk-UMTJH36F.js";
import "./chunk-B7MFXSCX.js";
import "./chunk-NMUPHG6R.js";
import "./chunk-HMAMPMNP.js";
import "./chunk-4A254SQU.js";
import "./chunk-6P5ECATL.js";
import "./chunk-2LAOVDCT.js";
import "./chunk-6RBZB666.js";
import "./chunk-S4H2OXUK.js";
import "./chunk-K5O3NMUG.js";
export {
  migrateFleet,
  rollbackFleet
};
