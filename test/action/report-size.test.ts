/**
 * What the Action writes stays inside GitHub's limits on a huge run: the job summary (1 MiB) and
 * the `report` output; and the check's verdict under each `fail-on`. Pure functions on generated
 * reports.
 */
import { describe, expect, it } from 'vitest';
import { fitSummary, GITHUB_SUMMARY_LIMIT_BYTES, utf8Length } from '../../src/action/comment-size.js';
import { checkCounts, failureReason } from '../../src/action/fail-on.js';
import { checkReportOutput, fleetReportOutput, REPORT_OUTPUT_LIMIT_BYTES } from '../../src/action/report-output.js';
import type { Finding, LintResult } from '../../src/lint/types.js';
import { renderCheckMarkdown } from '../../src/report/check-report.js';
import { renderFleetMarkdown } from '../../src/report/fleet-markdown.js';
import type { FleetReport, TargetResult } from '../../src/report/fleet-model.js';
import type { MigrationResult, VerifyFinding, VerifyReport } from '../../src/report/verify-model.js';

const finding = (index: number, severity: Finding['severity'] = 'error'): Finding => ({
  rule: 'require-idempotent',
  severity,
  file: `migrations/tenant/${String(index).padStart(4, '0')}_x.sql`,
  line: 9,
  column: 1,
  endLine: 9,
  endColumn: 20,
  message: `CREATE TABLE x_${index} fails when the table exists — «non-ASCII» text`,
  hint: 'add IF NOT EXISTS',
});

const lintOf = (findings: Finding[]): LintResult => ({
  findings,
  summary: {
    files: findings.length,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
  },
});

const migration = (version: number, overrides: Partial<MigrationResult> = {}): MigrationResult => ({
  path: `migrations/tenant/${version}_big.sql`,
  version,
  name: `${version}_big`,
  status: 'passed',
  durationMs: 12,
  reversible: true,
  idempotent: true,
  transaction: true,
  statements: Array.from({ length: 40 }, (_, index) => ({
    sql: `INSERT INTO big_table_${version} (payload) VALUES ('${'é'.repeat(400)}'); -- ${index}`,
    line: index + 1,
    durationMs: 1,
    locks: [{ relation: `big_table_${version}`, mode: 'RowExclusiveLock', existedBefore: true }],
  })),
  findings: [],
  ...overrides,
});

const verifyOf = (migrations: MigrationResult[], findings: VerifyFinding[] = []): VerifyReport => ({
  ok: !findings.some((f) => f.severity === 'error'),
  provider: 'server',
  providerDetail: 'postgresql://u:***@h/postgres',
  durationMs: 1000,
  strict: false,
  scopes: [{ timeline: 'tenant', setupMigrations: 0, setupDurationMs: 0, migrations, findings }],
  findings: [],
});

