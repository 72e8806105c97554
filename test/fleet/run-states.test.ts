/**
 * What the run record says a run was (new-user trial): an interrupted run is listed and shown as
 * `interrupted` (not `failed`), and goose's `redo` is recorded as a redo (not a rollback), so
 * `runs` says redo and `redo --retry-failed RUN` (the hint an interrupted redo prints) redoes,
 * where `rollback --retry-failed RUN` is refused with the way to retry it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateFleet, rollbackFleet } from '../../src/fleet/index.js';
import type { FleetReport } from '../../src/fleet/types.js';
import { cli } from '../support/cli.js';
import { queryDatabase } from '../support/database.js';
import { createDatabaseFleet, goose, ledgerRows, type TestFleet, writeMigrations } from './support/fleet.js';

const ORDERED = 'SELECT * FROM tenants ORDER BY id';
/** Sleeps a minute where the test created `hold_me`, not at all elsewhere. */
const BLOCK_WHERE_HELD = "SELECT pg_sleep(CASE WHEN to_regclass('public.hold_me') IS NOT NULL THEN 60 ELSE 0 END);";

let fleet: TestFleet;
const files = writeMigrations({
  'tenant/001_items.sql': goose('CREATE TABLE items (id int);', 'DROP TABLE items;'),
  'tenant/002_slow.sql': goose(`CREATE TABLE slow_made (id int);\n${BLOCK_WHERE_HELD}`, `${BLOCK_WHERE_HELD}\nDROP TABLE slow_made;`),
});

beforeAll(async () => {
  fleet = await createDatabaseFleet('ff_runstate', 3);
});
afterAll(async () => {
  files.remove();
  await fleet?.drop();
});

const base = () => ({ dir: files.dir, masterUrl: fleet.master.url, target: 'tenants' as const, tenantsQuery: ORDERED });
const fleetArgs = () => ['--dir', files.dir, '--master-url', fleet.master.url, '--target', 'tenants', '--tenants-query', ORDERED];
const runs = (...args: string[]) => cli(['runs', ...args, '--master-url', fleet.master.url]);

interface ListedRun {
  id: string;
  command: string;
  state: string;
  failedParts: number;
  interrupted?: { signal: string };
  counts: Record<string, number>;
}

async function listed(id: string): Promise<ListedRun> {
  const list = await runs('--json');
  expect(list.code, list.stderr).toBe(0);
  const row = (JSON.parse(list.stdout) as ListedRun[]).find((run) => run.id === id);
  expect(row, `run ${id} in runs --json`).toBeDefined();
  return row!;
}

