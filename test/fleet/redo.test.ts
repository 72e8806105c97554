/**
 * goose's redo over a fleet (trial A P7, P8): each target rolls back its newest migration and
 * applies that one again, target by target. It never applies what was pending before, and an
 * interrupt (or a failed UP) never leaves a target one version down where a second redo would
 * take it one more version down.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateFleet, rollbackFleet } from '../../src/fleet/index.js';
import type { FleetReport } from '../../src/fleet/types.js';
import { cli } from '../support/cli.js';
import { queryDatabase } from '../support/database.js';
import { createDatabaseFleet, goose, ledgerRows, type TestFleet, tableExists, writeMigrations } from './support/fleet.js';

const sleepWhile = (marker: string, seconds: number) =>
  `SELECT pg_sleep(CASE WHEN to_regclass('public.${marker}') IS NOT NULL THEN ${seconds} ELSE 0 END);`;

let fleet: TestFleet;
const files = writeMigrations({
  'tenant/001_items.sql': goose('CREATE TABLE items (id int);', 'DROP TABLE items;'),
  'tenant/002_tags.sql': goose('CREATE TABLE tags (id int);', 'DROP TABLE tags;'),
  'tenant/003_notes.sql': goose(
    `CREATE TABLE notes (id int);\n${sleepWhile('hold_up', 2)}\nSELECT 1 / (CASE WHEN to_regclass('public.fail_up') IS NOT NULL THEN 0 ELSE 1 END);`,
    `DROP TABLE notes;\n${sleepWhile('hold_down', 60)}`,
  ),
});

beforeAll(async () => {
  fleet = await createDatabaseFleet('redo_p8', 3);
});
afterAll(async () => {
  files.remove();
  await fleet?.drop();
});

const base = () => ({ dir: files.dir, masterUrl: fleet.master.url, target: 'tenants' as const });

async function versions(url: string): Promise<string[]> {
  const { rows } = await queryDatabase<{ version: string }>(
    url,
    "SELECT version::text FROM _migration_versions WHERE direction = 'up' ORDER BY version",
  );
  return rows.map((row) => row.version);
}

async function everyTenantAt3(): Promise<void> {
  for (const tenant of fleet.tenants) {
    expect(await versions(tenant.url), tenant.name).toEqual(['1', '2', '3']);
    expect(await tableExists(tenant.url, 'notes'), tenant.name).toBe(true);
  }
}

async function migrateAll(): Promise<void> {
  const report = await migrateFleet({ ...base(), record: false });
  expect(report.ok, JSON.stringify(report.targets.map((target) => target.error))).toBe(true);
}

/** Aborts once a tenant-migrate session of `url` sleeps in pg_sleep. */
async function abortWhenSleeping(controller: AbortController, url: string): Promise<void> {
  for (;;) {
    const { rows } = await queryDatabase<{ n: number }>(
      url,
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'tenant-migrate' AND query LIKE '%pg_sleep%' AND state = 'active'",
    );
    if (rows[0].n > 0) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  controller.abort();
}

describe("redo: goose's redo, target by target", () => {
  it('re-applies exactly what it rolled back, never what was pending before (P7)', async () => {
    await migrateAll();
    const [first, second] = fleet.tenants;
    const down = await rollbackFleet({ ...base(), tenants: [second.name], steps: 1, record: false });
    expect(down.targets[0]).toMatchObject({ status: 'rolled-back', toVersion: 2 });

    const redo = await cli(['redo', '--dir', files.dir, '--master-url', fleet.master.url, '--target', 'tenants', '--json']);
    expect(redo.code, redo.stdout + redo.stderr).toBe(0);
    const report: FleetReport = JSON.parse(redo.stdout);
    const byName = Object.fromEntries(report.targets.map((target) => [target.name, target]));
    expect(byName[first.name]).toMatchObject({ status: 'applied', fromVersion: 3, toVersion: 3 });
    expect(byName[first.name].applied.map((step) => `${step.direction} ${step.name}`)).toEqual(['down 003_notes', 'up 003_notes']);
    // tenant-2 was at 2 with 3 pending: 2 is redone, 3 stays pending.
    expect(byName[second.name]).toMatchObject({ status: 'applied', fromVersion: 2, toVersion: 2 });
    expect(byName[second.name].applied.map((step) => `${step.direction} ${step.name}`)).toEqual(['down 002_tags', 'up 002_tags']);
    expect(await versions(second.url)).toEqual(['1', '2']);
    expect(await tableExists(second.url, 'notes')).toBe(false);

    const text = await cli(['redo', '--dir', files.dir, '--master-url', fleet.master.url, '--target', 'tenants', '--tenant', first.name]);
    expect(text.code, text.stdout + text.stderr).toBe(0);
    expect(text.stdout).toMatch(/redo: 1 target, 1 redone; 2 migrations run in/);
    expect(await versions(first.url)).toEqual(['1', '2', '3']);
  });

  it("interrupted during a target's UP: that UP runs to its end, and redo --retry-failed redoes only the others (P8)", async () => {
    await migrateAll();
    const [first] = fleet.tenants;
    await queryDatabase(first.url, 'CREATE TABLE hold_up ()');
    const controller = new AbortController();
    let report: FleetReport;
    try {
      [report] = await Promise.all([
        rollbackFleet({ ...base(), steps: 1, redo: true, concurrency: 1, signal: controller.signal }),
        abortWhenSleeping(controller, first.url),
      ]);
    } finally {
      await queryDatabase(first.url, 'DROP TABLE hold_up');
    }
    expect(report.interrupted).toBeDefined();
    const byName = Object.fromEntries(report.targets.map((target) => [target.name, target]));
    expect(byName[first.name]).toMatchObject({ status: 'applied', toVersion: 3 });
    expect(report.targets.filter((target) => target.status === 'skipped' && target.error?.code === 'INTERRUPTED').length).toBeGreaterThan(
      0,
    );
    expect(report.error?.hint).not.toMatch(/same command again(?! would)/);
    // In the library's terms; the CLI says --retry-failed ID.
    expect(report.error?.hint).toContain(`redo with retryFailed: "${report.runId}" redoes only the interrupted and not started targets`);
    // No target is left one version down.
    await everyTenantAt3();

    const retried = await rollbackFleet({ ...base(), steps: 1, redo: true, retryFailed: report.runId });
    expect(retried.ok, JSON.stringify(retried.targets.map((target) => target.error))).toBe(true);
    expect(retried.targets.map((target) => target.name)).not.toContain(first.name);
    for (const target of retried.targets) expect(target).toMatchObject({ status: 'applied', fromVersion: 3, toVersion: 3 });
    await everyTenantAt3();
    // The first tenant was redone once by this test: one down row for 003 since its migrate.
    const history = (await ledgerRows(first.url)).map((row) => `${row.direction} ${row.name}`);
    expect(history.slice(-2)).toEqual(['down 003_notes', 'up 003_notes']);
  });

  it("interrupted during a target's DOWN: the DOWN rolls back, the target stays where it was", async () => {
    await migrateAll();
    const [first] = fleet.tenants;
    await queryDatabase(first.url, 'CREATE TABLE hold_down ()');
    const controller = new AbortController();
    let report: FleetReport;
    try {
      [report] = await Promise.all([
        rollbackFleet({ ...base(), tenants: [first.name], steps: 1, redo: true, signal: controller.signal, record: false }),
        abortWhenSleeping(controller, first.url),
      ]);
    } finally {
      await queryDatabase(first.url, 'DROP TABLE hold_down');
    }
    expect(report.targets[0]).toMatchObject({ status: 'failed', error: { code: 'INTERRUPTED' } });
    expect(report.error?.hint).not.toMatch(/^run the same command again/);
    await everyTenantAt3();
  });

  it('an UP that fails after its DOWN says the target stays rolled back, and that migrate (not redo) applies it again', async () => {
    await migrateAll();
    const [first] = fleet.tenants;
    await queryDatabase(first.url, 'CREATE TABLE fail_up ()');
    try {
      const report = await rollbackFleet({ ...base(), tenants: [first.name], steps: 1, redo: true, record: false });
      expect(report.targets[0]).toMatchObject({ status: 'failed', toVersion: 2 });
      expect(report.targets[0].error?.message).toContain(
        'The redo rolled back 003_notes and did not apply it again: the target is at version 2.',
      );
      expect(report.targets[0].error?.hint).toContain('migrate (not redo) applies it again');
    } finally {
      await queryDatabase(first.url, 'DROP TABLE fail_up');
    }
    await migrateAll();
    await everyTenantAt3();
  });
});
