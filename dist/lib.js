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
} from "./chunk-SC6K47GT.js";
import {
  migrateTenant
} from "./chunk-PFMPI4EJ.js";
import {
  LINT_FORMATS,
  RULES,
  formatLint,
  lintMigrations
} from "./chunk-GSBR4UDR.js";
import {
  fleetStatus
} from "./chunk-RZPW6SNO.js";
import {
  renderVerifyReport
} from "./chunk-CBLHEDDO.js";
import "./chunk-CU53BT55.js";
import {
  openEphemeral,
  verifyMigrations
} from "./chunk-NDXBXLZX.js";
import "./chunk-BRY3ZYPX.js";
import "./chunk-PL7L6GKI.js";
import {
  renderFleetText,
  renderStatusText
} from "./chunk-RTF7Q7I5.js";
import {
  migrateFleet,
  rollbackFleet
} from "./chunk-ABSPYZQC.js";
import "./chunk-MMNTMXQY.js";
import "./chunk-AUC4CVNW.js";
import "./chunk-YZJRYQ3R.js";
import "./chunk-MCXOLI6R.js";
import "./chunk-U6VUBD55.js";
import {
  createMigration
} from "./chunk-D55T3TTA.js";
import "./chunk-7F7MVBT7.js";
import "./chunk-E75OC7J2.js";
import {
  listTenants
} from "./chunk-EZ2WZSML.js";
import {
  provisionTenant
} from "./chunk-WD4EM33R.js";
import {
  refreshTemplate
} from "./chunk-3TDOR2XW.js";
import {
  loadMigration,
  loadMigrations,
  loadParser,
  parseMigration,
  readMigrations,
  timeline
} from "./chunk-XVKKGDRP.js";
import "./chunk-MI4OUF57.js";
import {
  removeTenant
} from "./chunk-GCGLN2UF.js";
import "./chunk-NTWNXIJY.js";
import "./chunk-LKDIZAIY.js";
import "./chunk-PBORIP37.js";
import "./chunk-APQAZRBQ.js";
import "./chunk-HVZHWWNZ.js";
import "./chunk-3R4OK6F6.js";
import "./chunk-PJNHLU4K.js";
import "./chunk-Y6OVAVT3.js";
import {
  DEFAULT_CONCURRENCY
} from "./chunk-KNNHGXFF.js";
import "./chunk-MMKNUYFC.js";
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
