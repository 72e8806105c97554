import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  describeMigration,
  renderFleetJson
} from "./chunk-A75RNUYD.js";
import "./chunk-JGWYTFIC.js";
import {
  renderFleetMarkdown,
  renderStatusMarkdown
} from "./chunk-KKA5HA5Q.js";
import {
  migrateTenant
} from "./chunk-AOSLH3IU.js";
import {
  LINT_FORMATS,
  RULES,
  formatLint,
  lintMigrations
} from "./chunk-KVMW3ZTK.js";
import {
  fleetStatus
} from "./chunk-MYGFMUCE.js";
import {
  renderVerifyReport
} from "./chunk-SZMKEPMP.js";
import "./chunk-NYBXZPMP.js";
import {
  openEphemeral,
  verifyMigrations
} from "./chunk-HR4WZ6LN.js";
import "./chunk-JJ2DKYGE.js";
import "./chunk-ZBACNYC2.js";
import "./chunk-PL7L6GKI.js";
import {
  renderFleetText,
  renderStatusText
} from "./chunk-ORYUYVTP.js";
import {
  migrateFleet,
  rollbackFleet
} from "./chunk-S5AY7W7C.js";
import "./chunk-XIVW5FJX.js";
import "./chunk-VJZE4DEG.js";
import "./chunk-3E2UP2WF.js";
import "./chunk-DGKQZ7WS.js";
import "./chunk-U6VUBD55.js";
import {
  createMigration
} from "./chunk-NGEBXK2F.js";
import "./chunk-7F7MVBT7.js";
import "./chunk-E75OC7J2.js";
import {
  listTenants
} from "./chunk-GLTLUCGD.js";
import {
  provisionTenant
} from "./chunk-OITNUVBB.js";
import {
  refreshTemplate
} from "./chunk-F277XBUC.js";
import {
  loadMigration,
  loadMigrations,
  parseMigration,
  readMigrations,
  timeline
} from "./chunk-NJKYVKEI.js";
import "./chunk-MI4OUF57.js";
import {
  removeTenant
} from "./chunk-436GECJB.js";
import "./chunk-Z4DUAVTJ.js";
import "./chunk-IJ6VEXZ7.js";
import "./chunk-RTKTIWGF.js";
import "./chunk-WNMLGK4Q.js";
import "./chunk-B7MFXSCX.js";
import "./chunk-JEK6FDWS.js";
import {
  loadParser
} from "./chunk-NMUPHG6R.js";
import "./chunk-RAJKHVAP.js";
import "./chunk-O6NUXE7Y.js";
import {
  DEFAULT_CONCURRENCY
} from "./chunk-WZLIJAZV.js";
import "./chunk-FVNM4LT2.js";
import {
  maskUrl,
  resolveMasterUrl
} from "./chunk-DOCT2UYV.js";
import {
  TenantMigrateError
} from "./chunk-ECKDZ4BB.js";
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
