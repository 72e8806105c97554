/**
 * goose run with `-table NAME` / GOOSE_TABLE (trial A P12): its history is adopted when the
 * option names the table (flag, GOOSE_TABLE, or gooseTable in the config file), and without it a
 * goose-shaped table beside no ledger is named instead of every migration running from version 1.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { queryDatabase } from '../support/database.js';
import { createDatabaseFleet, createSchemaFleet, goose, type TestFleet, tableExists, writeMigrations } from './support/fleet.js';

let fleet: TestFleet;
const files = writeMigrations({
  'tenant/001_items.sql': goose('CREATE TABLE items (id int);', 'DROP TABLE items;'),
  'tenant/002_tags.sql': goose('CREATE TABLE tags (id int);', 'DROP TABLE tags;'),
  'tenant/003_notes.sql': goose('CREATE TABLE notes (id int);', 'DROP TABLE notes;'),
});

/** What goose -table goose_migrations leaves after `goose up` of 001 and 002. */
const GOOSE_HISTORY = `CREATE TABLE items (id int);
CREATE TABLE tags (id int);
CREATE TABLE goose_migrations (id serial PRIMARY KEY, version_id bigint NOT NULL, is_applied boolean NOT NULL, tstamp timestamp DEFAULT now());
INSERT INTO goose_migrations (version_id, is_applied) VALUES (0, true), (1, true), (2, true);`;

beforeAll(async () => {
  fleet = await createDatabaseFleet('goosetbl', 3);
  for (const tenant of fleet.tenants) await queryDatabase(tenant.url, GOOSE_HISTORY);
});
afterAll(async () => {
  files.remove();
  await fleet?.drop();
});

const run = (args: string[], env: NodeJS.ProcessEnv = {}, cwd?: string) =>
  cli([...args, '--dir', files.dir, '--master-url', fleet.master.url, '--target', 'tenants'], {
    env: { GOOSE_TABLE: '', ...env },
    cwd,
  });

async function gooseVersions(url: string): Promise<string[]> {
  const { rows } = await queryDatabase<{ v: string }>(url, 'SELECT version_id::text AS v FROM goose_migrations ORDER BY id');
  return rows.map((row) => row.v);
}

