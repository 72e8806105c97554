/**
 * The run record under a tight CONNECTION LIMIT (trial A, P10): a run that failed must never be
 * recorded as ok, a run whose record could not keep a session while it ran is recorded once it
 * ended (so `--retry-failed` never takes an older run for the last one), and `--retry-failed` of
 * a run that failed before it recorded any target refuses instead of retrying nothing with exit 0.
 * The fleet belongs to a plain role: superusers ignore CONNECTION LIMIT.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withDatabase } from '../../src/db/connection-url.js';
import { migrateFleet } from '../../src/fleet/index.js';
import { cli } from '../support/cli.js';
import { adminQuery, dropTestDatabase, queryDatabase, serverUrl, uniqueName } from '../support/database.js';
import { addTenant, goose, TENANTS_TABLE, writeMigrations } from './support/fleet.js';

const role = uniqueName('fleet_interrupt_rec');
const password = 'fleet-interrupt-rec-pass';
const databases: string[] = [];
let asRole: string;
let masterUrl: string;
const files = writeMigrations({ 'tenant/001_items.sql': goose('CREATE TABLE IF NOT EXISTS items (id int);', 'DROP TABLE items;') });

beforeAll(async () => {
  await adminQuery(`CREATE ROLE ${role} LOGIN PASSWORD '${password}' CONNECTION LIMIT 3`);
  const url = new URL(serverUrl());
  url.username = role;
  url.password = password;
  asRole = url.toString();
  for (const name of [`${role}_m`, `${role}_t1`, `${role}_t2`]) {
    await adminQuery(`CREATE DATABASE "${name}" OWNER ${role}`);
    databases.push(name);
  }
  masterUrl = withDatabase(asRole, databases[0]);
  await queryDatabase(masterUrl, TENANTS_TABLE);
  await addTenant(masterUrl, 'cust-1', { databaseUrl: withDatabase(asRole, databases[1]) });
  await addTenant(masterUrl, 'cust-2', { databaseUrl: withDatabase(asRole, databases[2]) });
  // A tenant row whose database does not exist: it fails every run.
  await addTenant(masterUrl, 'cust-bad', { databaseUrl: withDatabase(asRole, `${role}_missing`) });
});
afterAll(async () => {
  for (const name of databases) await dropTestDatabase(name);
  await adminQuery(`DROP ROLE IF EXISTS ${role}`);
  files.remove();
});

const common = () => ['--dir', files.dir, '--master-url', masterUrl, '--target', 'tenants'];

async function runsList(): Promise<Array<{ id: string; state: string; counts: Record<string, number> }>> {
  const listed = await cli(['runs', '--master-url', masterUrl, '--json']);
  expect(listed.code, listed.stderr).toBe(0);
  return JSON.parse(listed.stdout);
}

describe('the run record under a tight CONNECTION LIMIT', () => {
  it('a run whose record could not hold a slot while it ran is recorded once it ended, and --retry-failed retries it', async () => {
    // The application holds two of the role's three slots: the record's session would take the last one.
    const application = await Promise.all(
      [0, 1].map(async () => {
        const client = new pg.Client({ connectionString: masterUrl });
        await client.connect();
        return client;
      }),
    );
    let runId: string;
    try {
      const report = await migrateFleet({ dir: files.dir, masterUrl, target: 'tenants' });
      expect(report.ok).toBe(false);
      expect(report.targets.map((target) => [target.name, target.status, target.error?.code])).toEqual([
        ['cust-1', 'applied', undefined],
        ['cust-2', 'applied', undefined],
        ['cust-bad', 'failed', 'DATABASE_MISSING'],
      ]);
      expect(report.runId).toBeDefined();
      runId = report.runId!;
      expect(report.recordWarning).toMatch(
        /^the run was recorded once it ended \(while it ran it was not recorded: its session would hold the last free slot of the role's CONNECTION LIMIT \(3 of 3 in use\)/,
      );
    } finally {
      await Promise.all(application.map((client) => client.end()));
    }
    const [latest] = await runsList();
    expect(latest).toMatchObject({ id: runId, state: 'failed', counts: { applied: 2, failed: 1 } });
    // The last run is that one: --retry-failed (no id) runs only its failed tenant, and fails as it does.
    const retry = await cli(['migrate', ...common(), '--json', '--retry-failed']);
    expect(retry.code, retry.stderr).toBe(1);
    const retried = JSON.parse(retry.stdout);
    expect(retried.retryOf).toBe(runId);
    expect(retried.targets.map((target: { name: string; status: string }) => `${target.name} ${target.status}`)).toEqual([
      'cust-bad failed',
    ]);
  });

  it('a run that failed before it listed any target is recorded failed, and --retry-failed of it refuses (exit 1), not retries nothing', async () => {
    const failing = await cli(['migrate', ...common(), '--tenants-query', 'SELECT name, database_url FROM tenants WHERE 1 / 0 = 1']);
    expect(failing.code).toBe(1);
    const [latest] = await runsList();
    // Not "ok, no targets".
    expect(latest.state).toBe('failed');
    expect(latest.counts).toEqual({});
    const shown = await cli(['runs', 'show', latest.id, '--master-url', masterUrl, '--json']);
    expect(JSON.parse(shown.stdout).report.ok).toBe(false);

    const retry = await cli(['migrate', ...common(), '--retry-failed']);
    expect(retry.code).toBe(1);
    expect(retry.stdout + retry.stderr).toMatch(
      new RegExp(
        `the last migrate run, ${latest.id} \\(started [^)]+\\) failed before it recorded a target to retry: .*\\[RUN_NOT_RETRYABLE\\]`,
      ),
    );
    expect(retry.stdout + retry.stderr).toMatch(/run the command again without --retry-failed/);
    expect(retry.stdout + retry.stderr).not.toMatch(/retried the failed/);
  });
});
