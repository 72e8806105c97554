import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  migrateFleet,
  rollbackFleet
} from "./chunk-4UAQPXGI.js";
import "./chunk-SUONQDZ3.js";
import "./chunk-SKFFAO5V.js";
import "./chunk-DGKQZ7WS.js";
import "./chunk-GJLQBDD4.js";
import "./chunk-NJKYVKEI.js";
import "./chunk-MI4OUF57.js";
import "./chunk-VZRVHJZK.js";
import "./chunk-CZPZRI66.js";
import "./chunk-Z74RR7M7.js";
import "./chunk-B7MFXSCX.js";
import "./chunk-HETHHLO6.js";
import "./chunk-NMUPHG6R.js";
import "./chunk-M6IOU3FM.js";
import "./chunk-O6NUXE7Y.js";
import "./chunk-AX6FPCUF.js";
import "./chunk-BB4GAEIQ.js";
import "./chunk-KVQE4ZLH.js";
import "./chunk-ECKDZ4BB.js";
import "./chunk-K5O3NMUG.js";
export {
  migrateFleet,
  rollbackFleet
};
