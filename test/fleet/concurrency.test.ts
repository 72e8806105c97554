/**
 * Two deploys at once, and a deploy killed in the middle of a migration: the advisory lock and
 * one transaction per migration mean no version is ever applied twice or half.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockKey } from '../../src/db/advisory-lock.js';
import { migrateFleet } from '../../src/fleet/index.js';
import { createTestDatabase, queryDatabase, type TestDatabase } from '../support/database.js';
import { BASIC_FILES, createDatabaseFleet, goose, ledgerRows, type TestFleet, tableExists, writeMigrations } from './support/fleet.js';

let fleet: TestFleet;

beforeAll(async () => {
  fleet = await createDatabaseFleet('concurrent', 3);
});
afterAll(async () => {
  await fleet?.drop();
});

describe('two deploys at once', () => {
  it('each version is applied once; the second deploy waits and finds the work done', async () => {
    const files = writeMigrations({
      ...BASIC_FILES,
      // Slow enough that both deploys meet on every target.
      'tenant/002_tags.sql': goose(
        "CREATE TABLE tags (id int PRIMARY KEY, label text);\nSELECT pg_sleep(0.3);\nINSERT INTO tags VALUES (1, 'first');",
        'DROP TABLE tags;',
      ),
    });
    try {
      const options = { dir: files.dir, masterUrl: fleet.master.url };
      const [first, second] = await Promise.all([migrateFleet(options), migrateFleet(options)]);
      expect(first.ok && second.ok).toBe(true);
      for (const tenant of fleet.tenants) {
        expect((await ledgerRows(tenant.url)).map((row) => row.version)).toEqual(['1', '2', '3']);
        const { rows } = await queryDatabase(tenant.url, 'SELECT * FROM tags');
        expect(rows).toHaveLength(1);
      }
      for (const name of ['master', ...fleet.tenants.map((tenant) => tenant.name)]) {
        const runs = [first, second].flatMap((report) => report.targets.filter((target) => target.name === name));
        const applied = runs.flatMap((target) => target.applied.map((step) => step.version));
        expect(applied.sort()).toEqual(name === 'master' ? [1] : [1, 2, 3]);
      }
    } finally {
      files.remove();
    }
  });

  it('gives up after --lock-wait with a message that names the holder', async () => {
    const files = writeMigrations({ 'master/001_plans.sql': goose('CREATE TABLE plans2 (id int);', 'DROP TABLE plans2;') });
    const database = await createTestDatabase('concurrent_locked');
    const holder = new pg.Client({ connectionString: database.url, application_name: 'other-deploy' });
    await holder.connect();
    try {
      await holder.query('SELECT pg_advisory_lock($1, $2)', lockKey(undefined));
      const report = await migrateFleet({ dir: files.dir, masterUrl: database.url, target: 'master', lockWait: 0.5 });
      expect(report.ok).toBe(false);
      expect(report.targets[0].error?.code).toBe('LOCK_TIMEOUT');
      expect(report.targets[0].error?.message).toContain('other-deploy');
      expect(await tableExists(database.url, 'plans2')).toBe(false);
    } finally {
      await holder.end();
      files.remove();
      await database.drop();
    }
  });
});

describe('a deploy killed with SIGKILL in the middle of a migration', () => {
  let database: TestDatabase;
  let child: ChildProcess | undefined;
  const files = writeMigrations({
    'master/001_first.sql': goose('CREATE TABLE first_table (id int);', 'DROP TABLE first_table;'),
    // Sleeps only while the test's sentinel table exists, so the re-run does not wait.
    'master/002_slow.sql': goose(
      "CREATE TABLE slow_table (id int);\nINSERT INTO slow_table VALUES (1);\nSELECT pg_sleep(CASE WHEN to_regclass('public.sleep_sentinel') IS NULL THEN 0 ELSE 60 END);",
      'DROP TABLE slow_table;',
    ),
    'master/003_third.sql': goose('CREATE TABLE third_table (id int);', 'DROP TABLE third_table;'),
  });

  beforeAll(async () => {
    database = await createTestDatabase('killed');
    await queryDatabase(database.url, 'CREATE TABLE sleep_sentinel ()');
  });
  afterAll(async () => {
    child?.kill('SIGKILL');
    files.remove();
    await database?.drop();
  });

  it('leaves no half-applied migration; the re-run applies the rest once', async () => {
    child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', 'migrate', '--dir', files.dir, '--target', 'master'], {
      env: { ...process.env, MASTER_DB_URL: database.url },
      stdio: 'ignore',
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child!.once('exit', (_code, signal) => resolve(signal)));
    await waitFor(async () => (await activeSleeps(database.url)) > 0, 60_000, 'the child to reach pg_sleep inside 002_slow');
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    await queryDatabase(database.url, 'DROP TABLE sleep_sentinel');

    // The server notices the dead client and rolls 002 back: its table and its ledger row are both absent.
    await waitFor(async () => (await activeSleeps(database.url)) === 0, 60_000, 'the killed backend to end');
    expect((await ledgerRows(database.url)).map((row) => row.name)).toEqual(['001_first']);
    expect(await tableExists(database.url, 'slow_table')).toBe(false);

    const report = await migrateFleet({ dir: files.dir, masterUrl: database.url, target: 'master' });
    expect(report.ok).toBe(true);
    expect(report.targets[0].applied.map((step) => step.name)).toEqual(['002_slow', '003_third']);
    expect((await ledgerRows(database.url)).map((row) => row.name)).toEqual(['001_first', '002_slow', '003_third']);
    const { rows } = await queryDatabase(database.url, 'SELECT * FROM slow_table');
    expect(rows).toHaveLength(1);
  });
});

async function activeSleeps(url: string): Promise<number> {
  const { rows } = await queryDatabase<{ count: number }>(
    url,
    "SELECT count(*)::int AS count FROM pg_stat_activity WHERE application_name = 'tenant-migrate' AND datname = current_database() AND query LIKE '%pg_sleep%' AND pid <> pg_backend_pid()",
  );
  return rows[0].count;
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}
