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
} from "./chunk-HNNFFKGV.js";
import {
  LINT_FORMATS,
  RULES,
  formatLint,
  lintMigrations
} from "./chunk-SV3WNTSS.js";
import {
  fleetStatus
} from "./chunk-SWVTPAA2.js";
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
} from "./chunk-BBEHPUUS.js";
import "./chunk-SMSXM6RT.js";
import "./chunk-PXB2OSE5.js";
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
} from "./chunk-TOL7T22H.js";
import {
  provisionTenant
} from "./chunk-CY4XTXNP.js";
import {
  refreshTemplate
} from "./chunk-IVUE2F3I.js";
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
} from "./chunk-D2CF4KGM.js";
import "./chunk-62B6E6BS.js";
import "./chunk-BTYE5A65.js";
import "./chunk-OWXI5MHL.js";
import "./chunk-CXVJSSQN.js";
import "./chunk-3R4OK6F6.js";
import "./chunk-WR62YSIS.js";
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
