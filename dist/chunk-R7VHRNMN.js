import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  provisionTenant
} from "./chunk-KMAVRUH3.js";
import "./chunk-HX4NXYQM.js";
import "./chunk-XVKKGDRP.js";
import "./chunk-MI4OUF57.js";
import "./chunk-TKEGJ5IE.js";
import "./chunk-CUM6RSVB.js";
import "./chunk-MB2JJDVS.js";
import "./chunk-URT2U5BV.js";
import "./chunk-F2K76RO3.js";
import "./chunk-3R4OK6F6.js";
import "./chunk-M7AWVD2W.js";
import "./chunk-M3EG6T2B.js";
import "./chunk-KNNHGXFF.js";
import "./chunk-6H3KBIJ7.js";
import "./chunk-PGPCR6LJ.js";
import "./chunk-BNJY3J7V.js";
import "./chunk-K5O3NMUG.js";
export {
  provisionTenant
};
