import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  migrateFleet,
  rollbackFleet
} from "./chunk-N4ZFTBKN.js";
import "./chunk-RRX2TL2S.js";
import "./chunk-46FGGXBP.js";
import "./chunk-TAF4GB3Y.js";
import "./chunk-6HAW2GON.js";
import "./chunk-ON576J2I.js";
import "./chunk-ZTBZX26Y.js";
import "./chunk-DDS2HWMU.js";
import "./chunk-K5O3NMUG.js";
export {
  migrateFleet,
  rollbackFleet
};
