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
} from "./chunk-R6KHICQ2.js";
import {
  LINT_FORMATS,
  RULES,
  formatLint,
  lintMigrations
} from "./chunk-SV3WNTSS.js";
import {
  fleetStatus
} from "./chunk-PKAN6TYA.js";
import {
  renderVerifyReport
} from "./chunk-HEX7ZVHP.js";
import "./chunk-PMZY35BA.js";
import {
  openEphemeral,
  verifyMigrations
} from "./chunk-7O75D6AR.js";
import "./chunk-UUT6IYM7.js";
import "./chunk-SQOYG4LK.js";
import "./chunk-PL7L6GKI.js";
import {
  renderFleetText,
  renderStatusText
} from "./chunk-CZJHE4UC.js";
import {
  migrateFleet,
  rollbackFleet
} from "./chunk-FLOFWXDP.js";
import "./chunk-SMSXM6RT.js";
import "./chunk-NL5GYIGG.js";
import "./chunk-GMKLWEZQ.js";
import "./chunk-QU6HZUJP.js";
import "./chunk-U6VUBD55.js";
import {
  createMigration
} from "./chunk-N6MYGRUQ.js";
import "./chunk-YSDZAAJV.js";
import "./chunk-E75OC7J2.js";
import {
  listTenants
} from "./chunk-5D2IZYIR.js";
import {
  provisionTenant
} from "./chunk-DLP6D2GF.js";
import {
  refreshTemplate
} from "./chunk-VNEEHXRU.js";
import {
  loadMigration,
  loadMigrations,
  parseMigration,
  readMigrations,
  timeline
} from "./chunk-5BIMKNUR.js";
import "./chunk-MI4OUF57.js";
import {
  removeTenant
} from "./chunk-JJD4BKT6.js";
import "./chunk-NVNX4F3J.js";
import "./chunk-VERWRMX6.js";
import "./chunk-V2VPI7EV.js";
import "./chunk-RVDAD6ER.js";
import "./chunk-3R4OK6F6.js";
import "./chunk-D547HJP2.js";
import {
  DEFAULT_CONCURRENCY
} from "./chunk-PU4GP5EG.js";
import "./chunk-KROMMQ7H.js";
import "./chunk-NL6IW7GP.js";
import "./chunk-ZOTJX6FU.js";
import {
  maskUrl,
  resolveMasterUrl
} from "./chunk-C37BO4JP.js";
import "./chunk-B7MFXSCX.js";
import {
  loadParser
} from "./chunk-IDH5E2XY.js";
import {
  TenantMigrateError
} from "./chunk-MNKNUXMT.js";
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
