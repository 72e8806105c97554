import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  listTenants
} from "./chunk-ARITLW3X.js";
import "./chunk-PCU3XK2O.js";
import "./chunk-GCG3AVFZ.js";
import "./chunk-O26WM4PT.js";
import "./chunk-G2H67SNM.js";
import "./chunk-32436WWY.js";
import "./chunk-CSFLEDCP.js";
import "./chunk-JTTJWIFC.js";
import "./chunk-RPEZOOUB.js";
import "./chunk-K5O3NMUG.js";
export {
  listTenants
};
