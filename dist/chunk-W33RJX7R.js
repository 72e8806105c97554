import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  planTimelines,
  verifyMigrations
} from "./chunk-PI4LPAD6.js";
import "./chunk-QDPZPPDJ.js";
import "./chunk-3MFHJ53T.js";
import "./chunk-TAF4GB3Y.js";
import "./chunk-CD4WFOUR.js";
import "./chunk-PL7L6GKI.js";
import "./chunk-OKUOVSY7.js";
import "./chunk-NNLCX7UU.js";
import "./chunk-K5O3NMUG.js";
export {
  planTimelines,
  verifyMigrations
};
