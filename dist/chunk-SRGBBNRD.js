import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  listTenants
} from "./chunk-GLTLUCGD.js";
import "./chunk-Z4DUAVTJ.js";
import "./chunk-IJ6VEXZ7.js";
import "./chunk-RAJKHVAP.js";
import "./chunk-O6NUXE7Y.js";
import "./chunk-WZLIJAZV.js";
import "./chunk-FVNM4LT2.js";
import "./chunk-DOCT2UYV.js";
import "./chunk-ECKDZ4BB.js";
import "./chunk-K5O3NMUG.js";
export {
  listTenants
};
