import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  planTimelines,
  verifyMigrations
} from "./chunk-JIVHKTYD.js";
import "./chunk-CO4BTLYX.js";
import "./chunk-PL7L6GKI.js";
import "./chunk-63444GVK.js";
import "./chunk-OJEAFR6V.js";
import "./chunk-Z3AKHQGS.js";
import "./chunk-ORVA6HML.js";
import "./chunk-CSFLEDCP.js";
import "./chunk-JTTJWIFC.js";
import "./chunk-RPEZOOUB.js";
import "./chunk-K5O3NMUG.js";
export {
  planTimelines,
  verifyMigrations
};
