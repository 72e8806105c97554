import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  createMigration
} from "./chunk-XKZSDEFW.js";
import "./chunk-7F7MVBT7.js";
import "./chunk-E75OC7J2.js";
import "./chunk-FJISQXC2.js";
import "./chunk-MI4OUF57.js";
import "./chunk-NMUPHG6R.js";
import "./chunk-ECKDZ4BB.js";
import "./chunk-K5O3NMUG.js";
export {
  createMigration
};
