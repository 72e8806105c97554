import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  removeTenant
} from "./chunk-P7S5NH57.js";
import "./chunk-LFYOLDPU.js";
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
  removeTenant
};
