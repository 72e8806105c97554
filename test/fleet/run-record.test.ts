/**
 * The run record on a real fleet: runs and runs show, --retry-failed that does not even connect
 * to the tenants that succeeded (counted in pg_stat_database), shards merged into one report, a
 * read-only master, and two --claim workers with one killed midway.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { cli } from '../support/cli.js';
import { adminQuery, queryDatabase } from '../support/database.js';
import { BASIC_FILES, createDatabaseFleet, goose, ledgerRows, type TestFleet, tableExists, writeMigrations } from './support/fleet.js';

let fleet: TestFleet;
let files: ReturnType<typeof writeMigrations>;
const BROKEN = ['tenant-2', 'tenant-5'];
const ORDERED = 'SELECT * FROM tenants ORDER BY id';

beforeAll(async () => {
  fleet = await createDatabaseFleet('runrec', 6);
  files = writeMigrations(BASIC_FILES);
});
afterAll(async () => {
  await fleet?.drop();
  files?.remove();
});
beforeEach(async () => {
  for (const tenant of fleet.tenants) {
    await queryDatabase(tenant.url, 'DROP SCHEMA public CASCADE; CREATE SCHEMA public');
    if (BROKEN.includes(tenant.name)) await queryDatabase(tenant.url, 'CREATE TABLE tags (id int)');
  }
  await queryDatabase(fleet.master.url, 'DROP TABLE IF EXISTS plans, _migration_versions');
});

const migrate = (...args: string[]) =>
  cli(['migrate', '--dir', files.dir, '--master-url', fleet.master.url, '--tenants-query', ORDERED, ...args]);
const runs = (...args: string[]) => cli(['runs', ...args, '--master-url', fleet.master.url]);

/** Sessions each tenant database has seen (pg_stat_database.sessions, PostgreSQL 14+). */
async function sessionsPerTenant(): Promise<Record<string, number>> {
  const names = fleet.databases.map((database) => database.name);
  const { rows } = await adminQuery<{ datname: string; sessions: string }>(
    'SELECT datname, sessions::text FROM pg_stat_database WHERE datname = ANY($1)',
    [names],
  );
  const byDatabase = new Map(rows.map((row) => [row.datname, Number(row.sessions)]));
  return Object.fromEntries(fleet.tenants.map((tenant, index) => [tenant.name, byDatabase.get(fleet.databases[index].name) ?? 0]));
}

