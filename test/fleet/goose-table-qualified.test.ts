/**
 * goose run with a schema-qualified `-table` (new-user trial): `--goose-table app.goose_versions`
 * (or `public.goose_db_version`) reads that table for adoption and keeps it in step, and a
 * qualified name whose table is missing still finds a goose-shaped table in the schema it names
 * (GOOSE_TABLE_ELSEWHERE, naming it qualified). Schema tenants: a qualified name is the table
 * it says, a bare one stays in each tenant's schema.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { queryDatabase } from '../support/database.js';
import { createDatabaseFleet, createSchemaFleet, goose, type TestFleet, tableExists, writeMigrations } from './support/fleet.js';

const files = writeMigrations({
  'tenant/001_items.sql': goose('CREATE TABLE items (id int);', 'DROP TABLE items;'),
  'tenant/002_tags.sql': goose('CREATE TABLE tags (id int);', 'DROP TABLE tags;'),
  'tenant/003_notes.sql': goose('CREATE TABLE notes (id int);', 'DROP TABLE notes;'),
});

/** What `goose -table <table> up` of 001 and 002 leaves (the migrations' tables in the search_path's schema). */
const gooseHistory = (table: string) => `CREATE TABLE items (id int);
CREATE TABLE tags (id int);
CREATE TABLE ${table} (id serial PRIMARY KEY, version_id bigint NOT NULL, is_applied boolean NOT NULL, tstamp timestamp DEFAULT now());
INSERT INTO ${table} (version_id, is_applied) VALUES (0, true), (1, true), (2, true);`;

let fleet: TestFleet;

beforeAll(async () => {
  fleet = await createDatabaseFleet('ff_goosequal', 3);
  for (const tenant of fleet.tenants) {
    await queryDatabase(tenant.url, `CREATE SCHEMA app; ${gooseHistory('app.goose_versions')}`);
  }
});
afterAll(async () => {
  files.remove();
  await fleet?.drop();
});

const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  cli([...args, '--dir', files.dir, '--master-url', fleet.master.url, '--target', 'tenants'], { env: { GOOSE_TABLE: '', ...env } });

async function gooseVersions(url: string, table: string): Promise<string[]> {
  const { rows } = await queryDatabase<{ v: string }>(url, `SELECT version_id::text AS v FROM ${table} ORDER BY id`);
  return rows.map((row) => row.v);
}

describe('--goose-table SCHEMA.NAME, database per tenant', () => {
  it('status and migrate read app.goose_versions: its versions are adopted, only the new one runs, and goose sees it there', async () => {
    const [first] = fleet.tenants;
    const status = await run(['status', '--tenant', first.name, '--goose-table', 'app.goose_versions', '--json']);
    expect(status.code, status.stdout + status.stderr).toBe(0);
    expect(JSON.parse(status.stdout).targets[0]).toMatchObject({ currentVersion: 2, pending: 1, managedBy: 'goose' });

    const migrate = await run(['migrate', '--tenant', first.name, '--goose-table', 'app.goose_versions']);
    expect(migrate.code, migrate.stdout + migrate.stderr).toBe(0);
    expect(migrate.stdout).toContain('adopted goose versions 1, 2');
    expect(migrate.stdout).not.toContain('already exists');
    expect(await tableExists(first.url, 'notes')).toBe(true);
    expect(await gooseVersions(first.url, 'app.goose_versions')).toEqual(['0', '1', '2', '3']);
    expect(await tableExists(first.url, 'goose_versions')).toBe(false);
    expect(await tableExists(first.url, 'goose_db_version')).toBe(false);

    // Rolled back: goose's table loses the version, as goose's own down does.
    const rollback = await run(['rollback', '--tenant', first.name, '--goose-table', 'app.goose_versions']);
    expect(rollback.code, rollback.stdout + rollback.stderr).toBe(0);
    expect(await gooseVersions(first.url, 'app.goose_versions')).toEqual(['0', '1', '2']);
    expect(await tableExists(first.url, 'notes')).toBe(false);
  });

  it('GOOSE_TABLE=app.goose_versions, as goose reads it, over two tenants at once', async () => {
    const [, second, third] = fleet.tenants;
    const migrate = await run(['migrate', '--tenant', second.name, '--tenant', third.name, '--json'], {
      GOOSE_TABLE: 'app.goose_versions',
    });
    expect(migrate.code, migrate.stdout + migrate.stderr).toBe(0);
    for (const target of JSON.parse(migrate.stdout).targets) expect(target).toMatchObject({ adopted: [1, 2], toVersion: 3 });
    for (const tenant of [second, third]) expect(await gooseVersions(tenant.url, 'app.goose_versions')).toEqual(['0', '1', '2', '3']);
  });

  it('a qualified name whose table is missing: the goose-shaped table in the schema it names is reported qualified, nothing runs', async () => {
    const other = await createDatabaseFleet('ff_goosequal_e', 1);
    try {
      const [tenant] = other.tenants;
      await queryDatabase(tenant.url, `CREATE SCHEMA app; ${gooseHistory('app.goose_versions')}`);
      const args = ['--dir', files.dir, '--master-url', other.master.url, '--target', 'tenants', '--goose-table', 'app.goose_db_version'];
      const status = await cli(['status', ...args], { env: { GOOSE_TABLE: '' } });
      expect(status.code).toBe(1);
      expect(status.stdout).toContain(
        "no migration ledger and no app.goose_db_version here, but app.goose_versions looks like goose's version table (version_id, is_applied)",
      );
      expect(status.stdout).toContain('pass --goose-table app.goose_versions');
      const migrate = await cli(['migrate', ...args], { env: { GOOSE_TABLE: '' } });
      expect(migrate.code).toBe(1);
      expect(migrate.stdout).toContain('[GOOSE_TABLE_ELSEWHERE]');
      expect(await tableExists(tenant.url, '_migration_versions')).toBe(false);
      expect(await tableExists(tenant.url, 'notes')).toBe(false);
      // public.NAME is the table beside the ledger: the same as the bare name. Neither exists, and
      // app.goose_versions is still found (any schema of a tenant database is searched).
      const beside = await cli(['status', ...args.slice(0, -1), 'public.goose_versions'], { env: { GOOSE_TABLE: '' } });
      const bare = await cli(['status', ...args.slice(0, -1), 'goose_versions'], { env: { GOOSE_TABLE: '' } });
      expect(beside.code).toBe(1);
      expect(beside.stdout).toContain("no migration ledger and no public.goose_versions here, but app.goose_versions looks like goose's");
      expect(bare.code).toBe(1);
      expect(bare.stdout).toContain("no migration ledger and no public.goose_versions here, but app.goose_versions looks like goose's");
      await queryDatabase(
        tenant.url,
        'CREATE TABLE public.goose_versions (LIKE app.goose_versions INCLUDING ALL); INSERT INTO public.goose_versions SELECT * FROM app.goose_versions',
      );
      const adopted = await cli(['status', ...args.slice(0, -1), 'public.goose_versions', '--json'], { env: { GOOSE_TABLE: '' } });
      expect(JSON.parse(adopted.stdout).targets[0]).toMatchObject({ currentVersion: 2, managedBy: 'goose' });
    } finally {
      await other.drop();
    }
  });
});

