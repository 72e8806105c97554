import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  provisionTenant
} from "./chunk-OVIF4MM7.js";
import "./chunk-WZA65HQV.js";
import "./chunk-SJD3QAUP.js";
import "./chunk-MI4OUF57.js";
import "./chunk-B4ITC3JY.js";
import "./chunk-DAFVD357.js";
import "./chunk-H4PL7CEI.js";
import "./chunk-TFRO6LZO.js";
import "./chunk-3R4OK6F6.js";
import "./chunk-T72IM76L.js";
import "./chunk-SPWDSUHU.js";
import "./chunk-QXDMEH23.js";
import "./chunk-KZSGCLC4.js";
import "./chunk-WYIHMSXV.js";
import "./chunk-KMCM7JHN.js";
import "./chunk-B7MFXSCX.js";
import "./chunk-IDH5E2XY.js";
import "./chunk-XG3U772U.js";
import "./chunk-K5O3NMUG.js";
export {
  provisionTenant
};
