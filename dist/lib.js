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
} from "./chunk-QC7VGIMR.js";
import {
  migrateTenant
} from "./chunk-IA5BBX6D.js";
import {
  LINT_FORMATS,
  RULES,
  formatLint,
  lintMigrations
} from "./chunk-WSZUCW5W.js";
import {
  fleetStatus
} from "./chunk-4F55CI4J.js";
import {
  renderVerifyReport
} from "./chunk-YRBWCQA6.js";
import "./chunk-LNAYO4DS.js";
import {
  openEphemeral,
  verifyMigrations
} from "./chunk-YLFAQMJX.js";
import "./chunk-GEGHLSNR.js";
import "./chunk-PL7L6GKI.js";
import {
  renderFleetText,
  renderStatusText
} from "./chunk-2CSGHO72.js";
import {
  migrateFleet,
  rollbackFleet
} from "./chunk-NFZG3SGP.js";
import "./chunk-YMRNHGUF.js";
import "./chunk-5HALDGJI.js";
import "./chunk-TRE7CBOC.js";
import "./chunk-Z72GFCSE.js";
import {
  createMigration
} from "./chunk-3K2ZPKL3.js";
import "./chunk-7F7MVBT7.js";
import "./chunk-E75OC7J2.js";
import {
  listTenants
} from "./chunk-LIJS245P.js";
import {
  provisionTenant
} from "./chunk-3DQAMPRF.js";
import {
  refreshTemplate
} from "./chunk-C77OEGHA.js";
import {
  loadMigration,
  loadMigrations,
  loadParser,
  parseMigration,
  readMigrations,
  timeline
} from "./chunk-Q6NUG4II.js";
import {
  removeTenant
} from "./chunk-JKTRJESR.js";
import "./chunk-LNF6IGTN.js";
import "./chunk-HW2QT4G2.js";
import "./chunk-J32XJTNK.js";
import "./chunk-CQSXEEMA.js";
import "./chunk-T5DSGGSN.js";
import "./chunk-ORVA6HML.js";
import "./chunk-QUOSAN4I.js";
import "./chunk-TUICVXXM.js";
import {
  DEFAULT_CONCURRENCY
} from "./chunk-WL2UTXJV.js";
import "./chunk-QR6BW2VH.js";
import {
  maskUrl,
  resolveMasterUrl
} from "./chunk-MGVZGYWX.js";
import {
  TenantMigrateError
} from "./chunk-LHLBMV5P.js";
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
