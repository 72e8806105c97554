import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  removeTenant
} from "./chunk-S5CV3ANA.js";
import "./chunk-PCU3XK2O.js";
import "./chunk-GCG3AVFZ.js";
import "./chunk-VNVIZRRP.js";
import "./chunk-7SYGUFVS.js";
import "./chunk-Z3AKHQGS.js";
import "./chunk-ORVA6HML.js";
import "./chunk-O26WM4PT.js";
import "./chunk-G2H67SNM.js";
import "./chunk-32436WWY.js";
import "./chunk-CSFLEDCP.js";
import "./chunk-JTTJWIFC.js";
import "./chunk-RPEZOOUB.js";
import "./chunk-K5O3NMUG.js";
export {
  removeTenant
};
