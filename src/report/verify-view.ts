/**
 * The verify report prepared for templates: every word and number already formatted, so the
 * text and markdown templates stay free of logic. Pure.
 */
import { formatLocation } from '../errors.js';
import type { LockTaken, MigrationResult, ScopeResult, VerifyFinding, VerifyReport, VerifyStatus } from './verify-model.js';

const STATUS_ICON: Record<VerifyStatus, string> = { passed: '✅', warning: '⚠️', failed: '❌', skipped: '⏭️' };
const SEVERITY_ICON: Record<VerifyFinding['severity'], string> = { error: '❌', warning: '⚠️', info: 'ℹ️' };

export interface FindingView {
  icon: string;
  severity: string;
  code: string;
  message: string;
  location: string;
  /** What to do about it ('' when there is nothing to say). */
  hint: string;
}

export interface StatementView {
  line: number;
  sql: string;
  duration: string;
  /** Locks on relations that existed before the migration: the ones that block production traffic. */
  locks: string;
  /** How many locks were on relations the migration itself created. */
  newRelationLocks: number;
}

export interface MigrationView {
  timeline: string;
  name: string;
  path: string;
  icon: string;
  status: VerifyStatus;
  duration: string;
  reversible: string;
  idempotent: string;
  transaction: boolean;
  locksOnExisting: string;
  findings: FindingView[];
  statements: StatementView[];
}

export interface ScopeView {
  timeline: string;
  summary: string;
  setup: string;
  migrations: MigrationView[];
  findings: FindingView[];
}

export interface VerifyView {
  ok: boolean;
  icon: string;
  headline: string;
  provider: string;
  duration: string;
  base?: string;
  strict: boolean;
  scopes: ScopeView[];
  migrations: MigrationView[];
  findings: FindingView[];
  /** Every finding of the run, the report's own first, for the list under the table. */
  allFindings: FindingView[];
  hasStatements: boolean;
}

export function verifyView(report: VerifyReport): VerifyView {
  const scopes = report.scopes.map(scopeView);
  const migrations = scopes.flatMap((scope) => scope.migrations);
  const findings = report.findings.map(findingView);
  const counts = countStatuses(report.scopes.flatMap((scope) => scope.migrations));
  const total = migrations.length;
  const headline =
    total === 0
      ? 'no migration to verify'
      : `${plural(total, 'migration')} verified: ${[
          `${counts.passed} passed`,
          counts.warning ? `${counts.warning} with warnings` : '',
          counts.failed ? `${counts.failed} failed` : '',
          counts.skipped ? `${counts.skipped} skipped` : '',
        ]
          .filter(Boolean)
          .join(', ')}`;
  return {
    ok: report.ok,
    icon: report.ok ? (counts.warning > 0 ? '⚠️' : '✅') : '❌',
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
      ...scopes.flatMap((scope) => [...scope.findings, ...scope.migrations.flatMap((migration) => migration.findings)]),
    ],
    hasStatements: migrations.some((migration) => migration.statements.length > 0),
  };
}

function scopeView(scope: ScopeResult): ScopeView {
  const counts = countStatuses(scope.migrations);
  return {
    timeline: scope.timeline,
    summary: `${plural(scope.migrations.length, 'migration')}, ${counts.passed} passed${counts.warning ? `, ${counts.warning} with warnings` : ''}${counts.failed ? `, ${counts.failed} failed` : ''}${counts.skipped ? `, ${counts.skipped} skipped` : ''}`,
    setup:
      scope.setupMigrations > 0
        ? `${plural(scope.setupMigrations, 'older migration')} applied first in ${formatDuration(scope.setupDurationMs)}`
        : '',
    migrations: scope.migrations.map((migration) => migrationView(scope.timeline, migration)),
    findings: scope.findings.map(findingView),
  };
}

function migrationView(timeline: string, migration: MigrationResult): MigrationView {
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
    locksOnExisting: migration.transaction ? existing.map(lockText).join(', ') || 'none' : 'not traced (NO TRANSACTION)',
    findings: migration.findings.map(findingView),
    statements: migration.statements.map((statement) => ({
      line: statement.line,
      sql: firstLine(statement.sql),
      duration: formatDuration(statement.durationMs),
      locks: statement.locks
        .filter((lock) => lock.existedBefore)
        .map(lockText)
        .join(', '),
      newRelationLocks: statement.locks.filter((lock) => !lock.existedBefore).length,
    })),
  };
}

function findingView(finding: VerifyFinding): FindingView {
  return {
    icon: SEVERITY_ICON[finding.severity],
    severity: finding.severity,
    code: finding.code,
    message: finding.message,
    location: finding.file ? formatLocation({ file: finding.file, line: finding.line, column: finding.column }) : '',
    hint: finding.hint ?? '',
  };
}

function uniqueLocks(locks: LockTaken[]): LockTaken[] {
  const seen = new Map<string, LockTaken>();
  for (const lock of locks) seen.set(`${lock.relation} ${lock.mode}`, lock);
  return [...seen.values()];
}

function lockText(lock: LockTaken): string {
  return `${lock.mode} on ${lock.relation}`;
}

function countStatuses(migrations: readonly MigrationResult[]): Record<VerifyStatus, number> {
  const counts: Record<VerifyStatus, number> = { passed: 0, warning: 0, failed: 0, skipped: 0 };
  for (const migration of migrations) counts[migration.status]++;
  return counts;
}

function yesNo(value: boolean | null): string {
  return value === null ? 'n/a' : value ? 'yes' : 'no';
}

function firstLine(sql: string): string {
  const lines = sql.trim().split('\n');
  const first = lines[0].length > 100 ? `${lines[0].slice(0, 97)}...` : lines[0];
  return lines.length > 1 && !first.endsWith('...') ? `${first} ...` : first;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export function formatDuration(ms: number): string {
  if (ms < 1) return `${ms.toFixed(2)} ms`;
  if (ms < 10) return `${ms.toFixed(1)} ms`;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(1)} s`;
}
