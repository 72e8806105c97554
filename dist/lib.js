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
} from "./chunk-SMRY7YBH.js";
import {
  LINT_FORMATS,
  RULES,
  formatLint,
  lintMigrations
} from "./chunk-MXYIUC52.js";
import {
  fleetStatus
} from "./chunk-CXTHANI3.js";
import {
  renderVerifyReport
} from "./chunk-MECGZPS6.js";
import "./chunk-2DKFDHIH.js";
import {
  openEphemeral,
  verifyMigrations
} from "./chunk-MUOQKYGN.js";
import "./chunk-NXINPGJV.js";
import "./chunk-PL7L6GKI.js";
import {
  renderFleetText,
  renderStatusText
} from "./chunk-RTF7Q7I5.js";
import {
  migrateFleet,
  rollbackFleet
} from "./chunk-SDYAEPNX.js";
import "./chunk-MMNTMXQY.js";
import "./chunk-MVMZXGIO.js";
import "./chunk-YZJRYQ3R.js";
import "./chunk-MCXOLI6R.js";
import {
  createMigration
} from "./chunk-7JS7GXSA.js";
import "./chunk-7F7MVBT7.js";
import "./chunk-E75OC7J2.js";
import {
  listTenants
} from "./chunk-FF226YFT.js";
import {
  provisionTenant
} from "./chunk-V7GWECVA.js";
import {
  refreshTemplate
} from "./chunk-ECQNEXOD.js";
import {
  loadMigration,
  loadMigrations,
  loadParser,
  parseMigration,
  readMigrations,
  timeline
} from "./chunk-NBPXBQLH.js";
import {
  removeTenant
} from "./chunk-OTB2FLK6.js";
import "./chunk-TKEGJ5IE.js";
import "./chunk-CUM6RSVB.js";
import "./chunk-USOZAL2N.js";
import "./chunk-2YNHQRKE.js";
import "./chunk-F2K76RO3.js";
import "./chunk-ORVA6HML.js";
import "./chunk-M7AWVD2W.js";
import "./chunk-M3EG6T2B.js";
import {
  DEFAULT_CONCURRENCY
} from "./chunk-KNNHGXFF.js";
import "./chunk-6H3KBIJ7.js";
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