describe('the run record', () => {
  it('records each run: runs lists it, runs show prints every target in text, JSON and markdown', async () => {
    const result = await migrate('--json');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.runId).toMatch(/^\d{8}-\d{6}-[0-9a-f]{4}$/);
    const list = await runs();
    expect(list.code).toBe(0);
    expect(list.stdout).toContain(report.runId);
    expect(list.stdout).toMatch(/migrate .* failed\s+5 applied, 2 failed/);
    const shown = await runs('show', report.runId, '--format', 'json');
    expect(shown.code).toBe(1);
    const run = JSON.parse(shown.stdout);
    expect(run.run).toMatchObject({ id: report.runId, command: 'migrate' });
    expect(run.run.endedAt).not.toBeNull();
    expect(run.report.targets.map((target: { name: string; status: string }) => `${target.name}:${target.status}`)).toEqual([
      'master:applied',
      'tenant-1:applied',
      'tenant-2:failed',
      'tenant-3:applied',
      'tenant-4:applied',
      'tenant-5:failed',
      'tenant-6:applied',
    ]);
    expect(run.report.targets[2]).toMatchObject({ fromVersion: null, toVersion: 1, error: { code: 'MIGRATION_FAILED' } });
    expect(run.report.targets[1].applied.map((step: { name: string }) => step.name)).toEqual(['001_items', '002_tags', '003_item_tags']);
    const text = await runs('show', report.runId);
    expect(text.stdout).toContain(`run ${report.runId}: migrate, started`);
    expect(text.stdout).toMatch(/FAILED 2 targets: tenant-2, tenant-5/);
    const markdown = await runs('show', report.runId, '--format', 'markdown');
    expect(markdown.stdout).toContain('| `tenant-5` | tenant | failed |');
    // The picture above the tables: tenants by version (4 reached 3, the 2 failed ones stopped at 1).
    expect(markdown.stdout).toContain(
      '```mermaid\npie showData title Tenants by version after the run\n  "version 1" : 2\n  "version 3" : 4\n```',
    );
    expect(markdown.stdout.indexOf('```mermaid')).toBeLessThan(markdown.stdout.indexOf('| `tenant-5`'));
    expect(`${shown.stdout}${text.stdout}${markdown.stdout}`).not.toContain('postgres:postgres@');
  });

  it('--retry-failed runs only the failed tenants: the others are not connected to', async () => {
    const first = JSON.parse((await migrate('--json')).stdout);
    for (const name of BROKEN) await queryDatabase(fleet.tenants.find((tenant) => tenant.name === name)!.url, 'DROP TABLE tags');
    const before = await sessionsPerTenant();
    const retry = await migrate('--retry-failed', '--json');
    const after = await sessionsPerTenant();
    expect(retry.code).toBe(0);
    const report = JSON.parse(retry.stdout);
    expect(report.retryOf).toBe(first.runId);
    expect(report.targets.map((target: { name: string }) => target.name)).toEqual(BROKEN);
    for (const tenant of fleet.tenants) {
      const opened = after[tenant.name] - before[tenant.name];
      if (BROKEN.includes(tenant.name)) expect(opened, tenant.name).toBeGreaterThan(0);
      else expect(opened, tenant.name).toBe(0);
    }
    for (const name of BROKEN) expect(await ledgerRows(fleet.tenants.find((tenant) => tenant.name === name)!.url)).toHaveLength(3);
    // Nothing failed in the retry: retrying it again runs nothing.
    const again = JSON.parse((await migrate('--retry-failed', report.runId, '--json')).stdout);
    expect(again.targets).toEqual([]);
    const unknown = await migrate('--retry-failed', 'no-such-run');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('no run no-such-run in the run record [RUN_NOT_FOUND]');
  });

  it('three shards under one run id: runs show merges them into one report, the master once', async () => {
    const id = `shards-${Date.now()}`;
    const parts = await Promise.all([1, 2, 3].map((index) => migrate('--shard', `${index}/3`, '--run-id', id, '--json')));
    const mine = parts.flatMap((part) => JSON.parse(part.stdout).targets.filter((target: { kind: string }) => target.kind === 'tenant'));
    expect(mine.map((target: { name: string }) => target.name).sort()).toEqual(fleet.tenants.map((tenant) => tenant.name));
    const run = JSON.parse((await runs('show', id, '--json')).stdout);
    expect(run.parts.map((part: { part: string }) => part.part).sort()).toEqual(['shard 1/3', 'shard 2/3', 'shard 3/3']);
    expect(run.report.targets.map((target: { name: string }) => target.name)).toEqual([
      'master',
      ...fleet.tenants.map((tenant) => tenant.name),
    ]);
    expect(run.report.targets[0].status).toBe('applied');
    expect(
      run.report.targets.filter((target: { status: string }) => target.status === 'failed').map((target: { name: string }) => target.name),
    ).toEqual(BROKEN);
    expect(run.unfinished).toBe(0);
    const text = (await runs('show', id)).stdout;
    expect(text).toMatch(/parts \(3\): shard \d\/3 (ok|FAILED)/);
  });

  it('--no-record leaves no run; a read-only master says so and changes nothing', async () => {
    const { rows: before } = await queryDatabase<{ n: number }>(fleet.master.url, 'SELECT count(*)::int AS n FROM _tenant_migrate_runs');
    const quiet = await migrate('--no-record', '--target', 'tenants', '--json');
    expect(JSON.parse(quiet.stdout).runId).toBeUndefined();
    const { rows: after } = await queryDatabase<{ n: number }>(fleet.master.url, 'SELECT count(*)::int AS n FROM _tenant_migrate_runs');
    expect(after[0].n).toBe(before[0].n);
    await queryDatabase(fleet.master.url, 'DROP TABLE _tenant_migrate_run_targets, _tenant_migrate_run_parts, _tenant_migrate_runs');
    await adminQuery(`ALTER DATABASE "${fleet.master.name}" SET default_transaction_read_only = on`);
    try {
      for (const tenant of fleet.tenants) await queryDatabase(tenant.url, 'DROP SCHEMA public CASCADE; CREATE SCHEMA public');
      const refused = await migrate('--target', 'tenants');
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(
        'the run record (table _tenant_migrate_runs on the master) is not available: the master is read-only',
      );
      expect(refused.stderr).toContain('hint: run with --no-record');
      expect(await tableExists(fleet.tenants[0].url, '_migration_versions')).toBe(false);
      const without = await migrate('--target', 'tenants', '--no-record');
      expect(without.code).toBe(0);
      expect(await tableExists(fleet.tenants[0].url, '_migration_versions')).toBe(true);
    } finally {
      await adminQuery(`ALTER DATABASE "${fleet.master.name}" RESET default_transaction_read_only`);
    }
  });
});

