import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  fleetStatus
} from "./chunk-T2DQB25L.js";
import "./chunk-ZI536A5K.js";
import "./chunk-VKOUAQHP.js";
import "./chunk-MI4OUF57.js";
import "./chunk-UIWEQ4SF.js";
import "./chunk-7RZFTSKT.js";
import "./chunk-2TQXBAZE.js";
import "./chunk-B7MFXSCX.js";
import "./chunk-NMUPHG6R.js";
import "./chunk-4GDLAOAT.js";
import "./chunk-QXDMEH23.js";
import "./chunk-WYIHMSXV.js";
import "./chunk-KMCM7JHN.js";
import "./chunk-XG3U772U.js";
import "./chunk-K5O3NMUG.js";
export {
  fleetStatus
};
