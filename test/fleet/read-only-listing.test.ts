/**
 * status and the tenant listing only read: --tenants-query "UPDATE ..." (or a writing CTE, or a
 * second statement after a COMMIT) changes nothing on the master and says why. Before, the query
 * ran as given: status updated the tenants table.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { queryDatabase } from '../support/database.js';
import { createDatabaseFleet, goose, type TestFleet, writeMigrations } from './support/fleet.js';

let fleet: TestFleet;
let files: ReturnType<typeof writeMigrations>;
beforeAll(async () => {
  fleet = await createDatabaseFleet('readonly', 1);
  files = writeMigrations({ 'tenant/001_items.sql': goose('CREATE TABLE items (id int);', 'DROP TABLE items;') });
});
afterAll(async () => {
  files?.remove();
  await fleet?.drop();
});

async function tenantNames(): Promise<string[]> {
  const { rows } = await queryDatabase<{ name: string }>(fleet.master.url, 'SELECT name FROM tenants ORDER BY id');
  return rows.map((row) => row.name);
}

describe('read-only tenant listing', () => {
  it.each([
    ['status', "UPDATE tenants SET name = 'hijacked' RETURNING name, database_url"],
    ['status', 'WITH gone AS (DELETE FROM tenants RETURNING *) SELECT name, database_url FROM gone'],
    ['migrate', "UPDATE tenants SET name = 'hijacked' RETURNING name, database_url"],
    ['status', "SELECT name, database_url FROM tenants; COMMIT; UPDATE tenants SET name = 'hijacked'"],
  ])('%s --tenants-query %s changes nothing', async (command, query) => {
    const result = await cli([
      command,
      '--dir',
      files.dir,
      '--master-url',
      fleet.master.url,
      '--target',
      'tenants',
      '--tenants-query',
      query,
    ]);
    expect(result.code).not.toBe(0);
    expect(await tenantNames()).toEqual(['tenant-1']);
    const { rows } = await queryDatabase<{ exists: boolean }>(fleet.databases[0].url, "SELECT to_regclass('items') IS NOT NULL AS exists");
    expect(rows[0].exists).toBe(false);
  });

  it('says the query tried to write and that nothing changed', async () => {
    const result = await cli([
      'status',
      '--dir',
      files.dir,
      '--master-url',
      fleet.master.url,
      '--tenants-query',
      "UPDATE tenants SET name = 'hijacked' RETURNING name, database_url",
    ]);
    const output = result.stdout + result.stderr;
    expect(output).toContain('[TENANTS_QUERY_WRITES]');
    expect(output).toContain('READ ONLY transaction and changed nothing');
  });

  it('a reading query still works, and status still reads every target', async () => {
    const result = await cli([
      'status',
      '--dir',
      files.dir,
      '--master-url',
      fleet.master.url,
      '--tenants-query',
      'SELECT name, database_url FROM tenants;',
    ]);
    expect(result.stdout).toMatch(/tenant-1\s+tenant/);
  });
});

describe('status reads the ledgers read-only', () => {
  it('a ledger that is a view over a writing function: status writes nothing there and says why it could not read it', async () => {
    const tenant = fleet.databases[0].url;
    const migrated = await cli(['migrate', '--dir', files.dir, '--master-url', fleet.master.url, '--target', 'tenants']);
    expect(migrated.code, migrated.stderr).toBe(0);
    // Each row read through the view writes one row to reads_log (an audit trigger-like function).
    await queryDatabase(
      tenant,
      `CREATE TABLE reads_log (at timestamptz);
       ALTER TABLE _migration_versions RENAME TO real_ledger;
       CREATE FUNCTION log_read() RETURNS boolean LANGUAGE plpgsql VOLATILE AS $$ BEGIN INSERT INTO reads_log VALUES (now()); RETURN true; END $$;
       CREATE VIEW _migration_versions AS SELECT * FROM real_ledger WHERE log_read();`,
    );
    try {
      const result = await cli(['status', '--dir', files.dir, '--master-url', fleet.master.url, '--target', 'tenants', '--json']);
      const report = JSON.parse(result.stdout);
      expect(report.targets[0].error.message).toMatch(/read-only transaction/);
      const { rows } = await queryDatabase<{ n: number }>(tenant, 'SELECT count(*)::int AS n FROM reads_log');
      expect(rows[0].n).toBe(0);
    } finally {
      await queryDatabase(
        tenant,
        'DROP VIEW _migration_versions; DROP FUNCTION log_read(); DROP TABLE reads_log; ALTER TABLE real_ledger RENAME TO _migration_versions;',
      );
    }
  });
});
