import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  fleetStatus
} from "./chunk-A37BM5HJ.js";
import "./chunk-SREIJ6N2.js";
import "./chunk-XKCUWHH6.js";
import "./chunk-MI4OUF57.js";
import "./chunk-TVJEMUYQ.js";
import "./chunk-Q74ZWWKI.js";
import "./chunk-CAATKD7F.js";
import "./chunk-7FV3MHU5.js";
import "./chunk-GOKN6TJQ.js";
import "./chunk-SVONO2LA.js";
import "./chunk-L32NRCTA.js";
import "./chunk-ZOTJX6FU.js";
import "./chunk-C37BO4JP.js";
import "./chunk-2QIMRRGL.js";
import "./chunk-IDH5E2XY.js";
import "./chunk-MNKNUXMT.js";
import "./chunk-K5O3NMUG.js";
export {
  fleetStatus
};
