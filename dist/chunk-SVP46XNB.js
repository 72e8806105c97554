import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  provisionTenant
} from "./chunk-5O5A74VN.js";
import "./chunk-62UTYSWD.js";
import "./chunk-XVKKGDRP.js";
import "./chunk-MI4OUF57.js";
import "./chunk-BMWRLFMP.js";
import "./chunk-7Z3K5RLN.js";
import "./chunk-MKAFCX2P.js";
import "./chunk-LLNKR4LW.js";
import "./chunk-KMJVOOUF.js";
import "./chunk-3R4OK6F6.js";
import "./chunk-OBJXA4V7.js";
import "./chunk-Y6OVAVT3.js";
import "./chunk-KNNHGXFF.js";
import "./chunk-YYLDOJQJ.js";
import "./chunk-PGPCR6LJ.js";
import "./chunk-BNJY3J7V.js";
import "./chunk-K5O3NMUG.js";
export {
  provisionTenant
};
