import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  describeMigration,
  renderFleetJson
} from "./chunk-BZKXYIZA.js";
import "./chunk-JGWYTFIC.js";
import {
  renderFleetMarkdown,
  renderStatusMarkdown
} from "./chunk-5KIXSFE5.js";
import {
  migrateTenant
} from "./chunk-LBDG4BDI.js";
import {
  LINT_FORMATS,
  RULES,
  formatLint,
  lintMigrations
} from "./chunk-QBICJTR5.js";
import {
  fleetStatus
} from "./chunk-4WLXNNIH.js";
import {
  renderVerifyReport
} from "./chunk-QDLNDK7Z.js";
import "./chunk-XE73JEXP.js";
import {
  openEphemeral,
  verifyMigrations
} from "./chunk-EZVGVRWV.js";
import "./chunk-5KY2JML3.js";
import "./chunk-MU2GOVXE.js";
import "./chunk-PL7L6GKI.js";
import {
  renderFleetText,
  renderStatusText
} from "./chunk-WMLXYTJV.js";
import {
  migrateFleet,
  rollbackFleet
} from "./chunk-3XCYUYT7.js";
import "./chunk-HPU5XUM6.js";
import "./chunk-YZHWEMHG.js";
import "./chunk-K2A7W73Z.js";
import "./chunk-H7VTEVQ2.js";
import "./chunk-U6VUBD55.js";
import {
  createMigration
} from "./chunk-BV7YO7CT.js";
import "./chunk-Q47U6DZ4.js";
import "./chunk-E75OC7J2.js";
import {
  listTenants
} from "./chunk-NBGY4E7N.js";
import {
  provisionTenant
} from "./chunk-3MTXRJXG.js";
import {
  refreshTemplate
} from "./chunk-A4TSVMB4.js";
import {
  loadMigration,
  loadMigrations,
  parseMigration,
  readMigrations,
  timeline
} from "./chunk-L5I2O4BO.js";
import "./chunk-MI4OUF57.js";
import {
  removeTenant
} from "./chunk-P7S5NH57.js";
import "./chunk-LFYOLDPU.js";
import "./chunk-5SBQ2NRJ.js";
import "./chunk-BVRDKYLN.js";
import "./chunk-DOLRRNKB.js";
import "./chunk-UMTJH36F.js";
import "./chunk-B7MFXSCX.js";
import {
  loadParser
} from "./chunk-NMUPHG6R.js";
import "./chunk-HMAMPMNP.js";
import "./chunk-4A254SQU.js";
import {
  DEFAULT_CONCURRENCY
} from "./chunk-6P5ECATL.js";
import "./chunk-2LAOVDCT.js";
import {
  maskUrl,
  resolveMasterUrl
} from "./chunk-6RBZB666.js";
import {
  TenantMigrateError
} from "./chunk-S4H2OXUK.js";
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
