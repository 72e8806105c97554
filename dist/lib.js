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
import "./chunk-2DNU2G5E.js";
import {
  openEphemeral,
  verifyMigrations
} from "./chunk-KYZR44MN.js";
import "./chunk-OOTPR3JZ.js";
import {
  renderFleetMarkdown,
  renderStatusMarkdown
} from "./chunk-A2TGNLQC.js";
import {
  LINT_FORMATS,
  RULES,
  formatLint,
  lintMigrations
} from "./chunk-S5XH3JI4.js";
import "./chunk-PIFX7WND.js";
import {
  renderFleetText,
  renderStatusText
} from "./chunk-WLOVIWN4.js";
import {
  createMigration
} from "./chunk-52N5PZ6Q.js";
import "./chunk-7F7MVBT7.js";
import {
  migrateFleet,
  rollbackFleet
} from "./chunk-ZULDRODM.js";
import {
  fleetStatus
} from "./chunk-LZLQYXUK.js";
import "./chunk-73FFBLIF.js";
import "./chunk-TAF4GB3Y.js";
import {
  DEFAULT_CONCURRENCY
} from "./chunk-GGZO36BC.js";
import {
  loadMigration,
  loadMigrations,
  loadParser,
  parseMigration,
  readMigrations,
  timeline
} from "./chunk-VNLH43FY.js";
import {
  renderVerifyReport
} from "./chunk-FHD6TPSO.js";
import "./chunk-XEF6WUEC.js";
import "./chunk-PL7L6GKI.js";
import "./chunk-E75OC7J2.js";
import {
  maskUrl,
  resolveMasterUrl
} from "./chunk-SLNKBM4B.js";
import {
  TenantMigrateError
} from "./chunk-6CYYB7Y3.js";
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
