/**
 * The bundled Action on a push to main: deploy to a real PostgreSQL fleet (master + tenant
 * databases), one tenant broken; then status. The summary, outputs and logs are checked.
 */
import { rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withDatabase } from '../../src/db/connection-url.js';
import { eventFile, makeWorkspace, runAction } from '../support/action-runner.js';
import { adminQuery, queryDatabase, serverUrl, uniqueName } from '../support/database.js';

const goose = (up: string, down: string) => `-- +goose Up\n${up}\n\n-- +goose Down\n${down}\n`;
const files = {
  'migrations/master/001_create_tenants.sql': goose(
    'CREATE TABLE IF NOT EXISTS tenants (name TEXT PRIMARY KEY, database_url TEXT, active BOOLEAN NOT NULL DEFAULT TRUE);',
    'DROP TABLE IF EXISTS tenants;',
  ),
  'migrations/tenant/001_create_accounts.sql': goose(
    'CREATE TABLE IF NOT EXISTS accounts (id BIGSERIAL PRIMARY KEY);',
    'DROP TABLE IF EXISTS accounts;',
  ),
  'migrations/tenant/002_create_invoices.sql': goose(
    'CREATE TABLE IF NOT EXISTS invoices (id BIGSERIAL PRIMARY KEY, account_id BIGINT NOT NULL);',
    'DROP TABLE IF EXISTS invoices;',
  ),
};

/** What the runner shows: every line but the ::add-mask:: commands it consumes. */
const shown = (text: string) =>
  text
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');

