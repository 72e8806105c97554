import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  describeMigration,
  renderFleetJson
} from "./chunk-JKEUESVT.js";
import {
  renderFleetMarkdown,
  renderStatusMarkdown
} from "./chunk-LQVG3V3S.js";
import {
  migrateTenant
} from "./chunk-IKSEEMAE.js";
import {
  LINT_FORMATS,
  RULES,
  formatLint,
  lintMigrations
} from "./chunk-76LKI7QV.js";
import {
  fleetStatus
} from "./chunk-ROMUPFF6.js";
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
} from "./chunk-74YKW347.js";
import "./chunk-4QC7S2NH.js";
import "./chunk-YVIKH6IF.js";
import "./chunk-LHGJFAKK.js";
import {
  renderFleetText,
  renderStatusText
} from "./chunk-TVFNDKWV.js";
import {
  createMigration
} from "./chunk-GB5W6ABQ.js";
import "./chunk-7F7MVBT7.js";
import "./chunk-E75OC7J2.js";
import {
  listTenants
} from "./chunk-EATCKMG3.js";
import {
  provisionTenant
} from "./chunk-HSM7HILM.js";
import {
  refreshTemplate
} from "./chunk-6NOND2QH.js";
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
} from "./chunk-7DB2X37P.js";
import "./chunk-JSS5WOBM.js";
import "./chunk-PW6PY47X.js";
import "./chunk-ZGQM6IEK.js";
import "./chunk-R2WY2DOT.js";
import "./chunk-ORVA6HML.js";
import "./chunk-2J4KHC42.js";
import "./chunk-C4H4VEX3.js";
import {
  DEFAULT_CONCURRENCY
} from "./chunk-WNDO3AYO.js";
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
