/** Broken targets: the others finish, the report names the broken one, the exit code is 1. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateFleet } from '../../src/fleet/index.js';
import { cli } from '../support/cli.js';
import { createTestDatabase, queryDatabase, type TestDatabase } from '../support/database.js';
import {
  addTenant,
  BASIC_FILES,
  createDatabaseFleet,
  goose,
  ledgerRows,
  type TestFleet,
  tableExists,
  writeMigrations,
} from './support/fleet.js';

let fleet: TestFleet;
let broken: TestDatabase;
let files: ReturnType<typeof writeMigrations>;

beforeAll(async () => {
  fleet = await createDatabaseFleet('failures', 3);
  broken = await createTestDatabase('failures_broken');
  // This tenant already has a `tags` table, so 002 fails on it (and only on it).
  await queryDatabase(broken.url, 'CREATE TABLE tags (id int)');
  await addTenant(fleet.master.url, 'broken', { databaseUrl: broken.url });
  await addTenant(fleet.master.url, 'unreachable', { databaseUrl: 'postgresql://deploy:hunter2-secret@127.0.0.1:1/tenant_gone' });
  await addTenant(fleet.master.url, 'retired', { databaseUrl: 'postgresql://deploy@127.0.0.1:1/retired', active: false });
  files = writeMigrations(BASIC_FILES);
});
afterAll(async () => {
  await Promise.all([fleet?.drop(), broken?.drop()]);
  files?.remove();
});

describe('failing targets', () => {
  it('an unreachable tenant and a failing migration: every other tenant finishes, exit 1, the report names both', async () => {
    const result = await cli(['migrate', '--dir', files.dir, '--master-url', fleet.master.url, '--concurrency', '2']);
    expect(result.code).toBe(1);
    for (const tenant of fleet.tenants) expect((await ledgerRows(tenant.url)).length).toBe(3);
    expect(result.stdout).toMatch(/FAILED broken/);
    expect(result.stdout).toMatch(/FAILED unreachable/);
    expect(result.stdout).toContain('002_tags (UP) failed at');
    expect(result.stdout).toMatch(/002_tags\.sql:2:1: relation "tags" already exists/);
    expect(result.stdout).toContain('CONNECT_FAILED');
    expect(result.stdout).toContain('4 migrated');
    expect(result.stdout).toContain('2 failed');
    expect(result.stdout).not.toContain('retired');
    expect(`${result.stdout}${result.stderr}`).not.toContain('hunter2-secret');
  });

  it('the failing tenant stops at its failing migration; the earlier one stays committed, nothing of it is half-applied', async () => {
    const rows = await ledgerRows(broken.url);
    expect(rows.map((row) => row.name)).toEqual(['001_items']);
    expect(await tableExists(broken.url, 'items')).toBe(true);
    const { rows: tags } = await queryDatabase(broken.url, 'SELECT * FROM tags');
    expect(tags).toEqual([]);
  });

  it('the JSON report carries the failing migration, file and line', async () => {
    const result = await cli(['migrate', '--dir', files.dir, '--master-url', fleet.master.url, '--json', '--target', 'tenants']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    const failed = report.targets.filter((target: { status: string }) => target.status === 'failed');
    expect(failed.map((target: { name: string }) => target.name).sort()).toEqual(['broken', 'unreachable']);
    const brokenTarget = failed.find((target: { name: string }) => target.name === 'broken');
    expect(brokenTarget.error).toMatchObject({ code: 'MIGRATION_FAILED', migration: '002_tags', line: 2, column: 1 });
    expect(brokenTarget.error.file).toMatch(/tenant\/002_tags\.sql$/);
    expect(brokenTarget.fromVersion).toBe(1);
    const unreachable = failed.find((target: { name: string }) => target.name === 'unreachable');
    expect(unreachable.url).toBe('postgresql://deploy:***@127.0.0.1:1/tenant_gone');
    expect(result.stdout).not.toContain('hunter2-secret');
  });

  it('when the master fails, no tenant is touched', async () => {
    const master = writeMigrations({
      ...BASIC_FILES,
      'master/002_broken.sql': goose('ALTER TABLE no_such_table ADD COLUMN x int;', 'SELECT 1;'),
      'tenant/004_more.sql': goose('CREATE TABLE more_things (id int);', 'DROP TABLE more_things;'),
    });
    try {
      const report = await migrateFleet({ dir: master.dir, masterUrl: fleet.master.url });
      expect(report.ok).toBe(false);
      expect(report.targets[0]).toMatchObject({
        name: 'master',
        status: 'failed',
        error: { code: 'MIGRATION_FAILED', migration: '002_broken' },
      });
      expect(report.targets.slice(1).every((target) => target.status === 'skipped')).toBe(true);
      expect(report.targets.slice(1).map((target) => target.name)).toContain('tenant-1');
      for (const tenant of fleet.tenants) expect(await tableExists(tenant.url, 'more_things')).toBe(false);
    } finally {
      master.remove();
    }
  });

  it('a NO TRANSACTION file runs statement by statement; a failure says what stayed applied', async () => {
    const database = await createTestDatabase('failures_notx');
    const ok = writeMigrations({
      'master/001_index.sql': goose('CREATE TABLE big (id int);\nCREATE INDEX CONCURRENTLY big_id ON big (id);', 'DROP TABLE big;', {
        noTransaction: true,
      }),
    });
    const failing = writeMigrations({
      'master/001_index.sql': goose('CREATE TABLE big (id int);\nCREATE INDEX CONCURRENTLY big_id ON missing (id);', 'DROP TABLE big;', {
        noTransaction: true,
      }),
    });
    try {
      // CREATE INDEX CONCURRENTLY cannot run in a transaction: it only works because the file is run statement by statement.
      const applied = await migrateFleet({ dir: ok.dir, masterUrl: database.url, target: 'master' });
      expect(applied.targets[0]).toMatchObject({ status: 'applied', toVersion: 1 });
      await queryDatabase(database.url, 'DROP TABLE big; TRUNCATE _migration_versions');

      const failed = await migrateFleet({ dir: failing.dir, masterUrl: database.url, target: 'master' });
      expect(failed.targets[0].error?.message).toContain('NO TRANSACTION: the statements before this one stay applied');
      expect(await tableExists(database.url, 'big')).toBe(true);
      expect(await ledgerRows(database.url)).toEqual([]);
    } finally {
      ok.remove();
      failing.remove();
      await database.drop();
    }
  });
});
