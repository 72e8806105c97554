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
} from "./chunk-GTOKOB5P.js";
import {
  LINT_FORMATS,
  RULES,
  formatLint,
  lintMigrations
} from "./chunk-KVMW3ZTK.js";
import {
  fleetStatus
} from "./chunk-4MXLQHER.js";
import {
  renderVerifyReport
} from "./chunk-KT7VXGM7.js";
import "./chunk-NYBXZPMP.js";
import {
  openEphemeral,
  verifyMigrations
} from "./chunk-UM6ZLBAR.js";
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
} from "./chunk-RBB74GCL.js";
import "./chunk-SUONQDZ3.js";
import "./chunk-QYQYVMR6.js";
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
} from "./chunk-S2V4H3RR.js";
import {
  provisionTenant
} from "./chunk-SDUQU4CN.js";
import {
  refreshTemplate
} from "./chunk-QCNPAELG.js";
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
} from "./chunk-SV7DLRQT.js";
import "./chunk-FRB6PQ2K.js";
import "./chunk-PHKWE7QD.js";
import "./chunk-LL2LZYE7.js";
import "./chunk-7NX77RXE.js";
import "./chunk-B7MFXSCX.js";
import "./chunk-OSXQVWK2.js";
import {
  loadParser
} from "./chunk-NMUPHG6R.js";
import "./chunk-3E5VSMV5.js";
import "./chunk-O6NUXE7Y.js";
import {
  DEFAULT_CONCURRENCY
} from "./chunk-AX6FPCUF.js";
import "./chunk-RIAED7A2.js";
import {
  maskUrl,
  resolveMasterUrl
} from "./chunk-KVQE4ZLH.js";
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
