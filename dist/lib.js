import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  describeMigration,
  renderFleetJson
} from "./chunk-BZKXYIZA.js";
import "./chunk-JGWYTFIC.js";
import {
  renderFleetMarkdown,
  renderStatusMarkdown
} from "./chunk-5KIXSFE5.js";
import {
  migrateTenant
} from "./chunk-D24LWDFD.js";
import {
  LINT_FORMATS,
  RULES,
  formatLint,
  lintMigrations
} from "./chunk-YAH27FPB.js";
import {
  fleetStatus
} from "./chunk-T2DQB25L.js";
import {
  renderVerifyReport
} from "./chunk-RDSRXM4O.js";
import "./chunk-J62GG36B.js";
import {
  openEphemeral,
  verifyMigrations
} from "./chunk-SQTBONOQ.js";
import "./chunk-BQNXJGPV.js";
import "./chunk-XYXQF4IR.js";
import "./chunk-PL7L6GKI.js";
import {
  renderFleetText,
  renderStatusText
} from "./chunk-WMLXYTJV.js";
import {
  migrateFleet,
  rollbackFleet
} from "./chunk-WAO3N36E.js";
import "./chunk-HIOA25AN.js";
import "./chunk-ZI536A5K.js";
import "./chunk-SQONVHLM.js";
import "./chunk-KPHKGJSY.js";
import "./chunk-U6VUBD55.js";
import {
  createMigration
} from "./chunk-WJIZMVMP.js";
import "./chunk-Q47U6DZ4.js";
import "./chunk-E75OC7J2.js";
import {
  listTenants
} from "./chunk-WW3GQ3A2.js";
import {
  provisionTenant
} from "./chunk-THVTFWAU.js";
import {
  refreshTemplate
} from "./chunk-IBNGQAGO.js";
import {
  loadMigration,
  loadMigrations,
  parseMigration,
  readMigrations,
  timeline
} from "./chunk-VKOUAQHP.js";
import "./chunk-MI4OUF57.js";
import {
  removeTenant
} from "./chunk-YLSPZOQX.js";
import "./chunk-3J3W4SRZ.js";
import "./chunk-UIWEQ4SF.js";
import "./chunk-VAA3MQQ4.js";
import "./chunk-7RZFTSKT.js";
import "./chunk-2TQXBAZE.js";
import "./chunk-B7MFXSCX.js";
import {
  loadParser
} from "./chunk-NMUPHG6R.js";
import "./chunk-T72IM76L.js";
import "./chunk-4GDLAOAT.js";
import {
  DEFAULT_CONCURRENCY
} from "./chunk-QXDMEH23.js";
import "./chunk-WYIHMSXV.js";
import {
  maskUrl,
  resolveMasterUrl
} from "./chunk-KMCM7JHN.js";
import {
  TenantMigrateError
} from "./chunk-XG3U772U.js";
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
