/**
 * tenant add from the library: a tenant added by migrations, by template, or as a schema ends
 * with the same catalog as one `migrate` made; an add interrupted half way finishes when run
 * again; two adds of one name at once: one wins, the other says so.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { CLI_TERMS } from '../../src/cli/terms.js';
import { withDatabase } from '../../src/db/connection-url.js';
import { migrateTenant, provisionTenant } from '../../src/fleet/index.js';
import { migrateFleet } from '../../src/fleet/run-fleet.js';
import type { TargetError } from '../../src/fleet/types.js';
import { loadMigrations } from '../../src/migrations/read-directory.js';
import { targetErrorInTerms } from '../../src/report/in-terms.js';
import { createTestDatabase, queryDatabase, type TestDatabase, uniqueName } from '../support/database.js';
import { addTenant, ledgerRows, TENANTS_TABLE, writeMigrations } from './support/fleet.js';
import {
  databaseFingerprint,
  dropDatabases,
  killSessions,
  schemaFingerprint,
  TENANT_FILES,
  tenantRows,
  withPassword,
} from './support/provisioning.js';

let master: TestDatabase;
let masterUrl: string;
let reference: TestDatabase;
const files = writeMigrations(TENANT_FILES);
const made: string[] = [];

/** A database name for a tenant, dropped after the file's tests. */
function databaseName(label: string): string {
  const name = uniqueName(`prov_${label}`);
  made.push(name);
  return name;
}

beforeAll(async () => {
  master = await createTestDatabase('prov_m');
  masterUrl = withPassword(master.url);
  made.push(`${master.name}_tenant_template`);
  await queryDatabase(master.url, TENANTS_TABLE);
  // The tenant every other one is compared with: created by hand, registered, migrated by migrate.
  reference = await createTestDatabase('prov_ref');
  await addTenant(master.url, 'reference', { databaseUrl: reference.url });
  await queryDatabase(master.url, 'CREATE SCHEMA ref_shop');
  await addTenant(master.url, 'reference-shop', { schema: 'ref_shop' });
  const report = await migrateFleet({ dir: files.dir, masterUrl: master.url, target: 'tenants' });
  expect(report.ok, JSON.stringify(report.targets.map((target) => target.error))).toBe(true);
});

afterAll(async () => {
  await dropDatabases(made);
  await reference?.drop();
  await master?.drop();
  files.remove();
});

