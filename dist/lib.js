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
} from "./chunk-WKXGSRWI.js";
import {
  openEphemeral,
  verifyMigrations
} from "./chunk-K4H2EPKD.js";
import "./chunk-LHGJFAKK.js";
import {
  renderFleetMarkdown,
  renderStatusMarkdown
} from "./chunk-AEFFBWZV.js";
import {
  LINT_FORMATS,
  RULES,
  formatLint,
  lintMigrations
} from "./chunk-3RWV2SUI.js";
import "./chunk-JJL2MOT5.js";
import {
  renderFleetText,
  renderStatusText
} from "./chunk-LAWLBG5U.js";
import {
  createMigration
} from "./chunk-RK3GAVVW.js";
import "./chunk-7F7MVBT7.js";
import {
  migrateFleet,
  rollbackFleet
} from "./chunk-4IFK243G.js";
import "./chunk-6KKA6S4L.js";
import {
  fleetStatus
} from "./chunk-I7VBLWFL.js";
import "./chunk-KEP64RKZ.js";
import "./chunk-TAF4GB3Y.js";
import {
  DEFAULT_CONCURRENCY
} from "./chunk-MJG4XWE4.js";
import {
  loadMigration,
  loadMigrations,
  loadParser,
  parseMigration,
  readMigrations,
  timeline
} from "./chunk-KYBFAH2C.js";
import {
  renderVerifyReport
} from "./chunk-OF4XN3BB.js";
import "./chunk-CS4UKXDR.js";
import "./chunk-PL7L6GKI.js";
import "./chunk-E75OC7J2.js";
import {
  maskUrl,
  resolveMasterUrl
} from "./chunk-6XJADNPY.js";
import {
  TenantMigrateError
} from "./chunk-T3KOPJMJ.js";
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
