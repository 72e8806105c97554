/**
 * `tenant add|remove|list`, `tenant template refresh`, and what migrate does for new tenants
 * (`--create-missing`, keeping the template in step), run as a user runs them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordingIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/main.js';
import { withDatabase } from '../../src/db/connection-url.js';
import { addTenant, goose, ledgerRows, TENANTS_TABLE, writeMigrations } from '../fleet/support/fleet.js';
import { databaseFingerprint, dropDatabases, TENANT_FILES, tenantRows, withPassword } from '../fleet/support/provisioning.js';
import { cli } from '../support/cli.js';
import { adminQuery, createTestDatabase, queryDatabase, type TestDatabase, uniqueName } from '../support/database.js';

let master: TestDatabase;
let masterUrl: string;
let reference: TestDatabase;
const files = writeMigrations(TENANT_FILES);
const made: string[] = [];
let env: NodeJS.ProcessEnv;

const run = (...args: string[]) => cli(['--dir', files.dir, ...args], { env });

function databaseName(label: string): string {
  const name = uniqueName(`cli_${label}`);
  made.push(name);
  return name;
}

beforeAll(async () => {
  master = await createTestDatabase('tcli_m');
  masterUrl = withPassword(master.url);
  env = { MASTER_DB_URL: masterUrl };
  made.push(`${master.name}_tenant_template`);
  await queryDatabase(master.url, TENANTS_TABLE);
  reference = await createTestDatabase('tcli_ref');
  await addTenant(master.url, 'reference', { databaseUrl: reference.url });
  const migrated = await run('migrate', '--target', 'tenants');
  expect(migrated.code, migrated.stderr + migrated.stdout).toBe(0);
});

afterAll(async () => {
  await dropDatabases(made);
  await reference?.drop();
  await master?.drop();
  files.remove();
});

describe('tenant add, list, remove', () => {
  it('a failed add says its database stays, and how to finish or discard it', async () => {
    const database = databaseName('broken');
    const broken = writeMigrations({
      'tenant/001_items.sql': goose('CREATE TABLE items (id int);', 'DROP TABLE items;'),
      'tenant/002_needs_baseline.sql': goose('ALTER TABLE accounts ADD COLUMN note text;', 'SELECT 1;'),
    });
    try {
      const result = await cli(['--dir', broken.dir, 'tenant', 'add', 'delta', '--database', database], { env });
      expect(result.code).toBe(1);
      expect(result.stdout).toContain('tenant delta NOT added');
      expect(result.stdout).toContain(
        `its database ${database} stays, with no migration applied and not registered: run the same tenant add again to finish it, or DROP DATABASE ${database} to discard it`,
      );
      const { rows } = await adminQuery('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
      expect(rows).toHaveLength(1);
    } finally {
      broken.remove();
    }
  });

  it('adds a tenant, lists it, never prints the password', async () => {
    const database = databaseName('add');
    const added = await run('tenant', 'add', 'globex', '--database', database);
    expect(added.code, added.stdout + added.stderr).toBe(0);
    expect(added.stdout).toContain(`tenant globex added: database ${database}`);
    expect(added.stdout).toContain('version 5, registered in the tenants table');
    const listed = await run('tenant', 'list');
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(new RegExp(`globex\\s+active\\s+database\\s+postgresql://[^ ]*:\\*\\*\\*@[^ ]*/${database}`));
    for (const output of [added, listed]) expect(output.stdout + output.stderr).not.toContain(new URL(masterUrl).password);
    const again = await run('tenant', 'add', 'globex', '--database', database);
    expect(again.code).toBe(1);
    expect(again.stdout).toContain('TENANT_EXISTS');
  });

  it('remove keeps the data; add brings the tenant back with it', async () => {
    const database = databaseName('keep');
    expect((await run('tenant', 'add', 'initech', '--database', database)).code).toBe(0);
    const tenantUrl = withDatabase(masterUrl, database);
    await queryDatabase(tenantUrl, "INSERT INTO items (id, title) VALUES (7, 'stapler')");
    const removed = await run('tenant', 'remove', 'initech');
    expect(removed.code, removed.stdout).toBe(0);
    expect(removed.stdout).toContain('its row is marked inactive');
    expect((await tenantRows(master.url)).find((row) => row.name === 'initech')?.is_active).toBe(false);
    // migrate leaves an inactive tenant out.
    const migrated = await run('migrate', '--target', 'tenants', '--json');
    expect(JSON.parse(migrated.stdout).targets.map((target: { name: string }) => target.name)).not.toContain('initech');

    const back = await run('tenant', 'add', 'initech', '--json');
    expect(back.code, back.stdout).toBe(0);
    expect(JSON.parse(back.stdout)).toMatchObject({ ok: true, status: 'resumed', reactivated: true, database, applied: [] });
    expect((await queryDatabase(tenantUrl, 'SELECT title FROM items')).rows).toEqual([{ title: 'stapler' }]);
    expect((await tenantRows(master.url)).filter((row) => row.name === 'initech')).toMatchObject([{ is_active: true }]);
  });

  it('remove --drop: refused without a terminal unless --yes; then dropped, and a re-add starts from nothing', async () => {
    const database = databaseName('drop');
    expect((await run('tenant', 'add', 'hooli', '--database', database, '--template')).code).toBe(0);
    const refused = await run('tenant', 'remove', 'hooli', '--drop');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('no terminal to ask: nothing was changed');
    expect((await tenantRows(master.url)).find((row) => row.name === 'hooli')?.is_active).toBe(true);

    // At a terminal, a wrong answer changes nothing.
    const io = recordingIo(env);
    io.ask = async () => 'not-hooli';
    expect(await runCli(['--dir', files.dir, 'tenant', 'remove', 'hooli', '--drop'], io)).toBe(2);
    expect(io.stderr).toContain('not confirmed');
    expect((await adminQuery('SELECT 1 FROM pg_database WHERE datname = $1', [database])).rowCount).toBe(1);

    const dropped = await run('tenant', 'remove', 'hooli', '--drop', '--yes');
    expect(dropped.code, dropped.stdout).toBe(0);
    expect(dropped.stdout).toContain(`database ${database}`);
    expect(dropped.stdout).toContain('dropped');
    expect((await adminQuery('SELECT 1 FROM pg_database WHERE datname = $1', [database])).rowCount).toBe(0);

    const readded = await run('tenant', 'add', 'hooli', '--template', '--json');
    expect(readded.code, readded.stdout).toBe(0);
    expect(JSON.parse(readded.stdout)).toMatchObject({ status: 'created', reactivated: true, database, method: 'template' });
    expect(await databaseFingerprint(withDatabase(masterUrl, database))).toEqual(await databaseFingerprint(reference.url));
  });

  it('add --schema creates the schema, also when a file is NO TRANSACTION (trial A P13)', async () => {
    const withIndex = writeMigrations({
      ...TENANT_FILES,
      'tenant/006_items_title_idx.sql': goose(
        'CREATE INDEX CONCURRENTLY IF NOT EXISTS items_title_idx2 ON items (title);',
        'DROP INDEX CONCURRENTLY IF EXISTS items_title_idx2;',
        { noTransaction: true },
      ),
    });
    try {
      const schema = uniqueName('acme_schema');
      const added = await cli(['--dir', withIndex.dir, 'tenant', 'add', 'acme-schema', '--schema', schema], { env });
      expect(added.code, added.stdout + added.stderr).toBe(0);
      expect(added.stdout).toContain(`tenant acme-schema added: schema ${schema} in`);
      expect(added.stdout).toContain('version 6, registered in the tenants table');
      expect(added.stdout).toMatch(/steps: .*create-schema/);
      expect((await ledgerRows(master.url, schema)).map((row) => row.version)).toEqual(['1', '2', '3', '4', '5', '6']);
      expect((await tenantRows(master.url)).find((row) => row.name === 'acme-schema')).toMatchObject({ schema, database_url: null });

      // --schema alone: the schema is derived from the name.
      const derived = await cli(['--dir', withIndex.dir, 'tenant', 'add', 'shop-77', '--schema'], { env });
      expect(derived.code, derived.stdout + derived.stderr).toBe(0);
      expect(derived.stdout).toContain('tenant shop-77 added: schema shop_77 in');
      expect((await ledgerRows(master.url, 'shop_77')).length).toBe(6);
    } finally {
      withIndex.remove();
    }
  });

  it('a failed add --schema leaves the schema it made, and running it again finishes the tenant', async () => {
    const schema = uniqueName('half_schema');
    const broken = writeMigrations({
      'tenant/001_items.sql': goose('CREATE TABLE items (id int);', 'DROP TABLE items;'),
      'tenant/002_needs_baseline.sql': goose('ALTER TABLE accounts ADD COLUMN note text;', 'SELECT 1;'),
    });
    try {
      const failed = await cli(['--dir', broken.dir, 'tenant', 'add', 'half', '--schema', schema], { env });
      expect(failed.code).toBe(1);
      expect(failed.stdout).not.toContain('SCHEMA_MISSING');
      expect(failed.stdout).toContain(
        `its schema ${schema} stays, with no migration applied and not registered: run the same tenant add again to finish it, or DROP SCHEMA ${schema} CASCADE to discard it`,
      );
      expect((await adminQuery('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema], master.url)).rowCount).toBe(1);
      broken.write('tenant/002_needs_baseline.sql', goose('ALTER TABLE items ADD COLUMN note text;', 'SELECT 1;'));
      const again = await cli(['--dir', broken.dir, 'tenant', 'add', 'half', '--schema', schema], { env });
      expect(again.code, again.stdout + again.stderr).toBe(0);
      expect(again.stdout).toContain('tenant half finished (an earlier add had left it unfinished)');
    } finally {
      broken.remove();
    }
  });

  it('remove of a name nobody has: TENANT_NOT_FOUND, exit 1', async () => {
    const result = await run('tenant', 'remove', 'nobody');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('TENANT_NOT_FOUND');
  });

  it('--tenants-query without --register-query or --no-register is a usage error', async () => {
    const result = await run('tenant', 'add', 'x', '--tenants-query', 'SELECT * FROM tenants');
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('--register-query');
  });
});

describe('migrate for new tenants', () => {
  it('keeps the template database in step, so the next add by template needs no migration', async () => {
    const refreshed = await run('tenant', 'template', 'refresh');
    expect(refreshed.code, refreshed.stdout).toBe(0);
    expect(refreshed.stdout).toMatch(/template database \S+_tenant_template/);
    const template = `${master.name}_tenant_template`;
    files.write('tenant/006_notes.sql', goose('CREATE TABLE notes (id int PRIMARY KEY, body text);', 'DROP TABLE notes;'));
    const migrated = await run('migrate', '--target', 'tenants', '--json');
    const report = JSON.parse(migrated.stdout);
    const templateRow = report.targets.find((target: { name: string }) => target.name === `template ${template}`);
    expect(templateRow).toMatchObject({ status: 'applied', toVersion: 6 });
    expect((await ledgerRows(withDatabase(master.url, template))).map((row) => row.version)).toContain('6');

    const added = await run('tenant', 'add', 'after-six', '--database', databaseName('six'), '--template', '--json');
    expect(JSON.parse(added.stdout)).toMatchObject({ ok: true, method: 'template', version: 6, applied: [] });
  });

  it("--create-missing creates a schema tenant's missing schema instead of failing it", async () => {
    const schema = uniqueName('late_schema');
    await addTenant(master.url, 'late-schema', { schema });
    const failing = await run('migrate', '--target', 'tenants', '--tenant', 'late-schema');
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain('SCHEMA_MISSING');
    const created = await run('migrate', '--target', 'tenants', '--tenant', 'late-schema', '--create-missing');
    expect(created.code, created.stdout).toBe(0);
    expect(created.stdout).toContain(`schema ${schema} did not exist and was created (--create-missing)`);
    expect((await ledgerRows(master.url, schema)).length).toBeGreaterThan(0);
  });
});
