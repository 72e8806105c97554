import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  describeMigration,
  renderFleetJson
} from "./chunk-I6C3YER6.js";
import "./chunk-JGWYTFIC.js";
import {
  renderFleetMarkdown,
  renderStatusMarkdown
} from "./chunk-WKU4XDTS.js";
import {
  migrateTenant
} from "./chunk-IRKUCUJG.js";
import {
  LINT_FORMATS,
  RULES,
  formatLint,
  lintMigrations
} from "./chunk-VZVQTGJ7.js";
import {
  fleetStatus
} from "./chunk-I2BT2AUU.js";
import {
  renderVerifyReport
} from "./chunk-KT7VXGM7.js";
import "./chunk-NYBXZPMP.js";
import {
  openEphemeral,
  verifyMigrations
} from "./chunk-3J3VPCXZ.js";
import "./chunk-JJ2DKYGE.js";
import "./chunk-MGVAUB2X.js";
import "./chunk-PL7L6GKI.js";
import {
  renderFleetText,
  renderStatusText
} from "./chunk-GUJCEBF7.js";
import {
  migrateFleet,
  rollbackFleet
} from "./chunk-4UAQPXGI.js";
import "./chunk-SUONQDZ3.js";
import "./chunk-SKFFAO5V.js";
import "./chunk-3E2UP2WF.js";
import "./chunk-DGKQZ7WS.js";
import "./chunk-U6VUBD55.js";
import {
  createMigration
} from "./chunk-NGEBXK2F.js";
import "./chunk-7F7MVBT7.js";
import "./chunk-E75OC7J2.js";
import {
  listTenants
} from "./chunk-X6MNHQT4.js";
import {
  provisionTenant
} from "./chunk-3NPUEK7M.js";
import {
  refreshTemplate
} from "./chunk-GJLQBDD4.js";
import {
  loadMigration,
  loadMigrations,
  parseMigration,
  readMigrations,
  timeline
} from "./chunk-NJKYVKEI.js";
import "./chunk-MI4OUF57.js";
import {
  removeTenant
} from "./chunk-OGM3PAYP.js";
import "./chunk-CIDYNUJ2.js";
import "./chunk-VZRVHJZK.js";
import "./chunk-CZPZRI66.js";
import "./chunk-Z74RR7M7.js";
import "./chunk-B7MFXSCX.js";
import "./chunk-HETHHLO6.js";
import {
  loadParser
} from "./chunk-NMUPHG6R.js";
import "./chunk-M6IOU3FM.js";
import "./chunk-O6NUXE7Y.js";
import {
  DEFAULT_CONCURRENCY
} from "./chunk-AX6FPCUF.js";
import "./chunk-BB4GAEIQ.js";
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
