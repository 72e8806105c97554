import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  provisionTenant
} from "./chunk-36GDY3EN.js";
import "./chunk-T57DIVDP.js";
import "./chunk-HBKR6YF6.js";
import "./chunk-GWSLYNZT.js";
import "./chunk-VTJW35DK.js";
import "./chunk-XSG24GAA.js";
import "./chunk-XLNFVXPN.js";
import "./chunk-KDCCBBOM.js";
import "./chunk-LDGMBQL5.js";
import "./chunk-3J2CDQL6.js";
import "./chunk-MI4OUF57.js";
import "./chunk-SYPLBDSW.js";
import "./chunk-MSLIPN6R.js";
import "./chunk-NVCCX724.js";
import "./chunk-ME2MGTGC.js";
import "./chunk-HYMPX7DJ.js";
import "./chunk-FADHDQG2.js";
import "./chunk-K5O3NMUG.js";
export {
  provisionTenant
};
