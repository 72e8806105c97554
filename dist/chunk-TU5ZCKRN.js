import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  fleetStatus
} from "./chunk-PKZ7CMGW.js";
import "./chunk-7JACH6CF.js";
import "./chunk-IUCT7ZBO.js";
import "./chunk-MI4OUF57.js";
import "./chunk-FH54SQYS.js";
import "./chunk-PHSBAM4K.js";
import "./chunk-KDCCBBOM.js";
import "./chunk-R3DUS5JQ.js";
import "./chunk-3J2CDQL6.js";
import "./chunk-MSLIPN6R.js";
import "./chunk-OIHHPRG3.js";
import "./chunk-UVUMZ6E6.js";
import "./chunk-F2RDSMAT.js";
import "./chunk-FADHDQG2.js";
import "./chunk-K5O3NMUG.js";
export {
  fleetStatus
};
