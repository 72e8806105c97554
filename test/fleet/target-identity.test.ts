/**
 * One target per ledger. Two tenant rows that resolve to one ledger, or a tenant on the master's
 * own ledger, are refused before anything runs, naming both rows; the lock is keyed on the
 * resolved ledger; a ledger holding the other timeline's rows is refused, not called drift.
 * Before, migrate applied each migration twice through such rows and rollback stepped back twice.
 */
import { lookup } from 'node:dns/promises';
import { hostname } from 'node:os';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockKey } from '../../src/db/advisory-lock.js';
import { withDatabase } from '../../src/db/connection-url.js';
import { migrateFleet, rollbackFleet } from '../../src/fleet/index.js';
import { serverAliases } from '../../src/fleet/server-aliases.js';
import { ledgerIdentity } from '../../src/fleet/target-identity.js';
import { cli } from '../support/cli.js';
import { createTestDatabase, queryDatabase, type TestDatabase } from '../support/database.js';
import { addTenant, goose, ledgerRows, TENANTS_TABLE, tableExists, writeMigrations } from './support/fleet.js';

const FILES = {
  'master/001_plans.sql': goose('CREATE TABLE plans (id int);', 'DROP TABLE plans;'),
  'tenant/001_items.sql': goose('CREATE TABLE IF NOT EXISTS items (id int);', 'DROP TABLE IF EXISTS items;'),
  'tenant/002_counter.sql': goose(
    'CREATE TABLE IF NOT EXISTS counter (n int);\nINSERT INTO counter VALUES (1);',
    'DROP TABLE IF EXISTS counter;',
  ),
};

let master: TestDatabase;
let tenant: TestDatabase;
let files: ReturnType<typeof writeMigrations>;
beforeAll(async () => {
  [master, tenant] = await Promise.all([createTestDatabase('ident_m'), createTestDatabase('ident_t')]);
  files = writeMigrations(FILES);
});
afterAll(async () => {
  files?.remove();
  await Promise.all([master?.drop(), tenant?.drop()]);
});

async function reset() {
  await queryDatabase(master.url, 'DROP SCHEMA public CASCADE; CREATE SCHEMA public');
  await queryDatabase(tenant.url, 'DROP SCHEMA public CASCADE; CREATE SCHEMA public');
  await queryDatabase(master.url, TENANTS_TABLE);
}

