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
} from "./chunk-2D2JOTGS.js";
import "./chunk-DMP5UPG5.js";
import "./chunk-MI4OUF57.js";
import "./chunk-QSFTP3AO.js";
import "./chunk-2BWINSOI.js";
import "./chunk-LMJDYGHZ.js";
import "./chunk-B7MFXSCX.js";
import "./chunk-NMUPHG6R.js";
import "./chunk-XZMTYZSP.js";
import "./chunk-2JI26AOL.js";
import "./chunk-AMZY7LK5.js";
import "./chunk-EOVGFBXE.js";
import "./chunk-HRXDRMM3.js";
import "./chunk-TC62SAGK.js";
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
