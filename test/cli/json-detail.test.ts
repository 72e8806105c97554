/**
 * `--json` gives PostgreSQL's DETAIL as its text: `error.detail` is `Key (id)=(7) already exists.`,
 * not `DETAIL: Key ...` (the text report keeps its `DETAIL:` label, once). Real PostgreSQL, the CLI.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goose, TENANTS_TABLE, writeMigrations } from '../fleet/support/fleet.js';
import { cli } from '../support/cli.js';
import { createTestDatabase, queryDatabase, type TestDatabase } from '../support/database.js';

type Target = { name: string; status: string; error?: { detail?: string } };

describe("--json error.detail without PostgreSQL's DETAIL: label", () => {
  let master: TestDatabase;
  let files: ReturnType<typeof writeMigrations>;
  beforeAll(async () => {
    master = await createTestDatabase('po_json_detail');
    await queryDatabase(master.url, TENANTS_TABLE);
    files = writeMigrations({
      'master/001_dup.sql': goose(
        'CREATE TABLE things (id int PRIMARY KEY);\nINSERT INTO things VALUES (7);\nINSERT INTO things VALUES (7);',
        'DROP TABLE IF EXISTS things;',
      ),
    });
  });
  afterAll(async () => {
    files.remove();
    await master.drop();
  });
  const fleet = (...args: string[]) => cli([...args, '--dir', files.dir, '--master-url', master.url]);

  it('migrate --json and runs show --json give the detail bare; the text report labels it once', async () => {
    const json = await fleet('migrate', '--json');
    expect(json.code).not.toBe(0);
    const report = JSON.parse(json.stdout) as { ok: boolean; runId?: string; targets: Target[] };
    expect(report.ok).toBe(false);
    const detail = report.targets[0].error?.detail ?? '';
    expect(detail.startsWith('Key (id)=(7) already exists.')).toBe(true);
    expect(detail).not.toContain('DETAIL:');

    expect(report.runId).toBeTruthy();
    const shown = await fleet('runs', 'show', String(report.runId), '--json');
    expect(shown.code).toBe(1); // the run it shows failed
    const run = JSON.parse(shown.stdout) as { report: { targets: Target[] } };
    const stored = run.report.targets[0].error?.detail ?? '';
    expect(stored.startsWith('Key (id)=(7) already exists.')).toBe(true);
    expect(stored).not.toContain('DETAIL:');

    const text = await fleet('migrate');
    expect(text.code).not.toBe(0);
    const all = text.stdout + text.stderr;
    expect(all).toContain('DETAIL: Key (id)=(7) already exists.');
    expect(all).not.toContain('DETAIL: DETAIL:');
  });
});
