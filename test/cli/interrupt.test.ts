/**
 * SIGINT and SIGTERM during migrate and rollback, on the real binary (the fresh bundle) and a real
 * fleet: one tenant's migration blocks (pg_sleep while the test holds a `hold_me` table in it),
 * the signal arrives, and the run must cancel that migration (rolled back on the server), start no
 * other target, print the partial report (text, or JSON on stdout) and exit 130 or 143. A second
 * signal exits at once. The run record lets --retry-failed pick up what was left.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDatabaseFleet, goose, ledgerRows, type TestFleet, tableExists, writeMigrations } from '../fleet/support/fleet.js';
import { cli } from '../support/cli.js';
import { queryDatabase } from '../support/database.js';

const bin = join(inject('actionDir'), 'dist', 'cli.js');
const ORDERED = 'SELECT * FROM tenants ORDER BY id';
/** Sleeps a minute where the test created `hold_me`, not at all elsewhere. */
const BLOCK_WHERE_HELD = "SELECT pg_sleep(CASE WHEN to_regclass('public.hold_me') IS NOT NULL THEN 60 ELSE 0 END);";

let fleet: TestFleet;
const files = writeMigrations({
  'master/001_plans.sql': goose('CREATE TABLE plans (id int);', 'DROP TABLE plans;'),
  'tenant/001_items.sql': goose('CREATE TABLE items (id int);', 'DROP TABLE items;'),
  'tenant/002_slow.sql': goose(`CREATE TABLE slow_made (id int);\n${BLOCK_WHERE_HELD}`, `${BLOCK_WHERE_HELD}\nDROP TABLE slow_made;`),
});
const running = new Set<ChildProcess>();

beforeAll(async () => {
  fleet = await createDatabaseFleet('i10_interrupt', 3);
});
afterAll(async () => {
  for (const child of running) child.kill('SIGKILL');
  files.remove();
  await fleet?.drop();
});

interface Run {
  child: ChildProcess;
  stderr(): string;
  exited: Promise<{ code: number | null; stdout: string; stderr: string }>;
}

function start(args: string[]): Run {
  const child = spawn(process.execPath, [bin, ...args, '--dir', files.dir, '--master-url', fleet.master.url, '--tenants-query', ORDERED], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('exit', (code) => {
      running.delete(child);
      resolve({ code, stdout, stderr });
    }),
  );
  return { child, stderr: () => stderr, exited };
}

/** The tenant's database has a tenant-migrate session in pg_sleep (or in `like`) now. */
async function blockedIn(url: string, like = '%pg_sleep%'): Promise<boolean> {
  const { rows } = await queryDatabase<{ count: number }>(
    url,
    `SELECT count(*)::int AS count FROM pg_stat_activity
      WHERE application_name = 'tenant-migrate' AND datname = current_database() AND state = 'active' AND query LIKE $1`,
    [like],
  );
  return rows[0].count > 0;
}

