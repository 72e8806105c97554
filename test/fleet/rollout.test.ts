/**
 * Staged rollouts on a real fleet: a failing canary touches no other tenant, waves halt or
 * continue, a failure budget stops new tenants mid-run, and the dry run shows the plan.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { queryDatabase } from '../support/database.js';
import { BASIC_FILES, createDatabaseFleet, type TestFleet, tableExists, writeMigrations } from './support/fleet.js';

let fleet: TestFleet;
let files: ReturnType<typeof writeMigrations>;
let project: string;
/** Tenants whose `tags` table already exists, so 002 fails on them. */
const BROKEN = ['tenant-2', 'tenant-3'];
const ORDERED = 'SELECT * FROM tenants ORDER BY id';

beforeAll(async () => {
  fleet = await createDatabaseFleet('rollout', 6);
  await queryDatabase(fleet.master.url, 'ALTER TABLE tenants ADD COLUMN tier text');
  await queryDatabase(
    fleet.master.url,
    "UPDATE tenants SET tier = CASE WHEN name IN ('tenant-1', 'tenant-2', 'tenant-3') THEN 'free' ELSE 'paid' END",
  );
  files = writeMigrations(BASIC_FILES);
  project = mkdtempSync(join(files.dir, 'project-'));
});
afterAll(async () => {
  await fleet?.drop();
  files?.remove();
});
beforeEach(async () => {
  for (const [index, tenant] of fleet.tenants.entries()) {
    await queryDatabase(tenant.url, 'DROP SCHEMA public CASCADE; CREATE SCHEMA public');
    if (BROKEN.includes(fleet.tenants[index].name)) await queryDatabase(tenant.url, 'CREATE TABLE tags (id int)');
  }
  await queryDatabase(fleet.master.url, 'DROP TABLE IF EXISTS plans, _migration_versions');
  writeConfig(undefined);
});

function writeConfig(rollout: unknown) {
  writeFileSync(join(project, 'tenant-migrate.config.json'), JSON.stringify(rollout === undefined ? {} : { rollout }));
}

const migrate = (...args: string[]) =>
  cli(['migrate', '--dir', files.dir, '--master-url', fleet.master.url, '--tenants-query', ORDERED, ...args], { cwd: project });

async function touched(): Promise<string[]> {
  const names: string[] = [];
  for (const tenant of fleet.tenants) if (await tableExists(tenant.url, '_migration_versions')) names.push(tenant.name);
  return names;
}

describe('canary', () => {
  it('a failing canary tenant: no other tenant is touched, each is reported not tried, exit 1', async () => {
    const result = await migrate('--canary', 'tenant-1,tenant-2', '--json');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(await touched()).toEqual(['tenant-1', 'tenant-2']);
    expect(await tableExists(fleet.master.url, 'plans')).toBe(true);
    const byName = Object.fromEntries(report.targets.map((target: { name: string }) => [target.name, target]));
    expect(byName['tenant-1']).toMatchObject({ status: 'applied', wave: 'canary' });
    expect(byName['tenant-2']).toMatchObject({ status: 'failed', wave: 'canary' });
    for (const name of ['tenant-3', 'tenant-4', 'tenant-5', 'tenant-6']) {
      expect(byName[name]).toMatchObject({ status: 'skipped', wave: 'rest', error: { code: 'CANARY_FAILED' } });
      expect(byName[name].error.message).toContain('canary tenant(s) failed (tenant-2), so no other tenant was touched');
    }
    expect(report.rollout.stopped).toMatchObject({ code: 'CANARY_FAILED', phase: 'canary' });
  });

  it('a passing canary, then the rest; the text report shows each phase', async () => {
    const result = await migrate('--canary', 'tenant-1', '--target', 'tenants');
    expect(result.code).toBe(1);
    expect(await touched()).toEqual(fleet.tenants.map((tenant) => tenant.name));
    expect(result.stdout).toMatch(/1\. canary\s+1 tenant; tenants tenant-1; on error halt\n\s+1 migrated/);
    expect(result.stdout).toMatch(/2\. rest\s+5 tenants; every tenant not in the canary\n\s+3 migrated, 2 failed/);
  });

  it('a bad --canary is a usage error that changes nothing', async () => {
    const result = await migrate('--canary', '0');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--canary 0: a canary of 0 tenants tests nothing');
    expect(await tableExists(fleet.master.url, 'plans')).toBe(false);
  });
});