describe('the Action: deploy and status on push', () => {
  const databases: string[] = [];
  let role: { name: string; password: string };
  let masterUrl: string;
  let workspace: ReturnType<typeof makeWorkspace>;
  const tenants = ['acme-corp', 'techstart'];

  beforeAll(async () => {
    role = { name: uniqueName('deploy_role'), password: `Dep-${Date.now()}-s3cret!` };
    await adminQuery(`CREATE ROLE ${role.name} LOGIN PASSWORD '${role.password}'`);
    const withRole = (database: string) => {
      const url = new URL(withDatabase(serverUrl(), database));
      url.username = role.name;
      url.password = role.password;
      return url.toString();
    };
    const master = uniqueName('deploy_master');
    databases.push(master);
    await adminQuery(`CREATE DATABASE ${master} OWNER ${role.name}`);
    masterUrl = withRole(master);
    const tenantUrls: Record<string, string> = {};
    for (const tenant of tenants) {
      const database = uniqueName(`deploy_${tenant.replace('-', '_')}`);
      databases.push(database);
      await adminQuery(`CREATE DATABASE ${database} OWNER ${role.name}`);
      tenantUrls[tenant] = withRole(database);
    }
    // The master's tenants table exists already (the app made it); one tenant's database is gone.
    await queryDatabase(masterUrl, 'CREATE TABLE tenants (name TEXT PRIMARY KEY, database_url TEXT, active BOOLEAN NOT NULL DEFAULT TRUE)');
    for (const tenant of tenants) await queryDatabase(masterUrl, 'INSERT INTO tenants VALUES ($1, $2, TRUE)', [tenant, tenantUrls[tenant]]);
    await queryDatabase(masterUrl, 'INSERT INTO tenants VALUES ($1, $2, TRUE)', ['broken-co', withRole(uniqueName('deploy_missing'))]);
    workspace = makeWorkspace({}, files);
  });

  afterAll(async () => {
    for (const database of databases) await adminQuery(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await adminQuery(`DROP ROLE IF EXISTS ${role.name}`);
    rmSync(workspace.dir, { recursive: true, force: true });
  });

  const run = (inputs: Record<string, string>) =>
    runAction({
      workspace: workspace.dir,
      eventName: 'push',
      eventPath: eventFile('push.main.json', workspace),
      sha: workspace.headSha,
      apiUrl: 'http://127.0.0.1:9', // deploy never calls the API
      inputs: { 'migrations-dir': 'migrations', 'master-db-url': masterUrl, ...inputs },
    });

  it('applies to the master and every reachable tenant, reports the broken one and fails the step', async () => {
    const result = await run({ command: 'deploy', concurrency: '4' });
    expect(result.code).toBe(1);
    expect(result.outputs['failed-targets']).toBe('broken-co');
    // master: 1 migration; two tenants: 2 each.
    expect(result.outputs.applied).toBe('5');
    const report = JSON.parse(result.outputs.report);
    expect(report.ok).toBe(false);
    const byName = Object.fromEntries(report.targets.map((target: { name: string }) => [target.name, target]));
    expect(byName['acme-corp'].status).toBe('applied');
    expect(byName.techstart.toVersion).toBe(2);
    expect(byName['broken-co'].status).toBe('failed');
    expect(result.summary).toContain('broken-co');
    expect(result.summary).toContain('acme-corp');
    expect(result.stdout).toMatch(/::error title=tenant-migrate deploy%3A broken-co::/);
    for (const tenant of tenants) {
      const url = report.targets.find((target: { name: string }) => target.name === tenant).url as string;
      expect(url).not.toContain(role.password);
    }
    // Every connection string's password was registered with the runner, and nothing shown holds it.
    expect(result.stdout).toContain(`::add-mask::${role.password}`);
    for (const text of [shown(result.stdout), result.stderr, result.summary, JSON.stringify(result.outputs)]) {
      expect(text).not.toContain(role.password);
      expect(text).not.toContain(encodeURIComponent(role.password));
    }
  });

  it('writes the version matrix as the job summary for status', async () => {
    const result = await run({ command: 'status' });
    const report = JSON.parse(result.outputs.report);
    const acme = report.targets.find((target: { name: string }) => target.name === 'acme-corp');
    expect(acme.currentVersion).toBe(2);
    expect(acme.pending).toBe(0);
    expect(result.summary).toContain('acme-corp');
    expect(result.outputs['failed-targets']).toBe('broken-co');
    expect(shown(result.stdout)).not.toContain(role.password);
  });
});

describe('the Action: deploy when things go wrong', () => {
  const databases: string[] = [];
  let role: { name: string; password: string };
  let master: { name: string; url: string };
  const withRole = (database: string) => {
    const url = new URL(withDatabase(serverUrl(), database));
    url.username = role.name;
    url.password = role.password;
    return url.toString();
  };

  beforeAll(async () => {
    role = { name: uniqueName('fail_role'), password: `Fail-${Date.now()}-s3cret!` };
    await adminQuery(`CREATE ROLE ${role.name} LOGIN PASSWORD '${role.password}'`);
    const name = uniqueName('fail_master');
    databases.push(name);
    await adminQuery(`CREATE DATABASE ${name} OWNER ${role.name}`);
    master = { name, url: withRole(name) };
  });
  afterAll(async () => {
    for (const database of databases) await adminQuery(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await adminQuery(`DROP ROLE IF EXISTS ${role.name}`);
  });

  const deploy = (workspace: ReturnType<typeof makeWorkspace>, masterUrl: string) =>
    runAction({
      workspace: workspace.dir,
      eventName: 'push',
      eventPath: eventFile('push.main.json', workspace),
      sha: workspace.headSha,
      apiUrl: 'http://127.0.0.1:9',
      inputs: { command: 'deploy', 'migrations-dir': 'migrations', 'master-db-url': masterUrl, concurrency: '4' },
    });
  const errorLines = (stdout: string) => stdout.split('\n').filter((line) => line.startsWith('::error'));

  it('still writes the summary and the outputs when the master cannot be reached, then fails', async () => {
    const closedPort = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as AddressInfo;
        server.close(() => resolve(port));
      });
    });
    const workspace = makeWorkspace({}, files);
    try {
      const url = new URL(master.url);
      url.port = String(closedPort);
      const result = await deploy(workspace, url.toString());
      expect(result.code).toBe(1);
      expect(result.outputs['failed-targets']).toBe('master');
      expect(result.outputs.applied).toBe('0');
      const report = JSON.parse(result.outputs.report);
      expect(report).toMatchObject({ ok: false, error: { code: 'CONNECT_FAILED' } });
      expect(result.summary).toContain('CONNECT_FAILED');
      expect(result.summary).toContain(`127.0.0.1:${closedPort}`);
      expect(errorLines(result.stdout)).toHaveLength(1);
      expect(result.stdout).toMatch(/::error::tenant-migrate deploy: error: cannot reach/);
      for (const text of [shown(result.stdout), result.stderr, result.summary, JSON.stringify(result.outputs)]) {
        expect(text).not.toContain(role.password);
      }
    } finally {
      rmSync(workspace.dir, { recursive: true, force: true });
    }
  });

  it('prints at most 10 error annotations for 15 failed tenants, one for those that failed at the same line', async () => {
    // Three schema tenants reach a migration that fails the same way; twelve tenants' databases are gone.
    const failing = {
      ...files,
      'migrations/tenant/002_create_invoices.sql': goose('SELECT 1 / 0;', 'SELECT 1;'),
    };
    const workspace = makeWorkspace({}, failing);
    await queryDatabase(master.url, 'CREATE TABLE tenants (name TEXT PRIMARY KEY, database_url TEXT, schema TEXT)');
    const gone = Array.from({ length: 12 }, (_, index) => `gone-${String(index).padStart(2, '0')}`);
    for (const name of gone)
      await queryDatabase(master.url, 'INSERT INTO tenants VALUES ($1, $2, NULL)', [name, withRole(uniqueName('gone'))]);
    for (const schema of ['s1', 's2', 's3']) {
      await queryDatabase(master.url, `CREATE SCHEMA ${schema}`);
      await queryDatabase(master.url, 'INSERT INTO tenants VALUES ($1, NULL, $1)', [schema]);
    }
    try {
      const result = await deploy(workspace, master.url);
      expect(result.code).toBe(1);
      expect(result.outputs['failed-targets'].split(',').sort()).toEqual([...gone, 's1', 's2', 's3'].sort());
      const errors = errorLines(result.stdout);
      expect(errors.length).toBeLessThanOrEqual(10);
      expect(errors.filter((line) => /3 tenants failed at migrations\/tenant\/002_create_invoices.sql:2/.test(line))).toHaveLength(1);
      expect(errors.at(-1)).toMatch(/^::error::tenant-migrate deploy: 15 target\(s\) failed/);
      for (const name of [...gone, 's1']) expect(result.summary).toContain(name);
    } finally {
      rmSync(workspace.dir, { recursive: true, force: true });
    }
  });
});
