import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  renderRunJson,
  renderRunListMarkdown,
  renderRunListText,
  renderRunMarkdown,
  renderRunText,
  runListJson
} from "./chunk-CKCDWPCC.js";
import "./chunk-SJV3W6VZ.js";
import "./chunk-ZSO3PHXC.js";
import "./chunk-XMYWQNMV.js";
import "./chunk-K5O3NMUG.js";
export {
  renderRunJson,
  renderRunListMarkdown,
  renderRunListText,
  renderRunMarkdown,
  renderRunText,
  runListJson
};
