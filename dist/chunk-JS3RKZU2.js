import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  planTimelines,
  verifyMigrations
} from "./chunk-KYZR44MN.js";
import "./chunk-OOTPR3JZ.js";
import "./chunk-PIFX7WND.js";
import "./chunk-TAF4GB3Y.js";
import "./chunk-VNLH43FY.js";
import "./chunk-PL7L6GKI.js";
import "./chunk-SLNKBM4B.js";
import "./chunk-6CYYB7Y3.js";
import "./chunk-K5O3NMUG.js";
export {
  planTimelines,
  verifyMigrations
};
