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
} from "./chunk-K5J7QQLE.js";
import {
  LINT_FORMATS,
  RULES,
  formatLint,
  lintMigrations
} from "./chunk-GSBR4UDR.js";
import {
  fleetStatus
} from "./chunk-3S5YLNPW.js";
import {
  renderVerifyReport
} from "./chunk-CBLHEDDO.js";
import "./chunk-CU53BT55.js";
import {
  openEphemeral,
  verifyMigrations
} from "./chunk-ALTIR5K5.js";
import "./chunk-BRY3ZYPX.js";
import "./chunk-PL7L6GKI.js";
import {
  renderFleetText,
  renderStatusText
} from "./chunk-RTF7Q7I5.js";
import {
  migrateFleet,
  rollbackFleet
} from "./chunk-4GFSMUAD.js";
import "./chunk-MMNTMXQY.js";
import "./chunk-TEJZOWRL.js";
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
} from "./chunk-GPG3K42B.js";
import {
  provisionTenant
} from "./chunk-FZRAZOAS.js";
import {
  refreshTemplate
} from "./chunk-VMKEMN2I.js";
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
} from "./chunk-3VO4VTCN.js";
import "./chunk-VFHX273H.js";
import "./chunk-LK6SDW7J.js";
import "./chunk-UM73D3LP.js";
import "./chunk-KMR22F4G.js";
import "./chunk-UZR4PI4R.js";
import "./chunk-3R4OK6F6.js";
import "./chunk-HPTERR5D.js";
import "./chunk-Y6OVAVT3.js";
import {
  DEFAULT_CONCURRENCY
} from "./chunk-KNNHGXFF.js";
import "./chunk-54WMMUB7.js";
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
