/**
 * The Action's run(port) in-process against a real fleet: the inputs each fleet option has in CI
 * (dry-run, tenant, lock-timeout, allow-drift...), the step failing whenever a target failed or
 * the run could not start, and a crash failing the step too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/action/main.js';
import { createDatabaseFleet, goose, type TestFleet, writeMigrations } from '../fleet/support/fleet.js';
import { recordingPort } from '../support/action-port.js';
import { queryDatabase } from '../support/database.js';

describe('the Action in-process: fleet inputs', () => {
  let fleet: TestFleet;
  let migrations: ReturnType<typeof writeMigrations>;
  const accounts = goose('CREATE TABLE IF NOT EXISTS accounts (id bigint);', 'DROP TABLE IF EXISTS accounts;');

  beforeAll(async () => {
    fleet = await createDatabaseFleet('action_inputs', 2);
    migrations = writeMigrations({
      'master/001_settings.sql': goose('CREATE TABLE IF NOT EXISTS settings (k text);', 'DROP TABLE IF EXISTS settings;'),
      'tenant/001_accounts.sql': accounts,
    });
  });
  afterAll(async () => {
    await fleet.drop();
    migrations.remove();
  });

  const deploy = async (inputs: Record<string, string>) => {
    const port = recordingPort({ command: 'deploy', 'migrations-dir': migrations.dir, 'master-db-url': fleet.master.url, ...inputs });
    await run(port);
    return port;
  };
  const tables = async (url: string) =>
    (await queryDatabase<{ name: string }>(url, "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'")).rows.map(
      (row) => row.name,
    );

  it('dry-run and tenant: plans for the one tenant named and changes nothing', async () => {
    const port = await deploy({ 'dry-run': 'true', tenant: 'tenant-2', 'lock-timeout': '5s', 'statement-timeout': '1min' });
    expect(port.failure).toBeUndefined();
    expect(port.outputs.applied).toBe('0');
    const report = JSON.parse(port.outputs.report);
    expect(report.dryRun).toBe(true);
    expect(report.targets.map((target: { name: string }) => target.name).sort()).toEqual(['master', 'tenant-2']);
    expect(report.targets.every((target: { status: string }) => target.status === 'planned')).toBe(true);
    expect(await tables(fleet.tenants[1].url)).not.toContain('accounts');
    expect(await tables(fleet.master.url)).not.toContain('settings');
  });

  it('refuses an input value it cannot take, naming the input, before connecting', async () => {
    const port = await deploy({ 'lock-timeout': 'soon' });
    expect(port.failure).toMatch(/input "lock-timeout" is "soon"; expected a duration like 500ms, 10s/);
    expect(port.outputs).toEqual({});
    const waits = await deploy({ 'lock-wait': 'long' });
    expect(waits.failure).toMatch(/input "lock-wait" is "long"/);
  });

  it('allow-drift lets a deploy go on past an applied file that changed', async () => {
    const first = await deploy({});
    expect(first.failure).toBeUndefined();
    expect(first.outputs.applied).toBe('3');
    migrations.write('tenant/001_accounts.sql', accounts.replace('(id bigint)', '(id bigint, name text)'));
    migrations.write(
      'tenant/002_invoices.sql',
      goose('CREATE TABLE IF NOT EXISTS invoices (id bigint);', 'DROP TABLE IF EXISTS invoices;'),
    );
    const refused = await deploy({});
    expect(refused.failure).toMatch(/tenant-migrate deploy: 2 target\(s\) failed/);
    expect(refused.outputs['failed-targets'].split(',').sort()).toEqual(['tenant-1', 'tenant-2']);
    const allowed = await deploy({ 'allow-drift': 'true' });
    expect(allowed.failure).toBeUndefined();
    expect(allowed.outputs.applied).toBe('2');
    expect(await tables(fleet.tenants[0].url)).toContain('invoices');
  });

  it('status fails the step when the master is unreachable (it passed before)', async () => {
    const port = recordingPort({
      command: 'status',
      'migrations-dir': migrations.dir,
      'master-db-url': 'postgresql://nobody:pw-xyz-1234@127.0.0.1:9/master',
      'connect-timeout': '2s',
    });
    await run(port);
    expect(port.failure).toBe(
      'tenant-migrate status: 1 target(s) could not be read: master; cannot reach 127.0.0.1:9/master: connect ECONNREFUSED 127.0.0.1:9',
    );
    expect(port.failure).not.toContain('pw-xyz-1234');
    expect(port.outputs['failed-targets']).toBe('master');
    const report = JSON.parse(port.outputs.report);
    expect(report.ok).toBe(false);
    expect(report.targets[0]).toMatchObject({ name: 'master', error: { code: 'CONNECT_FAILED' } });
    expect(port.summaryText).toContain('CONNECT_FAILED');
  });

  it('takes the master URL from MASTER_DB_URL of its environment when the input is empty, and fails on drift', async () => {
    const port = recordingPort({ command: 'status', 'migrations-dir': migrations.dir }, { env: { MASTER_DB_URL: fleet.master.url } });
    await run(port);
    expect(JSON.parse(port.outputs.report).targets).toHaveLength(3);
    // The tenants' 001 changed after it was applied (the allow-drift test): status says so, as the CLI exits 1.
    expect(port.failure).toBe('tenant-migrate status: 2 target(s) with drift or out-of-order versions: tenant-1, tenant-2');
  });
});

describe('the Action in-process: a crash', () => {
  it('is a failed step with the error, never a pass', async () => {
    const port = recordingPort({ command: 'status' });
    port.input = (name) => {
      if (name === 'target') throw new TypeError('the runner broke');
      return '';
    };
    await run(port);
    expect(port.failure).toMatch(/^tenant-migrate failed: TypeError: the runner broke/);
  });
});
