/**
 * The library's side of an interrupt: migrateFleet and rollbackFleet take an AbortSignal. An
 * abort while the master runs starts no tenant (they are not started, not "the master failed");
 * an abort while a target waits for another deploy's lock ends the wait at once; a rollout's
 * failure budget spent by interrupted targets is not reported as the rollout stopping.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockKey } from '../../src/db/advisory-lock.js';
import { migrateFleet } from '../../src/fleet/index.js';
import type { ProgressEvent } from '../../src/fleet/types.js';
import { adminQuery, createTestDatabase, queryDatabase, type TestDatabase } from '../support/database.js';
import { addTenant, createDatabaseFleet, goose, TENANTS_TABLE, type TestFleet, tableExists, writeMigrations } from './support/fleet.js';

const BLOCK_WHERE_HELD = "SELECT pg_sleep(CASE WHEN to_regclass('public.hold_me') IS NOT NULL THEN 60 ELSE 0 END);";

let fleet: TestFleet;
const files = writeMigrations({
  'master/001_plans.sql': goose(`CREATE TABLE plans (id int);\n${BLOCK_WHERE_HELD}`, 'DROP TABLE plans;'),
  'tenant/001_items.sql': goose(`CREATE TABLE items (id int);\n${BLOCK_WHERE_HELD}`, 'DROP TABLE items;'),
});
beforeAll(async () => {
  fleet = await createDatabaseFleet('i10_abort', 3);
});
afterAll(async () => {
  files.remove();
  await fleet?.drop();
});

/** Aborts once a tenant-migrate session of `url` is in pg_sleep (or, with `lock`, polling for its lock). */
async function abortWhenBlocked(controller: AbortController, url: string, like: string): Promise<void> {
  for (;;) {
    const { rows } = await queryDatabase<{ n: number }>(
      url,
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'tenant-migrate' AND query LIKE $1",
      [like],
    );
    if (rows[0].n > 0) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  controller.abort();
}

describe('migrateFleet with an AbortSignal', () => {
  it('aborted while the master runs: the master is rolled back, every tenant not started (not MASTER_FAILED)', async () => {
    await queryDatabase(fleet.master.url, 'CREATE TABLE hold_me ()');
    const controller = new AbortController();
    try {
      const [report] = await Promise.all([
        migrateFleet({ dir: files.dir, masterUrl: fleet.master.url, signal: controller.signal, record: false }),
        abortWhenBlocked(controller, fleet.master.url, '%pg_sleep%'),
      ]);
      expect(report.targets[0].error?.message).toMatch(
        /^interrupted by an abort signal: 001_plans \(UP\) was cancelled at \S+:3:1 and rolled back/,
      );
      expect(report.interrupted).toEqual({ signal: 'an abort signal' });
      expect(report.ok).toBe(false);
      expect(report.targets.map((target) => `${target.name} ${target.status} ${target.error?.code}`)).toEqual([
        'master failed INTERRUPTED',
        'tenant-1 skipped INTERRUPTED',
        'tenant-2 skipped INTERRUPTED',
        'tenant-3 skipped INTERRUPTED',
      ]);
      expect(report.error?.message).toMatch(/^interrupted by an abort signal: 0 finished, 1 interrupted \(master\), 3 not started/);
      expect(report.error?.hint).toMatch(/^run the same command again/);
      expect(await tableExists(fleet.master.url, 'plans')).toBe(false);
      for (const tenant of fleet.tenants) expect(await tableExists(tenant.url, '_migration_versions')).toBe(false);
    } finally {
      await queryDatabase(fleet.master.url, 'DROP TABLE hold_me');
    }
  });

  it("aborted while a tenant waits for another deploy's lock: the wait ends at once, nothing ran there", async () => {
    const tenant = fleet.tenants[0];
    const holder = new pg.Client({ connectionString: tenant.url });
    await holder.connect();
    try {
      await holder.query('SELECT pg_advisory_lock($1, $2)', lockKey(undefined));
      const controller = new AbortController();
      const [report] = await Promise.all([
        // Five minutes of lock wait: only the abort ends it within the test's time.
        migrateFleet({
          dir: files.dir,
          masterUrl: fleet.master.url,
          target: 'tenants',
          tenants: [tenant.name],
          lockWait: 300,
          signal: controller.signal,
          record: false,
        }),
        abortWhenBlocked(controller, tenant.url, '%pg_try_advisory_lock%'),
      ]);
      expect(report.targets[0].error).toMatchObject({
        code: 'INTERRUPTED',
        message: 'interrupted by an abort signal before any migration ran on it.',
      });
      expect(await tableExists(tenant.url, 'items')).toBe(false);
    } finally {
      await holder.end();
    }
  });

  it('aborted while a migration waits to be retried after lock_timeout: the wait ends at once, the migration is not run', async () => {
    const tenant = fleet.tenants[2];
    await queryDatabase(tenant.url, 'CREATE TABLE busy (id int)');
    const retried = writeMigrations({
      'tenant/001_widen.sql': goose('ALTER TABLE busy ADD COLUMN note text;', 'ALTER TABLE busy DROP COLUMN note;'),
    });
    const holder = new pg.Client({ connectionString: tenant.url });
    await holder.connect();
    try {
      await holder.query('BEGIN; LOCK TABLE busy IN ACCESS EXCLUSIVE MODE');
      const controller = new AbortController();
      const report = await migrateFleet({
        dir: retried.dir,
        masterUrl: fleet.master.url,
        target: 'tenants',
        tenants: [tenant.name],
        lockTimeout: '100ms',
        lockRetries: 5,
        // A minute before the next attempt: only the abort ends it within the test's time.
        lockRetryDelayMs: 60_000,
        signal: controller.signal,
        record: false,
        onProgress: (event) => {
          if (event.type === 'lock-retry') controller.abort();
        },
      });
      expect(report.targets[0].error).toMatchObject({
        code: 'INTERRUPTED',
        message: expect.stringMatching(
          /^interrupted by an abort signal: 001_widen \(UP\) was not run: the interrupt came while it waited to be tried again after lock_timeout/,
        ),
      });
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
      retried.remove();
    }
    const { rows } = await queryDatabase<{ n: number }>(
      tenant.url,
      "SELECT count(*)::int AS n FROM pg_attribute WHERE attrelid = 'busy'::regclass AND attname = 'note'",
    );
    expect(rows[0].n).toBe(0);
  });

  it('a canary interrupted: the rollout is not reported as stopped by its canary, the rest are not started', async () => {
    const [, second] = fleet.tenants;
    await queryDatabase(second.url, 'CREATE TABLE hold_me ()');
    const controller = new AbortController();
    const events: ProgressEvent[] = [];
    try {
      const [report] = await Promise.all([
        migrateFleet({
          dir: files.dir,
          masterUrl: fleet.master.url,
          target: 'tenants',
          canary: 'tenant-2',
          signal: controller.signal,
          record: false,
          onProgress: (event) => events.push(event),
        }),
        abortWhenBlocked(controller, second.url, '%pg_sleep%'),
      ]);
      expect(report.rollout?.stopped).toBeUndefined();
      const outcomes = Object.fromEntries(report.targets.map((target) => [target.name, `${target.status} ${target.error?.code}`]));
      expect(outcomes).toEqual({
        'tenant-1': 'skipped INTERRUPTED',
        'tenant-2': 'failed INTERRUPTED',
        'tenant-3': 'skipped INTERRUPTED',
      });
      expect(await tableExists(second.url, '_migration_versions')).toBe(false);
      expect(await tableExists(second.url, 'items')).toBe(false);
      // Every target was reported as done, the interrupted one with its error.
      expect(events.filter((event) => event.type === 'target-done')).toHaveLength(3);
    } finally {
      await queryDatabase(second.url, 'DROP TABLE hold_me');
    }
  });

  it('an interrupted --claim worker takes nothing more: what it did not take stays pending for the other workers', async () => {
    const [first] = fleet.tenants;
    await queryDatabase(first.url, 'CREATE TABLE hold_me ()');
    const runId = `i10-claim-${Date.now()}`;
    const claim = { dir: files.dir, masterUrl: fleet.master.url, target: 'tenants' as const, claim: true, runId, concurrency: 1 };
    const tenantsQuery = 'SELECT * FROM tenants ORDER BY id';
    const controller = new AbortController();
    try {
      const [report] = await Promise.all([
        migrateFleet({ ...claim, tenantsQuery, signal: controller.signal }),
        abortWhenBlocked(controller, first.url, '%pg_sleep%'),
      ]);
      expect(report.targets.map((target) => `${target.name} ${target.status} ${target.error?.code}`)).toEqual([
        'tenant-1 failed INTERRUPTED',
      ]);
      const { rows } = await queryDatabase<{ name: string; status: string }>(
        fleet.master.url,
        'SELECT name, status FROM _tenant_migrate_run_targets WHERE run_id = $1 ORDER BY position',
        [runId],
      );
      expect(rows.map((row) => `${row.name} ${row.status}`)).toEqual(['tenant-1 failed', 'tenant-2 pending', 'tenant-3 pending']);
    } finally {
      await queryDatabase(first.url, 'DROP TABLE hold_me');
    }
    // Another worker of the run takes the two left.
    const other = await migrateFleet({ ...claim, tenantsQuery });
    expect(other.targets.map((target) => `${target.name} ${target.status}`)).toEqual(['tenant-2 applied', 'tenant-3 applied']);
  });
});

describe('the cancel reaching a migration at its ledger row', () => {
  let database: TestDatabase;
  const ledgerFiles = writeMigrations({
    'master/001_first.sql': goose('CREATE TABLE first_made (id int);', 'DROP TABLE first_made;'),
    // Inside its transaction, ledger_hold makes the ledger row's trigger sleep.
    'master/002_held_at_row.sql': goose('CREATE TABLE ledger_hold ();\nCREATE TABLE second_made (id int);', 'DROP TABLE second_made;'),
    // NO TRANSACTION: its statements commit; then its ledger row's trigger sleeps.
    'master/003_no_tx_held_at_row.sql': goose('CREATE TABLE third_made (id int);\nCREATE TABLE nt_hold ();', undefined, {
      noTransaction: true,
    }),
  });
  beforeAll(async () => {
    database = await createTestDatabase('i10_abort_row');
  });
  afterAll(async () => {
    ledgerFiles.remove();
    await database?.drop();
  });

  const migrateUntilAborted = async (to: number) => {
    const controller = new AbortController();
    const [report] = await Promise.all([
      migrateFleet({ dir: ledgerFiles.dir, masterUrl: database.url, target: 'master', to, signal: controller.signal, record: false }),
      abortWhenSleeping(controller, database.url),
    ]);
    return report.targets[0];
  };

  it('a transactional migration cancelled while its row is written: rolled back with its row; a NO TRANSACTION one: applied, unrecorded, said so', async () => {
    expect((await migrateFleet({ dir: ledgerFiles.dir, masterUrl: database.url, target: 'master', to: 1, record: false })).ok).toBe(true);
    await queryDatabase(
      database.url,
      `CREATE FUNCTION slow_ledger() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF to_regclass('public.ledger_hold') IS NOT NULL OR to_regclass('public.nt_hold') IS NOT NULL THEN PERFORM pg_sleep(60); END IF;
         RETURN NEW;
       END $$;
       CREATE TRIGGER slow_ledger BEFORE INSERT ON _migration_versions FOR EACH ROW EXECUTE FUNCTION slow_ledger();`,
    );
    const second = await migrateUntilAborted(2);
    expect(second.error).toMatchObject({
      code: 'INTERRUPTED',
      message: expect.stringMatching(
        /002_held_at_row \(UP\) was cancelled while its ledger row was written and rolled back: nothing of it was applied/,
      ),
    });
    expect(await tableExists(database.url, 'second_made')).toBe(false);

    // From now on only 003's marker makes the row wait: 002 applies on the way.
    await queryDatabase(
      database.url,
      `CREATE OR REPLACE FUNCTION slow_ledger() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF to_regclass('public.nt_hold') IS NOT NULL THEN PERFORM pg_sleep(60); END IF;
         RETURN NEW;
       END $$;`,
    );
    const third = await migrateUntilAborted(3);
    expect(third.error?.code).toBe('INTERRUPTED');
    expect(third.error?.message).toMatch(
      /003_no_tx_held_at_row \(UP\) is NO TRANSACTION: all its statements ran and stay applied, but it was cancelled while its ledger row was written: the migration is not recorded/,
    );
    expect(await tableExists(database.url, 'third_made')).toBe(true);
    const { rows } = await queryDatabase<{ version: string }>(database.url, 'SELECT version::text FROM _migration_versions ORDER BY id');
    expect(rows.map((row) => row.version)).toEqual(['1', '2']);
  });
});

/** Aborts once a tenant-migrate session of `url` sleeps (pg_sleep, wherever it was called from). */
async function abortWhenSleeping(controller: AbortController, url: string): Promise<void> {
  for (;;) {
    const { rows } = await queryDatabase<{ n: number }>(
      url,
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'tenant-migrate' AND wait_event = 'PgSleep'",
    );
    if (rows[0].n > 0) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  controller.abort();
}

describe('when no cancel can get through', () => {
  it('a tenant whose role is at its connection limit: its session is closed instead, and the report says so; nothing of the migration stays', async () => {
    const role = `i10_one_${Date.now()}`;
    const [master, tenant] = await Promise.all([createTestDatabase('i10_nocancel_m'), createTestDatabase('i10_nocancel_t')]);
    const files = writeMigrations({
      'tenant/001_cut.sql': goose(`CREATE TABLE cut_made (id int);\n${BLOCK_WHERE_HELD}`, 'DROP TABLE cut_made;'),
    });
    try {
      // The tenant's URL logs in as a role allowed one connection: the migration's own.
      await adminQuery(`CREATE ROLE ${role} LOGIN PASSWORD 'one-pw' CONNECTION LIMIT 1`);
      await adminQuery(`ALTER DATABASE "${tenant.name}" OWNER TO ${role}`);
      await queryDatabase(tenant.url, `ALTER SCHEMA public OWNER TO ${role}; CREATE TABLE hold_me ()`);
      const tenantUrl = new URL(tenant.url);
      tenantUrl.username = role;
      tenantUrl.password = 'one-pw';
      await queryDatabase(master.url, TENANTS_TABLE);
      await addTenant(master.url, 'limited', { databaseUrl: tenantUrl.toString() });
      const controller = new AbortController();
      const [report] = await Promise.all([
        migrateFleet({ dir: files.dir, masterUrl: master.url, target: 'tenants', signal: controller.signal, record: false }),
        abortWhenSleeping(controller, tenant.url),
      ]);
      const error = report.targets[0].error;
      expect(error?.code).toBe('INTERRUPTED');
      expect(error?.message).toMatch(
        /001_cut \(UP\) was stopped at \S+001_cut\.sql:\d+:1 by closing its session \(no cancel could get through to the server\): its transaction was not committed, and the server rolls it back/,
      );
      expect(error?.message).not.toContain('one-pw');
      // The server ends the orphaned session (client_connection_check_interval) and rolls it back.
      for (let tries = 0; tries < 200 && (await sessionsOf(tenant.url)) > 0; tries++)
        await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await sessionsOf(tenant.url)).toBe(0);
      expect(await tableExists(tenant.url, 'cut_made')).toBe(false);
      expect(await tableExists(tenant.url, '_migration_versions')).toBe(false);
    } finally {
      files.remove();
      await Promise.all([master.drop(), tenant.drop()]);
      await adminQuery(`DROP ROLE IF EXISTS ${role}`);
    }
  });
});

async function sessionsOf(url: string): Promise<number> {
  const { rows } = await queryDatabase<{ n: number }>(
    url,
    "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'tenant-migrate'",
  );
  return rows[0].n;
}
