import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  formatLocation
} from "./chunk-TONUKN4I.js";

// src/report/verify-view.ts
var STATUS_ICON = { passed: "\u2705", warning: "\u26A0\uFE0F", failed: "\u274C", skipped: "\u23ED\uFE0F" };
var SEVERITY_ICON = { error: "\u274C", warning: "\u26A0\uFE0F", info: "\u2139\uFE0F" };
function verifyView(report) {
  const scopes = report.scopes.map(scopeView);
  const migrations = scopes.flatMap((scope) => scope.migrations);
  const findings = report.findings.map(findingView);
  const counts = countStatuses(report.scopes.flatMap((scope) => scope.migrations));
  const total = migrations.length;
  const headline = total === 0 ? "no migration to verify" : `${plural(total, "migration")} verified: ${[
    `${counts.passed} passed`,
    counts.warning ? `${counts.warning} with warnings` : "",
    counts.failed ? `${counts.failed} failed` : "",
    counts.skipped ? `${counts.skipped} skipped` : ""
  ].filter(Boolean).join(", ")}`;
  return {
    ok: report.ok,
    icon: report.ok ? counts.warning > 0 ? "\u26A0\uFE0F" : "\u2705" : "\u274C",
    headline,
    provider: report.providerDetail,
    duration: formatDuration(report.durationMs),
    base: report.base,
    strict: report.strict,
    scopes,
    migrations,
    findings,
    allFindings: [
      ...findings,
      ...scopes.flatMap((scope) => [...scope.findings, ...scope.migrations.flatMap((migration) => migration.findings)])
    ],
    hasStatements: migrations.some((migration) => migration.statements.length > 0)
  };
}
function scopeView(scope) {
  const counts = countStatuses(scope.migrations);
  return {
    timeline: scope.timeline,
    summary: `${plural(scope.migrations.length, "migration")}, ${counts.passed} passed${counts.warning ? `, ${counts.warning} with warnings` : ""}${counts.failed ? `, ${counts.failed} failed` : ""}${counts.skipped ? `, ${counts.skipped} skipped` : ""}`,
    setup: scope.setupMigrations > 0 ? `${plural(scope.setupMigrations, "older migration")} applied first in ${formatDuration(scope.setupDurationMs)}` : "",
    migrations: scope.migrations.map((migration) => migrationView(scope.timeline, migration)),
    findings: scope.findings.map(findingView)
  };
}
function migrationView(timeline, migration) {
  const existing = uniqueLocks(migration.statements.flatMap((statement) => statement.locks).filter((lock) => lock.existedBefore));
  return {
    timeline,
    name: migration.name,
    path: migration.path,
    icon: STATUS_ICON[migration.status],
    status: migration.status,
    duration: formatDuration(migration.durationMs),
    reversible: yesNo(migration.reversible),
    idempotent: yesNo(migration.idempotent),
    transaction: migration.transaction,
    locksOnExisting: migration.transaction ? existing.map(lockText).join(", ") || "none" : "not traced (NO TRANSACTION)",
    findings: migration.findings.map(findingView),
    statements: migration.statements.map((statement) => ({
      line: statement.line,
      sql: firstLine(statement.sql),
      duration: formatDuration(statement.durationMs),
      locks: statement.locks.filter((lock) => lock.existedBefore).map(lockText).join(", "),
      newRelationLocks: statement.locks.filter((lock) => !lock.existedBefore).length
    }))
  };
}
function findingView(finding) {
  return {
    icon: SEVERITY_ICON[finding.severity],
    severity: finding.severity,
    code: finding.code,
    message: finding.message,
    location: finding.file ? formatLocation({ file: finding.file, line: finding.line, column: finding.column }) : "",
    hint: finding.hint ?? ""
  };
}
function uniqueLocks(locks) {
  const seen = /* @__PURE__ */ new Map();
  for (const lock of locks) seen.set(`${lock.relation} ${lock.mode}`, lock);
  return [...seen.values()];
}
function lockText(lock) {
  return `${lock.mode} on ${lock.relation}`;
}
function countStatuses(migrations) {
  const counts = { passed: 0, warning: 0, failed: 0, skipped: 0 };
  for (const migration of migrations) counts[migration.status]++;
  return counts;
}
function yesNo(value) {
  return value === null ? "n/a" : value ? "yes" : "no";
}
function firstLine(sql) {
  const lines = sql.trim().split("\n");
  const first = lines[0].length > 100 ? `${lines[0].slice(0, 97)}...` : lines[0];
  return lines.length > 1 && !first.endsWith("...") ? `${first} ...` : first;
}
function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
function formatDuration(ms) {
  if (ms < 1) return `${ms.toFixed(2)} ms`;
  if (ms < 10) return `${ms.toFixed(1)} ms`;
  if (ms < 1e3) return `${Math.round(ms)} ms`;
  return `${(ms / 1e3).toFixed(1)} s`;
}

export {
  verifyView,
  formatDuration
};
