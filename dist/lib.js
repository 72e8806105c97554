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
} from "./chunk-RANTEQOK.js";
import {
  openEphemeral,
  verifyMigrations
} from "./chunk-RT4ICTVL.js";
import "./chunk-EL225K6L.js";
import {
  renderFleetMarkdown,
  renderStatusMarkdown
} from "./chunk-AEFFBWZV.js";
import {
  LINT_FORMATS,
  RULES,
  formatLint,
  lintMigrations
} from "./chunk-VER5XCWL.js";
import "./chunk-2UVMLTAH.js";
import {
  renderFleetText,
  renderStatusText
} from "./chunk-LAWLBG5U.js";
import {
  createMigration
} from "./chunk-OAATF73T.js";
import "./chunk-7F7MVBT7.js";
import {
  migrateFleet,
  rollbackFleet
} from "./chunk-5RR2TU2E.js";
import "./chunk-YU4VFCQQ.js";
import {
  fleetStatus
} from "./chunk-XJUVDQ3N.js";
import "./chunk-BIDZ47AE.js";
import "./chunk-TAF4GB3Y.js";
import {
  DEFAULT_CONCURRENCY
} from "./chunk-J7XWMUAD.js";
import {
  loadMigration,
  loadMigrations,
  loadParser,
  parseMigration,
  readMigrations,
  timeline
} from "./chunk-QOU4PUZC.js";
import {
  renderVerifyReport
} from "./chunk-V2MPGFRS.js";
import "./chunk-TFHZDAGY.js";
import "./chunk-PL7L6GKI.js";
import "./chunk-E75OC7J2.js";
import {
  maskUrl,
  resolveMasterUrl
} from "./chunk-D6UAE66K.js";
import {
  TenantMigrateError
} from "./chunk-XGPRTBHH.js";
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
