import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  describeMigration,
  renderFleetJson
} from "./chunk-UEHQCR6U.js";
import "./chunk-JGWYTFIC.js";
import {
  renderFleetMarkdown,
  renderStatusMarkdown
} from "./chunk-7IVBYIW2.js";
import {
  migrateTenant
} from "./chunk-VVMHZJTZ.js";
import {
  LINT_FORMATS,
  RULES,
  formatLint,
  lintMigrations
} from "./chunk-HWJ7N77C.js";
import {
  fleetStatus
} from "./chunk-77IIS2BJ.js";
import {
  renderVerifyReport
} from "./chunk-RDSRXM4O.js";
import "./chunk-J62GG36B.js";
import {
  openEphemeral,
  verifyMigrations
} from "./chunk-5RCAJVKH.js";
import "./chunk-BQNXJGPV.js";
import "./chunk-BN3JUSTR.js";
import "./chunk-PL7L6GKI.js";
import {
  renderFleetText,
  renderStatusText
} from "./chunk-CZJHE4UC.js";
import {
  migrateFleet,
  rollbackFleet
} from "./chunk-IFPRO2XY.js";
import "./chunk-HIOA25AN.js";
import "./chunk-CLT4L4YE.js";
import "./chunk-SQONVHLM.js";
import "./chunk-KPHKGJSY.js";
import "./chunk-U6VUBD55.js";
import {
  createMigration
} from "./chunk-VNNWBICW.js";
import "./chunk-Q47U6DZ4.js";
import "./chunk-E75OC7J2.js";
import {
  listTenants
} from "./chunk-XXOIDT3O.js";
import {
  provisionTenant
} from "./chunk-OVIF4MM7.js";
import {
  refreshTemplate
} from "./chunk-WZA65HQV.js";
import {
  loadMigration,
  loadMigrations,
  parseMigration,
  readMigrations,
  timeline
} from "./chunk-SJD3QAUP.js";
import "./chunk-MI4OUF57.js";
import {
  removeTenant
} from "./chunk-BZH77WWO.js";
import "./chunk-B4ITC3JY.js";
import "./chunk-DAFVD357.js";
import "./chunk-H4PL7CEI.js";
import "./chunk-TFRO6LZO.js";
import "./chunk-3R4OK6F6.js";
import "./chunk-T72IM76L.js";
import "./chunk-SPWDSUHU.js";
import {
  DEFAULT_CONCURRENCY
} from "./chunk-QXDMEH23.js";
import "./chunk-KZSGCLC4.js";
import "./chunk-WYIHMSXV.js";
import {
  maskUrl,
  resolveMasterUrl
} from "./chunk-KMCM7JHN.js";
import "./chunk-B7MFXSCX.js";
import {
  loadParser
} from "./chunk-IDH5E2XY.js";
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
