/**
 * A rollback of the master whose DOWN drops the tenants table (a goose fleet whose first
 * migration creates it, rolled back by `redo` or `down`) is refused: every tenant row would go,
 * and no later run could find the tenants. `--target master` says the user means it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tablesOfQuery } from '../../src/fleet/tenants-table-guard.js';
import { loadParser } from '../../src/sql/parser.js';
import { cli } from '../support/cli.js';
import { queryDatabase } from '../support/database.js';
import { createDatabaseFleet, goose, ledgerRows, TENANTS_TABLE, type TestFleet, tableExists, writeMigrations } from './support/fleet.js';

let fleet: TestFleet;
let files: ReturnType<typeof writeMigrations>;

beforeAll(async () => {
  fleet = await createDatabaseFleet('tguard', 2);
  files = writeMigrations({
    'master/001_tenants.sql': goose(`${TENANTS_TABLE.replace('CREATE TABLE', 'CREATE TABLE IF NOT EXISTS')};`, 'DROP TABLE tenants;'),
    'tenant/001_items.sql': goose('CREATE TABLE items (id int);', 'DROP TABLE items;'),
  });
  const migrated = await cli(['migrate', '--dir', files.dir, '--master-url', fleet.master.url]);
  expect(migrated.code, migrated.stdout + migrated.stderr).toBe(0);
});
afterAll(async () => {
  await fleet?.drop();
  files?.remove();
});

const rollback = (...args: string[]) => cli(['rollback', '--dir', files.dir, '--master-url', fleet.master.url, ...args]);
const tenantRows = async () => (await queryDatabase<{ name: string }>(fleet.master.url, 'SELECT name FROM tenants ORDER BY id')).rows;

describe('a rollback that would drop the tenants table', () => {
  it('is refused on the master, its rows kept; a dry run says so too', async () => {
    const dry = await rollback('--dry-run');
    expect(dry.code).toBe(1);
    expect(dry.stdout).toContain('ROLLBACK_DROPS_TENANTS');

    const result = await rollback('--json');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    const master = report.targets.find((target: { kind: string }) => target.kind === 'master');
    expect(master.status).toBe('failed');
    expect(master.error).toMatchObject({
      code: 'ROLLBACK_DROPS_TENANTS',
      migration: '001_tenants',
      message:
        'rolling back 001_tenants on the master drops table tenants, which lists the tenants: every tenant row would be lost, and no later run could find the tenants',
    });
    expect(master.error.hint).toBe(
      'roll back the tenants only (--target tenants); to drop the table all the same, roll back the master on its own (--target master)',
    );
    expect((await tenantRows()).map((row) => row.name)).toEqual(['tenant-1', 'tenant-2']);
    expect((await ledgerRows(fleet.master.url)).map((row) => row.name)).toEqual(['001_tenants']);
  });

  it("goose's redo: the master refuses, the tenants that rolled back are applied again", async () => {
    await cli(['migrate', '--dir', files.dir, '--master-url', fleet.master.url]);
    const result = await cli(['redo', '--dir', files.dir, '--master-url', fleet.master.url]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('ROLLBACK_DROPS_TENANTS');
    expect((await tenantRows()).map((row) => row.name)).toEqual(['tenant-1', 'tenant-2']);
    for (const tenant of fleet.tenants) {
      expect(await tableExists(tenant.url, 'items'), tenant.name).toBe(true);
      // Rolled back by redo's down (its up row replaced by a down row), then applied again by its up.
      const history = (await ledgerRows(tenant.url)).map((row) => `${row.direction} ${row.name}`);
      expect(history.slice(-2)).toEqual(['down 001_items', 'up 001_items']);
      expect(history.filter((row) => row.startsWith('up '))).toHaveLength(1);
    }
  });

  it('goes ahead with --target master: the user said so', async () => {
    const result = await rollback('--target', 'master');
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(await tableExists(fleet.master.url, 'tenants')).toBe(false);
  });

  it('knows the tables a custom tenants query reads', async () => {
    await loadParser();
    expect(tablesOfQuery(undefined)).toEqual(['tenants']);
    expect(tablesOfQuery('SELECT c.slug AS name, d.url AS database_url FROM app.customers c JOIN dbs d USING (id)').sort()).toEqual([
      'customers',
      'dbs',
    ]);
    expect(tablesOfQuery('SELECT (')).toEqual([]);
  });
});
