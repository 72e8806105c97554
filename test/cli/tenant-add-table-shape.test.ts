/**
 * `tenant add` checks that the tenants table can hold the new tenant's row before it creates
 * anything (new-user trial: `--schema S --database D` with a tenants table that has no schema
 * column made the schema and ran every migration, then failed at the register step). And an add
 * that does fail after its migrations (the row's INSERT refused) says what it applied.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goose, ledgerRows, tableExists, writeMigrations } from '../fleet/support/fleet.js';
import { withPassword } from '../fleet/support/provisioning.js';
import { cli } from '../support/cli.js';
import { adminQuery, createTestDatabase, queryDatabase, type TestDatabase } from '../support/database.js';

let master: TestDatabase;
let shard: TestDatabase;
let env: NodeJS.ProcessEnv;
const files = writeMigrations({
  'tenant/001_items.sql': goose('CREATE TABLE items (id int);', 'DROP TABLE items;'),
  'tenant/002_tags.sql': goose('CREATE TABLE tags (id int);', 'DROP TABLE tags;'),
});

beforeAll(async () => {
  master = await createTestDatabase('ft_shape_m');
  shard = await createTestDatabase('ft_shape_shard');
  env = { MASTER_DB_URL: withPassword(master.url), GOOSE_TABLE: '' };
});
afterAll(async () => {
  files.remove();
  await shard?.drop();
  await master?.drop();
  for (const name of ['ft_shape_db_tenant']) await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
});

const run = (...args: string[]) => cli(['--dir', files.dir, ...args], { env });

async function schemaIn(url: string, schema: string): Promise<boolean> {
  return ((await adminQuery('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema], url)).rowCount ?? 0) > 0;
}

describe('tenant add: the tenants table is checked before anything is made', () => {
  it('--schema S --database D with no schema column: TENANTS_TABLE_SHAPE at the check step, no schema made, nothing run', async () => {
    await queryDatabase(
      master.url,
      'DROP TABLE IF EXISTS tenants; CREATE TABLE tenants (id serial PRIMARY KEY, name text NOT NULL, database_url text, active boolean NOT NULL DEFAULT true)',
    );
    const add = await run('tenant', 'add', 'shop-a', '--schema', 'ft_shop_a', '--database', shard.name);
    expect(add.code, add.stdout + add.stderr).toBe(1);
    const out = add.stdout + add.stderr;
    expect(out).toContain('the tenants table has no column for a schema (it has: id, name, database_url, active) [TENANTS_TABLE_SHAPE]');
    // Only the lock and the check ran: no create-schema, migrate or register step.
    expect(out).toMatch(/ {2}steps: lock \S+, check \S+\n/);
    expect(out).not.toContain('stays');
    expect(out).not.toContain('Sw0rdfish');
    expect(await schemaIn(shard.url, 'ft_shop_a')).toBe(false);
    expect(await schemaIn(master.url, 'ft_shop_a')).toBe(false);
    expect((await queryDatabase(master.url, 'SELECT * FROM tenants')).rowCount).toBe(0);

    const json = JSON.parse((await run('tenant', 'add', 'shop-a', '--schema', 'ft_shop_a', '--database', shard.name, '--json')).stdout);
    expect(json).toMatchObject({ ok: false, applied: [], version: null, error: { code: 'TENANTS_TABLE_SHAPE' } });
    expect(json.steps.map((step: { step: string }) => step.step)).toEqual(['lock', 'check']);

    // With the column added, the same add works.
    await queryDatabase(master.url, 'ALTER TABLE tenants ADD COLUMN schema text');
    const again = await run('tenant', 'add', 'shop-a', '--schema', 'ft_shop_a', '--database', shard.name);
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect(again.stdout).toContain('2 migration(s) run in one go, version 2');
    expect((await ledgerRows(shard.url, 'ft_shop_a')).map((row) => row.name)).toEqual(['001_items', '002_tags']);
  });

  it('a database tenant with no database_url or database column: refused before CREATE DATABASE', async () => {
    await queryDatabase(
      master.url,
      'DROP TABLE IF EXISTS tenants; CREATE TABLE tenants (name text PRIMARY KEY, schema text, active boolean NOT NULL DEFAULT true)',
    );
    const add = await run('tenant', 'add', 'dbt', '--database', 'ft_shape_db_tenant');
    expect(add.code, add.stdout + add.stderr).toBe(1);
    expect(add.stderr + add.stdout).toContain('no column for a database_url or database');
    expect(add.stderr + add.stdout).toContain('[TENANTS_TABLE_SHAPE]');
    const { rowCount } = await adminQuery("SELECT 1 FROM pg_database WHERE datname = 'ft_shape_db_tenant'");
    expect(rowCount).toBe(0);
  });

  it('a row refused after the migrations ran (a trigger): the message says what the add applied, and a second add finishes it', async () => {
    await queryDatabase(
      master.url,
      `DROP TABLE IF EXISTS tenants;
       CREATE TABLE tenants (id serial PRIMARY KEY, name text NOT NULL UNIQUE, database_url text, schema text, is_active boolean NOT NULL DEFAULT true);
       CREATE FUNCTION ft_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'tenants are frozen'; END $$;
       CREATE TRIGGER ft_refuse BEFORE INSERT ON tenants FOR EACH ROW EXECUTE FUNCTION ft_refuse();`,
    );
    const add = await run('tenant', 'add', 'shop-b', '--schema', 'ft_shop_b', '--database', shard.name);
    expect(add.code, add.stdout + add.stderr).toBe(1);
    const out = add.stdout + add.stderr;
    expect(out).toContain('tenants are frozen');
    expect(out).toContain('its schema ft_shop_b stays, at version 2 (this add applied 001_items, 002_tags) and not registered');
    expect(out).not.toContain('no migration applied');
    expect(await tableExists(shard.url, 'tags', 'ft_shop_b')).toBe(true);

    await queryDatabase(master.url, 'DROP TRIGGER ft_refuse ON tenants');
    const again = await run('tenant', 'add', 'shop-b', '--schema', 'ft_shop_b', '--database', shard.name);
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect(again.stdout).toContain('finished (an earlier add had left it unfinished)');
    expect(again.stdout).toContain('0 migration(s) run in one go, version 2');
  });
});
