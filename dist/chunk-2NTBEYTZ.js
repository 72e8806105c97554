import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  renderVerifyReport
} from "./chunk-LFMMMG46.js";
import "./chunk-TRTQSD4S.js";
import {
  VERIFY_REPORT_FORMATS
} from "./chunk-PL7L6GKI.js";
import "./chunk-E75OC7J2.js";
import "./chunk-IDMQH24V.js";
import "./chunk-TONUKN4I.js";
import "./chunk-K5O3NMUG.js";
export {
  VERIFY_REPORT_FORMATS,
  renderVerifyReport
};
