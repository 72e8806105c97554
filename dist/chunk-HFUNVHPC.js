import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  createMigration
} from "./chunk-3K2ZPKL3.js";
import "./chunk-7F7MVBT7.js";
import "./chunk-E75OC7J2.js";
import "./chunk-Q6NUG4II.js";
import "./chunk-ORVA6HML.js";
import "./chunk-LHLBMV5P.js";
import "./chunk-K5O3NMUG.js";
export {
  createMigration
};
