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
import { queryDatabase } from '../support/database.js';
import { createDatabaseFleet, goose, type TestFleet, tableExists, writeMigrations } from './support/fleet.js';

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
});
