import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  provisionTenant
} from "./chunk-WD4EM33R.js";
import "./chunk-3TDOR2XW.js";
import "./chunk-XVKKGDRP.js";
import "./chunk-MI4OUF57.js";
import "./chunk-NTWNXIJY.js";
import "./chunk-LKDIZAIY.js";
import "./chunk-PBORIP37.js";
import "./chunk-APQAZRBQ.js";
import "./chunk-HVZHWWNZ.js";
import "./chunk-3R4OK6F6.js";
import "./chunk-PJNHLU4K.js";
import "./chunk-Y6OVAVT3.js";
import "./chunk-KNNHGXFF.js";
import "./chunk-MMKNUYFC.js";
import "./chunk-PGPCR6LJ.js";
import "./chunk-BNJY3J7V.js";
import "./chunk-K5O3NMUG.js";
export {
  provisionTenant
};
