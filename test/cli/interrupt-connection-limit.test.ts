/**
 * An interrupt while targets wait for a connection slot (trial A, P0): the role's CONNECTION
 * LIMIT, or --max-connections, below the concurrency. The run used to print its partial report
 * and never exit: the leases waiting for the budget got their connections after the interrupt
 * and one of them stayed open, idle, for ever (holding one of the role's few slots). Now the
 * real binary exits 130 or 143 right after the report, and the library call leaves no session.
 * The fleet belongs to a plain role: superusers ignore CONNECTION LIMIT.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { withDatabase } from '../../src/db/connection-url.js';
import { migrateFleet } from '../../src/fleet/index.js';
import { addTenant, goose, TENANTS_TABLE, writeMigrations } from '../fleet/support/fleet.js';
import { adminQuery, dropTestDatabase, queryDatabase, serverUrl, uniqueName } from '../support/database.js';

const bin = join(inject('actionDir'), 'dist', 'cli.js');
const role = uniqueName('fleet_interrupt');
const password = 'fleet-interrupt-pass';
const databases: string[] = [];
const running = new Set<ChildProcess>();
let asRole: string;
let masterUrl: string;
/** Every tenant's migration sleeps a minute: the signal always finds two running and the rest waiting for a slot. */
const files = writeMigrations({
  'tenant/001_slow.sql': goose('CREATE TABLE slow_made (id int);\nSELECT pg_sleep(60);', 'DROP TABLE slow_made;'),
});

beforeAll(async () => {
  await adminQuery(`CREATE ROLE ${role} LOGIN PASSWORD '${password}' CONNECTION LIMIT 3`);
  const url = new URL(serverUrl());
  url.username = role;
  url.password = password;
  asRole = url.toString();
  const master = `${role}_m`;
  await adminQuery(`CREATE DATABASE "${master}" OWNER ${role}`);
  databases.push(master);
  masterUrl = withDatabase(asRole, master);
  await queryDatabase(masterUrl, TENANTS_TABLE);
  // Ten schema tenants in the master database, and six database tenants (inactive until a test wants them).
  for (let index = 1; index <= 10; index++) {
    await queryDatabase(masterUrl, `CREATE SCHEMA shop_${index}`);
    await addTenant(masterUrl, `shop-${index}`, { schema: `shop_${index}` });
  }
  for (let index = 1; index <= 6; index++) {
    const name = `${role}_t${index}`;
    await adminQuery(`CREATE DATABASE "${name}" OWNER ${role}`);
    databases.push(name);
    await addTenant(masterUrl, `cust-${index}`, { databaseUrl: withDatabase(asRole, name), active: false });
  }
});
afterAll(async () => {
  for (const child of running) child.kill('SIGKILL');
  for (const name of databases) await dropTestDatabase(name);
  await adminQuery(`DROP ROLE IF EXISTS ${role}`);
  files.remove();
});

function start(args: string[]) {
  const child = spawn(process.execPath, [bin, 'migrate', '--dir', files.dir, '--master-url', masterUrl, '--target', 'tenants', ...args], {
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
  return { child, exited };
}

/** The role's tenant-migrate sessions now, by state and query. */
async function roleSessions(): Promise<Array<{ state: string; query: string }>> {
  const { rows } = await adminQuery<{ state: string; query: string }>(
    "SELECT state, query FROM pg_stat_activity WHERE usename = $1 AND application_name LIKE 'tenant-migrate%'",
    [role],
  );
  return rows;
}

async function sleeping(): Promise<number> {
  return (await roleSessions()).filter((session) => session.state === 'active' && session.query.includes('pg_sleep')).length;
}

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

/** The exit, or 'still running' once `ms` have passed since the signal. */
function exitWithin(run: ReturnType<typeof start>, ms: number) {
  return Promise.race([run.exited, sleep(ms).then(() => 'still running' as const)]);
}

async function resetTenants(): Promise<void> {
  for (let index = 1; index <= 10; index++) await queryDatabase(masterUrl, `DROP TABLE IF EXISTS shop_${index}._migration_versions`);
  for (const name of databases.slice(1)) await adminQuery('DROP TABLE IF EXISTS _migration_versions', [], withDatabase(serverUrl(), name));
}

describe('an interrupt while targets wait for a connection slot', () => {
  it('SIGINT with --max-connections below --concurrency: the report, then exit 130 within seconds, no session left', async () => {
    const run = start(['--concurrency', '8', '--max-connections', '2']);
    await waitFor(async () => (await sleeping()) === 2, 'two tenants to sleep in 001_slow while the others wait for a slot');
    run.child.kill('SIGINT');
    const exited = await exitWithin(run, 10_000);
    expect(exited).not.toBe('still running');
    const { code, stdout, stderr } = exited as Awaited<typeof run.exited>;
    expect(code, stderr).toBe(130);
    expect(stdout).toMatch(/10 targets, 2 interrupted, 8 not started; .* -- INTERRUPTED by SIGINT/);
    // Nothing of the run is left on the server (the process is gone; its backends end with it).
    await waitFor(async () => (await roleSessions()).length === 0, 'the run’s sessions to end', 5_000);
    await resetTenants();
  });

  it("SIGTERM with the role's CONNECTION LIMIT below the default concurrency: exit 143 within seconds", async () => {
    await queryDatabase(masterUrl, "UPDATE tenants SET is_active = name LIKE 'cust-%'");
    try {
      const run = start([]);
      await waitFor(async () => (await sleeping()) >= 1, 'a tenant to sleep in 001_slow while the others wait for a slot');
      run.child.kill('SIGTERM');
      const exited = await exitWithin(run, 10_000);
      expect(exited).not.toBe('still running');
      const { code, stdout, stderr } = exited as Awaited<typeof run.exited>;
      expect(code, stderr).toBe(143);
      expect(stdout).toMatch(/6 targets, .*-- INTERRUPTED by SIGTERM/);
      await waitFor(async () => (await roleSessions()).length === 0, 'the run’s sessions to end', 5_000);
    } finally {
      await queryDatabase(masterUrl, "UPDATE tenants SET is_active = name LIKE 'shop-%'");
      await resetTenants();
    }
  });

  it('the library call returns with every session of its pool closed: none waits for a slot or stays idle after it', async () => {
    const controller = new AbortController();
    const result = migrateFleet({
      dir: files.dir,
      masterUrl,
      target: 'tenants',
      concurrency: 8,
      maxConnections: 2,
      record: false,
      signal: controller.signal,
    });
    await waitFor(async () => (await sleeping()) === 2, 'two tenants to sleep in 001_slow while the others wait for a slot');
    controller.abort();
    const report = await result;
    expect(report.interrupted).toEqual({ signal: 'an abort signal' });
    expect(report.targets.filter((target) => target.status === 'applied')).toEqual([]);
    // The two that ran were interrupted; the ones waiting for a slot never had a session: not started.
    expect(report.targets.filter((target) => target.status === 'failed').map((target) => target.error?.code)).toEqual([
      'INTERRUPTED',
      'INTERRUPTED',
    ]);
    expect(report.targets.filter((target) => target.status === 'skipped' && target.error?.code === 'INTERRUPTED')).toHaveLength(8);
    // The same process is still alive: what its pool left open would show here, idle after DISCARD ALL.
    await waitFor(async () => (await roleSessions()).length === 0, 'the pool’s sessions to close', 5_000);
    // And nothing opens later, from a lease that was waiting for a slot when the run was interrupted.
    await sleep(1_500);
    expect(await roleSessions()).toEqual([]);
    await resetTenants();
  });
});