describe('waves', () => {
  it('a wave that halts: the waves after it are not tried', async () => {
    writeConfig({
      waves: [
        { name: 'free', where: "tier = 'free'" },
        { name: 'paid', where: "tier = 'paid'" },
      ],
    });
    const result = await migrate('--target', 'tenants', '--json');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(await touched()).toEqual(['tenant-1', 'tenant-2', 'tenant-3']);
    const paid = report.targets.filter((target: { wave: string }) => target.wave === 'paid');
    expect(paid.map((target: { name: string }) => target.name)).toEqual(['tenant-4', 'tenant-5', 'tenant-6']);
    for (const target of paid) {
      expect(target).toMatchObject({ status: 'skipped', error: { code: 'WAVE_HALTED' } });
      expect(target.error.message).toContain('wave free had 2 failure(s) (tenant-2, tenant-3) and halts the rollout');
    }
  });

  it('a wave that continues: the next wave runs anyway; its own concurrency applies', async () => {
    writeConfig({
      waves: [
        { name: 'free', where: "tier = 'free'", onError: 'continue', concurrency: 1 },
        { name: 'paid', where: "tier = 'paid'" },
      ],
    });
    const result = await migrate('--target', 'tenants', '--json');
    expect(result.code).toBe(1);
    expect(await touched()).toEqual(fleet.tenants.map((tenant) => tenant.name));
    const report = JSON.parse(result.stdout);
    expect(report.rollout.stopped).toBeUndefined();
    expect(report.rollout.phases.map((phase: { name: string; concurrency?: number }) => [phase.name, phase.concurrency])).toEqual([
      ['free', 1],
      ['paid', undefined],
    ]);
  });

  it('runs show tells the waves as they ran: selection, concurrency, onError, and where the rollout stopped', async () => {
    writeConfig({
      waves: [
        { name: 'free', where: "tier = 'free'", onError: 'continue', concurrency: 1 },
        { name: 'paid', where: "tier = 'paid'" },
      ],
    });
    const live = JSON.parse((await migrate('--target', 'tenants', '--json', '--max-failures', '0')).stdout);
    expect(live.rollout.stopped.code).toBe('FAILURE_BUDGET_SPENT');
    const shown = await cli(['runs', 'show', live.runId, '--json', '--master-url', fleet.master.url], { cwd: project });
    const recorded = JSON.parse(shown.stdout).report.rollout;
    expect(
      recorded.phases.map((phase: { name: string; selection: string; onError: string; concurrency?: number }) => [
        phase.name,
        phase.selection,
        phase.onError,
        phase.concurrency,
      ]),
    ).toEqual(
      live.rollout.phases.map((phase: { name: string; selection: string; onError: string; concurrency?: number }) => [
        phase.name,
        phase.selection,
        phase.onError,
        phase.concurrency,
      ]),
    );
    expect(recorded.phases[0]).toMatchObject({ name: 'free', onError: 'continue', concurrency: 1, selection: "where tier = 'free'" });
    expect(recorded.budget).toEqual(live.rollout.budget);
    expect(recorded.stopped).toEqual(live.rollout.stopped);
    const text = await cli(['runs', 'show', live.runId, '--master-url', fleet.master.url], { cwd: project });
    expect(text.stdout).toContain("where tier = 'free'; on error continue; concurrency 1");
    expect(text.stdout).not.toContain('recorded: tenant-migrate runs show');
  });

  it('--wave runs one wave; the dry run lists each wave and its tenants and changes nothing', async () => {
    writeConfig({
      waves: [
        { name: 'first', tenants: ['tenant-4'] },
        { name: 'free', where: "tier = 'free'" },
      ],
    });
    const dry = await migrate('--dry-run', '--target', 'tenants');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/1\. first\s+1 tenant; tenants tenant-4; on error halt\n\s+tenant-4\n/);
    expect(dry.stdout).toMatch(/2\. free\s+3 tenants; where tier = 'free'; on error halt\n\s+tenant-1, tenant-2, tenant-3\n/);
    expect(dry.stdout).toMatch(/3\. rest\s+2 tenants; tenants in no other wave\n\s+tenant-5, tenant-6\n/);
    expect(await touched()).toEqual([]);
    const one = await migrate('--wave', 'rest', '--target', 'tenants');
    expect(one.code).toBe(0);
    expect(await touched()).toEqual(['tenant-5', 'tenant-6']);
    expect(one.stdout).toContain('wave rest only (4 tenant(s) of other waves not in this run)');
  });

  it('a wave condition that fails on the master stops the run before anything changes', async () => {
    writeConfig({ waves: [{ name: 'bad', where: 'no_such_column = 1' }] });
    const result = await migrate();
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('wave bad: its condition failed on the master: column "no_such_column" does not exist');
    expect(await tableExists(fleet.master.url, 'plans')).toBe(false);
    expect(await touched()).toEqual([]);
  });

  it('a wave condition cannot write: it runs read-only', async () => {
    await queryDatabase(
      fleet.master.url,
      'CREATE OR REPLACE FUNCTION tm_write() RETURNS boolean LANGUAGE sql AS $$ UPDATE tenants SET tier = NULL; SELECT true $$',
    );
    writeConfig({ waves: [{ name: 'sneaky', where: 'tm_write()' }] });
    const result = await migrate('--dry-run');
    expect(result.stderr).toContain('cannot execute UPDATE in a read-only transaction');
    const { rows } = await queryDatabase(fleet.master.url, 'SELECT count(*)::int AS n FROM tenants WHERE tier IS NULL');
    expect(rows[0].n).toBe(0);
  });

  it('an invalid wave in the config is a usage error (exit 2)', async () => {
    writeConfig({ waves: [{ name: 'a', tenants: [], onError: 'halt' }] });
    const result = await migrate('--dry-run');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'tenant-migrate.config.json: rollout.waves[0] (wave a) "tenants" must be a non-empty list of tenant names',
    );
  });
});

