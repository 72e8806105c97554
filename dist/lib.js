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
} from "./chunk-TCFLFDJQ.js";
import {
  migrateTenant
} from "./chunk-S2BYYH2U.js";
import {
  LINT_FORMATS,
  RULES,
  formatLint,
  lintMigrations
} from "./chunk-U3PZH2EN.js";
import {
  fleetStatus
} from "./chunk-6I67H2FR.js";
import {
  renderVerifyReport
} from "./chunk-CBLHEDDO.js";
import "./chunk-CU53BT55.js";
import {
  openEphemeral,
  verifyMigrations
} from "./chunk-IUXXE6AN.js";
import "./chunk-BRY3ZYPX.js";
import "./chunk-PL7L6GKI.js";
import {
  renderFleetText,
  renderStatusText
} from "./chunk-SVY7EZZ5.js";
import {
  migrateFleet,
  rollbackFleet
} from "./chunk-3LYEDCSH.js";
import "./chunk-MMNTMXQY.js";
import "./chunk-BTBZ2MBW.js";
import "./chunk-YZJRYQ3R.js";
import "./chunk-MCXOLI6R.js";
import "./chunk-U6VUBD55.js";
import {
  createMigration
} from "./chunk-HPBI7BLE.js";
import "./chunk-7F7MVBT7.js";
import "./chunk-E75OC7J2.js";
import {
  listTenants
} from "./chunk-VTRRFXYA.js";
import {
  provisionTenant
} from "./chunk-BWLQSI2T.js";
import {
  refreshTemplate
} from "./chunk-7ZMGBNVH.js";
import {
  loadMigration,
  loadMigrations,
  loadParser,
  parseMigration,
  readMigrations,
  timeline
} from "./chunk-SML5PT5U.js";
import "./chunk-MI4OUF57.js";
import {
  removeTenant
} from "./chunk-3ITYDKOV.js";
import "./chunk-Q2CMEAKW.js";
import "./chunk-P2WVLZWX.js";
import "./chunk-PJJ2EWJF.js";
import "./chunk-FE7XK66N.js";
import "./chunk-3TFOZFGM.js";
import "./chunk-3R4OK6F6.js";
import "./chunk-OBJXA4V7.js";
import "./chunk-BADXVIMZ.js";
import {
  DEFAULT_CONCURRENCY
} from "./chunk-KNNHGXFF.js";
import "./chunk-YYLDOJQJ.js";
import {
  maskUrl,
  resolveMasterUrl
} from "./chunk-PGPCR6LJ.js";
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