describe('--claim workers', () => {
  it('two workers on one run, one killed midway: every tenant migrated exactly once', async () => {
    for (const tenant of fleet.tenants) await queryDatabase(tenant.url, 'DROP SCHEMA public CASCADE; CREATE SCHEMA public');
    // Each tenant's migration takes a while and leaves one row per application in its own table.
    const slow = writeMigrations({
      'tenant/001_slow.sql': goose(
        'CREATE TABLE IF NOT EXISTS runs_log (at timestamptz);\nSELECT pg_sleep(0.7);\nINSERT INTO runs_log VALUES (now());',
      ),
    });
    const id = `claim-${Date.now()}`;
    const bin = join(inject('actionDir'), 'dist', 'cli.js');
    const args = ['migrate', '--dir', slow.dir, '--master-url', fleet.master.url, '--tenants-query', ORDERED, '--target', 'tenants'];
    const start = (): ChildProcess & { output: Promise<{ code: number | null; stdout: string }> } => {
      const child = spawn(
        process.execPath,
        [bin, ...args, '--claim', '--run-id', id, '--claim-lease', '2s', '--concurrency', '1', '--json'],
        {
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      ) as ChildProcess & { output: Promise<{ code: number | null; stdout: string }> };
      let stdout = '';
      child.stdout?.on('data', (chunk) => {
        stdout += chunk;
      });
      child.output = new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout })));
      return child;
    };
    try {
      const doomed = start();
      // Kill the first worker while it is in the middle of a tenant, after it finished one.
      for (;;) {
        const { rows } = await queryDatabase<{ done: number; running: number }>(
          fleet.master.url,
          `SELECT count(*) FILTER (WHERE status = 'applied')::int AS done, count(*) FILTER (WHERE status = 'running')::int AS running
           FROM _tenant_migrate_run_targets WHERE run_id = $1`,
          [id],
        ).catch(() => ({ rows: [{ done: 0, running: 0 }] }));
        if (rows[0].done >= 1 && rows[0].running === 1) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const survivor = start();
      doomed.kill('SIGKILL');
      expect((await doomed.output).code).toBeNull();
      const { code, stdout } = await survivor.output;
      expect(code).toBe(0);
      expect(JSON.parse(stdout).runId).toBe(id);
      for (const tenant of fleet.tenants) {
        const { rows } = await queryDatabase<{ n: number }>(tenant.url, 'SELECT count(*)::int AS n FROM runs_log');
        expect(rows[0].n, tenant.name).toBe(1);
        expect(await ledgerRows(tenant.url), tenant.name).toHaveLength(1);
      }
      const run = JSON.parse((await runs('show', id, '--json')).stdout);
      expect(run.report.targets.map((target: { status: string }) => target.status)).toEqual(Array(6).fill('applied'));
      const { rows: claimedBy } = await queryDatabase<{ part: string }>(
        fleet.master.url,
        'SELECT DISTINCT part FROM _tenant_migrate_run_targets WHERE run_id = $1',
        [id],
      );
      // Both workers recorded outcomes: the survivor took over what the dead one held.
      expect(claimedBy.length).toBe(2);
    } finally {
      slow.remove();
    }
  });
});
