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
      expect(failed.targets[0].error?.message).toContain('NO TRANSACTION: 1 statement before this one ran and stays applied (line 3)');
      expect(failed.targets[0].error?.message).not.toContain('Nothing of this migration was applied');
      expect(await tableExists(database.url, 'big')).toBe(true);
      expect(await ledgerRows(database.url)).toEqual([]);
    } finally {
      ok.remove();
      failing.remove();
      await database.drop();
    }
  });
});

describe('failures outside a statement, and NO TRANSACTION leftovers', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('failures_outside');
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('a COMMIT that fails (a deferred constraint) names the migration and its file; nothing of it stays', async () => {
    const files = writeMigrations({
      'master/001_orders.sql': goose(
        [
          'CREATE TABLE customers (id int PRIMARY KEY);',
          'CREATE TABLE orders (customer_id int REFERENCES customers DEFERRABLE INITIALLY DEFERRED);',
          'INSERT INTO orders VALUES (42);',
        ].join('\n'),
      ),
    });
    try {
      const report = await migrateFleet({ dir: files.dir, masterUrl: database.url, target: 'master' });
      expect(report.targets[0].error).toMatchObject({ code: 'MIGRATION_FAILED', migration: '001_orders' });
      expect(report.targets[0].error?.file).toMatch(/master\/001_orders\.sql$/);
      expect(report.targets[0].error?.message).toMatch(/^001_orders \(UP\) failed at COMMIT: .*orders.* \[SQLSTATE 23503\]\. Nothing/);
      expect(await tableExists(database.url, 'customers')).toBe(false);
    } finally {
      files.remove();
    }
  });

  it('a ledger row that cannot be written names the migration; a NO TRANSACTION file then does not run at all', async () => {
    await queryDatabase(database.url, 'DROP SCHEMA public CASCADE; CREATE SCHEMA public');
    const files = writeMigrations({
      'master/001_first.sql': goose('CREATE TABLE first (id int);'),
      'master/002_second.sql': goose('CREATE TABLE second (id int);'),
      'master/003_third.sql': goose('CREATE TABLE third (id int);', undefined, { noTransaction: true }),
    });
    try {
      await migrateFleet({ dir: files.dir, masterUrl: database.url, target: 'master', to: 1 });
      // A ledger that refuses new rows (a trigger a DBA left behind, a full disk...).
      await queryDatabase(
        database.url,
        `CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'ledger is read-only'; END $$;
         CREATE TRIGGER refuse BEFORE INSERT ON _migration_versions FOR EACH ROW EXECUTE FUNCTION refuse();`,
      );
      const inTransaction = await migrateFleet({ dir: files.dir, masterUrl: database.url, target: 'master', to: 2 });
      expect(inTransaction.targets[0].error).toMatchObject({ code: 'MIGRATION_FAILED', migration: '002_second' });
      expect(inTransaction.targets[0].error?.message).toMatch(
        /^002_second \(UP\) failed writing its ledger row: ledger is read-only \[SQLSTATE P0001\]\. Nothing of this migration was applied/,
      );
      expect(await tableExists(database.url, 'second')).toBe(false);

      await queryDatabase(database.url, 'DROP TRIGGER refuse ON _migration_versions');
      await migrateFleet({ dir: files.dir, masterUrl: database.url, target: 'master', to: 2 });
      await queryDatabase(
        database.url,
        'CREATE TRIGGER refuse BEFORE INSERT ON _migration_versions FOR EACH ROW EXECUTE FUNCTION refuse()',
      );
      const third = await migrateFleet({ dir: files.dir, masterUrl: database.url, target: 'master' });
      expect(third.targets[0].error).toMatchObject({ code: 'MIGRATION_FAILED', migration: '003_third' });
      // The row is tried (and rolled back) before the first statement: none of them runs unrecorded.
      expect(third.targets[0].error?.message).toMatch(/^003_third \(UP\) failed before its first statement: ledger is read-only/);
      expect(third.targets[0].error?.message).toContain('Nothing of this migration was applied');
      expect(await tableExists(database.url, 'third')).toBe(false);
    } finally {
      files.remove();
    }
  });

  it('NO TRANSACTION: a failure after earlier statements lists the ones that ran', async () => {
    await queryDatabase(database.url, 'DROP SCHEMA public CASCADE; CREATE SCHEMA public');
    const files = writeMigrations({
      'master/001_steps.sql': goose('CREATE TABLE a (id int);\nCREATE TABLE b (id int);\nCREATE TABLE a (id int);', undefined, {
        noTransaction: true,
      }),
    });
    try {
      const report = await migrateFleet({ dir: files.dir, masterUrl: database.url, target: 'master' });
      const message = report.targets[0].error?.message ?? '';
      expect(message).toContain('001_steps.sql:5:1: relation "a" already exists');
      expect(message).toContain('2 statements before this one ran and stay applied (line 3, line 4); the migration is not recorded');
      expect(message).not.toContain('Nothing of this migration was applied');
      expect(await tableExists(database.url, 'b')).toBe(true);
    } finally {
      files.remove();
    }
  });

  it('an index build that fails is dropped, so the next run builds it; an INVALID leftover from elsewhere fails the target, unrecorded, with a hint to drop it', async () => {
    await queryDatabase(database.url, 'DROP SCHEMA public CASCADE; CREATE SCHEMA public');
    await queryDatabase(database.url, "CREATE TABLE emails (address text); INSERT INTO emails VALUES ('a@example.com'), ('a@example.com')");
    const files = writeMigrations({
      'master/001_unique_email.sql': goose(
        'CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS emails_address ON emails (address);',
        undefined,
        {
          noTransaction: true,
        },
      ),
    });
    const invalidIndexes = async () =>
      (await queryDatabase(database.url, 'SELECT indexrelid::regclass::text AS name FROM pg_index WHERE NOT indisvalid')).rows.map(
        (row) => row.name,
      );
    try {
      // The build fails on the duplicate; PostgreSQL leaves an INVALID index, which the runner drops at once.
      const first = await migrateFleet({ dir: files.dir, masterUrl: database.url, target: 'master' });
      expect(first.targets[0].error?.code).toBe('MIGRATION_FAILED');
      expect(first.targets[0].error?.message).toContain(
        'The INVALID index public.emails_address it left was dropped (DROP INDEX CONCURRENTLY): the next run builds it anew.',
      );
      expect(first.targets[0].error?.hint).not.toContain('leaves an INVALID index behind');
      expect(await invalidIndexes()).toEqual([]);
      // An INVALID leftover made outside the runner: the retry's IF NOT EXISTS skips it, and without the check it would be recorded as done.
      await queryDatabase(database.url, 'CREATE UNIQUE INDEX CONCURRENTLY emails_address ON emails (address)').catch(() => {});
      expect(await invalidIndexes()).toEqual(['emails_address']);
      await queryDatabase(database.url, 'DELETE FROM emails WHERE ctid <> (SELECT min(ctid) FROM emails)');
      const retry = await migrateFleet({ dir: files.dir, masterUrl: database.url, target: 'master' });
      expect(retry.targets[0].error).toMatchObject({ code: 'INVALID_INDEX', migration: '001_unique_email' });
      expect(retry.targets[0].error?.message).toContain('public.emails_address');
      expect(retry.targets[0].error?.hint).toMatch(/^run DROP INDEX CONCURRENTLY public\.emails_address; then run again/);
      expect(await ledgerRows(database.url)).toEqual([]);
      // Following the hint works.
      await queryDatabase(database.url, 'DROP INDEX CONCURRENTLY public.emails_address');
      const fixed = await migrateFleet({ dir: files.dir, masterUrl: database.url, target: 'master' });
      expect(fixed.targets[0]).toMatchObject({ status: 'applied', toVersion: 1 });
    } finally {
      files.remove();
    }
  });
});

