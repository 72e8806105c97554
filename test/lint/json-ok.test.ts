/**
 * lint's JSON says `ok` as its exit code does: true with exit 0 (warnings only, or nothing), false
 * with exit 1 (an error-level finding); an error that stops lint gives `{ ok: false, error }` with
 * exit 2. The field is additive: findings and summary are as before.
 */
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { project } from './helpers.js';

const goose = (up: string) => `-- +goose Up\n${up}\n-- +goose Down\nDROP TABLE IF EXISTS tags;\n`;

describe('lint --json ok', () => {
  it('is true on exit 0, false on exit 1 and on an error (exit 2)', async () => {
    const clean = project({
      'migrations/tenant/001_tags.sql': goose("SET LOCAL lock_timeout = '5s';\nCREATE TABLE IF NOT EXISTS tags (id INT);"),
    });
    const ok = await cli(['lint', '--json'], { cwd: clean });
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual({ ok: true, findings: [], summary: { files: 1, errors: 0, warnings: 0 } });
    expect(Object.keys(JSON.parse(ok.stdout))[0]).toBe('ok');

    // Warnings only: still exit 0, so ok.
    const warned = project({ 'migrations/tenant/001_tags.sql': goose('ALTER TABLE accounts ADD COLUMN IF NOT EXISTS note TEXT;') });
    const warnings = await cli(['lint', '--format', 'json'], { cwd: warned });
    const warningsReport = JSON.parse(warnings.stdout);
    expect(warningsReport.summary.errors).toBe(0);
    expect(warningsReport.summary.warnings).toBeGreaterThan(0);
    expect(warnings.code).toBe(0);
    expect(warningsReport.ok).toBe(true);

    const failing = project({ 'migrations/tenant/001_tags.sql': goose('CREATE TABLE tags (id INT);') });
    const failed = await cli(['lint', '--json'], { cwd: failing });
    expect(failed.code).toBe(1);
    const report = JSON.parse(failed.stdout);
    expect(report.ok).toBe(false);
    expect(report.summary).toEqual({ files: 1, errors: 1, warnings: 0 });
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ rule: 'require-idempotent', severity: 'error', line: 2 });

    const usage = await cli(['lint', '--json', '--rule', 'no-such-rule=off'], { cwd: clean });
    expect(usage.code).toBe(2);
    expect(JSON.parse(usage.stdout)).toMatchObject({ ok: false, error: { code: expect.any(String) } });
  });
});
