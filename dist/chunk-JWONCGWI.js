import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  fleetStatus
} from "./chunk-F4PQVULT.js";
import "./chunk-IMJ7LY7X.js";
import "./chunk-FJISQXC2.js";
import "./chunk-MI4OUF57.js";
import "./chunk-J6FYYIVH.js";
import "./chunk-SKAVQ2CK.js";
import "./chunk-B7MFXSCX.js";
import "./chunk-I66V42P3.js";
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
