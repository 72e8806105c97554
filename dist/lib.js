import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  describeMigration,
  renderFleetJson
} from "./chunk-CSX37GBV.js";
import {
  renderFleetMarkdown,
  renderStatusMarkdown
} from "./chunk-VYW4SEOH.js";
import {
  migrateTenant
} from "./chunk-BRC2E6KH.js";
import {
  LINT_FORMATS,
  RULES,
  formatLint,
  lintMigrations
} from "./chunk-B5RQ4P5S.js";
import {
  fleetStatus
} from "./chunk-PJ3JOX4T.js";
import {
  renderVerifyReport
} from "./chunk-MA2FBPY7.js";
import "./chunk-R5UVNOCO.js";
import {
  openEphemeral,
  verifyMigrations
} from "./chunk-JIVHKTYD.js";
import "./chunk-CO4BTLYX.js";
import "./chunk-PL7L6GKI.js";
import {
  renderFleetText,
  renderStatusText
} from "./chunk-2CSGHO72.js";
import {
  migrateFleet,
  rollbackFleet
} from "./chunk-4ST365LD.js";
import "./chunk-HTJIKE5X.js";
import "./chunk-5NWPTHHY.js";
import "./chunk-63444GVK.js";
import "./chunk-27UKE4EO.js";
import {
  createMigration
} from "./chunk-BMPSHCOG.js";
import "./chunk-7F7MVBT7.js";
import "./chunk-E75OC7J2.js";
import {
  listTenants
} from "./chunk-ARITLW3X.js";
import {
  provisionTenant
} from "./chunk-Q3RXQGMA.js";
import {
  refreshTemplate
} from "./chunk-BCICJHSS.js";
import {
  loadMigration,
  loadMigrations,
  loadParser,
  parseMigration,
  readMigrations,
  timeline
} from "./chunk-OJEAFR6V.js";
import {
  removeTenant
} from "./chunk-S5CV3ANA.js";
import "./chunk-PCU3XK2O.js";
import "./chunk-GCG3AVFZ.js";
import "./chunk-VNVIZRRP.js";
import "./chunk-7SYGUFVS.js";
import "./chunk-Z3AKHQGS.js";
import "./chunk-ORVA6HML.js";
import "./chunk-O26WM4PT.js";
import "./chunk-G2H67SNM.js";
import {
  DEFAULT_CONCURRENCY
} from "./chunk-32436WWY.js";
import "./chunk-CSFLEDCP.js";
import {
  maskUrl,
  resolveMasterUrl
} from "./chunk-JTTJWIFC.js";
import {
  TenantMigrateError
} from "./chunk-RPEZOOUB.js";
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