describe('a failure caused by one tenant’s rows', () => {
  it('says the rows are the cause, not the SQL: the other tenant passed, and a dry run on an empty database would too', async () => {
    const data = await createDatabaseFleet('failures_data', 2);
    const [clean, duplicated] = data.tenants;
    for (const tenant of data.tenants) await queryDatabase(tenant.url, 'CREATE TABLE users (id int, email text)');
    await queryDatabase(duplicated.url, "INSERT INTO users VALUES (1, 'a@example.com'), (2, 'a@example.com')");
    await queryDatabase(clean.url, "INSERT INTO users VALUES (1, 'a@example.com'), (2, 'b@example.com')");
    const unique = writeMigrations({
      'tenant/001_unique_email.sql': goose(
        'CREATE UNIQUE INDEX IF NOT EXISTS users_email ON users (email);',
        'DROP INDEX IF EXISTS users_email;',
      ),
    });
    try {
      const report = await migrateFleet({ dir: unique.dir, masterUrl: data.master.url, target: 'tenants' });
      const byName = new Map(report.targets.map((target) => [target.name, target]));
      expect(byName.get(clean.name)?.status).toBe('applied');
      const error = byName.get(duplicated.name)?.error;
      expect(error).toMatchObject({ code: 'MIGRATION_FAILED', migration: '001_unique_email', line: 2 });
      expect(error?.message).toContain('[SQLSTATE 23505]');
      expect(error?.hint).toMatch(/^this target's rows do not fit the change \(other targets may have passed/);
      expect(error?.hint).toContain('remove duplicates before a UNIQUE index');
    } finally {
      unique.remove();
      await data.drop();
    }
  });
});