describe('a goose version table of another name', () => {
  it('without the option: status and migrate name the table and the option, and nothing runs from version 1', async () => {
    const [first] = fleet.tenants;
    const status = await run(['status', '--tenant', first.name]);
    expect(status.code).toBe(1);
    expect(status.stdout).toContain("public.goose_migrations looks like goose's version table (version_id, is_applied)");
    expect(status.stdout).toContain('[GOOSE_TABLE_ELSEWHERE]');
    expect(status.stdout).toContain('pass --goose-table goose_migrations');
    expect(status.stdout).toContain('1 unreachable or failing');

    const migrate = await run(['migrate', '--tenant', first.name]);
    expect(migrate.code).toBe(1);
    expect(migrate.stdout).toContain('[GOOSE_TABLE_ELSEWHERE]');
    expect(migrate.stdout).not.toContain('already exists');
    expect(await tableExists(first.url, '_migration_versions')).toBe(false);
    expect(await tableExists(first.url, 'notes')).toBe(false);
    expect(await gooseVersions(first.url)).toEqual(['0', '1', '2']);
  });

  it('--goose-table NAME: its versions are adopted, only the new one runs, and goose sees it', async () => {
    const [first] = fleet.tenants;
    const status = await run(['status', '--tenant', first.name, '--goose-table', 'goose_migrations', '--json']);
    expect(status.code, status.stdout + status.stderr).toBe(0);
    expect(JSON.parse(status.stdout).targets[0]).toMatchObject({ currentVersion: 2, pending: 1, managedBy: 'goose' });

    const migrate = await run(['migrate', '--tenant', first.name, '--goose-table', 'goose_migrations']);
    expect(migrate.code, migrate.stdout + migrate.stderr).toBe(0);
    expect(migrate.stdout).toContain('adopted goose versions 1, 2');
    expect(await tableExists(first.url, 'notes')).toBe(true);
    expect(await gooseVersions(first.url)).toEqual(['0', '1', '2', '3']);
    expect(await tableExists(first.url, 'goose_db_version')).toBe(false);
  });

  it('GOOSE_TABLE in the environment, as goose reads it, and gooseTable in tenant-migrate.config.json', async () => {
    const [, second, third] = fleet.tenants;
    const byEnv = await run(['migrate', '--tenant', second.name], { GOOSE_TABLE: 'goose_migrations' });
    expect(byEnv.code, byEnv.stdout + byEnv.stderr).toBe(0);
    expect(byEnv.stdout).toContain('adopted goose versions 1, 2');
    expect(await gooseVersions(second.url)).toEqual(['0', '1', '2', '3']);

    const project = mkdtempSync(join(tmpdir(), 'tm-goose-table-'));
    try {
      writeFileSync(join(project, 'tenant-migrate.config.json'), JSON.stringify({ gooseTable: 'goose_migrations' }));
      const byConfig = await run(['migrate', '--tenant', third.name], {}, project);
      expect(byConfig.code, byConfig.stdout + byConfig.stderr).toBe(0);
      expect(await gooseVersions(third.url)).toEqual(['0', '1', '2', '3']);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });

  it('--help lists the option; a name goose would not take (quotes, three parts) is a usage error', async () => {
    const help = await cli(['migrate', '--help']);
    expect(help.stdout).toContain('--goose-table');
    // A schema-qualified name is goose's -table SCHEMA.NAME: test/fleet/goose-table-qualified.test.ts.
    for (const name of ['db.app.goose_migrations', '"goose_migrations"', 'goose migrations']) {
      const bad = await run(['status', '--goose-table', name]);
      expect(bad.code, name).toBe(2);
      expect(bad.stdout + bad.stderr).toContain('--goose-table');
    }
  });
});

describe('schema tenants sharing a database', () => {
  it('the schema with goose_migrations is named, the empty one is just pending; --goose-table adopts in its schema', async () => {
    const shops = await createSchemaFleet('goosetbl_s', 2);
    try {
      const [withGoose, empty] = shops.tenants;
      await queryDatabase(shops.master.url, `SET search_path TO "${withGoose.schema}"; ${GOOSE_HISTORY}`);
      const args = ['--dir', files.dir, '--master-url', shops.master.url, '--target', 'tenants'];
      const status = await cli(['status', ...args, '--json'], { env: { GOOSE_TABLE: '' } });
      expect(status.code).toBe(1);
      const rows = Object.fromEntries(JSON.parse(status.stdout).targets.map((row: { name: string }) => [row.name, row]));
      expect(rows[withGoose.name].error).toMatchObject({ code: 'GOOSE_TABLE_ELSEWHERE' });
      expect(rows[withGoose.name].error.message).toContain(`${withGoose.schema}.goose_migrations looks like goose's version table`);
      expect(rows[empty.name]).toMatchObject({ pending: 3 });
      expect(rows[empty.name].error).toBeUndefined();

      const migrate = await cli(['migrate', ...args, '--goose-table', 'goose_migrations', '--json'], { env: { GOOSE_TABLE: '' } });
      expect(migrate.code, migrate.stdout + migrate.stderr).toBe(0);
      const targets = Object.fromEntries(JSON.parse(migrate.stdout).targets.map((row: { name: string }) => [row.name, row]));
      expect(targets[withGoose.name]).toMatchObject({ adopted: [1, 2], toVersion: 3 });
      expect(targets[empty.name]).toMatchObject({ toVersion: 3 });
      const { rows: goose } = await queryDatabase<{ v: string }>(
        shops.master.url,
        `SELECT version_id::text AS v FROM "${withGoose.schema}".goose_migrations ORDER BY id`,
      );
      expect(goose.map((row) => row.v)).toEqual(['0', '1', '2', '3']);
    } finally {
      await shops.drop();
    }
  });
});
