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
} from "./chunk-A2ODWI2A.js";
import {
  openEphemeral,
  verifyMigrations
} from "./chunk-IENDWSK2.js";
import "./chunk-ISP64EHR.js";
import {
  renderFleetMarkdown,
  renderStatusMarkdown
} from "./chunk-AEFFBWZV.js";
import {
  LINT_FORMATS,
  RULES,
  formatLint,
  lintMigrations
} from "./chunk-K3SLEOVX.js";
import "./chunk-P64IG46L.js";
import {
  renderFleetText,
  renderStatusText
} from "./chunk-LAWLBG5U.js";
import {
  createMigration
} from "./chunk-H6SU3L4F.js";
import "./chunk-7F7MVBT7.js";
import {
  migrateFleet,
  rollbackFleet
} from "./chunk-N4ZFTBKN.js";
import "./chunk-RRX2TL2S.js";
import {
  fleetStatus
} from "./chunk-E34X365X.js";
import "./chunk-46FGGXBP.js";
import "./chunk-TAF4GB3Y.js";
import {
  DEFAULT_CONCURRENCY
} from "./chunk-6HAW2GON.js";
import {
  loadMigration,
  loadMigrations,
  loadParser,
  parseMigration,
  readMigrations,
  timeline
} from "./chunk-ON576J2I.js";
import {
  renderVerifyReport
} from "./chunk-PDUFRQLJ.js";
import "./chunk-MELKBATV.js";
import "./chunk-PL7L6GKI.js";
import "./chunk-E75OC7J2.js";
import {
  maskUrl,
  resolveMasterUrl
} from "./chunk-ZTBZX26Y.js";
import {
  TenantMigrateError
} from "./chunk-DDS2HWMU.js";
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
