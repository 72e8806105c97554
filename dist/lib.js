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
} from "./chunk-FOZ6ELXL.js";
import "./chunk-S26JMAXE.js";
import {
  renderFleetMarkdown,
  renderStatusMarkdown
} from "./chunk-A2TGNLQC.js";
import {
  LINT_FORMATS,
  RULES,
  formatLint,
  lintMigrations
} from "./chunk-CAV6S5OJ.js";
import "./chunk-IG3NM5SH.js";
import {
  renderFleetText,
  renderStatusText
} from "./chunk-WLOVIWN4.js";
import {
  createMigration
} from "./chunk-ME5F32PJ.js";
import "./chunk-7F7MVBT7.js";
import {
  migrateFleet,
  rollbackFleet
} from "./chunk-OZDK7IOY.js";
import {
  fleetStatus
} from "./chunk-E3NZ3U4N.js";
import "./chunk-IISKMU56.js";
import "./chunk-TAF4GB3Y.js";
import {
  DEFAULT_CONCURRENCY
} from "./chunk-LPIURXBQ.js";
import {
  loadMigration,
  loadMigrations,
  loadParser,
  parseMigration,
  readMigrations,
  timeline
} from "./chunk-DJFF2S5Z.js";
import {
  renderVerifyReport
} from "./chunk-IK5GVZZ7.js";
import "./chunk-2GXVIYQF.js";
import "./chunk-PL7L6GKI.js";
import "./chunk-E75OC7J2.js";
import {
  maskUrl,
  resolveMasterUrl
} from "./chunk-JBI6JUES.js";
import {
  TenantMigrateError
} from "./chunk-CKGJZ3FL.js";
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
