import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  describeMigration,
  renderFleetJson
} from "./chunk-QEP5LVAQ.js";
import "./chunk-JGWYTFIC.js";
import {
  renderFleetMarkdown,
  renderStatusMarkdown
} from "./chunk-T5OSUKJX.js";
import {
  migrateTenant
} from "./chunk-V2NOARLB.js";
import {
  LINT_FORMATS,
  RULES,
  formatLint,
  lintMigrations
} from "./chunk-7KNPAZIX.js";
import {
  fleetStatus
} from "./chunk-M4JPE3HB.js";
import {
  renderVerifyReport
} from "./chunk-XWMGVNOE.js";
import "./chunk-XUDTCMKS.js";
import {
  openEphemeral,
  verifyMigrations
} from "./chunk-WZPUMO27.js";
import "./chunk-53IEOISJ.js";
import "./chunk-GPHQICDU.js";
import "./chunk-PL7L6GKI.js";
import {
  renderFleetText,
  renderStatusText
} from "./chunk-EIJPEDGP.js";
import {
  migrateFleet,
  rollbackFleet
} from "./chunk-KJTLJ4IH.js";
import "./chunk-N6WG6QGR.js";
import "./chunk-PCJUIRMC.js";
import "./chunk-3Q3KWYSS.js";
import "./chunk-IFYSLEFS.js";
import "./chunk-U6VUBD55.js";
import {
  createMigration
} from "./chunk-LJCG34CX.js";
import "./chunk-7F7MVBT7.js";
import "./chunk-E75OC7J2.js";
import {
  listTenants
} from "./chunk-BACY6EBO.js";
import {
  provisionTenant
} from "./chunk-YVRPPR5I.js";
import {
  refreshTemplate
} from "./chunk-S2FFNDXN.js";
import {
  loadMigration,
  loadMigrations,
  parseMigration,
  readMigrations,
  timeline
} from "./chunk-GLHV7RYI.js";
import "./chunk-MI4OUF57.js";
import {
  removeTenant
} from "./chunk-AOT5HSUQ.js";
import "./chunk-GUOB54BQ.js";
import "./chunk-K7QUWCNV.js";
import "./chunk-D7PUXRYP.js";
import "./chunk-74RUDEHC.js";
import "./chunk-B7MFXSCX.js";
import "./chunk-4XRWDDLJ.js";
import {
  loadParser
} from "./chunk-NMUPHG6R.js";
import "./chunk-HWTXZKD4.js";
import "./chunk-G6AFZTLI.js";
import {
  DEFAULT_CONCURRENCY
} from "./chunk-DYC2KPX4.js";
import "./chunk-7VXV6DY5.js";
import {
  maskUrl,
  resolveMasterUrl
} from "./chunk-GBXUAFMB.js";
import {
  TenantMigrateError
} from "./chunk-E4VBKSMR.js";
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
