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
} from "./chunk-573YYCYE.js";
import {
  LINT_FORMATS,
  RULES,
  formatLint,
  lintMigrations
} from "./chunk-Z4PDKGVJ.js";
import {
  fleetStatus
} from "./chunk-AX4LNDM5.js";
import {
  renderVerifyReport
} from "./chunk-4DLV6S7K.js";
import "./chunk-WX7QIESJ.js";
import {
  openEphemeral,
  verifyMigrations
} from "./chunk-NDNE2IDD.js";
import "./chunk-WYLJ5ZQ4.js";
import "./chunk-ARAU727R.js";
import "./chunk-PL7L6GKI.js";
import {
  renderFleetText,
  renderStatusText
} from "./chunk-WMLXYTJV.js";
import {
  migrateFleet,
  rollbackFleet
} from "./chunk-TTALSRAV.js";
import "./chunk-RCUGMZBW.js";
import "./chunk-WYIMB6XF.js";
import "./chunk-ZLSKWQ3S.js";
import "./chunk-SGHGYZGV.js";
import "./chunk-U6VUBD55.js";
import {
  createMigration
} from "./chunk-H2CMCO3G.js";
import "./chunk-Q47U6DZ4.js";
import "./chunk-E75OC7J2.js";
import {
  listTenants
} from "./chunk-MVJMZCGC.js";
import {
  provisionTenant
} from "./chunk-OLPX6YTC.js";
import {
  refreshTemplate
} from "./chunk-2D2JOTGS.js";
import {
  loadMigration,
  loadMigrations,
  parseMigration,
  readMigrations,
  timeline
} from "./chunk-DMP5UPG5.js";
import "./chunk-MI4OUF57.js";
import {
  removeTenant
} from "./chunk-NLJGNCG2.js";
import "./chunk-OKZMM4JR.js";
import "./chunk-PZT5RMWS.js";
import "./chunk-QSFTP3AO.js";
import "./chunk-2BWINSOI.js";
import "./chunk-LMJDYGHZ.js";
import "./chunk-B7MFXSCX.js";
import {
  loadParser
} from "./chunk-NMUPHG6R.js";
import "./chunk-XZMTYZSP.js";
import "./chunk-2JI26AOL.js";
import {
  DEFAULT_CONCURRENCY
} from "./chunk-AMZY7LK5.js";
import "./chunk-EOVGFBXE.js";
import {
  maskUrl,
  resolveMasterUrl
} from "./chunk-HRXDRMM3.js";
import {
  TenantMigrateError
} from "./chunk-TC62SAGK.js";
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
