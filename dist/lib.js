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
  renderFleetMarkdown,
  renderStatusMarkdown
} from "./chunk-ZROMARGY.js";
import {
  migrateTenant
} from "./chunk-62MCKZOC.js";
import {
  LINT_FORMATS,
  RULES,
  formatLint,
  lintMigrations
} from "./chunk-X6C6VSUJ.js";
import {
  fleetStatus
} from "./chunk-XMU3VOBO.js";
import {
  renderVerifyReport
} from "./chunk-OF4XN3BB.js";
import "./chunk-CS4UKXDR.js";
import {
  openEphemeral,
  verifyMigrations
} from "./chunk-VYZE3YSR.js";
import "./chunk-S36FUA3N.js";
import "./chunk-PL7L6GKI.js";
import {
  migrateFleet,
  rollbackFleet
} from "./chunk-OAN5CJC4.js";
import "./chunk-6KKA6S4L.js";
import "./chunk-UKSOGNAF.js";
import "./chunk-LHGJFAKK.js";
import {
  renderFleetText,
  renderStatusText
} from "./chunk-EMGWLKJZ.js";
import {
  createMigration
} from "./chunk-GB5W6ABQ.js";
import "./chunk-7F7MVBT7.js";
import "./chunk-E75OC7J2.js";
import {
  listTenants
} from "./chunk-VWDGQRRJ.js";
import {
  provisionTenant
} from "./chunk-MVLRQ6UI.js";
import {
  refreshTemplate
} from "./chunk-WPFCLVEU.js";
import {
  loadMigration,
  loadMigrations,
  loadParser,
  parseMigration,
  readMigrations,
  timeline
} from "./chunk-ZDYZMBDQ.js";
import {
  removeTenant
} from "./chunk-M3BRIFSD.js";
import "./chunk-23SO7UCJ.js";
import "./chunk-DCMQYSM3.js";
import "./chunk-3S2ZZUBV.js";
import "./chunk-GJY2PRBN.js";
import "./chunk-ORVA6HML.js";
import "./chunk-2J4KHC42.js";
import "./chunk-C4H4VEX3.js";
import {
  DEFAULT_CONCURRENCY
} from "./chunk-MJG4XWE4.js";
import "./chunk-TAF4GB3Y.js";
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
  listTenants,
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
  removeTenant,
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
