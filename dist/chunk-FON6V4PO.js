import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  cloneTemplate,
  dirOf,
  refreshTemplate,
  refreshTemplateOn,
  runTemplateJob,
  templateDatabaseName,
  templateTarget,
  templateTargets,
  tenantTimeline
} from "./chunk-CBNMSGMY.js";
import "./chunk-ELM2EPSG.js";
import "./chunk-MI4OUF57.js";
import "./chunk-F5J45TMJ.js";
import "./chunk-A2IGENUR.js";
import "./chunk-3R4OK6F6.js";
import "./chunk-M3RGA5G2.js";
import "./chunk-J7ARZ6GB.js";
import "./chunk-XOBE33ZF.js";
import "./chunk-EUKHGDWA.js";
import "./chunk-5WAQILZB.js";
import "./chunk-F6J6O5O4.js";
import "./chunk-FJM4KOI2.js";
import "./chunk-B7MFXSCX.js";
import "./chunk-IDH5E2XY.js";
import "./chunk-2TRAIP65.js";
import "./chunk-K5O3NMUG.js";
export {
  cloneTemplate,
  dirOf,
  refreshTemplate,
  refreshTemplateOn,
  runTemplateJob,
  templateDatabaseName,
  templateTarget,
  templateTargets,
  tenantTimeline
};
