import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  planTimelines,
  verifyMigrations
} from "./chunk-EZVGVRWV.js";
import "./chunk-5KY2JML3.js";
import "./chunk-MU2GOVXE.js";
import "./chunk-PL7L6GKI.js";
import "./chunk-K2A7W73Z.js";
import "./chunk-L5I2O4BO.js";
import "./chunk-MI4OUF57.js";
import "./chunk-UMTJH36F.js";
import "./chunk-NMUPHG6R.js";
import "./chunk-2LAOVDCT.js";
import "./chunk-6RBZB666.js";
import "./chunk-S4H2OXUK.js";
import "./chunk-K5O3NMUG.js";
export {
  planTimelines,
  verifyMigrations
};
