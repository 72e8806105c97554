/**
 * `tenant add NAME --schema S --database D` (new-user trial): a schema tenant in a database other
 * than the master's. The tenants table takes a database (URL) and a schema on one row, and
 * migrate and status already read such a row as that schema in that database: tenant add makes
 * the schema there (not in the master), migrates it, and writes both on the row.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withDatabase } from '../../src/db/connection-url.js';
import { goose, ledgerRows, TENANTS_TABLE, tableExists, writeMigrations } from '../fleet/support/fleet.js';
import { tenantRows, withPassword } from '../fleet/support/provisioning.js';
import { cli } from '../support/cli.js';
import { adminQuery, createTestDatabase, queryDatabase, type TestDatabase } from '../support/database.js';

let master: TestDatabase;
let shared: TestDatabase;
let env: NodeJS.ProcessEnv;
const files = writeMigrations({
  'tenant/001_items.sql': goose('CREATE TABLE items (id int);', 'DROP TABLE items;'),
  'tenant/002_tags.sql': goose('CREATE TABLE tags (id int);', 'DROP TABLE tags;'),
});

beforeAll(async () => {
  master = await createTestDatabase('ff_tse_m');
  shared = await createTestDatabase('ff_tse_shared');
  env = { MASTER_DB_URL: withPassword(master.url), GOOSE_TABLE: '' };
  await queryDatabase(master.url, TENANTS_TABLE);
});
afterAll(async () => {
  files.remove();
  await shared?.drop();
  await master?.drop();
});

const run = (...args: string[]) => cli(['--dir', files.dir, ...args], { env });

async function schemaIn(url: string, schema: string): Promise<boolean> {
  return ((await adminQuery('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema], url)).rowCount ?? 0) > 0;
}

describe('tenant add --schema S --database D', () => {
  it('makes the schema in that database (a name on the master server, or a URL), migrates it, and registers both', async () => {
    const byName = await run('tenant', 'add', 'shop-a', '--schema', 'shop_a', '--database', shared.name);
    expect(byName.code, byName.stdout + byName.stderr).toBe(0);
    expect(byName.stdout).toContain(`tenant shop-a added: schema shop_a in postgresql://`);
    expect(byName.stdout).toContain(`/${shared.name}`);
    expect(byName.stdout).toMatch(/steps: .*create-schema/);
    expect(`${byName.stdout}${byName.stderr}`).not.toContain('Sw0rdfish');

    const sharedUrl = withPassword(shared.url);
    const byUrl = await run('tenant', 'add', 'shop-b', '--schema', '--database', sharedUrl, '--json');
    expect(byUrl.code, byUrl.stdout + byUrl.stderr).toBe(0);
    expect(JSON.parse(byUrl.stdout)).toMatchObject({ ok: true, kind: 'schema', schema: 'shop_b', database: shared.name, version: 2 });
    expect(byUrl.stdout).not.toContain('Sw0rdfish');

    // In the shared database, not the master's.
    for (const schema of ['shop_a', 'shop_b']) {
      expect(await schemaIn(shared.url, schema), schema).toBe(true);
      expect(await schemaIn(master.url, schema), schema).toBe(false);
      expect((await ledgerRows(shared.url, schema)).map((row) => row.name)).toEqual(['001_items', '002_tags']);
      expect(await tableExists(shared.url, 'items', schema)).toBe(true);
    }
    const rows = Object.fromEntries((await tenantRows(master.url)).map((row) => [row.name, row]));
    expect(rows['shop-a']).toMatchObject({ schema: 'shop_a', is_active: true });
    expect(rows['shop-a'].database_url).toBe(withDatabase(withPassword(master.url), shared.name));
    expect(rows['shop-b']).toMatchObject({ schema: 'shop_b', database_url: sharedUrl, is_active: true });

    const listed = await run('tenant', 'list');
    expect(listed.stdout).toMatch(new RegExp(`shop-a\\s+active\\s+schema\\s+shop_a in postgresql://\\S+/${shared.name}`));
  });

  it('status and migrate go to those schemas in that database; the place is taken once', async () => {
    const status = await run('status', '--target', 'tenants', '--json');
    expect(status.code, status.stdout + status.stderr).toBe(0);
    const byName = Object.fromEntries(JSON.parse(status.stdout).targets.map((row: { name: string }) => [row.name, row]));
    for (const name of ['shop-a', 'shop-b']) expect(byName[name]).toMatchObject({ currentVersion: 2, pending: 0 });

    files.write('tenant/003_notes.sql', goose('CREATE TABLE notes (id int);', 'DROP TABLE notes;'));
    const migrate = await run('migrate', '--target', 'tenants', '--json');
    expect(migrate.code, migrate.stdout + migrate.stderr).toBe(0);
    for (const target of JSON.parse(migrate.stdout).targets) expect(target).toMatchObject({ status: 'applied', toVersion: 3 });
    for (const schema of ['shop_a', 'shop_b']) expect(await tableExists(shared.url, 'notes', schema), schema).toBe(true);

    const taken = await run('tenant', 'add', 'shop-c', '--schema', 'shop_a', '--database', shared.name);
    expect(taken.code).toBe(1);
    expect(taken.stdout + taken.stderr).toContain('schema shop_a belongs to tenant shop-a');
    // The same schema name in the master's database is another place.
    const inMaster = await run('tenant', 'add', 'shop-c', '--schema', 'shop_a');
    expect(inMaster.code, inMaster.stdout + inMaster.stderr).toBe(0);
    expect(await schemaIn(master.url, 'shop_a')).toBe(true);
    expect((await tenantRows(master.url)).find((row) => row.name === 'shop-c')).toMatchObject({ schema: 'shop_a', database_url: null });
  });

  it('a database that does not exist, or a bad name, fails before anything is made', async () => {
    const missing = await run('tenant', 'add', 'shop-d', '--schema', 'shop_d', '--database', 'ff_tse_no_such_db');
    expect(missing.code).not.toBe(0);
    expect(missing.stdout + missing.stderr).toContain('ff_tse_no_such_db');
    const bad = await run('tenant', 'add', 'shop-d', '--schema', 'shop_d', '--database', 'no such db');
    expect(bad.code).toBe(2);
    expect(bad.stdout + bad.stderr).toContain('--database');
    expect((await tenantRows(master.url)).map((row) => row.name)).not.toContain('shop-d');
  });
});
