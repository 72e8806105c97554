/**
 * A realistic pull request (test/fixtures/lint/pull-request): both formats, French text in
 * identifiers, strings and comments, a suppression, a broken file. Every finding, exactly.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';

const fixtures = join(import.meta.dirname, '../fixtures/lint');

describe('lint on a pull request fixture', () => {
  it('finds every problem at its exact place, and only those', async () => {
    const result = await cli(['lint', '--dir', 'pull-request', '--format', 'json'], { cwd: fixtures });
    expect(result.code).toBe(1);
    const { findings, summary } = JSON.parse(result.stdout);
    const rows = findings.map((f: Record<string, unknown>) => [f.rule, f.severity, f.file, f.line, f.column, f.endLine, f.endColumn]);
    expect(rows).toEqual([
      ['require-down', 'error', 'pull-request/tenant/002_add_invoice_fields.sql', 8, 1, 8, 48],
      ['require-lock-timeout', 'warning', 'pull-request/tenant/002_add_invoice_fields.sql', 9, 1, 9, 120],
      ['add-column-not-null-without-default', 'warning', 'pull-request/tenant/002_add_invoice_fields.sql', 9, 22, 9, 32],
      ['require-idempotent', 'error', 'pull-request/tenant/002_add_invoice_fields.sql', 9, 22, 9, 32],
      ['volatile-default', 'warning', 'pull-request/tenant/002_add_invoice_fields.sql', 9, 103, 9, 119],
      ['require-concurrent-index', 'warning', 'pull-request/tenant/002_add_invoice_fields.sql', 10, 1, 10, 68],
      // Each lock-taking statement on its own: the destructive suppression on line 12 does not cover it.
      ['require-lock-timeout', 'warning', 'pull-request/tenant/002_add_invoice_fields.sql', 10, 1, 10, 68],
      // Issue 15: an index build and a type change grow with the table: they want a statement_timeout.
      ['require-statement-timeout', 'warning', 'pull-request/tenant/002_add_invoice_fields.sql', 10, 1, 10, 68],
      ['require-lock-timeout', 'warning', 'pull-request/tenant/002_add_invoice_fields.sql', 12, 1, 12, 57],
      ['require-lock-timeout', 'warning', 'pull-request/tenant/002_add_invoice_fields.sql', 13, 1, 13, 60],
      ['require-statement-timeout', 'warning', 'pull-request/tenant/002_add_invoice_fields.sql', 13, 1, 13, 60],
      ['column-type-change', 'warning', 'pull-request/tenant/002_add_invoice_fields.sql', 13, 41, 13, 45],
      ['require-statement-timeout', 'warning', 'pull-request/tenant/003_reports.sql', 7, 1, 7, 87],
      ['concurrently-in-transaction', 'error', 'pull-request/tenant/003_reports.sql', 7, 14, 7, 26],
      ['require-idempotent', 'error', 'pull-request/tenant/003_reports.sql', 10, 1, 10, 34],
      ['header', 'error', 'pull-request/tenant/004_broken.sql', 2, 13, 2, 16],
      ['syntax-error', 'error', 'pull-request/tenant/004_broken.sql', 8, 16, 8, 30],
      ['require-idempotent', 'error', 'pull-request/tenant/004_broken.sql', 11, 1, 11, 18],
    ]);
    expect(summary).toEqual({ files: 4, errors: 7, warnings: 11 });
  });

  it('prints the same findings as GitHub annotations and SARIF results', async () => {
    const github = await cli(['lint', '--dir', 'pull-request', '--format', 'github'], { cwd: fixtures });
    expect(github.stdout.split('\n').filter((line) => line.startsWith('::error ')).length).toBe(7);
    expect(github.stdout).toContain(
      '::warning file=pull-request/tenant/002_add_invoice_fields.sql,line=9,col=103,endLine=9,endColumn=119,title=volatile-default::',
    );
    const sarif = JSON.parse((await cli(['lint', '--dir', 'pull-request', '--format', 'sarif'], { cwd: fixtures })).stdout);
    const regions = sarif.runs[0].results.map(
      (r: { ruleId: string; locations: Array<{ physicalLocation: { region: { startLine: number; startColumn: number } } }> }) =>
        `${r.ruleId}@${r.locations[0].physicalLocation.region.startLine}:${r.locations[0].physicalLocation.region.startColumn}`,
    );
    expect(regions).toContain('syntax-error@8:16');
    expect(regions).toHaveLength(18);
  });
});
