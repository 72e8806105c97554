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
import "./chunk-JGWYTFIC.js";
import {
  renderFleetMarkdown,
  renderStatusMarkdown
} from "./chunk-2A5IKB5H.js";
import {
  migrateTenant
} from "./chunk-6LDRNVRH.js";
import {
  LINT_FORMATS,
  RULES,
  formatLint,
  lintMigrations
} from "./chunk-6ET2G3MG.js";
import {
  fleetStatus
} from "./chunk-I7IOQXQX.js";
import {
  renderVerifyReport
} from "./chunk-KYTNRTAX.js";
import "./chunk-GJOOJG7X.js";
import {
  openEphemeral,
  verifyMigrations
} from "./chunk-3KS4OK6G.js";
import "./chunk-E72NEZCW.js";
import "./chunk-SZDNFH4G.js";
import "./chunk-PL7L6GKI.js";
import {
  renderFleetText,
  renderStatusText
} from "./chunk-GF6OW7BW.js";
import {
  migrateFleet,
  rollbackFleet
} from "./chunk-NKHBAV6W.js";
import "./chunk-MYHZ5GSO.js";
import "./chunk-OE6W4YMT.js";
import "./chunk-5WQ3ET6R.js";
import "./chunk-QSGRUE4Y.js";
import "./chunk-U6VUBD55.js";
import {
  createMigration
} from "./chunk-77BLYBEM.js";
import "./chunk-7F7MVBT7.js";
import "./chunk-E75OC7J2.js";
import {
  listTenants
} from "./chunk-KUUXZ2PT.js";
import {
  provisionTenant
} from "./chunk-6OFYUJLL.js";
import {
  refreshTemplate
} from "./chunk-W6ZD4IRA.js";
import {
  loadMigration,
  loadMigrations,
  parseMigration,
  readMigrations,
  timeline
} from "./chunk-DIEPTJVX.js";
import "./chunk-MI4OUF57.js";
import {
  removeTenant
} from "./chunk-BL57YQ73.js";
import "./chunk-C6VYTHH5.js";
import "./chunk-O4C336MP.js";
import "./chunk-J23DVTYQ.js";
import "./chunk-XXAIA2CK.js";
import "./chunk-B7MFXSCX.js";
import "./chunk-XLNFVXPN.js";
import {
  loadParser
} from "./chunk-3J2CDQL6.js";
import "./chunk-SYPLBDSW.js";
import "./chunk-MSLIPN6R.js";
import {
  DEFAULT_CONCURRENCY
} from "./chunk-ME2MGTGC.js";
import "./chunk-NVCCX724.js";
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
