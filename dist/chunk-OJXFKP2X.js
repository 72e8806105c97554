import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  planTimelines,
  verifyMigrations
} from "./chunk-AW6S6Y4W.js";
import "./chunk-ORWQYJ64.js";
import "./chunk-B3UPUDSM.js";
import "./chunk-PL7L6GKI.js";
import "./chunk-7NFW2C6G.js";
import "./chunk-ELM2EPSG.js";
import "./chunk-MI4OUF57.js";
import "./chunk-3R4OK6F6.js";
import "./chunk-EUKHGDWA.js";
import "./chunk-5WAQILZB.js";
import "./chunk-F6J6O5O4.js";
import "./chunk-FJM4KOI2.js";
import "./chunk-IDH5E2XY.js";
import "./chunk-2TRAIP65.js";
import "./chunk-K5O3NMUG.js";
export {
  planTimelines,
  verifyMigrations
};
