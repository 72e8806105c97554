import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  planTimelines,
  verifyMigrations
} from "./chunk-GKR4FNL4.js";
import "./chunk-IGUZ42X3.js";
import "./chunk-RD5QY2JU.js";
import "./chunk-PL7L6GKI.js";
import "./chunk-ZU3VS7B5.js";
import "./chunk-RG55CJQW.js";
import "./chunk-MI4OUF57.js";
import "./chunk-CAATKD7F.js";
import "./chunk-K7NWUBXN.js";
import "./chunk-L32NRCTA.js";
import "./chunk-EYDMOPBA.js";
import "./chunk-IDMQH24V.js";
import "./chunk-IDH5E2XY.js";
import "./chunk-TONUKN4I.js";
import "./chunk-K5O3NMUG.js";
export {
  planTimelines,
  verifyMigrations
};
