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
} from "./chunk-YXKM3LOD.js";
import {
  LINT_FORMATS,
  RULES,
  formatLint,
  lintMigrations
} from "./chunk-B6DXLNTW.js";
import {
  fleetStatus
} from "./chunk-VANBBKY5.js";
import {
  renderVerifyReport
} from "./chunk-HEX7ZVHP.js";
import "./chunk-PMZY35BA.js";
import {
  openEphemeral,
  verifyMigrations
} from "./chunk-3WQ3SR2Q.js";
import "./chunk-UUT6IYM7.js";
import "./chunk-63CVZANK.js";
import "./chunk-PL7L6GKI.js";
import {
  renderFleetText,
  renderStatusText
} from "./chunk-CZJHE4UC.js";
import {
  migrateFleet,
  rollbackFleet
} from "./chunk-ICZJ7Z3F.js";
import "./chunk-XMFUMGA7.js";
import "./chunk-FW4EDXRC.js";
import "./chunk-GMKLWEZQ.js";
import "./chunk-QU6HZUJP.js";
import "./chunk-U6VUBD55.js";
import {
  createMigration
} from "./chunk-DIDJOKZM.js";
import "./chunk-I2ZCNZTX.js";
import "./chunk-E75OC7J2.js";
import {
  listTenants
} from "./chunk-FV4TGJ5N.js";
import {
  provisionTenant
} from "./chunk-XGBFO44D.js";
import {
  refreshTemplate
} from "./chunk-RC44YDWR.js";
import {
  loadMigration,
  loadMigrations,
  parseMigration,
  readMigrations,
  timeline
} from "./chunk-XKCUWHH6.js";
import "./chunk-MI4OUF57.js";
import {
  removeTenant
} from "./chunk-6UIMYZFS.js";
import "./chunk-3VFMIZSW.js";
import "./chunk-OVGJ4LOX.js";
import "./chunk-QUY4BT43.js";
import "./chunk-PIHC66YS.js";
import "./chunk-CAATKD7F.js";
import "./chunk-2VK6GVB2.js";
import {
  DEFAULT_CONCURRENCY
} from "./chunk-EXJN5FIB.js";
import "./chunk-A23RVFKP.js";
import "./chunk-5YT7IKQO.js";
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