describe('the job summary', () => {
  it('is cut under 1 MiB, with blocks closed and a note, when the report is larger', () => {
    const report = {
      lint: lintOf(Array.from({ length: 2000 }, (_, index) => finding(index))),
      verify: verifyOf(Array.from({ length: 200 }, (_, index) => migration(index + 1))),
      failed: true,
      notes: [],
    };
    const markdown = renderCheckMarkdown(report);
    expect(utf8Length(markdown)).toBeGreaterThan(GITHUB_SUMMARY_LIMIT_BYTES);
    const fitted = fitSummary(markdown, 'See the report output.');
    expect(utf8Length(fitted)).toBeLessThanOrEqual(GITHUB_SUMMARY_LIMIT_BYTES);
    expect(fitted).toContain("This was cut to fit GitHub's 1 MiB limit for a step summary. See the report output.");
    expect(fitted).not.toContain('\uFFFD');
    expect((fitted.match(/^```/gm) ?? []).length % 2).toBe(0);
    expect((fitted.match(/<details[\s>]/g) ?? []).length).toBe((fitted.match(/<\/details>/g) ?? []).length);
    expect(fitted.startsWith(markdown.slice(0, 1000))).toBe(true);
  });

  it('is left alone when it fits', () => {
    expect(fitSummary('# small\n', 'x')).toBe('# small\n');
  });

  it('cuts a deploy summary of a very large fleet too', () => {
    const targets: TargetResult[] = Array.from({ length: 20_000 }, (_, index) => ({
      name: `tenant-with-a-long-name-${index}`,
      kind: 'tenant',
      url: `postgresql://app:***@db-${index % 50}.internal:5432/tenant_${index}`,
      status: 'applied',
      fromVersion: 1,
      toVersion: 2,
      applied: [{ version: 2, name: '002_add_column', direction: 'up', durationMs: 5 }],
      durationMs: 5,
    }));
    const markdown = renderFleetMarkdown({ command: 'migrate', ok: true, dryRun: false, durationMs: 1, targets });
    // The renderer itself stays under the limit (issue 12), saying what it left out...
    expect(utf8Length(markdown)).toBeLessThanOrEqual(GITHUB_SUMMARY_LIMIT_BYTES);
    expect(markdown).toMatch(/of 20,000 targets left out to stay under GitHub's 1 MiB summary limit/);
    // ...and a summary that grows past it anyway (two reports in one step) is still cut.
    const doubled = `${markdown}\n${markdown}`;
    expect(utf8Length(doubled)).toBeGreaterThan(GITHUB_SUMMARY_LIMIT_BYTES);
    expect(utf8Length(fitSummary(doubled, 'x'))).toBeLessThanOrEqual(GITHUB_SUMMARY_LIMIT_BYTES);
  });
});

describe('the report output', () => {
  it('drops the statement traces first and says so', () => {
    const verify = verifyOf(Array.from({ length: 60 }, (_, index) => migration(index + 1)));
    const data = { lint: lintOf([finding(1)]), verify, failed: true };
    expect(utf8Length(JSON.stringify(data))).toBeGreaterThan(REPORT_OUTPUT_LIMIT_BYTES);
    const output = checkReportOutput(data);
    expect(utf8Length(output)).toBeLessThanOrEqual(REPORT_OUTPUT_LIMIT_BYTES);
    const parsed = JSON.parse(output);
    expect(parsed.verify.scopes[0].migrations).toHaveLength(60);
    expect(parsed.verify.scopes[0].migrations[0].statements).toEqual([]);
    expect(parsed.verify.scopes[0].migrations[0].reversible).toBe(true);
    expect(parsed.lint.findings).toHaveLength(1);
    expect(parsed.omitted[0]).toMatch(/the traces of 2400 statement\(s\)/);
  });

  it('then lint findings past what fits, keeping the counts', () => {
    const data = { lint: lintOf(Array.from({ length: 4000 }, (_, index) => finding(index))), verify: undefined, failed: true };
    const output = checkReportOutput(data, 100_000);
    expect(utf8Length(output)).toBeLessThanOrEqual(100_000);
    const parsed = JSON.parse(output);
    expect(parsed.lint.summary.errors).toBe(4000);
    expect(parsed.lint.findings.length).toBeGreaterThan(100);
    expect(parsed.lint.findings.length).toBeLessThan(4000);
    expect(parsed.omitted.at(-1)).toBe(`lint: ${4000 - parsed.lint.findings.length} of 4000 findings (summary keeps the counts)`);
  });

  it('is the whole report when it fits', () => {
    const data = { lint: lintOf([finding(1)]), verify: verifyOf([migration(1)]), failed: true };
    expect(checkReportOutput(data)).toBe(JSON.stringify(data));
  });

  it('keeps a large fleet’s failed targets and counts, and leaves out targets that went well', () => {
    const targets: TargetResult[] = Array.from({ length: 10_000 }, (_, index) => ({
      name: `tenant-${index}`,
      kind: 'tenant',
      url: `postgresql://app:***@db/tenant_${index}`,
      status: index % 1000 === 7 ? 'failed' : 'applied',
      fromVersion: 1,
      toVersion: 2,
      applied: [{ version: 2, name: '002_add_column', direction: 'up', durationMs: 5 }],
      durationMs: 5,
      ...(index % 1000 === 7 ? { error: { code: 'MIGRATION_FAILED', message: 'boom' } } : {}),
    }));
    const report: FleetReport = { command: 'migrate', ok: false, dryRun: false, durationMs: 1, targets };
    const output = fleetReportOutput(report, 200_000);
    expect(utf8Length(output)).toBeLessThanOrEqual(200_000);
    const parsed = JSON.parse(output);
    expect(parsed.ok).toBe(false);
    expect(parsed.targetCounts).toEqual({ applied: 9990, failed: 10 });
    expect(parsed.targets.slice(0, 10).map((target: TargetResult) => target.status)).toEqual(Array(10).fill('failed'));
    expect(parsed.omitted[0]).toMatch(new RegExp(`^${10_000 - parsed.targets.length} of 10000 targets`));
  });
});

describe('fail-on and the verdict', () => {
  const warningFinding: VerifyFinding = { code: 'no-down', severity: 'warning', message: 'no DOWN', file: 'm.sql' };
  const errorFinding: VerifyFinding = { code: 'not-reversible', severity: 'error', message: 'x', file: 'm.sql' };

  it('error: lint errors or verify failures fail; warnings do not', () => {
    expect(failureReason('error', checkCounts(lintOf([finding(1, 'warning')]).summary, verifyOf([], [warningFinding]), undefined))).toBe(
      undefined,
    );
    expect(failureReason('error', checkCounts(lintOf([]).summary, verifyOf([], [errorFinding]), undefined))).toBe(
      'verify failed (fail-on: error)',
    );
    expect(failureReason('error', checkCounts(lintOf([]).summary, undefined, 'no docker'))).toBe('verify did not run (fail-on: error)');
  });

  it('warning: lint warnings and verify warnings fail too', () => {
    expect(failureReason('warning', checkCounts(lintOf([]).summary, verifyOf([], [warningFinding]), undefined))).toBe(
      '1 verify warning (fail-on: warning)',
    );
    expect(
      failureReason('warning', checkCounts(lintOf([finding(1, 'warning'), finding(2, 'warning')]).summary, verifyOf([]), undefined)),
    ).toBe('2 lint warnings (fail-on: warning)');
  });

  it('never: reports only, even when verify fails or did not run', () => {
    const counts = checkCounts(lintOf([finding(1)]).summary, undefined, 'no docker');
    expect(counts).toMatchObject({ lintErrors: 1, verifyFailed: true, verifyDidNotRun: true });
    expect(failureReason('never', counts)).toBe(undefined);
  });

  it('counts only migrations whose DOWN restored the catalog as verified reversible', () => {
    const verify = verifyOf([
      migration(1, { statements: [] }),
      migration(2, { statements: [], reversible: null, status: 'warning', findings: [warningFinding] }),
      migration(3, { statements: [], reversible: false, status: 'failed', findings: [errorFinding] }),
    ]);
    const markdown = renderCheckMarkdown({ lint: lintOf([]), verify, failed: true, notes: [] });
    expect(markdown).toContain('1 of 3 migrations verified reversible');
  });
});
