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
