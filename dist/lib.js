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
} from "./chunk-KPVS57VK.js";
import {
  migrateTenant
} from "./chunk-PDPK37Y5.js";
import {
  LINT_FORMATS,
  RULES,
  formatLint,
  lintMigrations
} from "./chunk-Q2JUMN2B.js";
import {
  fleetStatus
} from "./chunk-443ZLWBD.js";
import {
  renderVerifyReport
} from "./chunk-6Z2FL7WI.js";
import "./chunk-NJ6DOQ6X.js";
import {
  openEphemeral,
  verifyMigrations
} from "./chunk-DVDLXUNT.js";
import "./chunk-EHM7M5LQ.js";
import "./chunk-PL7L6GKI.js";
import {
  migrateFleet,
  rollbackFleet
} from "./chunk-BVVM7MPP.js";
import "./chunk-LKBX5ENP.js";
import "./chunk-TYRAZGYJ.js";
import "./chunk-MKDKGPSR.js";
import {
  renderFleetText,
  renderStatusText
} from "./chunk-EQJIB5EQ.js";
import {
  createMigration
} from "./chunk-J7HCFLAM.js";
import "./chunk-7F7MVBT7.js";
import "./chunk-E75OC7J2.js";
import {
  listTenants
} from "./chunk-E7QTASLD.js";
import {
  provisionTenant
} from "./chunk-GWVGP6WV.js";
import {
  refreshTemplate
} from "./chunk-TUYZMNJD.js";
import {
  loadMigration,
  loadMigrations,
  loadParser,
  parseMigration,
  readMigrations,
  timeline
} from "./chunk-YP3VZLIF.js";
import {
  removeTenant
} from "./chunk-WH7DQMAR.js";
import "./chunk-6HOZ6YQJ.js";
import "./chunk-J5F42THH.js";
import "./chunk-ZHUA7RRB.js";
import "./chunk-KCEC3NUD.js";
import "./chunk-UMD3LOZ5.js";
import "./chunk-ORVA6HML.js";
import "./chunk-Q5ULJFZ7.js";
import "./chunk-CPF5SSB7.js";
import {
  DEFAULT_CONCURRENCY
} from "./chunk-7PMDD7V6.js";
import "./chunk-YWW4IGFJ.js";
import {
  maskUrl,
  resolveMasterUrl
} from "./chunk-PNIS5OL4.js";
import {
  TenantMigrateError
} from "./chunk-N5GR3MAN.js";
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
