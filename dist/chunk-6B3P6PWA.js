import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  renderVerifyReport
} from "./chunk-RDSRXM4O.js";
import "./chunk-J62GG36B.js";
import {
  VERIFY_REPORT_FORMATS
} from "./chunk-PL7L6GKI.js";
import "./chunk-E75OC7J2.js";
import "./chunk-KMCM7JHN.js";
import "./chunk-XG3U772U.js";
import "./chunk-K5O3NMUG.js";
export {
  VERIFY_REPORT_FORMATS,
  renderVerifyReport
};