describe('provisionTenant', () => {
  it('by migrations: creates the database, migrates it with its ledger, registers it; same catalog as migrate', async () => {
    const database = databaseName('mig');
    const events: string[] = [];
    const result = await provisionTenant({
      name: 'Acme Corp',
      master: masterUrl,
      dir: files.dir,
      database,
      onProgress: (event) => events.push(event.type === 'step' ? event.step : event.type),
    });
    expect(result.error).toBeUndefined();
    expect(result).toMatchObject({
      ok: true,
      status: 'created',
      kind: 'database',
      database,
      method: 'migrations',
      version: 5,
      registered: true,
    });
    expect(result.applied.map((step) => step.version)).toEqual([1, 2, 3, 4, 5]);
    expect(events).toEqual(expect.arrayContaining(['lock', 'check', 'create-database', 'migrate', 'migration-start', 'register']));
    const tenantUrl = withDatabase(masterUrl, database);
    expect(await databaseFingerprint(tenantUrl)).toEqual(await databaseFingerprint(reference.url));
    const ledger = await ledgerRows(tenantUrl);
    expect(ledger.map((row) => [row.version, row.direction])).toEqual([
      ['1', 'up'],
      ['2', 'up'],
      ['3', 'up'],
      ['4', 'up'],
      ['5', 'up'],
    ]);
    expect(ledger.map((row) => row.checksum)).toEqual((await ledgerRows(reference.url)).map((row) => row.checksum));
    const row = (await tenantRows(master.url)).find((candidate) => candidate.name === 'Acme Corp');
    expect(row).toMatchObject({ database_url: tenantUrl, schema: null, is_active: true });
    // The stored URL keeps its password; what the result shows never does.
    expect(JSON.stringify(result)).not.toContain(new URL(masterUrl).password);
    expect(result.url).toContain(':***@');

    // Registered like any tenant: migrate finds it, and finds it up to date.
    const again = await migrateTenant({ name: 'Acme Corp', master: masterUrl, dir: files.dir });
    expect(again).toMatchObject({ status: 'up-to-date', fromVersion: 5, toVersion: 5 });
  });

  it('by template: copies the template database (made on first use) and ends with the same catalog and ledger', async () => {
    const first = databaseName('tpl1');
    const second = databaseName('tpl2');
    const one = await provisionTenant({ name: 'tpl-one', master: masterUrl, dir: files.dir, database: first, template: true });
    expect(one.error).toBeUndefined();
    expect(one).toMatchObject({ ok: true, method: 'template', version: 5, applied: [] });
    expect(one.steps.map((step) => step.step)).toContain('refresh-template');
    const two = await provisionTenant({ name: 'tpl-two', master: masterUrl, dir: files.dir, database: second, template: true });
    expect(two).toMatchObject({ ok: true, method: 'template', version: 5, applied: [] });
    expect(two.steps.map((step) => step.step)).not.toContain('refresh-template');
    expect(two.steps.map((step) => step.step)).toContain('clone-template');
    for (const database of [first, second]) {
      const url = withDatabase(masterUrl, database);
      expect(await databaseFingerprint(url)).toEqual(await databaseFingerprint(reference.url));
      expect((await ledgerRows(url)).map((row) => row.checksum)).toEqual((await ledgerRows(reference.url)).map((row) => row.checksum));
    }
  });

  it('as a schema: built in one transaction, same catalog as a schema tenant migrate made', async () => {
    const result = await provisionTenant({ name: 'shop-new', master: masterUrl, dir: files.dir, schema: 'shop_new' });
    expect(result.error).toBeUndefined();
    expect(result).toMatchObject({ ok: true, kind: 'schema', schema: 'shop_new', method: 'migrations', version: 5, registered: true });
    expect(await schemaFingerprint(master.url, 'shop_new')).toEqual(await schemaFingerprint(master.url, 'ref_shop'));
    expect((await ledgerRows(master.url, 'shop_new')).length).toBe(5);
    expect((await tenantRows(master.url)).find((row) => row.name === 'shop-new')).toMatchObject({ schema: 'shop_new', database_url: null });
  });

  it('interrupted half way (the connection dies during a migration), then run again: finishes, same catalog', async () => {
    const database = databaseName('cut');
    // The same files, but 003 takes a second, long enough for the test to kill the session in it.
    const slow = writeMigrations({
      ...TENANT_FILES,
      'tenant/003_item_tags.sql': TENANT_FILES['tenant/003_item_tags.sql'].replace(
        'REFERENCES tags (id);',
        'REFERENCES tags (id);\nSELECT pg_sleep(1);',
      ),
    });
    onTestFinished(() => slow.remove());
    const cut = await provisionTenant({
      name: 'interrupted',
      master: masterUrl,
      dir: slow.dir,
      database,
      onProgress: (event) => {
        if (event.type === 'migration-start' && event.version === 3) void killSessions(withDatabase(masterUrl, database));
      },
    });
    expect(cut.ok).toBe(false);
    expect(cut.error?.code).toMatch(/CONNECTION_LOST|DATABASE_ERROR|MIGRATION_FAILED/);
    expect(cut.registered).toBe(false);
    expect((await tenantRows(master.url)).some((row) => row.name === 'interrupted')).toBe(false);

    const rerun = await provisionTenant({ name: 'interrupted', master: masterUrl, dir: slow.dir, database });
    expect(rerun.error).toBeUndefined();
    expect(rerun).toMatchObject({ ok: true, status: 'resumed', version: 5, registered: true });
    expect(await databaseFingerprint(withDatabase(masterUrl, database))).toEqual(await databaseFingerprint(reference.url));
  });

  it('by template, failing as its row is written, then run again: the copy is kept, migrated and registered', async () => {
    const database = databaseName('cutreg');
    await queryDatabase(master.url, "ALTER TABLE tenants ADD CONSTRAINT not_yet CHECK (name <> 'late-row')");
    const cut = await provisionTenant({ name: 'late-row', master: masterUrl, dir: files.dir, database, template: true });
    expect(cut).toMatchObject({ ok: false, registered: false, error: { code: 'DATABASE_ERROR' } });
    expect(cut.error?.message).toContain('not_yet');
    expect((await tenantRows(master.url)).some((row) => row.name === 'late-row')).toBe(false);
    await queryDatabase(master.url, 'ALTER TABLE tenants DROP CONSTRAINT not_yet');

    const rerun = await provisionTenant({ name: 'late-row', master: masterUrl, dir: files.dir, database, template: true });
    expect(rerun.error).toBeUndefined();
    expect(rerun).toMatchObject({ ok: true, status: 'resumed', version: 5, registered: true });
    expect(rerun.steps.map((step) => step.step)).not.toContain('clone-template');
    expect(await databaseFingerprint(withDatabase(masterUrl, database))).toEqual(await databaseFingerprint(reference.url));
  });

  it('two adds of one name at once: one wins, the other says so; one row, one database', async () => {
    const database = databaseName('race');
    const results = await Promise.all(
      [1, 2].map(() => provisionTenant({ name: 'racer', master: masterUrl, dir: files.dir, database, template: true })),
    );
    const winners = results.filter((result) => result.ok);
    const losers = results.filter((result) => !result.ok);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(losers[0].error?.code).toMatch(/^(TENANT_BUSY|TENANT_EXISTS)$/);
    expect(losers[0].error?.message).toContain('racer');
    expect((await tenantRows(master.url)).filter((row) => row.name === 'racer')).toHaveLength(1);
  });

  it("takes the application's pg.Pool: borrows one client, gives it back holding no lock", async () => {
    const parsed = new URL(masterUrl);
    const pool = new pg.Pool({
      host: parsed.hostname,
      port: Number(parsed.port),
      user: decodeURIComponent(parsed.username),
      password: decodeURIComponent(parsed.password),
      database: master.name,
      max: 1, // one connection: the add (and a template refresh) must make do with it
    });
    onTestFinished(() => pool.end());
    const database = databaseName('pool');
    const result = await provisionTenant({ name: 'from-pool', master: pool, dir: files.dir, database, template: true });
    expect(result.error).toBeUndefined();
    expect(result).toMatchObject({ ok: true, method: 'template', version: 5, registered: true });
    expect(JSON.stringify(result)).not.toContain(parsed.password);
    const row = (await tenantRows(master.url)).find((candidate) => candidate.name === 'from-pool');
    expect(row?.database_url).toBe(withDatabase(masterUrl, database));
    // The one client went back to the pool without the add's advisory locks.
    expect(pool.totalCount).toBeGreaterThan(0);
    const { rows } = await pool.query("SELECT count(*)::int AS held FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()");
    expect(rows[0].held).toBe(0);
    const migrated = await migrateTenant({ name: 'from-pool', master: pool, dir: files.dir });
    expect(migrated).toMatchObject({ status: 'up-to-date', toVersion: 5 });
  });

  it('takes the migrations loaded once (loadMigrations), as an application holds them', async () => {
    const set = await loadMigrations(files.dir);
    const result = await provisionTenant({ name: 'preloaded', master: masterUrl, dir: set, schema: 'pre_shop' }); // as long as ref_shop: the fingerprint cuts long qualified names
    expect(result.error).toBeUndefined();
    expect(result).toMatchObject({ ok: true, version: 5 });
    expect(await schemaFingerprint(master.url, 'pre_shop')).toEqual(await schemaFingerprint(master.url, 'ref_shop'));
  });

  it('a name already registered: TENANT_EXISTS, nothing changed', async () => {
    const result = await provisionTenant({ name: 'reference', master: masterUrl, dir: files.dir });
    expect(result).toMatchObject({ ok: false, status: 'failed', error: { code: 'TENANT_EXISTS' } });
  });

  it('a database another tenant uses: TENANT_PLACE_TAKEN', async () => {
    const result = await provisionTenant({ name: 'squatter', master: masterUrl, dir: files.dir, database: reference.name });
    expect(result).toMatchObject({ ok: false, error: { code: 'TENANT_PLACE_TAKEN' } });
    expect(result.error?.message).toContain('reference');
  });

  it('bad input is an error value and touches nothing', async () => {
    const bad = await provisionTenant({ name: 'x', master: masterUrl, dir: files.dir, database: 'no spaces allowed' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_OPTION' } });
    const both = await provisionTenant({ name: 'x', master: masterUrl, dir: files.dir, schema: 's', template: true });
    expect(both).toMatchObject({ ok: false, error: { code: 'BAD_OPTION' } });
    const custom = await provisionTenant({ name: 'x', master: masterUrl, dir: files.dir, tenantsQuery: 'SELECT * FROM tenants' });
    expect(custom).toMatchObject({ ok: false, error: { code: 'BAD_OPTION' } });
    // The option is data (issue 11): the library says the registerQuery option, the CLI --register-query.
    expect(custom.error?.message).toContain('the registerQuery option');
    expect(targetErrorInTerms(custom.error as TargetError, CLI_TERMS).message).toContain('--register-query');
    expect((await tenantRows(master.url)).some((row) => row.name === 'x')).toBe(false);
  });

  it('derives a valid database name from the tenant name', async () => {
    const name = `Über Shop ${uniqueName('n').slice(-8)}`;
    const result = await provisionTenant({ name, master: masterUrl, dir: files.dir });
    if (result.database) made.push(result.database);
    expect(result.error).toBeUndefined();
    expect(result.database).toMatch(/^uber_shop_[a-z0-9_]+$/);
  });
});
