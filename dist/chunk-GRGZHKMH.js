import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  createMigration
} from "./chunk-LJCNLXU3.js";
import "./chunk-WNRSA35J.js";
import "./chunk-E75OC7J2.js";
import "./chunk-EBSCMY5Y.js";
import "./chunk-MI4OUF57.js";
import "./chunk-CAATKD7F.js";
import "./chunk-2QIMRRGL.js";
import "./chunk-IDH5E2XY.js";
import "./chunk-TONUKN4I.js";
import "./chunk-K5O3NMUG.js";
export {
  createMigration
};