describe('failure budget', () => {
  it('spent mid-run: no new tenant starts, the rest are reported not tried, exit 1', async () => {
    const result = await migrate('--target', 'tenants', '--concurrency', '1', '--max-failures', '1', '--json');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    // tenant-2 fails (1, within the budget), tenant-3 fails (2 > 1): tenant-4.. never start.
    expect(await touched()).toEqual(['tenant-1', 'tenant-2', 'tenant-3']);
    expect(report.targets.map((target: { status: string }) => target.status)).toEqual([
      'applied',
      'failed',
      'failed',
      'skipped',
      'skipped',
      'skipped',
    ]);
    expect(report.targets[3].error.code).toBe('FAILURE_BUDGET_SPENT');
    // Worded without the CLI flag (issue 11): the Action's reports show the same message.
    expect(report.targets[3].error.message).toBe('not tried: the failure budget of 1 is spent (2 failed, 1 allowed)');
    expect(report.rollout.budget).toEqual({ spec: '1', maxFailures: 1 });
  });

  it('--retry-failed keeps the failure budget of the run it retries, unless given its own', async () => {
    const first = JSON.parse((await migrate('--target', 'tenants', '--concurrency', '1', '--max-failures', '0', '--json')).stdout);
    expect(first.targets.map((target: { status: string }) => target.status)).toEqual(['applied', 'failed', ...Array(4).fill('skipped')]);
    // tenant-2 still fails: the retry stops there again instead of running on through the fleet.
    const retry = JSON.parse((await migrate('--target', 'tenants', '--concurrency', '1', '--retry-failed', '--json')).stdout);
    expect(retry.retryOf).toBe(first.runId);
    expect(retry.rollout.budget).toEqual({ spec: '0', maxFailures: 0 });
    expect(retry.targets.map((target: { name: string; status: string }) => `${target.name} ${target.status}`)).toEqual([
      'tenant-2 failed',
      'tenant-3 skipped',
      'tenant-4 skipped',
      'tenant-5 skipped',
      'tenant-6 skipped',
    ]);
    const own = JSON.parse(
      (await migrate('--target', 'tenants', '--concurrency', '1', '--retry-failed', '--max-failures', '5', '--json')).stdout,
    );
    expect(own.rollout.budget).toEqual({ spec: '5', maxFailures: 5 });
    expect(own.targets.filter((target: { status: string }) => target.status === 'applied')).toHaveLength(3);
  });

  it('a budget the run stays within changes nothing: every tenant is tried', async () => {
    const result = await migrate('--target', 'tenants', '--concurrency', '1', '--max-failures', '40%');
    expect(result.code).toBe(1);
    expect(await touched()).toEqual(fleet.tenants.map((tenant) => tenant.name));
    expect(result.stdout).toContain('failure budget 2 (--max-failures 40%)');
  });
});

