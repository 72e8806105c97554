/**
 * A cancelled workflow run: the runner sends the Action SIGINT while deploy runs. The Action must
 * cancel the migration running (rolled back), start no other target, and still write its job
 * summary and outputs saying what finished, what was interrupted and what was not started.
 */
import { rmSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addTenant, ledgerRows, TENANTS_TABLE, tableExists } from '../fleet/support/fleet.js';
import { eventFile, makeWorkspace, runAction } from '../support/action-runner.js';
import { createTestDatabase, queryDatabase, type TestDatabase } from '../support/database.js';

const goose = (up: string, down: string) => `-- +goose Up\n${up}\n\n-- +goose Down\n${down}\n`;
const files = {
  'migrations/tenant/001_items.sql': goose('CREATE TABLE items (id int);', 'DROP TABLE items;'),
  'migrations/tenant/002_slow.sql': goose(
    "CREATE TABLE slow_made (id int);\nSELECT pg_sleep(CASE WHEN to_regclass('public.hold_me') IS NOT NULL THEN 60 ELSE 0 END);",
    'DROP TABLE slow_made;',
  ),
};

describe('the Action: deploy interrupted by the runner', () => {
  let master: TestDatabase;
  let tenants: TestDatabase[];
  let workspace: ReturnType<typeof makeWorkspace>;

  beforeAll(async () => {
    [master, ...tenants] = await Promise.all([
      createTestDatabase('i10_act_m'),
      createTestDatabase('i10_act_t1'),
      createTestDatabase('i10_act_t2'),
    ]);
    await queryDatabase(master.url, TENANTS_TABLE);
    await addTenant(master.url, 'first', { databaseUrl: tenants[0].url });
    await addTenant(master.url, 'second', { databaseUrl: tenants[1].url });
    await queryDatabase(tenants[0].url, 'CREATE TABLE hold_me ()');
    workspace = makeWorkspace({}, files);
  });
  afterAll(async () => {
    rmSync(workspace.dir, { recursive: true, force: true });
    await Promise.all([master, ...tenants].map((database) => database?.drop()));
  });

  it('SIGINT: the summary and outputs say what finished, what was interrupted and what was not started; the step fails', async () => {
    const result = await runAction({
      workspace: workspace.dir,
      eventName: 'push',
      eventPath: eventFile('push.main.json', workspace),
      sha: workspace.headSha,
      apiUrl: 'http://127.0.0.1:9',
      inputs: {
        command: 'deploy',
        'migrations-dir': 'migrations',
        'master-db-url': master.url,
        target: 'tenants',
        concurrency: '1',
        'tenants-query': 'SELECT * FROM tenants ORDER BY id',
      },
      during: async (child) => {
        for (;;) {
          const { rows } = await queryDatabase<{ n: number }>(
            tenants[0].url,
            "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'tenant-migrate' AND state = 'active' AND query LIKE '%pg_sleep%'",
          );
          if (rows[0].n > 0) break;
          await sleep(50);
        }
        child.kill('SIGINT');
      },
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/::warning::SIGINT: stopping/);
    const report = JSON.parse(result.outputs.report);
    expect(report.interrupted).toEqual({ signal: 'SIGINT' });
    expect(report.targets.map((target: { name: string; status: string }) => `${target.name} ${target.status}`)).toEqual([
      'first failed',
      'second skipped',
    ]);
    expect(result.summary).toMatch(/interrupted by SIGINT: 0 finished, 1 interrupted \(first\), 1 not started \(second\)/);
    expect(result.summary).toMatch(/#### Failed or interrupted \(1\)/);
    expect(result.summary).toMatch(/\| `first` \| tenant \| interrupted \|/);
    expect(result.summary).toMatch(/\| `second` \| tenant \| not started \|/);
    expect(result.stdout).toMatch(/::error::tenant-migrate deploy: interrupted by SIGINT/);
    expect((await ledgerRows(tenants[0].url)).map((row) => row.name)).toEqual(['001_items']);
    expect(await tableExists(tenants[0].url, 'slow_made')).toBe(false);
    expect(await tableExists(tenants[1].url, '_migration_versions')).toBe(false);
  });

  it('a second signal ends the step at once, while the first waits on a migration that ignores the cancel', async () => {
    // 002 now runs through (no hold_me); 003 loops where loop_me exists.
    await queryDatabase(tenants[0].url, 'DROP TABLE hold_me; CREATE TABLE loop_me ()');
    const stubborn = makeWorkspace(
      {},
      {
        ...files,
        'migrations/tenant/003_stubborn.sql': goose(
          "DO $$ BEGIN IF to_regclass('public.loop_me') IS NOT NULL THEN LOOP BEGIN PERFORM pg_sleep(0.1); EXCEPTION WHEN query_canceled THEN NULL; END; END LOOP; END IF; END $$;",
          'SELECT 1;',
        ),
      },
    );
    const looping = async () => {
      const { rows } = await queryDatabase<{ n: number }>(
        tenants[0].url,
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'tenant-migrate' AND state = 'active' AND query LIKE '%LOOP%'",
      );
      return rows[0].n > 0;
    };
    try {
      const result = await runAction({
        workspace: stubborn.dir,
        eventName: 'push',
        eventPath: eventFile('push.main.json', stubborn),
        sha: stubborn.headSha,
        apiUrl: 'http://127.0.0.1:9',
        inputs: { command: 'deploy', 'migrations-dir': 'migrations', 'master-db-url': master.url, target: 'tenants', concurrency: '1' },
        during: async (child) => {
          while (!(await looping())) await sleep(50);
          let stdout = '';
          child.stdout?.on('data', (chunk) => {
            stdout += chunk;
          });
          child.kill('SIGINT');
          while (!stdout.includes('SIGINT: stopping')) await sleep(20);
          // The cancel reached the loop, which caught it: the step is still waiting.
          expect(await looping()).toBe(true);
          child.kill('SIGINT');
        },
      });
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(/SIGINT again: exiting now, without the summary/);
      expect(result.summary).toBe('');
    } finally {
      await queryDatabase(
        tenants[0].url,
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'tenant-migrate'",
      );
      rmSync(stubborn.dir, { recursive: true, force: true });
    }
  });
});