async function waitFor(check: () => Promise<boolean> | boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

async function hasLedger(url: string): Promise<boolean> {
  return tableExists(url, '_migration_versions');
}

describe('an interrupted migrate or rollback', () => {
  it('SIGINT: cancels the running migration (rolled back), starts no other target, prints the partial report and exits 130', async () => {
    const [first, second, third] = fleet.tenants;
    await queryDatabase(second.url, 'CREATE TABLE hold_me ()');
    const run = start(['migrate', '--concurrency', '1']);
    await waitFor(() => blockedIn(second.url), 'tenant-2 to block in 002_slow');
    run.child.kill('SIGINT');
    const { code, stdout, stderr } = await run.exited;

    expect(stderr).toMatch(/SIGINT: stopping\. No new target starts/);
    expect(code).toBe(130);
    expect(stdout).toMatch(/^INTERRUPTED tenant-2 /m);
    expect(stdout).toMatch(
      /interrupted by SIGINT: 002_slow \(UP\) was cancelled at \S*tenant\/002_slow\.sql:3:1 and rolled back: nothing of it was applied\. Applied before the interrupt: 001_items\./,
    );
    expect(stdout).toMatch(/skipped 1 tenant\(s\): not started: the run was interrupted by SIGINT/);
    expect(stdout).toMatch(
      /interrupted by SIGINT: 2 finished \(master, tenant-1\), 1 interrupted \(tenant-2\), 1 not started \(tenant-3\)/,
    );
    expect(stdout).toMatch(/hint: run the same command again, or --retry-failed \S+ to run only the interrupted and not started targets/);
    expect(stdout).toMatch(/4 targets, 2 migrated, 1 interrupted, 1 not started; .* -- INTERRUPTED by SIGINT/);

    // The finished targets are whole, the interrupted one has nothing of 002, the not-started one nothing at all.
    expect((await ledgerRows(fleet.master.url)).map((row) => row.name)).toEqual(['001_plans']);
    expect((await ledgerRows(first.url)).map((row) => row.name)).toEqual(['001_items', '002_slow']);
    expect((await ledgerRows(second.url)).map((row) => row.name)).toEqual(['001_items']);
    expect(await tableExists(second.url, 'slow_made')).toBe(false);
    expect(await hasLedger(third.url)).toBe(false);
    expect(await tableExists(third.url, 'items')).toBe(false);

    // The run record marks tenant-2 interrupted and tenant-3 not started, and the run's part says why it ended.
    const runId = /--retry-failed (\S+)/.exec(stdout)![1];
    const recorded = await cli(['runs', 'show', runId, '--master-url', fleet.master.url, '--json']);
    const record = JSON.parse(recorded.stdout);
    // The record says interrupted, not failed, with the signal (runs and runs show: test/fleet/run-states.test.ts).
    expect(record.state).toBe('interrupted');
    expect(record.report.interrupted).toEqual({ signal: 'SIGINT' });
    expect(
      record.report.targets.map((target: { name: string; status: string; error?: { code: string } }) =>
        [target.name, target.status, target.error?.code ?? ''].join(' '),
      ),
    ).toEqual(['master applied ', 'tenant-1 applied ', 'tenant-2 failed INTERRUPTED', 'tenant-3 skipped INTERRUPTED']);
    // So --retry-failed runs those two only.
    await queryDatabase(second.url, 'DROP TABLE hold_me');
    const retry = await cli([
      'migrate',
      '--retry-failed',
      'last',
      '--dir',
      files.dir,
      '--master-url',
      fleet.master.url,
      '--tenants-query',
      ORDERED,
      '--json',
    ]);
    expect(retry.code, retry.stderr).toBe(0);
    const report = JSON.parse(retry.stdout);
    expect(report.targets.map((target: { name: string; status: string }) => `${target.name} ${target.status}`)).toEqual([
      'tenant-2 applied',
      'tenant-3 applied',
    ]);
  });

  it('SIGTERM during rollback with --json: valid JSON on stdout, exit 143, the DOWN rolled back, the master not started', async () => {
    const [first, second, third] = fleet.tenants;
    await queryDatabase(second.url, 'CREATE TABLE hold_me ()');
    const run = start(['rollback', '--concurrency', '1', '--json']);
    await waitFor(() => blockedIn(second.url), "tenant-2 to block in 002_slow's DOWN");
    run.child.kill('SIGTERM');
    const { code, stdout } = await run.exited;
    await queryDatabase(second.url, 'DROP TABLE hold_me');

    expect(code).toBe(143);
    const report = JSON.parse(stdout);
    expect(report.interrupted).toEqual({ signal: 'SIGTERM' });
    expect(report.ok).toBe(false);
    expect(report.error.code).toBe('INTERRUPTED');
    const outcomes = report.targets.map((target: { name: string; status: string; error?: { code: string } }) =>
      [target.name, target.status, target.error?.code ?? ''].join(' '),
    );
    expect(outcomes).toEqual([
      'tenant-1 rolled-back ',
      'tenant-2 failed INTERRUPTED',
      'tenant-3 skipped INTERRUPTED',
      'master skipped INTERRUPTED',
    ]);
    const interrupted = report.targets[1].error;
    expect(interrupted.message).toMatch(/^interrupted by SIGTERM: 002_slow \(DOWN\) was cancelled at \S+:\d+:1 and rolled back/);
    expect(interrupted.file).toMatch(/tenant\/002_slow\.sql$/);

    // A rollback's row replaces the up row it undoes.
    expect((await ledgerRows(first.url)).map((row) => `${row.name} ${row.direction}`)).toEqual(['001_items up', '002_slow down']);
    // The DOWN's DROP never happened: tenant-2 is still at 002, its table there.
    expect((await ledgerRows(second.url)).map((row) => row.name)).toEqual(['001_items', '002_slow']);
    expect(await tableExists(second.url, 'slow_made')).toBe(true);
    expect((await ledgerRows(third.url)).map((row) => row.name)).toEqual(['001_items', '002_slow']);
    expect(await tableExists(fleet.master.url, 'plans')).toBe(true);
  });

  it('a NO TRANSACTION file interrupted mid-way: the report names the statements that ran; they stay, the rest never run, no ledger row', async () => {
    const second = fleet.tenants[1];
    files.write(
      'tenant/003_no_tx.sql',
      goose(`CREATE TABLE nt_a (id int);\nCREATE TABLE nt_b (id int);\n${BLOCK_WHERE_HELD}\nCREATE TABLE nt_c (id int);`, undefined, {
        noTransaction: true,
      }),
    );
    try {
      await queryDatabase(second.url, 'CREATE TABLE hold_me ()');
      const run = start(['migrate', '--target', 'tenants', '--tenant', 'tenant-2', '--json']);
      await waitFor(() => blockedIn(second.url), 'tenant-2 to block in 003_no_tx');
      run.child.kill('SIGINT');
      const { code, stdout } = await run.exited;
      await queryDatabase(second.url, 'DROP TABLE hold_me');

      expect(code).toBe(130);
      const report = JSON.parse(stdout);
      const error = report.targets[0].error;
      expect(error.code).toBe('INTERRUPTED');
      // Lines 1-2 are the goose annotations: the statements are on lines 3, 4 and 5.
      expect(error.message).toMatch(
        /003_no_tx \(UP\) is NO TRANSACTION: 2 statements ran before the interrupt and stay applied \(line 3, line 4\); the statement at \S+003_no_tx\.sql:5:1 was cancelled, the rest were not run; the migration is not recorded/,
      );
      expect(error.ran).toEqual([
        { line: 3, column: 1 },
        { line: 4, column: 1 },
      ]);
      expect(error.line).toBe(5);
      expect(await tableExists(second.url, 'nt_a')).toBe(true);
      expect(await tableExists(second.url, 'nt_b')).toBe(true);
      expect(await tableExists(second.url, 'nt_c')).toBe(false);
      expect((await ledgerRows(second.url)).map((row) => row.name)).toEqual(['001_items', '002_slow']);
    } finally {
      // Its statements ran once: the next tests run without it.
      rmSync(join(files.dir, 'tenant', '003_no_tx.sql'));
    }
  });

  it('a second signal exits at once, while the first is still waiting for a migration that ignores the cancel', async () => {
    const second = fleet.tenants[1];
    // Catches the cancel and goes on: only a second signal ends the run.
    files.write(
      'tenant/004_stubborn.sql',
      goose(
        "DO $$ BEGIN IF to_regclass('public.hold_me') IS NOT NULL THEN LOOP BEGIN PERFORM pg_sleep(0.1); EXCEPTION WHEN query_canceled THEN NULL; END; END LOOP; END IF; END $$;",
      ),
    );
    await queryDatabase(second.url, 'CREATE TABLE hold_me ()');
    try {
      const run = start(['migrate', '--target', 'tenants', '--tenant', 'tenant-2', '--json']);
      await waitFor(() => blockedIn(second.url, '%LOOP%'), 'tenant-2 to loop in 004_stubborn');
      run.child.kill('SIGINT');
      await waitFor(() => /SIGINT: stopping/.test(run.stderr()), 'the first signal to be taken');
      // The cancel reached the loop, which caught it: the run is still waiting.
      expect(await blockedIn(second.url, '%LOOP%')).toBe(true);
      run.child.kill('SIGINT');
      const { code, stdout, stderr } = await run.exited;
      expect(code).toBe(130);
      expect(stderr).toMatch(/SIGINT again: exiting now, without the report/);
      expect(stdout).toBe('');
    } finally {
      await queryDatabase(
        second.url,
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'tenant-migrate'",
      );
      await queryDatabase(second.url, 'DROP TABLE IF EXISTS hold_me');
    }
    expect((await ledgerRows(second.url)).map((row) => row.name)).not.toContain('004_stubborn');
  });
});