describe('two rows on one ledger', () => {
  it('schema NULL and schema public on one database: refused before anything runs, naming both rows', async () => {
    await reset();
    await addTenant(master.url, 'acme', { databaseUrl: tenant.url });
    await addTenant(master.url, 'acme-public', { databaseUrl: tenant.url, schema: 'public' });
    const result = await cli(['migrate', '--dir', files.dir, '--master-url', master.url]);
    expect(result.code).toBe(1);
    const output = result.stdout + result.stderr;
    expect(output).toContain('[TENANTS_SAME_LEDGER]');
    expect(output).toMatch(
      /tenants acme \(no schema\) and acme-public \(schema public\) resolve to one ledger, public\._migration_versions in database tm_ident_t_/,
    );
    // Nothing ran: not even the master.
    expect(await tableExists(master.url, 'plans')).toBe(false);
    expect(await tableExists(tenant.url, '_migration_versions')).toBe(false);
  });

  it('two names with the same database, spelled differently (another user, the port, sslmode), are one ledger', async () => {
    await reset();
    const url = new URL(tenant.url);
    const respelled = `postgresql://someone_else@${url.hostname.toUpperCase()}:${url.port || 5432}${url.pathname}?sslmode=disable`;
    await addTenant(master.url, 'first', { databaseUrl: tenant.url });
    await addTenant(master.url, 'second', { databaseUrl: respelled });
    const report = migrateFleet({ dir: files.dir, masterUrl: master.url });
    await expect(report).rejects.toMatchObject({
      code: 'TENANTS_SAME_LEDGER',
      message: expect.stringContaining('first (no schema) and second (no schema)'),
    });
    expect(await tableExists(tenant.url, '_migration_versions')).toBe(false);
  });

  it('rollback is refused the same way, so it never steps back twice', async () => {
    await reset();
    await addTenant(master.url, 'acme', { databaseUrl: tenant.url });
    expect((await migrateFleet({ dir: files.dir, masterUrl: master.url })).ok).toBe(true);
    await addTenant(master.url, 'acme-public', { databaseUrl: tenant.url, schema: 'public' });
    await expect(rollbackFleet({ dir: files.dir, masterUrl: master.url, target: 'tenants' })).rejects.toMatchObject({
      code: 'TENANTS_SAME_LEDGER',
    });
    expect(await tableExists(tenant.url, 'items')).toBe(true);
    expect(await tableExists(tenant.url, 'counter')).toBe(true);
  });

  it("a tenant row on the master's own ledger is refused", async () => {
    await reset();
    await addTenant(master.url, 'oops', { databaseUrl: master.url });
    const result = await cli(['migrate', '--dir', files.dir, '--master-url', master.url]);
    expect(result.code).toBe(1);
    expect(result.stdout + result.stderr).toMatch(/tenant oops \(no schema\) resolves to the master's own ledger.*\[TENANT_IS_MASTER\]/s);
    expect(await tableExists(master.url, 'plans')).toBe(false);
    // A schema tenant of the master's database is its own ledger: accepted.
    await queryDatabase(master.url, 'DELETE FROM tenants; CREATE SCHEMA shop');
    await addTenant(master.url, 'shop', { schema: 'shop' });
    expect((await migrateFleet({ dir: files.dir, masterUrl: master.url })).ok).toBe(true);
  });
});

describe('two host names of one server', () => {
  // The machine's own name resolves to its loopback address here (/etc/hosts), as on most hosts.
  const loopbackName = async () => {
    const url = new URL(tenant.url);
    const addresses = (await lookup(hostname(), { all: true })).map((entry) => entry.address);
    return addresses.includes(url.hostname) ? hostname() : undefined;
  };

  it("the machine's name and 127.0.0.1 for one database are one ledger: refused before anything runs, naming both rows", async (context) => {
    const name = await loopbackName();
    if (!name) return context.skip();
    await reset();
    const url = new URL(tenant.url);
    const aliased = `postgresql://${url.username}${url.password ? `:${url.password}` : ''}@${name}:${url.port || 5432}${url.pathname}`;
    await addTenant(master.url, 'by-address', { databaseUrl: tenant.url });
    await addTenant(master.url, 'by-name', { databaseUrl: aliased });
    const result = await cli(['migrate', '--dir', files.dir, '--master-url', master.url]);
    expect(result.code).toBe(1);
    const output = result.stdout + result.stderr;
    expect(output).toContain('[TENANTS_SAME_LEDGER]');
    expect(output).toMatch(
      new RegExp(
        `tenants by-address \\(no schema\\) and by-name \\(no schema\\) resolve to one ledger, public\\._migration_versions in database tm_ident_t_\\w+ on (localhost|${url.hostname.replace(/\./g, '\\.')}):\\d+ \\(${name}:\\d+ is the same server: both host names resolve to one address\\)`,
      ),
    );
    expect(await tableExists(master.url, 'plans')).toBe(false);
    expect(await tableExists(tenant.url, '_migration_versions')).toBe(false);
    // status refuses the same way (it reads through the same listing).
    const status = await cli(['status', '--dir', files.dir, '--master-url', master.url]);
    expect(status.stdout + status.stderr).toContain('[TENANTS_SAME_LEDGER]');
    // ... and its summary line does not read as a clean fleet.
    expect(status.stdout).toMatch(/^status: .* -- FAILED: TENANTS_SAME_LEDGER$/m);
    expect(status.code).toBe(1);
  });

  it('resolution: two names sharing an address on one port are one server; another port, or no shared address, is not', async () => {
    const addresses: Record<string, string[]> = {
      'db.internal': ['10.0.0.5'],
      '10.0.0.5': ['10.0.0.5'],
      'replica.internal': ['10.0.0.6'],
      'gone.internal': [],
    };
    const resolve = async (host: string) => addresses[host] ?? [];
    const targets = [
      { url: 'postgresql://u@db.internal:5432/app' },
      { url: 'postgresql://u@10.0.0.5:5432/app' },
      { url: 'postgresql://u@10.0.0.5:6432/app' },
      { url: 'postgresql://u@replica.internal:5432/app' },
      { url: 'postgresql://u@gone.internal:5432/app' },
    ];
    const serverOf = await serverAliases(targets, resolve);
    expect(serverOf('10.0.0.5:5432')).toBe('db.internal:5432');
    expect(serverOf('10.0.0.5:6432')).toBe('10.0.0.5:6432');
    expect(serverOf('replica.internal:5432')).toBe('replica.internal:5432');
    expect(serverOf('gone.internal:5432')).toBe('gone.internal:5432');
    // Distinct databases: nothing to resolve, DNS is not asked.
    const asked: string[] = [];
    await serverAliases([{ url: 'postgresql://u@a.internal/one' }, { url: 'postgresql://u@b.internal/two' }], async (host) => {
      asked.push(host);
      return [];
    });
    expect(asked).toEqual([]);
  });
});

describe('the lock is keyed on the resolved ledger', () => {
  it("a row with schema public waits for the lock a row without a schema takes (and the old release's key)", async () => {
    await reset();
    await addTenant(master.url, 'acme', { databaseUrl: tenant.url, schema: 'public' });
    const holder = new pg.Client({ connectionString: tenant.url });
    await holder.connect();
    try {
      // What a deploy of the same database through a row without a schema holds.
      await holder.query('SELECT pg_advisory_lock($1, $2)', lockKey(undefined));
      const report = await migrateFleet({ dir: files.dir, masterUrl: master.url, target: 'tenants', lockWait: 0 });
      expect(report.targets[0].error).toMatchObject({ code: 'LOCK_TIMEOUT' });
      expect(await tableExists(tenant.url, 'items')).toBe(false);
    } finally {
      await holder.end();
    }
  });

  it('identity: host case, loopback names, default port, user and parameters do not matter; schema does', () => {
    const a = ledgerIdentity({ url: 'postgresql://u:pw@LOCALHOST/app' });
    expect(ledgerIdentity({ url: 'postgres://other@127.0.0.1:5432/app?sslmode=require' })).toEqual(a);
    expect(ledgerIdentity({ url: 'postgresql://u@localhost/app', schema: 'public' })).toEqual(a);
    expect(ledgerIdentity({ url: 'postgresql://u@localhost/app', schema: '  ' })).toEqual(a);
    expect(ledgerIdentity({ url: 'postgresql://u@localhost/app', schema: 'shop' })).not.toEqual(a);
    expect(ledgerIdentity({ url: 'postgresql://u@localhost:5433/app' })).not.toEqual(a);
    expect(ledgerIdentity({ url: withDatabase('postgresql://u@localhost/x', 'app') })).toEqual(a);
  });
});

describe('a ledger holding the other timeline', () => {
  it("a tenant ledger with the master's rows is refused with what the rows say, not reported as drift", async () => {
    await reset();
    await addTenant(master.url, 'acme', { databaseUrl: tenant.url });
    expect((await migrateFleet({ dir: files.dir, masterUrl: master.url, target: 'master' })).ok).toBe(true);
    // The tenant database was restored from a copy of the master.
    const rows = await ledgerRows(master.url);
    await queryDatabase(
      tenant.url,
      'CREATE TABLE _migration_versions (id bigserial PRIMARY KEY, version bigint, name text, direction text, applied_at timestamptz DEFAULT now(), scope text, checksum text, duration_ms int, applied_by text)',
    );
    for (const row of rows) {
      await queryDatabase(
        tenant.url,
        "INSERT INTO _migration_versions (version, name, direction, scope, checksum) VALUES ($1, $2, 'up', 'master', $3)",
        [row.version, row.name, row.checksum],
      );
    }
    const report = await migrateFleet({ dir: files.dir, masterUrl: master.url, target: 'tenants' });
    expect(report.targets[0].error).toMatchObject({
      code: 'LEDGER_OTHER_SCOPE',
      message: expect.stringContaining('holds master migrations (001_plans)'),
    });
    expect(await tableExists(tenant.url, 'items')).toBe(false);
    const status = await cli(['status', '--dir', files.dir, '--master-url', master.url, '--json']);
    expect(JSON.parse(status.stdout).targets.find((row: { name: string }) => row.name === 'acme').error.code).toBe('LEDGER_OTHER_SCOPE');
  });
});
