import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  createMigration
} from "./chunk-AF4QV43G.js";
import "./chunk-RMQ7NATH.js";
import "./chunk-E75OC7J2.js";
import "./chunk-RG55CJQW.js";
import "./chunk-MI4OUF57.js";
import "./chunk-CAATKD7F.js";
import "./chunk-ZMVQXNSG.js";
import "./chunk-IDH5E2XY.js";
import "./chunk-TONUKN4I.js";
import "./chunk-K5O3NMUG.js";
export {
  createMigration
};
