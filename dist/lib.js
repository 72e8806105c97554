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
} from "./chunk-W3A7NZXB.js";
import {
  LINT_FORMATS,
  RULES,
  formatLint,
  lintMigrations
} from "./chunk-L4CQNGQC.js";
import {
  fleetStatus
} from "./chunk-2F7V2AZ3.js";
import {
  renderVerifyReport
} from "./chunk-HEX7ZVHP.js";
import "./chunk-PMZY35BA.js";
import {
  openEphemeral,
  verifyMigrations
} from "./chunk-K43P5X76.js";
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
} from "./chunk-CZGUY3VK.js";
import "./chunk-SMSXM6RT.js";
import "./chunk-AG6P6VUQ.js";
import "./chunk-GMKLWEZQ.js";
import "./chunk-QU6HZUJP.js";
import "./chunk-U6VUBD55.js";
import {
  createMigration
} from "./chunk-C3I6OIFA.js";
import "./chunk-Q47U6DZ4.js";
import "./chunk-E75OC7J2.js";
import {
  listTenants
} from "./chunk-WLS4X4RP.js";
import {
  provisionTenant
} from "./chunk-QXQVQOST.js";
import {
  refreshTemplate
} from "./chunk-OJEK26GQ.js";
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
} from "./chunk-3SPC35P5.js";
import "./chunk-MVVOZEAW.js";
import "./chunk-7VVCIO2I.js";
import "./chunk-IE6T6ZI5.js";
import "./chunk-7NEJVOQA.js";
import "./chunk-3R4OK6F6.js";
import "./chunk-VZTMOUQH.js";
import "./chunk-6OXC6YO3.js";
import {
  DEFAULT_CONCURRENCY
} from "./chunk-PU4GP5EG.js";
import "./chunk-Y25SEZY3.js";
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
