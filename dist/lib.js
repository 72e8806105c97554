import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  describeMigration,
  renderFleetJson
} from "./chunk-PPUJQ5PD.js";
import "./chunk-JGWYTFIC.js";
import {
  renderFleetMarkdown,
  renderStatusMarkdown
} from "./chunk-ZSO3PHXC.js";
import {
  migrateTenant
} from "./chunk-GNTQE5OI.js";
import {
  LINT_FORMATS,
  RULES,
  formatLint,
  lintMigrations
} from "./chunk-HVK7ZTLS.js";
import {
  fleetStatus
} from "./chunk-SMVXM6EW.js";
import {
  renderVerifyReport
} from "./chunk-LFMMMG46.js";
import "./chunk-TRTQSD4S.js";
import {
  openEphemeral,
  verifyMigrations
} from "./chunk-GKR4FNL4.js";
import "./chunk-IGUZ42X3.js";
import "./chunk-RD5QY2JU.js";
import "./chunk-PL7L6GKI.js";
import {
  renderFleetText,
  renderStatusText
} from "./chunk-XMYWQNMV.js";
import {
  migrateFleet,
  rollbackFleet
} from "./chunk-3OZUIBWG.js";
import "./chunk-L6NSDMH4.js";
import "./chunk-EMMSOOPR.js";
import "./chunk-ZU3VS7B5.js";
import "./chunk-S7BLVPBG.js";
import "./chunk-U6VUBD55.js";
import {
  createMigration
} from "./chunk-AF4QV43G.js";
import "./chunk-RMQ7NATH.js";
import "./chunk-E75OC7J2.js";
import {
  listTenants
} from "./chunk-X5KRA2X6.js";
import {
  provisionTenant
} from "./chunk-WLKEFRRI.js";
import {
  refreshTemplate
} from "./chunk-MFJLDADD.js";
import {
  loadMigration,
  loadMigrations,
  parseMigration,
  readMigrations,
  timeline
} from "./chunk-RG55CJQW.js";
import "./chunk-MI4OUF57.js";
import {
  removeTenant
} from "./chunk-SAJYCF2N.js";
import "./chunk-JCD6YID7.js";
import "./chunk-4DTQHM3K.js";
import "./chunk-A7CFDGPP.js";
import "./chunk-WE6CLKK2.js";
import "./chunk-CAATKD7F.js";
import "./chunk-JKLMB7YD.js";
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
import "./chunk-ZMVQXNSG.js";
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
