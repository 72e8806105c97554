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
} from "./chunk-2A5IKB5H.js";
import {
  migrateTenant
} from "./chunk-D5TXZTEM.js";
import {
  LINT_FORMATS,
  RULES,
  formatLint,
  lintMigrations
} from "./chunk-G7LKDHRE.js";
import {
  fleetStatus
} from "./chunk-EJU2GFQR.js";
import {
  renderVerifyReport
} from "./chunk-KYTNRTAX.js";
import "./chunk-GJOOJG7X.js";
import {
  openEphemeral,
  verifyMigrations
} from "./chunk-H4Z7K64S.js";
import "./chunk-NKJ6KSSK.js";
import "./chunk-PL7L6GKI.js";
import {
  renderFleetText,
  renderStatusText
} from "./chunk-GF6OW7BW.js";
import {
  migrateFleet,
  rollbackFleet
} from "./chunk-NCQU4UD6.js";
import "./chunk-MYHZ5GSO.js";
import "./chunk-KT64NRHQ.js";
import "./chunk-5WQ3ET6R.js";
import "./chunk-QSGRUE4Y.js";
import "./chunk-U6VUBD55.js";
import {
  createMigration
} from "./chunk-Y2GCBRH7.js";
import "./chunk-7F7MVBT7.js";
import "./chunk-E75OC7J2.js";
import {
  listTenants
} from "./chunk-TL2DTBAH.js";
import {
  provisionTenant
} from "./chunk-5XNR2IOC.js";
import {
  refreshTemplate
} from "./chunk-HAFDCTMH.js";
import {
  loadMigration,
  loadMigrations,
  parseMigration,
  readMigrations,
  timeline
} from "./chunk-IUCT7ZBO.js";
import "./chunk-MI4OUF57.js";
import {
  removeTenant
} from "./chunk-F4NXKWM6.js";
import "./chunk-62ZBHV7H.js";
import "./chunk-FOJLDDXG.js";
import "./chunk-CL24DTO2.js";
import "./chunk-6HSU2PPF.js";
import "./chunk-KDCCBBOM.js";
import "./chunk-3I654RMT.js";
import {
  loadParser
} from "./chunk-3J2CDQL6.js";
import "./chunk-2J52UJOL.js";
import "./chunk-MSLIPN6R.js";
import {
  DEFAULT_CONCURRENCY
} from "./chunk-ME2MGTGC.js";
import "./chunk-3PANZAMF.js";
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