describe('goose -table SCHEMA.NAME forgotten, database per tenant', () => {
  it('without the option, a goose-shaped table in any schema of the tenant database is found: refused with GOOSE_TABLE_ELSEWHERE naming it, nothing runs again', async () => {
    const other = await createDatabaseFleet('ff_goosequal_f', 1);
    try {
      const [tenant] = other.tenants;
      await queryDatabase(tenant.url, `CREATE SCHEMA app; ${gooseHistory('app.goose_versions')}`);
      const args = ['--dir', files.dir, '--master-url', other.master.url, '--target', 'tenants'];
      const status = await cli(['status', ...args], { env: { GOOSE_TABLE: '' } });
      expect(status.code).toBe(1);
      expect(status.stdout).toContain(
        "no migration ledger and no public.goose_db_version here, but app.goose_versions looks like goose's version table (version_id, is_applied)",
      );
      const migrate = await cli(['migrate', ...args, '--json'], { env: { GOOSE_TABLE: '' } });
      expect(migrate.code).toBe(1);
      expect(JSON.parse(migrate.stdout).targets[0].error).toMatchObject({ code: 'GOOSE_TABLE_ELSEWHERE' });
      expect(JSON.parse(migrate.stdout).targets[0].error.hint).toContain('--goose-table app.goose_versions');
      expect(await tableExists(tenant.url, '_migration_versions')).toBe(false);
      expect(await tableExists(tenant.url, 'notes')).toBe(false);
      // The option it names adopts goose's history: only 003 runs.
      const adopted = await cli(['migrate', ...args, '--goose-table', 'app.goose_versions', '--json'], { env: { GOOSE_TABLE: '' } });
      expect(adopted.code, adopted.stdout + adopted.stderr).toBe(0);
      expect(JSON.parse(adopted.stdout).targets[0]).toMatchObject({ adopted: [1, 2], toVersion: 3 });
    } finally {
      await other.drop();
    }
  });
});

describe('--goose-table with schema tenants sharing a database', () => {
  it('a qualified name is the table it says (for every schema); a bare one stays in each tenant schema', async () => {
    const shops = await createSchemaFleet('ff_goosequal_s', 2);
    try {
      const [first, second] = shops.tenants;
      // goose -table public.goose_shared run with the search_path on each shop's schema.
      await queryDatabase(shops.master.url, `SET search_path TO "${first.schema}"; ${gooseHistory('public.goose_shared')}`);
      await queryDatabase(
        shops.master.url,
        `SET search_path TO "${second.schema}"; CREATE TABLE items (id int); CREATE TABLE tags (id int);`,
      );
      const args = ['--dir', files.dir, '--master-url', shops.master.url, '--target', 'tenants'];
      const env = { GOOSE_TABLE: '' };

      const status = await cli(['status', ...args, '--goose-table', 'public.goose_shared', '--json'], { env });
      expect(status.code, status.stdout + status.stderr).toBe(0);
      for (const row of JSON.parse(status.stdout).targets) expect(row).toMatchObject({ currentVersion: 2, pending: 1, managedBy: 'goose' });
      // (status read both schemas in one batch.) Bare, the name is looked up in each tenant's schema, where there is none: both look new, nothing to adopt.
      const bare = await cli(['status', ...args, '--goose-table', 'goose_shared', '--json'], { env });
      for (const row of JSON.parse(bare.stdout).targets) expect(row).toMatchObject({ pending: 3, managedBy: 'none' });

      const migrate = await cli(['migrate', ...args, '--tenant', first.name, '--goose-table', 'public.goose_shared', '--json'], { env });
      expect(migrate.code, migrate.stdout + migrate.stderr).toBe(0);
      expect(JSON.parse(migrate.stdout).targets[0]).toMatchObject({ adopted: [1, 2], toVersion: 3 });
      expect(await tableExists(shops.master.url, 'notes', first.schema!)).toBe(true);
      expect(await gooseVersions(shops.master.url, 'public.goose_shared')).toEqual(['0', '1', '2', '3']);
      expect(await tableExists(shops.master.url, 'goose_shared', first.schema!)).toBe(false);
    } finally {
      await shops.drop();
    }
  });
});
