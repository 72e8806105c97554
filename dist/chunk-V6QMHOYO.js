import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  migrateFleet,
  rollbackFleet
} from "./chunk-4GFSMUAD.js";
import "./chunk-MMNTMXQY.js";
import "./chunk-TEJZOWRL.js";
import "./chunk-MCXOLI6R.js";
import "./chunk-VMKEMN2I.js";
import "./chunk-XVKKGDRP.js";
import "./chunk-MI4OUF57.js";
import "./chunk-LK6SDW7J.js";
import "./chunk-UM73D3LP.js";
import "./chunk-KMR22F4G.js";
import "./chunk-UZR4PI4R.js";
import "./chunk-3R4OK6F6.js";
import "./chunk-HPTERR5D.js";
import "./chunk-Y6OVAVT3.js";
import "./chunk-KNNHGXFF.js";
import "./chunk-54WMMUB7.js";
import "./chunk-PGPCR6LJ.js";
import "./chunk-BNJY3J7V.js";
import "./chunk-K5O3NMUG.js";
export {
  migrateFleet,
  rollbackFleet
};
