/** Drift and out-of-order versions are refused; a goose-managed database is adopted without re-running anything. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_TERMS } from '../../src/cli/terms.js';
import { fleetStatus, migrateFleet, rollbackFleet } from '../../src/fleet/index.js';
import { renderText } from '../../src/messages.js';
import { cli } from '../support/cli.js';
import { createTestDatabase, queryDatabase, type TestDatabase } from '../support/database.js';
import { goose, ledgerRows, tableExists, writeMigrations } from './support/fleet.js';

const FIRST = goose('CREATE TABLE accounts (id int);', 'DROP TABLE accounts;');
const SECOND = goose('CREATE TABLE invoices (id int);', 'DROP TABLE invoices;');
const THIRD = goose('CREATE TABLE payments (id int);', 'DROP TABLE payments;');

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase('safety');
});
afterAll(async () => {
  await database?.drop();
});

async function freshSchema() {
  await queryDatabase(database.url, 'DROP SCHEMA public CASCADE; CREATE SCHEMA public');
}

describe('drift', () => {
  it('a changed applied file fails the target unless --allow-drift', async () => {
    await freshSchema();
    const files = writeMigrations({ 'master/001_accounts.sql': FIRST, 'master/002_invoices.sql': SECOND });
    try {
      expect((await migrateFleet({ dir: files.dir, masterUrl: database.url, target: 'master' })).ok).toBe(true);
      files.write('master/001_accounts.sql', goose('CREATE TABLE accounts (id bigint);', 'DROP TABLE accounts;'));
      files.write('master/003_payments.sql', THIRD);

      const refused = await cli(['migrate', '--dir', files.dir, '--master-url', database.url, '--target', 'master']);
      expect(refused.code).toBe(1);
      expect(refused.stdout).toContain('001_accounts changed after it was applied');
      expect(refused.stdout).toContain('[DRIFT]');
      expect(await tableExists(database.url, 'payments')).toBe(false);

      const status = await fleetStatus({ dir: files.dir, masterUrl: database.url, target: 'master' });
      expect(status.ok).toBe(false);
      expect(status.targets[0].drift).toEqual([{ version: 1, name: '001_accounts', kind: 'changed' }]);

      const allowed = await migrateFleet({ dir: files.dir, masterUrl: database.url, target: 'master', allowDrift: true });
      expect(allowed.targets[0].applied.map((step) => step.name)).toEqual(['003_payments']);
    } finally {
      files.remove();
    }
  });

  it('an applied file that vanished is drift too', async () => {
    await freshSchema();
    const files = writeMigrations({ 'master/001_accounts.sql': FIRST, 'master/002_invoices.sql': SECOND });
    try {
      await migrateFleet({ dir: files.dir, masterUrl: database.url, target: 'master' });
      const without = writeMigrations({ 'master/001_accounts.sql': FIRST, 'master/003_payments.sql': THIRD });
      try {
        const report = await migrateFleet({ dir: without.dir, masterUrl: database.url, target: 'master' });
        expect(report.targets[0].error).toMatchObject({ code: 'DRIFT' });
        expect(report.targets[0].error?.message).toContain('002_invoices (version 2) was applied but its file is gone');
        expect(await tableExists(database.url, 'payments')).toBe(false);
        const rollback = await rollbackFleet({ dir: without.dir, masterUrl: database.url, target: 'master', allowDrift: true });
        expect(rollback.targets[0].error?.code).toBe('ROLLBACK_FILE_MISSING');
      } finally {
        without.remove();
      }
    } finally {
      files.remove();
    }
  });
});

describe('a DOWN section added to an applied file', () => {
  it('is drift; the messages say to roll back once with --allow-drift, which works', async () => {
    await freshSchema();
    const files = writeMigrations({ 'master/001_accounts.sql': goose('CREATE TABLE accounts (id int);') });
    try {
      await migrateFleet({ dir: files.dir, masterUrl: database.url, target: 'master' });
      const noDown = await rollbackFleet({ dir: files.dir, masterUrl: database.url, target: 'master' });
      expect(noDown.targets[0].error).toMatchObject({ code: 'NO_DOWN_SECTION' });
      // The library names its own option; the CLI words the same hint with its flag.
      expect(noDown.targets[0].error?.hint).toContain('roll back once with the allowDrift option');
      expect(renderText(noDown.targets[0].error?.hintText ?? '', CLI_TERMS)).toContain('roll back once with --allow-drift');

      // Following the hint: add the DOWN section. The checksum changed, so a plain rollback is refused...
      files.write('master/001_accounts.sql', FIRST);
      const refused = await rollbackFleet({ dir: files.dir, masterUrl: database.url, target: 'master' });
      expect(refused.targets[0].error).toMatchObject({ code: 'DRIFT', migration: '001_accounts' });
      expect(refused.targets[0].error?.hint).toContain('run this rollback once with the allowDrift option');
      expect(renderText(refused.targets[0].error?.hintText ?? '', CLI_TERMS)).toContain('run this rollback once with --allow-drift');
      expect(await tableExists(database.url, 'accounts')).toBe(true);

      // ...and the rollback the hint names works, leaving nothing drifted behind.
      const rolled = await rollbackFleet({ dir: files.dir, masterUrl: database.url, target: 'master', allowDrift: true });
      expect(rolled.targets[0]).toMatchObject({ status: 'rolled-back', toVersion: null });
      expect(await tableExists(database.url, 'accounts')).toBe(false);
      const status = await fleetStatus({ dir: files.dir, masterUrl: database.url, target: 'master' });
      expect(status.targets[0]).toMatchObject({ drift: [], pending: 1 });
    } finally {
      files.remove();
    }
  });
});

describe('out of order', () => {
  it('a pending version older than the newest applied one is refused unless --allow-out-of-order', async () => {
    await freshSchema();
    const files = writeMigrations({ 'master/001_accounts.sql': FIRST, 'master/003_payments.sql': THIRD });
    try {
      await migrateFleet({ dir: files.dir, masterUrl: database.url, target: 'master' });
      files.write('master/002_invoices.sql', SECOND);
      const refused = await migrateFleet({ dir: files.dir, masterUrl: database.url, target: 'master' });
      expect(refused.ok).toBe(false);
      expect(refused.targets[0].error).toMatchObject({ code: 'OUT_OF_ORDER', migration: '002_invoices' });
      expect(refused.targets[0].error?.message).toContain('002_invoices is older than version 3');
      expect(await tableExists(database.url, 'invoices')).toBe(false);

      const status = await fleetStatus({ dir: files.dir, masterUrl: database.url, target: 'master' });
      expect(status.targets[0].outOfOrder).toEqual([2]);

      const allowed = await migrateFleet({ dir: files.dir, masterUrl: database.url, target: 'master', allowOutOfOrder: true });
      expect(allowed.targets[0]).toMatchObject({ status: 'applied', fromVersion: 3, toVersion: 3 });
      expect(await tableExists(database.url, 'invoices')).toBe(true);
    } finally {
      files.remove();
    }
  });
});

describe('adoption', () => {
  it('a goose-managed database: its applied versions count as applied, only the new one runs', async () => {
    await freshSchema();
    // What `goose up` leaves behind after 00001 and 00002, then a goose down and up of 00002.
    await queryDatabase(
      database.url,
      `CREATE TABLE goose_db_version (id serial PRIMARY KEY, version_id bigint NOT NULL, is_applied boolean NOT NULL, tstamp timestamp DEFAULT now());
       INSERT INTO goose_db_version (version_id, is_applied) VALUES (0, true), (1, true), (2, true), (2, false), (2, true);
       CREATE TABLE accounts (id int); CREATE TABLE invoices (id int);`,
    );
    // A flat goose directory, as goose users have it.
    const files = writeMigrations({ '00001_accounts.sql': FIRST, '00002_invoices.sql': SECOND, '00003_payments.sql': THIRD });
    try {
      const before = await fleetStatus({ dir: files.dir, masterUrl: database.url, target: 'master' });
      expect(before.targets[0]).toMatchObject({ managedBy: 'goose', currentVersion: 2, pending: 1 });

      const dry = await migrateFleet({ dir: files.dir, masterUrl: database.url, target: 'master', dryRun: true });
      expect(dry.targets[0].planned?.map((step) => step.name)).toEqual(['00003_payments']);
      expect(await tableExists(database.url, '_migration_versions')).toBe(false);

      const report = await migrateFleet({ dir: files.dir, masterUrl: database.url, target: 'master' });
      expect(report.ok).toBe(true);
      expect(report.targets[0]).toMatchObject({ status: 'applied', fromVersion: 2, toVersion: 3, adopted: [1, 2] });
      expect(report.targets[0].applied.map((step) => step.name)).toEqual(['00003_payments']);
      const rows = await ledgerRows(database.url);
      expect(rows.map((row) => [row.version, row.name, row.checksum === null])).toEqual([
        ['1', '00001_accounts', true],
        ['2', '00002_invoices', true],
        ['3', '00003_payments', false],
      ]);
      expect(rows[0].applied_by).toContain('goose');

      const again = await migrateFleet({ dir: files.dir, masterUrl: database.url, target: 'master' });
      expect(again.targets[0]).toMatchObject({ status: 'up-to-date', toVersion: 3 });
      expect(again.targets[0].adopted).toBeUndefined();

      // A version rolled back here stays rolled back even though goose's table still lists it.
      const rolled = await rollbackFleet({ dir: files.dir, masterUrl: database.url, target: 'master', steps: 2 });
      expect(rolled.targets[0].applied.map((step) => step.version)).toEqual([3, 2]);
      const after = await fleetStatus({ dir: files.dir, masterUrl: database.url, target: 'master' });
      expect(after.targets[0]).toMatchObject({ currentVersion: 1, pending: 2 });
    } finally {
      files.remove();
    }
  });

  it('a ledger the Python runner made (version, name, direction, applied_at) is kept and extended', async () => {
    await freshSchema();
    await queryDatabase(
      database.url,
      `CREATE TABLE _migration_versions (version varchar(20) NOT NULL, name text NOT NULL, direction varchar(4) NOT NULL DEFAULT 'up', applied_at timestamp DEFAULT now());
       INSERT INTO _migration_versions (version, name, direction) VALUES ('001', '001_accounts', 'up');
       CREATE TABLE accounts (id int);`,
    );
    const files = writeMigrations({ 'tenant/001_accounts.sql': FIRST, 'tenant/002_invoices.sql': SECOND });
    // The master is another database: a tenant on the master's own ledger is refused (TENANT_IS_MASTER).
    const master = await createTestDatabase('safety_master');
    try {
      // As a tenant of a one-tenant fleet whose master is elsewhere: only the tenant timeline here.
      const report = await migrateFleet({
        dir: files.dir,
        masterUrl: master.url,
        target: 'tenants',
        tenantsQuery: `SELECT 'legacy' AS name, '${database.url}' AS database_url`,
      });
      expect(report.ok).toBe(true);
      expect(report.targets[0]).toMatchObject({ name: 'legacy', fromVersion: 1, toVersion: 2 });
      const { rows } = await queryDatabase<{ version: string; name: string; direction: string }>(
        database.url,
        "SELECT version, name, direction FROM _migration_versions WHERE direction = 'up' ORDER BY version",
      );
      expect(rows).toEqual([
        { version: '001', name: '001_accounts', direction: 'up' },
        { version: '002', name: '002_invoices', direction: 'up' },
      ]);
      // Their own queries keep working: the newest version by text order is the newest one.
      const { rows: newest } = await queryDatabase<{ max: string }>(database.url, 'SELECT MAX(version) AS max FROM _migration_versions');
      expect(newest).toEqual([{ max: '002' }]);
    } finally {
      files.remove();
      await master.drop();
    }
  });
});
