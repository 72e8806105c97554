import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  migrateFleet,
  rollbackFleet
} from "./chunk-XT6A4DZJ.js";
import "./chunk-L6NSDMH4.js";
import "./chunk-D26I7W3U.js";
import "./chunk-S7BLVPBG.js";
import "./chunk-VRMBQTFL.js";
import "./chunk-EBSCMY5Y.js";
import "./chunk-MI4OUF57.js";
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
  migrateFleet,
  rollbackFleet
};
