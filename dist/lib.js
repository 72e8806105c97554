import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  describeMigration,
  renderFleetJson
} from "./chunk-XRFSG5IP.js";
import {
  migrateTenant,
  provisionTenant,
  refreshTemplate
} from "./chunk-SGTSNC3C.js";
import {
  openEphemeral,
  verifyMigrations
} from "./chunk-PI4LPAD6.js";
import "./chunk-QDPZPPDJ.js";
import {
  renderFleetMarkdown,
  renderStatusMarkdown
} from "./chunk-A2TGNLQC.js";
import {
  LINT_FORMATS,
  RULES,
  formatLint,
  lintMigrations
} from "./chunk-2GWPXHA3.js";
import "./chunk-3MFHJ53T.js";
import {
  renderFleetText,
  renderStatusText
} from "./chunk-WLOVIWN4.js";
import {
  createMigration
} from "./chunk-SNOM5SS4.js";
import "./chunk-7F7MVBT7.js";
import {
  migrateFleet,
  rollbackFleet
} from "./chunk-7ZKQQ4JN.js";
import {
  fleetStatus
} from "./chunk-VAY7ADRO.js";
import "./chunk-QGLWLDSC.js";
import "./chunk-TAF4GB3Y.js";
import {
  DEFAULT_CONCURRENCY
} from "./chunk-CQGH5JJJ.js";
import {
  loadMigration,
  loadMigrations,
  loadParser,
  parseMigration,
  readMigrations,
  timeline
} from "./chunk-CD4WFOUR.js";
import {
  renderVerifyReport
} from "./chunk-N6Z6OLMW.js";
import "./chunk-Q3XMBZRQ.js";
import "./chunk-PL7L6GKI.js";
import "./chunk-E75OC7J2.js";
import {
  maskUrl,
  resolveMasterUrl
} from "./chunk-OKUOVSY7.js";
import {
  TenantMigrateError
} from "./chunk-NNLCX7UU.js";
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
  migrateTenant,
  openEphemeral,
  parseMigration,
  provisionTenant,
  readMigrations,
  refreshTemplate,
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
