import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  provisionTenant
} from "./chunk-DWFLRWM7.js";
import "./chunk-3B6UYQCO.js";
import "./chunk-XKCUWHH6.js";
import "./chunk-MI4OUF57.js";
import "./chunk-TFDPS6CM.js";
import "./chunk-BHEN5G6N.js";
import "./chunk-YF47I3DX.js";
import "./chunk-3ISY7CLL.js";
import "./chunk-CAATKD7F.js";
import "./chunk-56ZX465N.js";
import "./chunk-EXJN5FIB.js";
import "./chunk-A23RVFKP.js";
import "./chunk-5YT7IKQO.js";
import "./chunk-ZOTJX6FU.js";
import "./chunk-C37BO4JP.js";
import "./chunk-2QIMRRGL.js";
import "./chunk-IDH5E2XY.js";
import "./chunk-MNKNUXMT.js";
import "./chunk-K5O3NMUG.js";
export {
  provisionTenant
};
