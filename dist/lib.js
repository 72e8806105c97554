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
} from "./chunk-PLFY2G25.js";
import {
  migrateTenant
} from "./chunk-ZPAOH5NO.js";
import {
  LINT_FORMATS,
  RULES,
  formatLint,
  lintMigrations
} from "./chunk-K2U7XRBF.js";
import {
  fleetStatus
} from "./chunk-MNZY6WRD.js";
import {
  renderVerifyReport
} from "./chunk-6Z2FL7WI.js";
import "./chunk-NJ6DOQ6X.js";
import {
  openEphemeral,
  verifyMigrations
} from "./chunk-GBFMTHSE.js";
import "./chunk-EHM7M5LQ.js";
import "./chunk-PL7L6GKI.js";
import {
  renderFleetText,
  renderStatusText
} from "./chunk-WMV55FQE.js";
import {
  migrateFleet,
  rollbackFleet
} from "./chunk-DN2NLGOL.js";
import "./chunk-ZFQKSAGD.js";
import "./chunk-TYRAZGYJ.js";
import "./chunk-MKDKGPSR.js";
import "./chunk-5MJCYYGQ.js";
import {
  createMigration
} from "./chunk-OUCXB6I5.js";
import "./chunk-7F7MVBT7.js";
import "./chunk-E75OC7J2.js";
import {
  listTenants
} from "./chunk-CISFZE72.js";
import {
  provisionTenant
} from "./chunk-K3OBH4ST.js";
import {
  refreshTemplate
} from "./chunk-6MP5TUZL.js";
import {
  loadMigration,
  loadMigrations,
  loadParser,
  parseMigration,
  readMigrations,
  timeline
} from "./chunk-ELR4I7CA.js";
import {
  removeTenant
} from "./chunk-2LQTDXN3.js";
import "./chunk-RLPZHE5I.js";
import "./chunk-VJ5ODV5F.js";
import "./chunk-ZHUA7RRB.js";
import "./chunk-KCEC3NUD.js";
import "./chunk-UMD3LOZ5.js";
import "./chunk-ORVA6HML.js";
import "./chunk-Q5ULJFZ7.js";
import "./chunk-CPF5SSB7.js";
import {
  DEFAULT_CONCURRENCY
} from "./chunk-L6OS5AWE.js";
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
