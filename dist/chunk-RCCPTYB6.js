import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  provisionTenant
} from "./chunk-F444HIV4.js";
import "./chunk-RZQA3BP3.js";
import "./chunk-XVKKGDRP.js";
import "./chunk-MI4OUF57.js";
import "./chunk-64WYUYQD.js";
import "./chunk-R5SUBLET.js";
import "./chunk-BB3PJFID.js";
import "./chunk-I23MYRT7.js";
import "./chunk-UZR4PI4R.js";
import "./chunk-3R4OK6F6.js";
import "./chunk-HPTERR5D.js";
import "./chunk-M3EG6T2B.js";
import "./chunk-KNNHGXFF.js";
import "./chunk-54WMMUB7.js";
import "./chunk-PGPCR6LJ.js";
import "./chunk-BNJY3J7V.js";
import "./chunk-K5O3NMUG.js";
export {
  provisionTenant
};
