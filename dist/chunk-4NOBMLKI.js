import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  planTimelines,
  verifyMigrations
} from "./chunk-WZPUMO27.js";
import "./chunk-53IEOISJ.js";
import "./chunk-GPHQICDU.js";
import "./chunk-PL7L6GKI.js";
import "./chunk-3Q3KWYSS.js";
import "./chunk-GLHV7RYI.js";
import "./chunk-MI4OUF57.js";
import "./chunk-4XRWDDLJ.js";
import "./chunk-NMUPHG6R.js";
import "./chunk-7VXV6DY5.js";
import "./chunk-GBXUAFMB.js";
import "./chunk-E4VBKSMR.js";
import "./chunk-K5O3NMUG.js";
export {
  planTimelines,
  verifyMigrations
};