/** Aborts with `reason` (the CLI aborts with the signal's name) once tenant-2 sleeps in 002_slow. */
async function abortWhenHeld(controller: AbortController, reason: string): Promise<void> {
  const url = fleet.tenants[1].url;
  for (;;) {
    const { rows } = await queryDatabase<{ n: number }>(
      url,
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'tenant-migrate' AND query LIKE '%pg_sleep%' AND state = 'active'",
    );
    if (rows[0].n > 0) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  controller.abort(reason);
}

/** A run with tenant-2 held in 002_slow (UP or DOWN), interrupted there: tenant-1 finished, tenant-3 not started. */
async function interrupted(run: (signal: AbortSignal) => Promise<FleetReport>, reason: string): Promise<FleetReport> {
  const held = fleet.tenants[1].url;
  await queryDatabase(held, 'CREATE TABLE hold_me ()');
  const controller = new AbortController();
  try {
    const [report] = await Promise.all([run(controller.signal), abortWhenHeld(controller, reason)]);
    expect(report.interrupted).toEqual({ signal: reason });
    expect(report.runId).toBeDefined();
    return report;
  } finally {
    await queryDatabase(held, 'DROP TABLE hold_me');
  }
}

async function migrateAll(): Promise<void> {
  const report = await migrateFleet({ ...base(), record: false });
  expect(report.ok, JSON.stringify(report.targets.map((target) => target.error))).toBe(true);
}

describe('an interrupted run in the run record', () => {
  it('runs and runs show say interrupted (with the signal), in text and JSON; a run that failed still says failed', async () => {
    const report = await interrupted((signal) => migrateFleet({ ...base(), concurrency: 1, signal }), 'SIGINT');
    const id = report.runId!;

    const row = await listed(id);
    expect(row).toMatchObject({ command: 'migrate', state: 'interrupted', interrupted: { signal: 'SIGINT' } });
    // The fields that were there before keep what they said: the part ended failed.
    expect(row.failedParts).toBe(1);
    expect(row.counts).toEqual({ applied: 1, failed: 1, skipped: 1 });
    const text = await runs();
    expect(text.stdout).toMatch(new RegExp(`^${id}\\s+migrate\\s.*\\sinterrupted\\s+1 applied, 1 failed, 1 not tried`, 'm'));
    const markdown = await runs('--format', 'markdown');
    expect(markdown.stdout).toMatch(new RegExp(`\\| \`${id}\` \\| migrate \\|.*\\| interrupted \\|`));

    const shown = await runs('show', id, '--json');
    expect(shown.code).toBe(1);
    const run = JSON.parse(shown.stdout);
    expect(run.state).toBe('interrupted');
    expect(run.report).toMatchObject({ ok: false, interrupted: { signal: 'SIGINT' }, error: { code: 'INTERRUPTED' } });
    const shownText = await runs('show', id);
    expect(shownText.stdout).toMatch(new RegExp(`^run ${id}: migrate, started .*, ended .*, interrupted by SIGINT$`, 'm'));
    expect(shownText.stdout).toMatch(/3 targets, 1 migrated, 1 interrupted, 1 not started; .* -- INTERRUPTED by SIGINT/);
    expect(shownText.stdout).not.toMatch(/-- FAILED/);

    // The retry finishes the run's work; a run whose tenant fails is failed, not interrupted.
    const retried = await migrateFleet({ ...base(), retryFailed: id });
    expect(retried.ok, JSON.stringify(retried.targets.map((target) => target.error))).toBe(true);
    expect((await listed(retried.runId!)).state).toBe('ok');
    await queryDatabase(fleet.tenants[2].url, "DELETE FROM _migration_versions WHERE name = '002_slow'");
    const failed = await migrateFleet(base());
    expect(failed.ok).toBe(false);
    const failedRow = await listed(failed.runId!);
    expect(failedRow.state).toBe('failed');
    expect(failedRow.interrupted).toBeUndefined();
    expect(JSON.parse((await runs('show', failed.runId!, '--json')).stdout).state).toBe('failed');
    await queryDatabase(fleet.tenants[2].url, 'DROP TABLE slow_made');
    await migrateAll();
  });
});

describe('redo in the run record', () => {
  it('is recorded as redo: runs lists redo, runs show reports it as a redo; --no-record and --run-id are followed', async () => {
    await migrateAll();
    const redo = await cli(['redo', ...fleetArgs(), '--json']);
    expect(redo.code, redo.stdout + redo.stderr).toBe(0);
    const id = JSON.parse(redo.stdout).runId;
    expect(await listed(id)).toMatchObject({ command: 'redo', state: 'ok', counts: { applied: 3 } });
    expect((await runs()).stdout).toMatch(new RegExp(`^${id}\\s+redo\\s.*\\sok\\s+3 redone`, 'm'));
    const shown = JSON.parse((await runs('show', id, '--json')).stdout);
    expect(shown.run.command).toBe('redo');
    expect(shown.report).toMatchObject({ command: 'rollback', redo: true, ok: true });
    const text = (await runs('show', id)).stdout;
    expect(text).toMatch(new RegExp(`^run ${id}: redo, started`, 'm'));
    expect(text).toMatch(/redo: 3 targets, 3 redone; 6 migrations run in/);
    // redo takes the run record's flags as rollback does (before, it took them and went on without them).
    const unrecorded = await cli(['redo', ...fleetArgs(), '--no-record', '--json']);
    expect(unrecorded.code, unrecorded.stderr).toBe(0);
    expect(JSON.parse(unrecorded.stdout).runId).toBeUndefined();
    const named = await cli(['redo', ...fleetArgs(), '--run-id', `ff-redo-${Date.now()}`, '--json']);
    expect(JSON.parse(named.stdout).runId).toMatch(/^ff-redo-/);
  });

  it('an interrupted redo: rollback --retry-failed of it is refused, redo --retry-failed RUN (its hint) redoes only the rest', async () => {
    await migrateAll();
    const downs = async (url: string) => (await ledgerRows(url)).filter((row) => row.direction === 'down').length;
    const downsBefore = await Promise.all(fleet.tenants.map((tenant) => downs(tenant.url)));
    // Held in tenant-2's DOWN: the DOWN is cancelled and rolls back, tenant-2 stays at 2, tenant-3 is not started.
    const report = await interrupted((signal) => rollbackFleet({ ...base(), steps: 1, redo: true, concurrency: 1, signal }), 'SIGTERM');
    const id = report.runId!;
    expect(report.error?.hint).toContain(`redo with retryFailed: "${id}" redoes only the interrupted and not started targets`);
    // What a redo's interrupt does to the running target, not a migrate's "the migrations running were cancelled".
    expect(report.error?.message).toMatch(
      /; no target was started after the signal, and a redo's running DOWN was cancelled and rolled back, while a running UP ran to its end \(none is left one version down\)$/,
    );
    expect(await listed(id)).toMatchObject({ command: 'redo', state: 'interrupted', interrupted: { signal: 'SIGTERM' } });

    const rollback = await cli(['rollback', ...fleetArgs(), '--retry-failed', id]);
    expect(rollback.code).toBe(1);
    // Its own code, not RUN_NOT_FOUND ("not in the run record"): the run is there, of another command.
    expect(rollback.stderr).toContain(`run ${id} is a redo run, not rollback [RUN_OF_OTHER_COMMAND]`);
    expect(rollback.stderr).toContain(`retry it with the redo command and --retry-failed ${id}`);
    const migrate = await cli(['migrate', ...fleetArgs(), '--retry-failed', id]);
    expect(migrate.stderr).toContain(`run ${id} is a redo run, not migrate [RUN_OF_OTHER_COMMAND]`);
    expect(migrate.stderr).toContain(`retry it with the redo command and --retry-failed ${id}`);
    // Nothing was rolled back by the refused retries.
    for (const tenant of fleet.tenants) expect((await ledgerRows(tenant.url)).filter((row) => row.direction === 'up')).toHaveLength(2);

    // A rollback run since then (the master, with nothing to roll back): redo --retry-failed with no id still takes the last redo.
    const since = await rollbackFleet({ ...base(), target: 'master', steps: 1 });
    expect(await listed(since.runId!)).toMatchObject({ command: 'rollback', state: 'ok' });
    const retry = await cli(['redo', ...fleetArgs(), '--retry-failed', '--json']);
    expect(retry.code, retry.stdout + retry.stderr).toBe(0);
    const retried: FleetReport = JSON.parse(retry.stdout);
    expect(retried.retryOf).toBe(id);
    expect(retried.targets.map((target) => `${target.name} ${target.status} ${target.fromVersion}->${target.toVersion}`)).toEqual([
      'tenant-2 applied 2->2',
      'tenant-3 applied 2->2',
    ]);
    expect(retried.targets[0].applied.map((step) => `${step.direction} ${step.name}`)).toEqual(['down 002_slow', 'up 002_slow']);
    expect(await listed(retried.runId!)).toMatchObject({ command: 'redo', state: 'ok' });
    const again = JSON.parse((await cli(['redo', ...fleetArgs(), '--retry-failed', retried.runId!, '--json'])).stdout);
    expect(again.targets).toEqual([]);
    // tenant-1 was redone once (by the interrupted run), tenant-2 and tenant-3 once (by the retry).
    for (const [index, tenant] of fleet.tenants.entries()) {
      expect(await downs(tenant.url), tenant.name).toBe(downsBefore[index] + 1);
      expect((await ledgerRows(tenant.url)).at(-1), tenant.name).toMatchObject({ direction: 'up', name: '002_slow' });
    }
  });

  it('an interrupted redo recorded before redo had its own command (as rollback) is still retried by redo --retry-failed', async () => {
    await migrateAll();
    const report = await interrupted((signal) => rollbackFleet({ ...base(), steps: 1, redo: true, concurrency: 1, signal }), 'SIGINT');
    const id = report.runId!;
    // What an earlier tenant-migrate wrote for this run.
    await queryDatabase(fleet.master.url, "UPDATE _tenant_migrate_runs SET command = 'rollback' WHERE id = $1", [id]);
    const retry = await cli(['redo', ...fleetArgs(), '--retry-failed', id, '--json']);
    expect(retry.code, retry.stdout + retry.stderr).toBe(0);
    const retried: FleetReport = JSON.parse(retry.stdout);
    expect(retried.targets.map((target) => `${target.name} ${target.status}`)).toEqual(['tenant-2 applied', 'tenant-3 applied']);
  });
});
