/**
 * Sessions shared per database and the connection budget: schema tenants of one database run on
 * the same connection one after the other, and whatever a tenant's migration leaves in the
 * session (settings, a role, a temporary table, its lock) is gone for the next tenant. A server
 * (here: a role) whose connection limit is below the concurrency still gets every tenant migrated.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockKey } from '../../src/db/advisory-lock.js';
import { withDatabase } from '../../src/db/connection-url.js';
import { migrateFleet } from '../../src/fleet/index.js';
import {
  adminQuery,
  createTestDatabase,
  dropTestDatabase,
  queryDatabase,
  serverUrl,
  type TestDatabase,
  uniqueName,
} from '../support/database.js';
import {
  addTenant,
  createDatabaseFleet,
  createSchemaFleet,
  goose,
  TENANTS_TABLE,
  type TestFleet,
  writeMigrations,
} from './support/fleet.js';

describe('a shared session between schema tenants', () => {
  let fleet: TestFleet;
  let files: ReturnType<typeof writeMigrations>;
  beforeAll(async () => {
    fleet = await createSchemaFleet('shared', 3);
    files = writeMigrations({
      // Only shop_1 changes its session, in ways the executor's own settings reset does not cover.
      'tenant/001_change_session.sql': goose(
        `DO $$ BEGIN
  IF current_schema() = 'shop_1' THEN
    PERFORM set_config('TimeZone', 'Pacific/Apia', false);
    PERFORM set_config('work_mem', '7777kB', false);
    PERFORM set_config('application_name', 'changed-by-shop-1', false);
    CREATE TEMP TABLE probe (id int);
  END IF;
END $$;`,
      ),
      'tenant/002_probe.sql': goose(
        `CREATE TABLE probe AS SELECT pg_backend_pid() AS pid, current_setting('TimeZone') AS time_zone,
  current_setting('work_mem') AS work_mem, current_setting('application_name') AS application_name,
  (SELECT count(*)::int FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()) AS advisory_locks,
  to_regclass('pg_temp.probe') IS NOT NULL AS temp_table_seen;`,
      ),
    });
  });
  afterAll(async () => {
    await fleet?.drop();
    files?.remove();
  });

  it('the next tenant on the same connection starts from a clean session', async () => {
    const { rows: defaults } = await queryDatabase<{ time_zone: string; work_mem: string }>(
      fleet.master.url,
      "SELECT current_setting('TimeZone') AS time_zone, current_setting('work_mem') AS work_mem",
    );
    const report = await migrateFleet({
      dir: files.dir,
      masterUrl: fleet.master.url,
      target: 'tenants',
      concurrency: 1,
      maxConnections: 1,
    });
    expect(report.targets.map((target) => [target.name, target.status, target.error?.message])).toEqual([
      ['shop-1', 'applied', undefined],
      ['shop-2', 'applied', undefined],
      ['shop-3', 'applied', undefined],
    ]);
    const probes = [];
    for (const schema of ['shop_1', 'shop_2', 'shop_3']) {
      const { rows } = await queryDatabase(fleet.master.url, `SELECT * FROM ${schema}.probe`);
      probes.push(rows[0]);
    }
    // One connection served all three tenants...
    expect(new Set(probes.map((probe) => probe.pid)).size).toBe(1);
    // ...shop_1 saw its own changes (the probe table it created went to its schema, the temp one shadowed nothing)...
    expect(probes[0]).toMatchObject({ time_zone: 'Pacific/Apia', work_mem: '7777kB', application_name: 'changed-by-shop-1' });
    // ...and the tenants after it did not: settings, application_name, temporary tables and shop_1's lock are gone.
    for (const probe of probes.slice(1)) {
      expect(probe).toMatchObject({
        time_zone: defaults[0].time_zone,
        work_mem: defaults[0].work_mem,
        application_name: 'tenant-migrate',
        advisory_locks: 1,
        temp_table_seen: false,
      });
    }
  });
});

describe('a connection limit below the concurrency', () => {
  const role = uniqueName('limited');
  const password = 'limited-pass';
  const databases: string[] = [];
  let masterUrl: string;
  let files: ReturnType<typeof writeMigrations>;
  beforeAll(async () => {
    // Superusers ignore CONNECTION LIMIT: the fleet belongs to a plain role limited to 3 connections.
    await adminQuery(`CREATE ROLE ${role} LOGIN PASSWORD '${password}' CONNECTION LIMIT 3`);
    const asRole = new URL(serverUrl());
    asRole.username = role;
    asRole.password = password;
    const names = [`${role}_m`, ...Array.from({ length: 8 }, (_, index) => `${role}_t${index + 1}`)];
    for (const name of names) {
      await adminQuery(`CREATE DATABASE "${name}" OWNER ${role}`);
      databases.push(name);
    }
    masterUrl = withDatabase(asRole.toString(), names[0]);
    await queryDatabase(masterUrl, TENANTS_TABLE);
    for (const [index, name] of names.slice(1).entries()) {
      await addTenant(masterUrl, `tenant-${index + 1}`, { databaseUrl: withDatabase(asRole.toString(), name) });
    }
    files = writeMigrations({
      'tenant/001_items.sql': goose('CREATE TABLE items (id int PRIMARY KEY);\nSELECT pg_sleep(0.05);'),
      'tenant/002_tags.sql': goose('CREATE TABLE tags (id int PRIMARY KEY);'),
    });
  });
  afterAll(async () => {
    for (const name of databases) await dropTestDatabase(name);
    await adminQuery(`DROP ROLE IF EXISTS ${role}`);
    files?.remove();
  });

  it('the derived budget keeps within the limit: every tenant migrated, none failed', async () => {
    const report = await migrateFleet({ dir: files.dir, masterUrl, target: 'tenants', concurrency: 8 });
    expect(report.targets.filter((target) => target.status !== 'applied').map((target) => target.error?.message)).toEqual([]);
    expect(report.targets).toHaveLength(8);
  });

  it('--max-connections above the limit: the refused connects wait for a slot instead of failing tenants', async () => {
    for (const name of databases.slice(1)) {
      await adminQuery('DROP TABLE IF EXISTS items, tags, _migration_versions', [], withDatabase(serverUrl(), name));
    }
    const report = await migrateFleet({ dir: files.dir, masterUrl, target: 'tenants', concurrency: 8, maxConnections: 8 });
    expect(report.targets.filter((target) => target.status !== 'applied').map((target) => target.error?.message)).toEqual([]);
    expect(report.targets).toHaveLength(8);
  });

  it('one slot left for the role: the run record gives it up while the run goes, says so, records the run once it ended, and every tenant is migrated on it', async () => {
    for (const name of databases.slice(1)) {
      await adminQuery('DROP TABLE IF EXISTS items, tags, _migration_versions', [], withDatabase(serverUrl(), name));
    }
    // The application holds two of the role's three slots.
    const application = await Promise.all(
      [0, 1].map(async () => {
        const client = new pg.Client({ connectionString: masterUrl });
        await client.connect();
        return client;
      }),
    );
    try {
      const report = await migrateFleet({ dir: files.dir, masterUrl, target: 'tenants', concurrency: 32 });
      expect(report.targets.filter((target) => target.status !== 'applied').map((target) => target.error?.message)).toEqual([]);
      expect(report.targets).toHaveLength(8);
      // Recorded once the targets were done and their sessions closed (trial A P10): --retry-failed
      // must not take an older run for this one.
      expect(report.runId).toBeDefined();
      expect(report.recordWarning).toMatch(/not recorded: .*last free slot of the role's CONNECTION LIMIT \(3 of 3 in use\)/);
      expect(report.recordWarning).toMatch(/^the run was recorded once it ended/);
    } finally {
      await Promise.all(application.map((client) => client.end()));
    }
  });
});

describe('the pending check', () => {
  let fleet: TestFleet;
  let files: ReturnType<typeof writeMigrations>;
  beforeAll(async () => {
    fleet = await createSchemaFleet('pending', 3);
    files = writeMigrations({ 'tenant/001_items.sql': goose('CREATE TABLE items (id int PRIMARY KEY);') });
  });
  afterAll(async () => {
    await fleet?.drop();
    files?.remove();
  });

  it('a tenant with nothing pending takes no lock: a held lock does not stop it, and a tenant with work waits for it', async () => {
    expect((await migrateFleet({ dir: files.dir, masterUrl: fleet.master.url, target: 'tenants' })).ok).toBe(true);
    files.write('tenant/002_tags.sql', goose('CREATE TABLE tags (id int PRIMARY KEY);'));
    await migrateFleet({ dir: files.dir, masterUrl: fleet.master.url, target: 'tenants', tenants: ['shop-1', 'shop-2'] });
    // Another deploy holds every tenant's lock; only shop-3 still has 002 to apply.
    const holder = new pg.Client({ connectionString: fleet.master.url });
    await holder.connect();
    try {
      for (const tenant of fleet.tenants) await holder.query('SELECT pg_advisory_lock($1, $2)', lockKey(tenant.schema));
      const report = await migrateFleet({ dir: files.dir, masterUrl: fleet.master.url, target: 'tenants', lockWait: 0 });
      expect(report.targets.map((target) => [target.name, target.status, target.error?.code])).toEqual([
        ['shop-1', 'up-to-date', undefined],
        ['shop-2', 'up-to-date', undefined],
        ['shop-3', 'failed', 'LOCK_TIMEOUT'],
      ]);
    } finally {
      await holder.end();
    }
  });
});

describe('ledgers read in batches while their tenants run, within a budget smaller than the batches', () => {
  // 1,100 schemas: three batches of one database, each read on a session of its own, while the
  // tenants whose batch is in already lease sessions to migrate. Two sessions in all.
  const COUNT = 1_100;
  let master: TestDatabase;
  let files: ReturnType<typeof writeMigrations>;
  beforeAll(async () => {
    master = await createTestDatabase('batches_m');
    await queryDatabase(master.url, TENANTS_TABLE);
    const schemas = Array.from({ length: COUNT }, (_, index) => `t${index + 1}`);
    await queryDatabase(master.url, `DO $$ BEGIN ${schemas.map((schema) => `CREATE SCHEMA ${schema};`).join(' ')} END $$`);
    await queryDatabase(master.url, 'INSERT INTO tenants (name, schema) SELECT unnest($1::text[]), unnest($1::text[])', [schemas]);
    files = writeMigrations({ 'tenant/001_marker.sql': goose('CREATE TABLE marker (id int);') });
  });
  afterAll(async () => {
    await master?.drop();
    files?.remove();
  });

  it('every tenant is migrated and none waits for ever on a session kept for the tenants to come', async () => {
    expect((await migrateFleet({ dir: files.dir, masterUrl: master.url, target: 'tenants', record: false })).ok).toBe(true);
    files.write('tenant/002_second.sql', goose('CREATE TABLE second (id int);'));
    const report = await migrateFleet({
      dir: files.dir,
      masterUrl: master.url,
      target: 'tenants',
      concurrency: 8,
      maxConnections: 2,
      record: false,
    });
    expect(report.ok).toBe(true);
    expect(report.targets.filter((target) => target.status === 'applied' && target.toVersion === 2)).toHaveLength(COUNT);
    const { rows } = await queryDatabase<{ n: number }>(
      master.url,
      "SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'second' AND schemaname LIKE 't%'",
    );
    expect(rows[0].n).toBe(COUNT);
  }, 120_000);
});

describe('a target that waits for a free connection', () => {
  let fleet: TestFleet;
  let files: ReturnType<typeof writeMigrations>;
  beforeAll(async () => {
    fleet = await createDatabaseFleet('waits', 2);
    files = writeMigrations({ 'tenant/001_slow.sql': goose('CREATE TABLE slow (id int);\nSELECT pg_sleep(0.6);') });
  });
  afterAll(async () => {
    await fleet?.drop();
    files?.remove();
  });

  it('its time is its own work; the wait for the session is reported apart', async () => {
    // One connection for two tenant databases: the second tenant waits for the first to finish.
    const report = await migrateFleet({
      dir: files.dir,
      masterUrl: fleet.master.url,
      target: 'tenants',
      concurrency: 2,
      maxConnections: 1,
    });
    expect(report.targets.map((target) => target.status)).toEqual(['applied', 'applied']);
    for (const target of report.targets) expect(target.durationMs).toBeGreaterThanOrEqual(600);
    const waited = report.targets.filter((target) => target.sessionWaitMs !== undefined);
    expect(waited).toHaveLength(1);
    expect(waited[0].sessionWaitMs).toBeGreaterThanOrEqual(500);
    // Its own time is its own sleep's worth, not the wait (the other's sleep at least) plus its own.
    expect(waited[0].durationMs).toBeLessThan(waited[0].sessionWaitMs! + 600);
  });
});
