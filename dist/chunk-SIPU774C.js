import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  provisionTenant
} from "./chunk-HSM7HILM.js";
import "./chunk-6NOND2QH.js";
import "./chunk-ZDYZMBDQ.js";
import "./chunk-JSS5WOBM.js";
import "./chunk-PW6PY47X.js";
import "./chunk-ZGQM6IEK.js";
import "./chunk-R2WY2DOT.js";
import "./chunk-ORVA6HML.js";
import "./chunk-2J4KHC42.js";
import "./chunk-C4H4VEX3.js";
import "./chunk-WNDO3AYO.js";
import "./chunk-TAF4GB3Y.js";
import "./chunk-6XJADNPY.js";
import "./chunk-T3KOPJMJ.js";
import "./chunk-K5O3NMUG.js";
export {
  provisionTenant
};
