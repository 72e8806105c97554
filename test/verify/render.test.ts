import { describe, expect, it } from 'vitest';
import type { VerifyReport } from '../../src/report/verify-model.js';
import { renderVerifyReport } from '../../src/report/verify-render.js';

const PASSWORD = 'n0t-f0r-pr-c0mments';

const report: VerifyReport = {
  ok: false,
  provider: 'server',
  // Masked where it is made; the renderer must hold even when a password slips through.
  providerDetail: `server postgresql://postgres:${PASSWORD}@db:5432/postgres`,
  durationMs: 1530,
  strict: false,
  base: 'origin/main',
  findings: [],
  scopes: [
    {
      timeline: 'tenant',
      setupMigrations: 2,
      setupDurationMs: 40,
      findings: [],
      migrations: [
        {
          path: 'migrations/tenant/003_flags.sql',
          version: 3,
          name: '003_flags',
          status: 'failed',
          durationMs: 87,
          reversible: false,
          idempotent: true,
          transaction: true,
          statements: [
            {
              sql: "ALTER TABLE accounts ADD COLUMN flags TEXT DEFAULT 'a|b'",
              line: 9,
              durationMs: 2.5,
              locks: [
                { relation: 'accounts', mode: 'AccessExclusiveLock', existedBefore: true },
                { relation: 'accounts_flags_idx', mode: 'ShareLock', existedBefore: false },
              ],
            },
          ],
          findings: [
            {
              code: 'not-reversible',
              severity: 'error',
              message: 'column accounts.flags still exists after DOWN',
              file: 'migrations/tenant/003_flags.sql',
              line: 12,
            },
            {
              code: 'reapply-failed',
              severity: 'error',
              message: `UP fails when applied again after DOWN: could not connect to postgres://app:${PASSWORD}@replica/app`,
              file: 'migrations/tenant/003_flags.sql',
              line: 9,
            },
          ],
        },
      ],
    },
  ],
};

describe('renderVerifyReport', () => {
  it('markdown: a summary table, the findings with their place, statements with the locks on existing relations', () => {
    const markdown = renderVerifyReport(report, 'markdown');
    expect(markdown).toContain('### ❌ tenant-migrate verify: 1 migration verified: 0 passed, 1 failed');
    expect(markdown).toContain('Under test: the migrations added or modified since `origin/main`.');
    expect(markdown).toContain('| tenant | `003_flags` | ❌ failed | no | yes | 87 ms | AccessExclusiveLock on accounts |');
    expect(markdown).toContain('- ❌ `migrations/tenant/003_flags.sql:12` column accounts.flags still exists after DOWN (not-reversible)');
    // A pipe inside SQL must not split the table cell.
    expect(markdown).toContain(
      "| 9 | `ALTER TABLE accounts ADD COLUMN flags TEXT DEFAULT 'a\\|b'` | 2.5 ms | AccessExclusiveLock on accounts; 1 on new |",
    );
    expect(markdown).not.toContain('&#x27;');
    expect(markdown).toContain('server postgresql://postgres:***@db:5432/postgres');
    expect(markdown).toContain('could not connect to postgres://app:***@replica/app');
  });

  it.each(['markdown', 'text', 'json'] as const)('%s: never shows a password, even one the report was given', (format) => {
    const rendered = renderVerifyReport(report, format);
    expect(rendered).toContain('postgres:***@db:5432');
    expect(rendered).not.toContain(PASSWORD);
  });

  it('text: one line per migration and its findings as file:line', () => {
    const text = renderVerifyReport(report, 'text');
    expect(text).toContain('❌ verify: 1 migration verified: 0 passed, 1 failed (1.5 s)');
    expect(text).toContain('tenant: 1 migration, 0 passed, 1 failed');
    expect(text).toContain('  2 older migrations applied first in 40 ms');
    expect(text).toContain('migrations/tenant/003_flags.sql:12: error: column accounts.flags still exists after DOWN [not-reversible]');
    expect(text).toContain('locks: AccessExclusiveLock on accounts');
  });

  it('json: the report itself', () => {
    expect(JSON.parse(renderVerifyReport(report, 'json'))).toEqual(JSON.parse(JSON.stringify(report).replaceAll(PASSWORD, '***')));
  });
});
