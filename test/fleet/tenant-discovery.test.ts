/**
 * Which tenants a run takes: the default query leaves out rows that say they are inactive and
 * says how many; the rows of --tenants-query are taken as the query returns them.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fleetStatus, migrateFleet } from '../../src/fleet/index.js';
import { cli } from '../support/cli.js';
import { createTestDatabase, queryDatabase, type TestDatabase } from '../support/database.js';
import { addTenant, createDatabaseFleet, goose, ledgerRows, type TestFleet, writeMigrations } from './support/fleet.js';

let fleet: TestFleet;
let paused: TestDatabase;
let files: ReturnType<typeof writeMigrations>;

beforeAll(async () => {
  fleet = await createDatabaseFleet('discovery', 1);
  paused = await createTestDatabase('discovery_paused');
  await addTenant(fleet.master.url, 'paused', { databaseUrl: paused.url, active: false });
  files = writeMigrations({ 'tenant/001_items.sql': goose('CREATE TABLE items (id int);', 'DROP TABLE items;') });
});
afterAll(async () => {
  await Promise.all([fleet?.drop(), paused?.drop()]);
  files?.remove();
});

describe('tenant discovery', () => {
  it('the default query leaves inactive rows out and says how many', async () => {
    const result = await cli(['migrate', '--dir', files.dir, '--master-url', fleet.master.url, '--target', 'tenants']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('1 tenant row left out as inactive');
    const report = await fleetStatus({ dir: files.dir, masterUrl: fleet.master.url, target: 'tenants' });
    expect(report.targets.map((target) => target.name)).toEqual(['tenant-1']);
    expect(report.inactiveTenants).toBe(1);
    expect(await ledgerRows(paused.url).catch(() => 'no ledger')).toBe('no ledger');
  });

  it('--tenants-query rows are all taken: the query already chose them', async () => {
    const report = await migrateFleet({
      dir: files.dir,
      masterUrl: fleet.master.url,
      target: 'tenants',
      tenantsQuery: 'SELECT name, database_url, is_active FROM tenants ORDER BY id',
    });
    expect(report.targets.map((target) => [target.name, target.status])).toEqual([
      ['tenant-1', 'up-to-date'],
      ['paused', 'applied'],
    ]);
    expect(report.inactiveTenants).toBeUndefined();
    expect((await ledgerRows(paused.url)).map((row) => row.name)).toEqual(['001_items']);
  });

  it('a query whose columns say nowhere where tenants live is refused before the master runs, with the query that would', async () => {
    // goose fleets keep the URL as db_connection_string: no row is wrong, the column name is.
    const masterFile = writeMigrations({
      'master/001_plans.sql': goose('CREATE TABLE plans (id int);', 'DROP TABLE plans;'),
      'tenant/001_items.sql': goose('CREATE TABLE items (id int);', 'DROP TABLE items;'),
    });
    try {
      const result = await cli([
        'migrate',
        '--dir',
        masterFile.dir,
        '--master-url',
        fleet.master.url,
        '--tenants-query',
        'SELECT name, database_url AS db_connection_string FROM tenants',
      ]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(
        'the tenants query returns the columns name, db_connection_string: none of them says where a tenant lives (database_url, database or schema) [TENANTS_BAD_ROW]',
      );
      expect(result.stderr).toContain(
        'hint: name the column in the query: --tenants-query "SELECT name, db_connection_string AS database_url FROM tenants"',
      );
      const { rows } = await queryDatabase(fleet.master.url, "SELECT to_regclass('public.plans') AS plans");
      expect(rows[0].plans).toBeNull();
    } finally {
      masterFile.remove();
    }
  });

  it('tenantsQuery in tenant-migrate.config.json is the query of every command; the flag wins; lint takes the file', async () => {
    const project = writeMigrations({ 'tenant/001_items.sql': goose('CREATE TABLE items (id int);', 'DROP TABLE items;') });
    try {
      const config = {
        tenantsQuery: "SELECT name, database_url AS db_connection_string, database_url AS url FROM tenants WHERE name = 'tenant-1'",
      };
      writeFileSync(join(project.dir, 'tenant-migrate.config.json'), JSON.stringify(config));
      const status = await cli(['status', '--dir', '.', '--master-url', fleet.master.url, '--json'], { cwd: project.dir });
      expect(status.code, status.stdout + status.stderr).toBe(0);
      expect(JSON.parse(status.stdout).targets.map((target: { name: string }) => target.name)).toEqual(['master', 'tenant-1']);
      const flag = await cli(
        ['status', '--dir', '.', '--master-url', fleet.master.url, '--json', '--tenants-query', 'SELECT name, database_url FROM tenants'],
        { cwd: project.dir },
      );
      expect(JSON.parse(flag.stdout).targets.map((target: { name: string }) => target.name)).toEqual(['master', 'tenant-1', 'paused']);
      const lint = await cli(['lint', '--dir', '.'], { cwd: project.dir });
      expect(lint.stderr).not.toContain('CONFIG_INVALID');
      writeFileSync(join(project.dir, 'tenant-migrate.config.json'), JSON.stringify({ tenantsQuery: 42 }));
      const bad = await cli(['status', '--dir', '.', '--master-url', fleet.master.url], { cwd: project.dir });
      expect(bad.stderr).toContain('tenant-migrate.config.json: tenantsQuery must be an SQL query (a non-empty string) [CONFIG_INVALID]');
    } finally {
      project.remove();
    }
  });

  it('an empty --tenants-query (an unset variable) is a usage error, not a fleet of none', async () => {
    const result = await cli(['migrate', '--dir', files.dir, '--master-url', fleet.master.url, '--tenants-query', '']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--tenants-query is ""; expected an SQL query that returns the tenants, not an empty text');
  });
});
