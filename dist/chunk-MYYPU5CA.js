import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  removeTenant
} from "./chunk-7XKAOBQ5.js";
import "./chunk-KVRE2WOT.js";
import "./chunk-WHP3QCJ2.js";
import "./chunk-JRFTINDM.js";
import "./chunk-MFOALFP2.js";
import "./chunk-CAATKD7F.js";
import "./chunk-ZFZOO2PW.js";
import "./chunk-MEC7FD5J.js";
import "./chunk-K7NWUBXN.js";
import "./chunk-L32NRCTA.js";
import "./chunk-EYDMOPBA.js";
import "./chunk-IDMQH24V.js";
import "./chunk-2QIMRRGL.js";
import "./chunk-IDH5E2XY.js";
import "./chunk-TONUKN4I.js";
import "./chunk-K5O3NMUG.js";
export {
  removeTenant
};
