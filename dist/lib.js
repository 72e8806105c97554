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
} from "./chunk-AOZQPOF7.js";
import {
  migrateTenant
} from "./chunk-AP2S7HSH.js";
import {
  LINT_FORMATS,
  RULES,
  formatLint,
  lintMigrations
} from "./chunk-GGFVYECQ.js";
import {
  fleetStatus
} from "./chunk-UKFR3HZE.js";
import {
  renderVerifyReport
} from "./chunk-VHP45BEB.js";
import "./chunk-CU53BT55.js";
import {
  openEphemeral,
  verifyMigrations
} from "./chunk-CTN7DSCL.js";
import "./chunk-BRY3ZYPX.js";
import "./chunk-PL7L6GKI.js";
import {
  renderFleetText,
  renderStatusText
} from "./chunk-37SHWOQ2.js";
import {
  migrateFleet,
  rollbackFleet
} from "./chunk-A6IKMYSR.js";
import "./chunk-475M7OWC.js";
import "./chunk-OX3YS5JK.js";
import "./chunk-YZJRYQ3R.js";
import "./chunk-RVYTPAUG.js";
import "./chunk-U6VUBD55.js";
import {
  createMigration
} from "./chunk-TFTKPASK.js";
import "./chunk-7F7MVBT7.js";
import "./chunk-E75OC7J2.js";
import {
  listTenants
} from "./chunk-ZZCLK622.js";
import {
  provisionTenant
} from "./chunk-GXLFUB4O.js";
import {
  refreshTemplate
} from "./chunk-QLCEX4HL.js";
import {
  loadMigration,
  loadMigrations,
  loadParser,
  parseMigration,
  readMigrations,
  timeline
} from "./chunk-RUGGXIYV.js";
import "./chunk-MI4OUF57.js";
import {
  removeTenant
} from "./chunk-XIJUKYLF.js";
import "./chunk-EVDOFVGN.js";
import "./chunk-Q2QAZPAQ.js";
import "./chunk-YUD7YIIV.js";
import "./chunk-IRIGV2YZ.js";
import "./chunk-RNIVM6UY.js";
import "./chunk-3R4OK6F6.js";
import "./chunk-C4KRTEYH.js";
import "./chunk-BADXVIMZ.js";
import {
  DEFAULT_CONCURRENCY
} from "./chunk-GDHWOZHN.js";
import "./chunk-VPUOHQXU.js";
import {
  maskUrl,
  resolveMasterUrl
} from "./chunk-FHRXPU2F.js";
import {
  TenantMigrateError
} from "./chunk-BNJY3J7V.js";
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