describe('the job summary', () => {
  it('draws the rollout above the tables: the master, then each phase, a failed one red, one not tried grey', async () => {
    const result = await migrate('--canary', 'tenant-1,tenant-2', '--format', 'markdown');
    expect(result.code).toBe(1);
    const flow = /```mermaid\nflowchart LR\n {2}(.*)\n/.exec(result.stdout)?.[1];
    expect(flow).toBeDefined();
    const nodes = (flow as string).split(' --> ');
    expect(nodes).toHaveLength(3);
    expect(nodes[0]).toBe('m["master<br/>applied"]:::ok');
    expect(nodes[1]).toMatch(/^p0\["canary<br\/>[^"]*1 failed[^"]*"\]:::failed$/);
    expect(nodes[2]).toMatch(/^p1\["rest<br\/>[^"]*4 not tried[^"]*"\]:::skipped$/);
    expect(result.stdout.indexOf('flowchart LR')).toBeLessThan(result.stdout.indexOf('| `tenant-3`'));
  });
});

describe('--claim workers in a rollout', () => {
  /** Two identical workers on one run, side by side. */
  const workers = (id: string, query: string, ...args: string[]) =>
    Promise.all(
      [1, 2].map(() =>
        cli(
          ['migrate', '--dir', files.dir, '--master-url', fleet.master.url, '--tenants-query', query, '--claim', '--run-id', id].concat([
            '--target',
            'tenants',
            '--json',
            ...args,
          ]),
          { cwd: project },
        ),
      ),
    );

  it('a failing canary stops every worker: no tenant outside the canary is touched', async () => {
    const results = await workers(`claim-canary-${Date.now()}`, ORDERED, '--canary', 'tenant-1,tenant-2');
    expect(results.map((result) => result.code)).toEqual([1, 1]);
    expect(await touched()).toEqual(['tenant-1', 'tenant-2']);
  });

  it("the failure budget counts every worker's failures, not each worker's own", async () => {
    // The two broken tenants come first. Each worker alone stays within a budget of 1 (one
    // failure each) and would go on to every other tenant; together they spend it.
    const brokenFirst = `SELECT * FROM tenants ORDER BY name NOT IN ('tenant-2', 'tenant-3'), id`;
    const results = await workers(`claim-budget-${Date.now()}`, brokenFirst, '--concurrency', '1', '--max-failures', '1');
    expect(results.map((result) => result.code)).toEqual([1, 1]);
    const outcomes = results.flatMap((result) => JSON.parse(result.stdout).targets as Array<{ name: string; status: string }>);
    const failed = outcomes.filter((target) => target.status === 'failed').map((target) => target.name);
    expect(failed.sort()).toEqual(BROKEN);
    // A worker may have one tenant in flight when the other's failure spends the budget; the
    // rest are never started by either.
    const untouched = ['tenant-1', 'tenant-4', 'tenant-5', 'tenant-6'].filter(
      (name) => !outcomes.some((t) => t.name === name && t.status === 'applied'),
    );
    expect(untouched.length).toBeGreaterThanOrEqual(3);
    expect((await touched()).filter((name) => untouched.includes(name))).toEqual([]);
  });
});

describe('rollback', () => {
  it('a failing canary on rollback leaves the other tenants and the master as they were', async () => {
    for (const name of BROKEN) {
      const tenant = fleet.tenants.find((item) => item.name === name)!;
      await queryDatabase(tenant.url, 'DROP TABLE tags');
    }
    expect((await migrate()).code).toBe(0);
    // tenant-1 cannot roll back 003: a view depends on its column.
    await queryDatabase(fleet.tenants[0].url, 'CREATE VIEW item_tag AS SELECT tag_id FROM items');
    const result = await cli(['rollback', '--dir', files.dir, '--master-url', fleet.master.url, '--canary', 'tenant-1', '--json'], {
      cwd: project,
    });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.targets.find((target: { name: string }) => target.name === 'master').error.code).toBe('TENANTS_FAILED');
    for (const tenant of fleet.tenants.slice(1)) {
      const { rows } = await queryDatabase(tenant.url, 'SELECT count(*)::int AS n FROM _migration_versions');
      expect(rows[0].n).toBe(3);
    }
    expect(await tableExists(fleet.master.url, 'plans')).toBe(true);
  });
});
