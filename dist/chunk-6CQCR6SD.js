import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  provisionTenant
} from "./chunk-BWLQSI2T.js";
import "./chunk-7ZMGBNVH.js";
import "./chunk-SML5PT5U.js";
import "./chunk-MI4OUF57.js";
import "./chunk-Q2CMEAKW.js";
import "./chunk-P2WVLZWX.js";
import "./chunk-PJJ2EWJF.js";
import "./chunk-FE7XK66N.js";
import "./chunk-3TFOZFGM.js";
import "./chunk-3R4OK6F6.js";
import "./chunk-OBJXA4V7.js";
import "./chunk-BADXVIMZ.js";
import "./chunk-KNNHGXFF.js";
import "./chunk-YYLDOJQJ.js";
import "./chunk-PGPCR6LJ.js";
import "./chunk-BNJY3J7V.js";
import "./chunk-K5O3NMUG.js";
export {
  provisionTenant
};
