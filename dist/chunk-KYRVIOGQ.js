import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  fleetStatus
} from "./chunk-6VWXYTMZ.js";
import "./chunk-DYKSKFQS.js";
import "./chunk-NJKYVKEI.js";
import "./chunk-MI4OUF57.js";
import "./chunk-J6FYYIVH.js";
import "./chunk-3NXRWA3F.js";
import "./chunk-B7MFXSCX.js";
import "./chunk-3TKJZCBA.js";
import "./chunk-NMUPHG6R.js";
import "./chunk-O6NUXE7Y.js";
import "./chunk-AX6FPCUF.js";
import "./chunk-EOIHNYWZ.js";
import "./chunk-KVQE4ZLH.js";
import "./chunk-ECKDZ4BB.js";
import "./chunk-K5O3NMUG.js";
export {
  fleetStatus
};
