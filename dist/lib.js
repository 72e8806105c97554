import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  describeMigration,
  renderFleetJson
} from "./chunk-B5HNQZKG.js";
import "./chunk-JGWYTFIC.js";
import {
  renderFleetMarkdown,
  renderStatusMarkdown
} from "./chunk-CS2U6CHC.js";
import {
  migrateTenant
} from "./chunk-W2RAOBPS.js";
import {
  LINT_FORMATS,
  RULES,
  formatLint,
  lintMigrations
} from "./chunk-CNE2WO42.js";
import {
  fleetStatus
} from "./chunk-GZXUWMFG.js";
import {
  renderVerifyReport
} from "./chunk-LFMMMG46.js";
import "./chunk-TRTQSD4S.js";
import {
  openEphemeral,
  verifyMigrations
} from "./chunk-BWPWAVOR.js";
import "./chunk-IGUZ42X3.js";
import "./chunk-UZUYZLFN.js";
import "./chunk-PL7L6GKI.js";
import {
  renderFleetText,
  renderStatusText
} from "./chunk-DV2N3EKY.js";
import {
  migrateFleet,
  rollbackFleet
} from "./chunk-XT6A4DZJ.js";
import "./chunk-L6NSDMH4.js";
import "./chunk-D26I7W3U.js";
import "./chunk-ZU3VS7B5.js";
import "./chunk-S7BLVPBG.js";
import "./chunk-U6VUBD55.js";
import {
  createMigration
} from "./chunk-LJCNLXU3.js";
import "./chunk-WNRSA35J.js";
import "./chunk-E75OC7J2.js";
import {
  listTenants
} from "./chunk-RQ6JHEUY.js";
import {
  provisionTenant
} from "./chunk-E3TUIJ4O.js";
import {
  refreshTemplate
} from "./chunk-VRMBQTFL.js";
import {
  loadMigration,
  loadMigrations,
  parseMigration,
  readMigrations,
  timeline
} from "./chunk-EBSCMY5Y.js";
import "./chunk-MI4OUF57.js";
import {
  removeTenant
} from "./chunk-7XKAOBQ5.js";
import "./chunk-KVRE2WOT.js";
import "./chunk-WHP3QCJ2.js";
import "./chunk-JRFTINDM.js";
import "./chunk-MFOALFP2.js";
import "./chunk-CAATKD7F.js";
import "./chunk-ZFZOO2PW.js";
import {
  DEFAULT_CONCURRENCY
} from "./chunk-MEC7FD5J.js";
import "./chunk-K7NWUBXN.js";
import "./chunk-L32NRCTA.js";
import "./chunk-EYDMOPBA.js";
import {
  maskUrl,
  resolveMasterUrl
} from "./chunk-IDMQH24V.js";
import "./chunk-2QIMRRGL.js";
import {
  loadParser
} from "./chunk-IDH5E2XY.js";
import {
  TenantMigrateError
} from "./chunk-TONUKN4I.js";
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
