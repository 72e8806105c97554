import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  provisionTenant
} from "./chunk-XGBFO44D.js";
import "./chunk-RC44YDWR.js";
import "./chunk-XKCUWHH6.js";
import "./chunk-MI4OUF57.js";
import "./chunk-3VFMIZSW.js";
import "./chunk-OVGJ4LOX.js";
import "./chunk-QUY4BT43.js";
import "./chunk-PIHC66YS.js";
import "./chunk-CAATKD7F.js";
import "./chunk-2VK6GVB2.js";
import "./chunk-EXJN5FIB.js";
import "./chunk-A23RVFKP.js";
import "./chunk-5YT7IKQO.js";
import "./chunk-ZOTJX6FU.js";
import "./chunk-C37BO4JP.js";
import "./chunk-B7MFXSCX.js";
import "./chunk-IDH5E2XY.js";
import "./chunk-MNKNUXMT.js";
import "./chunk-K5O3NMUG.js";
export {
  provisionTenant
};
