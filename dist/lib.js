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
} from "./chunk-3RI6ZS5K.js";
import {
  LINT_FORMATS,
  RULES,
  formatLint,
  lintMigrations
} from "./chunk-BSYW32DK.js";
import {
  fleetStatus
} from "./chunk-F4PQVULT.js";
import {
  renderVerifyReport
} from "./chunk-KT7VXGM7.js";
import "./chunk-NYBXZPMP.js";
import {
  openEphemeral,
  verifyMigrations
} from "./chunk-HEFRPKGI.js";
import "./chunk-JJ2DKYGE.js";
import "./chunk-MGVAUB2X.js";
import "./chunk-PL7L6GKI.js";
import {
  renderFleetText,
  renderStatusText
} from "./chunk-WMLXYTJV.js";
import {
  migrateFleet,
  rollbackFleet
} from "./chunk-6XFZZXQO.js";
import "./chunk-SUONQDZ3.js";
import "./chunk-IMJ7LY7X.js";
import "./chunk-3E2UP2WF.js";
import "./chunk-DGKQZ7WS.js";
import "./chunk-U6VUBD55.js";
import {
  createMigration
} from "./chunk-XKZSDEFW.js";
import "./chunk-7F7MVBT7.js";
import "./chunk-E75OC7J2.js";
import {
  listTenants
} from "./chunk-RAYVS6XZ.js";
import {
  provisionTenant
} from "./chunk-YXPZJPWO.js";
import {
  refreshTemplate
} from "./chunk-4HN5UIZT.js";
import {
  loadMigration,
  loadMigrations,
  parseMigration,
  readMigrations,
  timeline
} from "./chunk-FJISQXC2.js";
import "./chunk-MI4OUF57.js";
import {
  removeTenant
} from "./chunk-MIHHNWKV.js";
import "./chunk-E6V6L4KI.js";
import "./chunk-J6FYYIVH.js";
import "./chunk-GXZSKYFX.js";
import "./chunk-SKAVQ2CK.js";
import "./chunk-B7MFXSCX.js";
import "./chunk-I66V42P3.js";
import {
  loadParser
} from "./chunk-NMUPHG6R.js";
import "./chunk-V24R4T5P.js";
import "./chunk-O6NUXE7Y.js";
import {
  DEFAULT_CONCURRENCY
} from "./chunk-AX6FPCUF.js";
import "./chunk-EOIHNYWZ.js";
import {
  maskUrl,
  resolveMasterUrl
} from "./chunk-KVQE4ZLH.js";
import {
  TenantMigrateError
} from "./chunk-ECKDZ4BB.js";
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
