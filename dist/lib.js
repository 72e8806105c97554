import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  describeMigration,
  renderFleetJson
} from "./chunk-QEP5LVAQ.js";
import {
  renderFleetMarkdown,
  renderStatusMarkdown
} from "./chunk-2A5IKB5H.js";
import {
  migrateTenant
} from "./chunk-MF6XJ5KF.js";
import {
  removeTenant
} from "./chunk-YA4IWT24.js";
import {
  fleetStatus
} from "./chunk-Z26YRB5V.js";
import {
  renderVerifyReport
} from "./chunk-KYTNRTAX.js";
import "./chunk-GJOOJG7X.js";
import {
  openEphemeral,
  verifyMigrations
} from "./chunk-ULSZL4KY.js";
import "./chunk-E72NEZCW.js";
import {
  renderFleetText,
  renderStatusText
} from "./chunk-GF6OW7BW.js";
import {
  migrateFleet,
  rollbackFleet
} from "./chunk-BC5M2N6P.js";
import "./chunk-QSGRUE4Y.js";
import "./chunk-GHBORQEJ.js";
import "./chunk-5WQ3ET6R.js";
import "./chunk-JGWYTFIC.js";
import {
  LINT_FORMATS,
  RULES,
  formatLint,
  lintMigrations
} from "./chunk-5YFHPDC4.js";
import "./chunk-DYGAFK4C.js";
import "./chunk-PL7L6GKI.js";
import "./chunk-MYHZ5GSO.js";
import "./chunk-U6VUBD55.js";
import {
  createMigration
} from "./chunk-OWXHE6TY.js";
import "./chunk-E75OC7J2.js";
import "./chunk-7F7MVBT7.js";
import {
  listTenants
} from "./chunk-AFAHLMLU.js";
import {
  provisionTenant
} from "./chunk-VTWCZIQ6.js";
import "./chunk-BJCNNO2R.js";
import "./chunk-LKSJAL2U.js";
import {
  refreshTemplate
} from "./chunk-7PUZ7XMV.js";
import "./chunk-PAIYJ46U.js";
import "./chunk-CMFC6H5V.js";
import "./chunk-3I654RMT.js";
import "./chunk-KDCCBBOM.js";
import {
  loadMigration,
  loadMigrations,
  parseMigration,
  readMigrations,
  timeline
} from "./chunk-LDGMBQL5.js";
import {
  loadParser
} from "./chunk-3J2CDQL6.js";
import "./chunk-MI4OUF57.js";
import "./chunk-2J52UJOL.js";
import "./chunk-MSLIPN6R.js";
import "./chunk-3PANZAMF.js";
import {
  DEFAULT_CONCURRENCY
} from "./chunk-ME2MGTGC.js";
import {
  maskUrl,
  resolveMasterUrl
} from "./chunk-HYMPX7DJ.js";
import {
  TenantMigrateError
} from "./chunk-FADHDQG2.js";
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
