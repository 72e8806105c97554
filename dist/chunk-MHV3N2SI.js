import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  provisionTenant
} from "./chunk-WLKEFRRI.js";
import "./chunk-MFJLDADD.js";
import "./chunk-RG55CJQW.js";
import "./chunk-MI4OUF57.js";
import "./chunk-JCD6YID7.js";
import "./chunk-4DTQHM3K.js";
import "./chunk-A7CFDGPP.js";
import "./chunk-WE6CLKK2.js";
import "./chunk-CAATKD7F.js";
import "./chunk-JKLMB7YD.js";
import "./chunk-MEC7FD5J.js";
import "./chunk-K7NWUBXN.js";
import "./chunk-L32NRCTA.js";
import "./chunk-EYDMOPBA.js";
import "./chunk-IDMQH24V.js";
import "./chunk-ZMVQXNSG.js";
import "./chunk-IDH5E2XY.js";
import "./chunk-TONUKN4I.js";
import "./chunk-K5O3NMUG.js";
export {
  provisionTenant
};
