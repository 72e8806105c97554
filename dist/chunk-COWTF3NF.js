import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  migrateFleet,
  rollbackFleet
} from "./chunk-KJTLJ4IH.js";
import "./chunk-N6WG6QGR.js";
import "./chunk-PCJUIRMC.js";
import "./chunk-IFYSLEFS.js";
import "./chunk-S2FFNDXN.js";
import "./chunk-GLHV7RYI.js";
import "./chunk-MI4OUF57.js";
import "./chunk-K7QUWCNV.js";
import "./chunk-D7PUXRYP.js";
import "./chunk-74RUDEHC.js";
import "./chunk-B7MFXSCX.js";
import "./chunk-4XRWDDLJ.js";
import "./chunk-NMUPHG6R.js";
import "./chunk-HWTXZKD4.js";
import "./chunk-G6AFZTLI.js";
import "./chunk-DYC2KPX4.js";
import "./chunk-7VXV6DY5.js";
import "./chunk-GBXUAFMB.js";
import "./chunk-E4VBKSMR.js";
import "./chunk-K5O3NMUG.js";
export {
  migrateFleet,
  rollbackFleet
};
