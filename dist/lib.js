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
} from "./chunk-2A5IKB5H.js";
import {
  migrateTenant
} from "./chunk-O4FPXOOO.js";
import {
  LINT_FORMATS,
  RULES,
  formatLint,
  lintMigrations
} from "./chunk-JEIOJSEI.js";
import {
  fleetStatus
} from "./chunk-PKZ7CMGW.js";
import {
  renderVerifyReport
} from "./chunk-RVWRYJJ3.js";
import "./chunk-GJOOJG7X.js";
import {
  openEphemeral,
  verifyMigrations
} from "./chunk-KJBRV7SE.js";
import "./chunk-NKJ6KSSK.js";
import "./chunk-PL7L6GKI.js";
import {
  renderFleetText,
  renderStatusText
} from "./chunk-GF6OW7BW.js";
import {
  migrateFleet,
  rollbackFleet
} from "./chunk-T3DQAZDE.js";
import "./chunk-GKTEP2JZ.js";
import "./chunk-7JACH6CF.js";
import "./chunk-5WQ3ET6R.js";
import "./chunk-A4QBEAM6.js";
import "./chunk-U6VUBD55.js";
import {
  createMigration
} from "./chunk-Y2GCBRH7.js";
import "./chunk-7F7MVBT7.js";
import "./chunk-E75OC7J2.js";
import {
  listTenants
} from "./chunk-XVN57UZ7.js";
import {
  provisionTenant
} from "./chunk-SRN2KIWM.js";
import {
  refreshTemplate
} from "./chunk-QARZMBHO.js";
import {
  loadMigration,
  loadMigrations,
  parseMigration,
  readMigrations,
  timeline
} from "./chunk-IUCT7ZBO.js";
import "./chunk-MI4OUF57.js";
import {
  removeTenant
} from "./chunk-DBFF5FVK.js";
import "./chunk-73HCGX4Z.js";
import "./chunk-FH54SQYS.js";
import "./chunk-GNWBVLTV.js";
import "./chunk-PHSBAM4K.js";
import "./chunk-KDCCBBOM.js";
import "./chunk-R3DUS5JQ.js";
import {
  loadParser
} from "./chunk-3J2CDQL6.js";
import "./chunk-NYDLIIWX.js";
import "./chunk-MSLIPN6R.js";
import {
  DEFAULT_CONCURRENCY
} from "./chunk-OIHHPRG3.js";
import "./chunk-UVUMZ6E6.js";
import {
  maskUrl,
  resolveMasterUrl
} from "./chunk-F2RDSMAT.js";
import {
  TenantMigrateError
} from "./chunk-FADHDQG2.js";
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
