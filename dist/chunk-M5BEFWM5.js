import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  planTimelines,
  verifyMigrations
} from "./chunk-NDNE2IDD.js";
import "./chunk-WYLJ5ZQ4.js";
import "./chunk-ARAU727R.js";
import "./chunk-PL7L6GKI.js";
import "./chunk-ZLSKWQ3S.js";
import "./chunk-DMP5UPG5.js";
import "./chunk-MI4OUF57.js";
import "./chunk-LMJDYGHZ.js";
import "./chunk-NMUPHG6R.js";
import "./chunk-EOVGFBXE.js";
import "./chunk-HRXDRMM3.js";
import "./chunk-TC62SAGK.js";
import "./chunk-K5O3NMUG.js";
export {
  planTimelines,
  verifyMigrations
};
