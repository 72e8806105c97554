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
} from "./chunk-CBATSTYP.js";
import {
  removeTenant
} from "./chunk-LWMVTQMI.js";
import {
  fleetStatus
} from "./chunk-ECLUTWJS.js";
import {
  renderVerifyReport
} from "./chunk-KYTNRTAX.js";
import "./chunk-GJOOJG7X.js";
import {
  openEphemeral,
  verifyMigrations
} from "./chunk-EQIGXBPJ.js";
import "./chunk-E72NEZCW.js";
import {
  renderFleetText,
  renderStatusText
} from "./chunk-GF6OW7BW.js";
import {
  migrateFleet,
  rollbackFleet
} from "./chunk-LRRDBM6B.js";
import "./chunk-QSGRUE4Y.js";
import "./chunk-C7BLWVQE.js";
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
} from "./chunk-JE7HVGV5.js";
import {
  provisionTenant
} from "./chunk-36GDY3EN.js";
import "./chunk-T57DIVDP.js";
import "./chunk-HBKR6YF6.js";
import {
  refreshTemplate
} from "./chunk-GWSLYNZT.js";
import "./chunk-VTJW35DK.js";
import "./chunk-XSG24GAA.js";
import "./chunk-XLNFVXPN.js";
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
import "./chunk-SYPLBDSW.js";
import "./chunk-MSLIPN6R.js";
import "./chunk-NVCCX724.js";
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
