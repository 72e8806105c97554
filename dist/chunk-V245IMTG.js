import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  planTimelines,
  verifyMigrations
} from "./chunk-GBFMTHSE.js";
import "./chunk-EHM7M5LQ.js";
import "./chunk-PL7L6GKI.js";
import "./chunk-MKDKGPSR.js";
import "./chunk-ELR4I7CA.js";
import "./chunk-UMD3LOZ5.js";
import "./chunk-ORVA6HML.js";
import "./chunk-YWW4IGFJ.js";
import "./chunk-PNIS5OL4.js";
import "./chunk-N5GR3MAN.js";
import "./chunk-K5O3NMUG.js";
export {
  planTimelines,
  verifyMigrations
};
