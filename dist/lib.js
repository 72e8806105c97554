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
} from "./chunk-HHH7YYXX.js";
import {
  LINT_FORMATS,
  RULES,
  formatLint,
  lintMigrations
} from "./chunk-QRJQRD5P.js";
import {
  fleetStatus
} from "./chunk-RYQSHPQL.js";
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
} from "./chunk-KPHDM6PC.js";
import "./chunk-XMFUMGA7.js";
import "./chunk-57FYWZWD.js";
import "./chunk-GMKLWEZQ.js";
import "./chunk-QU6HZUJP.js";
import "./chunk-U6VUBD55.js";
import {
  createMigration
} from "./chunk-LCGJEVJK.js";
import "./chunk-WNRSA35J.js";
import "./chunk-E75OC7J2.js";
import {
  listTenants
} from "./chunk-OUUQYD7F.js";
import {
  provisionTenant
} from "./chunk-DWFLRWM7.js";
import {
  refreshTemplate
} from "./chunk-3B6UYQCO.js";
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
} from "./chunk-UIRQZ7SY.js";
import "./chunk-TFDPS6CM.js";
import "./chunk-BHEN5G6N.js";
import "./chunk-YF47I3DX.js";
import "./chunk-3ISY7CLL.js";
import "./chunk-CAATKD7F.js";
import "./chunk-56ZX465N.js";
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
import "./chunk-2QIMRRGL.js";
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
