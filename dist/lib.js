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
} from "./chunk-W7R6GO5C.js";
import {
  LINT_FORMATS,
  RULES,
  formatLint,
  lintMigrations
} from "./chunk-245WODO4.js";
import {
  fleetStatus
} from "./chunk-PEWYJKPK.js";
import {
  renderVerifyReport
} from "./chunk-LA56GAF7.js";
import "./chunk-BESEZLMH.js";
import {
  openEphemeral,
  verifyMigrations
} from "./chunk-AW6S6Y4W.js";
import "./chunk-ORWQYJ64.js";
import "./chunk-B3UPUDSM.js";
import "./chunk-PL7L6GKI.js";
import {
  renderFleetText,
  renderStatusText
} from "./chunk-CZJHE4UC.js";
import {
  migrateFleet,
  rollbackFleet
} from "./chunk-UIED5W7W.js";
import "./chunk-H72PQVYX.js";
import "./chunk-CDTJPKDE.js";
import "./chunk-7NFW2C6G.js";
import "./chunk-TABJDUOK.js";
import "./chunk-U6VUBD55.js";
import {
  createMigration
} from "./chunk-4W2AVYID.js";
import "./chunk-Q47U6DZ4.js";
import "./chunk-E75OC7J2.js";
import {
  listTenants
} from "./chunk-G5AESBQZ.js";
import {
  provisionTenant
} from "./chunk-ERCWX5TK.js";
import {
  refreshTemplate
} from "./chunk-CBNMSGMY.js";
import {
  loadMigration,
  loadMigrations,
  parseMigration,
  readMigrations,
  timeline
} from "./chunk-ELM2EPSG.js";
import "./chunk-MI4OUF57.js";
import {
  removeTenant
} from "./chunk-PZ7DPR6J.js";
import "./chunk-W6OFVQBO.js";
import "./chunk-HPFO2VFK.js";
import "./chunk-F5J45TMJ.js";
import "./chunk-A2IGENUR.js";
import "./chunk-3R4OK6F6.js";
import "./chunk-M3RGA5G2.js";
import "./chunk-J7ARZ6GB.js";
import {
  DEFAULT_CONCURRENCY
} from "./chunk-XOBE33ZF.js";
import "./chunk-EUKHGDWA.js";
import "./chunk-5WAQILZB.js";
import "./chunk-F6J6O5O4.js";
import {
  maskUrl,
  resolveMasterUrl
} from "./chunk-FJM4KOI2.js";
import "./chunk-B7MFXSCX.js";
import {
  loadParser
} from "./chunk-IDH5E2XY.js";
import {
  TenantMigrateError
} from "./chunk-2TRAIP65.js";
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
