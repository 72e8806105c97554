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
} from "./chunk-3DR5BC46.js";
import {
  LINT_FORMATS,
  RULES,
  formatLint,
  lintMigrations
} from "./chunk-QRJQRD5P.js";
import {
  fleetStatus
} from "./chunk-A37BM5HJ.js";
import {
  renderVerifyReport
} from "./chunk-HEX7ZVHP.js";
import "./chunk-PMZY35BA.js";
import {
  openEphemeral,
  verifyMigrations
} from "./chunk-ZPHX46JL.js";
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
} from "./chunk-4RQJYXP2.js";
import "./chunk-M4I2WCSK.js";
import "./chunk-SREIJ6N2.js";
import "./chunk-GMKLWEZQ.js";
import "./chunk-RDBSLCXR.js";
import "./chunk-U6VUBD55.js";
import {
  createMigration
} from "./chunk-LCGJEVJK.js";
import "./chunk-WNRSA35J.js";
import "./chunk-E75OC7J2.js";
import {
  listTenants
} from "./chunk-KNHGTIML.js";
import {
  provisionTenant
} from "./chunk-SG26NS5F.js";
import {
  refreshTemplate
} from "./chunk-M3TD3GBX.js";
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
} from "./chunk-VENXJIUV.js";
import "./chunk-M4MFG4KC.js";
import "./chunk-TVJEMUYQ.js";
import "./chunk-VVZNKL2U.js";
import "./chunk-Q74ZWWKI.js";
import "./chunk-CAATKD7F.js";
import "./chunk-7FV3MHU5.js";
import {
  DEFAULT_CONCURRENCY
} from "./chunk-GOKN6TJQ.js";
import "./chunk-SVONO2LA.js";
import "./chunk-L32NRCTA.js";
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
