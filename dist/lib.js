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
} from "./chunk-BTN4AZDP.js";
import {
  LINT_FORMATS,
  RULES,
  formatLint,
  lintMigrations
} from "./chunk-5NA2J7XS.js";
import {
  fleetStatus
} from "./chunk-VA4TMVN2.js";
import {
  renderVerifyReport
} from "./chunk-HEX7ZVHP.js";
import "./chunk-PMZY35BA.js";
import {
  openEphemeral,
  verifyMigrations
} from "./chunk-XXUHJKFO.js";
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
} from "./chunk-WMAZAHUD.js";
import "./chunk-XMFUMGA7.js";
import "./chunk-7NBB62SN.js";
import "./chunk-GMKLWEZQ.js";
import "./chunk-QU6HZUJP.js";
import "./chunk-U6VUBD55.js";
import {
  createMigration
} from "./chunk-34SLDFTO.js";
import "./chunk-I2ZCNZTX.js";
import "./chunk-E75OC7J2.js";
import {
  listTenants
} from "./chunk-FV4TGJ5N.js";
import {
  provisionTenant
} from "./chunk-CDFZRANM.js";
import {
  refreshTemplate
} from "./chunk-WW5JRRH6.js";
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
} from "./chunk-7AXQE2K7.js";
import "./chunk-3VFMIZSW.js";
import "./chunk-OVGJ4LOX.js";
import "./chunk-6HQXWQOV.js";
import "./chunk-SCCH5NTV.js";
import "./chunk-3R4OK6F6.js";
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
