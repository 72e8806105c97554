import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  cloneTemplate,
  refreshTemplate,
  refreshTemplateOn,
  runTemplateJob,
  templateDatabaseName,
  templateTarget,
  templateTargets
} from "./chunk-6MP5TUZL.js";
import "./chunk-ELR4I7CA.js";
import "./chunk-ZHUA7RRB.js";
import "./chunk-KCEC3NUD.js";
import "./chunk-UMD3LOZ5.js";
import "./chunk-ORVA6HML.js";
import "./chunk-Q5ULJFZ7.js";
import "./chunk-CPF5SSB7.js";
import "./chunk-L6OS5AWE.js";
import "./chunk-YWW4IGFJ.js";
import "./chunk-PNIS5OL4.js";
import "./chunk-N5GR3MAN.js";
import "./chunk-K5O3NMUG.js";
export {
  cloneTemplate,
  refreshTemplate,
  refreshTemplateOn,
  runTemplateJob,
  templateDatabaseName,
  templateTarget,
  templateTargets
};
