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
} from "./chunk-JRCUIAGG.js";
import "./chunk-VMXQGW22.js";
import {
  renderFleetMarkdown,
  renderStatusMarkdown
} from "./chunk-A2TGNLQC.js";
import {
  LINT_FORMATS,
  RULES,
  formatLint,
  lintMigrations
} from "./chunk-CO4BOGMP.js";
import "./chunk-F2AN55YO.js";
import {
  renderFleetText,
  renderStatusText
} from "./chunk-WLOVIWN4.js";
import {
  createMigration
} from "./chunk-AKUF53OR.js";
import "./chunk-7F7MVBT7.js";
import {
  migrateFleet,
  rollbackFleet
} from "./chunk-PAVC7FGF.js";
import {
  fleetStatus
} from "./chunk-P2YHJZOZ.js";
import "./chunk-YKOEERYS.js";
import "./chunk-TAF4GB3Y.js";
import {
  DEFAULT_CONCURRENCY
} from "./chunk-FTBVFSD6.js";
import {
  loadMigration,
  loadMigrations,
  loadParser,
  parseMigration,
  readMigrations,
  timeline
} from "./chunk-7R6Y2JDS.js";
import {
  renderVerifyReport
} from "./chunk-7SEP6WNB.js";
import "./chunk-TOX3FOVI.js";
import "./chunk-PL7L6GKI.js";
import "./chunk-E75OC7J2.js";
import {
  maskUrl,
  resolveMasterUrl
} from "./chunk-4MKXHB7E.js";
import {
  TenantMigrateError
} from "./chunk-3OYN7ZMS.js";
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
