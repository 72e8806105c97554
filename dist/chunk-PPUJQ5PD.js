import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  jsonDetail
} from "./chunk-ZSO3PHXC.js";
import {
  fleetCounts,
  statusCounts
} from "./chunk-XMYWQNMV.js";

// src/report/fleet-json.ts
function renderFleetJson(report) {
  return JSON.stringify(report, jsonDetail, 2);
}
function renderStatusJson(report) {
  const { ok, ...rest } = report;
  return JSON.stringify({ ok, summary: statusCounts(report), ...rest }, jsonDetail, 2);
}
function renderMigrateJson(report) {
  const { command, ok, ...rest } = report;
  return JSON.stringify({ command, ok, summary: fleetCounts(report), ...rest }, jsonDetail, 2);
}

// src/migrations/describe.ts
function describeMigration(migration) {
  const statements = (list) => list.map(({ sql, line, column, endLine, endColumn, block }) => ({ sql, line, column, endLine, endColumn, block }));
  return {
    path: migration.path,
    version: migration.version,
    versionText: migration.versionText,
    name: migration.name,
    description: migration.description,
    scope: migration.scope,
    format: migration.format,
    transaction: migration.transaction,
    checksum: migration.checksum,
    fileChecksum: migration.fileChecksum,
    header: Object.fromEntries(Object.entries(migration.header).map(([key, field]) => [key, field.value])),
    up: statements(migration.up.statements),
    down: migration.down ? statements(migration.down.statements) : null
  };
}

export {
  renderFleetJson,
  renderStatusJson,
  renderMigrateJson,
  describeMigration
};
