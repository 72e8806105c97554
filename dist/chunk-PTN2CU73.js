import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  migrateFleet,
  rollbackFleet
} from "./chunk-NFZG3SGP.js";
import "./chunk-YMRNHGUF.js";
import "./chunk-5HALDGJI.js";
import "./chunk-Z72GFCSE.js";
import "./chunk-C77OEGHA.js";
import "./chunk-Q6NUG4II.js";
import "./chunk-HW2QT4G2.js";
import "./chunk-J32XJTNK.js";
import "./chunk-CQSXEEMA.js";
import "./chunk-T5DSGGSN.js";
import "./chunk-ORVA6HML.js";
import "./chunk-QUOSAN4I.js";
import "./chunk-TUICVXXM.js";
import "./chunk-WL2UTXJV.js";
import "./chunk-QR6BW2VH.js";
import "./chunk-MGVZGYWX.js";
import "./chunk-LHLBMV5P.js";
import "./chunk-K5O3NMUG.js";
export {
  migrateFleet,
  rollbackFleet
};
