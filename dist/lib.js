import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  describeMigration,
  renderFleetJson
} from "./chunk-GNWQ24VN.js";
import "./chunk-2DNU2G5E.js";
import {
  openEphemeral,
  verifyMigrations
} from "./chunk-7D2WD4IC.js";
import "./chunk-YXDDY646.js";
import {
  renderFleetMarkdown,
  renderStatusMarkdown
} from "./chunk-A2TGNLQC.js";
import {
  LINT_FORMATS,
  RULES,
  formatLint,
  lintMigrations
} from "./chunk-MMUQC75N.js";
import "./chunk-N3SKPM4X.js";
import {
  renderFleetText,
  renderStatusText
} from "./chunk-WLOVIWN4.js";
import {
  createMigration
} from "./chunk-XHV26NAE.js";
import "./chunk-7F7MVBT7.js";
import {
  migrateFleet,
  rollbackFleet
} from "./chunk-3EJGO5TP.js";
import {
  fleetStatus
} from "./chunk-MK2ZO3E5.js";
import "./chunk-CUUIDI4X.js";
import "./chunk-TAF4GB3Y.js";
import {
  DEFAULT_CONCURRENCY
} from "./chunk-6JE2FYHM.js";
import {
  loadMigration,
  loadMigrations,
  loadParser,
  parseMigration,
  readMigrations,
  timeline
} from "./chunk-4JP25WZP.js";
import {
  renderVerifyReport
} from "./chunk-EX2GEKNR.js";
import "./chunk-5L5N27TM.js";
import "./chunk-PL7L6GKI.js";
import "./chunk-E75OC7J2.js";
import {
  maskUrl,
  resolveMasterUrl
} from "./chunk-NU2R5GXU.js";
import {
  TenantMigrateError
} from "./chunk-UB2OOZRH.js";
import "./chunk-K5O3NMUG.js";
export {
  DEFAULT_CONCURRENCY,
  LINT_FORMATS,
  RULES as LINT_RULES,
  TenantMigrateError,
  createMigration,
  describeMigration,
  fleetStatus,
  formatLint,
  lintMigrations,
  loadMigration,
  loadMigrations,
  loadParser,
  maskUrl,
  migrateFleet,
  openEphemeral,
  parseMigration,
  readMigrations,
  renderFleetJson,
  renderFleetMarkdown,
  renderFleetText,
  renderStatusMarkdown,
  renderStatusText,
  renderVerifyReport,
  resolveMasterUrl,
  rollbackFleet,
  timeline,
  verifyMigrations
};
