import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  migrateFleet,
  rollbackFleet
} from "./chunk-NCQU4UD6.js";
import "./chunk-MYHZ5GSO.js";
import "./chunk-KT64NRHQ.js";
import "./chunk-QSGRUE4Y.js";
import "./chunk-HAFDCTMH.js";
import "./chunk-IUCT7ZBO.js";
import "./chunk-MI4OUF57.js";
import "./chunk-FOJLDDXG.js";
import "./chunk-CL24DTO2.js";
import "./chunk-6HSU2PPF.js";
import "./chunk-KDCCBBOM.js";
import "./chunk-3I654RMT.js";
import "./chunk-3J2CDQL6.js";
import "./chunk-2J52UJOL.js";
import "./chunk-MSLIPN6R.js";
import "./chunk-ME2MGTGC.js";
import "./chunk-3PANZAMF.js";
import "./chunk-HYMPX7DJ.js";
import "./chunk-FADHDQG2.js";
import "./chunk-K5O3NMUG.js";
export {
  migrateFleet,
  rollbackFleet
};
