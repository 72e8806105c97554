/**
 * Lock-timeout retries: a migration that meets a table an application transaction holds gives up
 * after --lock-timeout, waits with nothing locked, and runs again, up to --lock-retries times.
 * A NO TRANSACTION file goes on from the statement that timed out. The attempts and waits are in
 * the report; a lock that is never released fails that tenant only.
 */
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { migrateFleet, type ProgressEvent } from '../../src/fleet/index.js';
import { cli } from '../support/cli.js';
import { queryDatabase } from '../support/database.js';
import { createSchemaFleet, goose, ledgerRows, type TestFleet, writeMigrations } from './support/fleet.js';

let fleet: TestFleet;
let files: ReturnType<typeof writeMigrations>;
let application: pg.Client | undefined;

/** An application transaction holding shop_1.items (ACCESS SHARE: enough to block an ALTER). */
async function holdItems(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: fleet.master.url });
  await client.connect();
  await client.query('BEGIN');
  await client.query('LOCK TABLE shop_1.items IN ACCESS SHARE MODE');
  application = client;
  return client;
}

/** Commits the application's transaction when tenant-migrate reports its first lock-timeout retry. */
function releaseOnFirstRetry(holder: pg.Client) {
  let released = false;
  return (event: ProgressEvent) => {
    if (event.type !== 'lock-retry' || released) return;
    released = true;
    void holder.query('COMMIT');
  };
}

const quick = { lockTimeout: '150ms', lockRetryDelayMs: 150, target: 'tenants' as const };

beforeAll(async () => {
  fleet = await createSchemaFleet('lockretry', 2);
  files = writeMigrations({ 'tenant/001_items.sql': goose('CREATE TABLE items (id int PRIMARY KEY);') });
  expect((await migrateFleet({ dir: files.dir, masterUrl: fleet.master.url, target: 'tenants' })).ok).toBe(true);
});
afterEach(async () => {
  await application?.end().catch(() => {});
  application = undefined;
});
afterAll(async () => {
  await fleet?.drop();
  files?.remove();
});

describe('lock-timeout retries', () => {
  it('a lock released during the retries: the migration is applied, with its attempts and waits in the report', async () => {
    files.write('tenant/002_note.sql', goose('ALTER TABLE items ADD COLUMN note text;'));
    const holder = await holdItems();
    // The application commits while tenant-migrate waits after its first lock timeout.
    const report = await migrateFleet({
      dir: files.dir,
      masterUrl: fleet.master.url,
      lockRetries: 6,
      ...quick,
      onProgress: releaseOnFirstRetry(holder),
    });
    expect(report.targets.map((target) => [target.name, target.status, target.error?.message])).toEqual([
      ['shop-1', 'applied', undefined],
      ['shop-2', 'applied', undefined],
    ]);
    const [shop1, shop2] = report.targets;
    expect(shop1.applied[0].lockRetries?.attempts).toBeGreaterThanOrEqual(2);
    expect(shop1.applied[0].lockRetries?.waitedMs).toBeGreaterThan(0);
    expect(shop2.applied[0].lockRetries).toBeUndefined();
    expect((await ledgerRows(fleet.master.url, 'shop_1')).map((row) => row.name)).toEqual(['001_items', '002_note']);
  });

  it('a lock never released: that tenant fails after its retries, saying so; the others finish', async () => {
    files.write('tenant/003_flag.sql', goose('ALTER TABLE items ADD COLUMN flag boolean;'));
    await holdItems();
    const report = await migrateFleet({ dir: files.dir, masterUrl: fleet.master.url, lockRetries: 2, ...quick });
    expect(report.ok).toBe(false);
    const [shop1, shop2] = report.targets;
    expect(shop2.status).toBe('applied');
    expect(shop1.status).toBe('failed');
    expect(shop1.error?.message).toContain('[SQLSTATE 55P03]');
    expect(shop1.error?.message).toContain('tried 3 times');
    expect(shop1.error?.lockRetries?.attempts).toBe(3);
    // CI can tell a busy table from a broken migration by the code.
    expect(shop1.error?.code).toBe('LOCK_TIMEOUT');
    // Who held the table is named: the application's session, by pid, state and lock, never its query.
    const holderPid = (await application!.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid;
    expect(shop1.error?.lockHolders).toEqual([
      expect.objectContaining({ pid: holderPid, state: 'idle in transaction', mode: 'AccessShareLock', table: 'items' }),
    ]);
    expect(shop1.error?.detail).toMatch(
      new RegExp(`^held by pid ${holderPid} \\(.*idle in transaction, transaction open \\d+ s\\): AccessShareLock on items$`),
    );
    expect(shop2.error).toBeUndefined();
    expect((await ledgerRows(fleet.master.url, 'shop_1')).map((row) => row.name)).not.toContain('003_flag');
    // The record shows the hint as the live run gave it: the CLI's flag, not the library's option name.
    const shown = await cli(['runs', 'show', report.runId!, '--master-url', fleet.master.url]);
    expect(shown.stdout).toContain('raise --lock-timeout');
    expect(shown.stdout).not.toContain('lockTimeout');
  });

  it('--lock-retries 0 fails at the first lock timeout', async () => {
    await holdItems();
    const report = await migrateFleet({ dir: files.dir, masterUrl: fleet.master.url, lockRetries: 0, tenants: ['shop-1'], ...quick });
    expect(report.targets[0].status).toBe('failed');
    expect(report.targets[0].error?.message).toContain('[SQLSTATE 55P03]');
    expect(report.targets[0].error?.lockRetries).toBeUndefined();
  });

  it('NO TRANSACTION: only the statement that timed out runs again, the ones before it are not repeated', async () => {
    await application?.end();
    application = undefined;
    await migrateFleet({ dir: files.dir, masterUrl: fleet.master.url, target: 'tenants' });
    files.write(
      'tenant/004_split.sql',
      goose('CREATE TABLE before_lock (id int);\nALTER TABLE items ADD COLUMN split int;\nCREATE TABLE after_lock (id int);', undefined, {
        noTransaction: true,
      }),
    );
    const holder = await holdItems();
    const report = await migrateFleet({
      dir: files.dir,
      masterUrl: fleet.master.url,
      lockRetries: 6,
      tenants: ['shop-1'],
      ...quick,
      onProgress: releaseOnFirstRetry(holder),
    });
    expect(report.targets.map((target) => [target.status, target.error?.message])).toEqual([['applied', undefined]]);
    expect(report.targets[0].applied[0].lockRetries?.attempts).toBeGreaterThanOrEqual(2);
    const { rows } = await queryDatabase(
      fleet.master.url,
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'shop_1' AND table_name IN ('before_lock', 'after_lock') ORDER BY 1",
    );
    expect(rows.map((row) => row.table_name)).toEqual(['after_lock', 'before_lock']);
  });
});

/** An application transaction holding a snapshot, on no table of the tenants': what a concurrent index build waits for. */
async function holdSnapshot(): Promise<{ client: pg.Client; pid: number }> {
  const client = new pg.Client({ connectionString: fleet.master.url });
  await client.connect();
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
  const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
  application = client;
  return { client, pid: rows[0].pid };
}

const invalidIndexCount = async (schema: string) =>
  (
    await queryDatabase<{ n: number }>(
      fleet.master.url,
      `SELECT count(*)::int AS n FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = $1 AND NOT i.indisvalid`,
      [schema],
    )
  ).rows[0].n;

describe('CREATE INDEX CONCURRENTLY behind an older transaction of the database', () => {
  it('never released: its INVALID index is dropped each time, it is retried, and the report names the open transaction', async () => {
    await application?.end();
    application = undefined;
    await migrateFleet({ dir: files.dir, masterUrl: fleet.master.url, target: 'tenants' });
    files.write(
      'tenant/005_items_idx.sql',
      goose('CREATE INDEX CONCURRENTLY IF NOT EXISTS items_id_idx ON items (id);', 'DROP INDEX CONCURRENTLY IF EXISTS items_id_idx;', {
        noTransaction: true,
      }),
    );
    const { pid } = await holdSnapshot();
    const report = await migrateFleet({ dir: files.dir, masterUrl: fleet.master.url, lockRetries: 2, tenants: ['shop-2'], ...quick });
    const [shop2] = report.targets;
    expect(shop2.status).toBe('failed');
    expect(shop2.error?.code).toBe('LOCK_TIMEOUT');
    // Retried: a build that left nothing behind can run again.
    expect(shop2.error?.lockRetries?.attempts).toBe(3);
    expect(shop2.error?.message).toContain(
      'The INVALID index shop_2.items_id_idx it left was dropped (DROP INDEX CONCURRENTLY): the next run builds it anew.',
    );
    expect(shop2.error?.hint).toMatch(
      /^CREATE INDEX CONCURRENTLY waits for every transaction open in the database when it began, on any table/,
    );
    expect(shop2.error?.lockHolders).toEqual([expect.objectContaining({ pid, state: 'idle in transaction', table: '', mode: '' })]);
    expect(shop2.error?.detail).toMatch(new RegExp(`^open transaction in this database: pid ${pid} \\(`));
    // Nothing is left for the next run to trip over.
    expect(await invalidIndexCount('shop_2')).toBe(0);
    expect((await ledgerRows(fleet.master.url, 'shop_2')).map((row) => row.name)).not.toContain('005_items_idx');
  });

  it('released during the retries: the index is built, valid, and the migration recorded', async () => {
    const { client } = await holdSnapshot();
    const report = await migrateFleet({
      dir: files.dir,
      masterUrl: fleet.master.url,
      lockRetries: 6,
      tenants: ['shop-2'],
      ...quick,
      onProgress: releaseOnFirstRetry(client),
    });
    expect(report.targets.map((target) => [target.status, target.error?.message])).toEqual([['applied', undefined]]);
    expect(report.targets[0].applied[0].lockRetries?.attempts).toBeGreaterThanOrEqual(2);
    expect(await invalidIndexCount('shop_2')).toBe(0);
    const { rows } = await queryDatabase(
      fleet.master.url,
      "SELECT 1 FROM pg_indexes WHERE schemaname = 'shop_2' AND indexname = 'items_id_idx'",
    );
    expect(rows).toHaveLength(1);
  });
});

describe('the tenants table locked on the master', () => {
  /** Someone's ALTER or LOCK TABLE on the tenants table: the tenants query cannot read it. */
  async function holdTenants(): Promise<{ client: pg.Client; pid: number }> {
    const client = new pg.Client({ connectionString: fleet.master.url });
    await client.connect();
    await client.query('BEGIN');
    await client.query('LOCK TABLE tenants IN ACCESS EXCLUSIVE MODE');
    const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    application = client;
    return { client, pid: rows[0].pid };
  }

  it('never released: the run fails with LOCK_TIMEOUT after its retries, naming who holds the table', async () => {
    const { pid } = await holdTenants();
    const error = await migrateFleet({ dir: files.dir, masterUrl: fleet.master.url, lockRetries: 1, ...quick }).catch((failure) => failure);
    expect(error).toMatchObject({ code: 'LOCK_TIMEOUT' });
    expect(error.message).toMatch(
      /^the tenants query on the master waited past lock_timeout \(tried 2 times\): another session holds a lock on its table/,
    );
    expect(error.detail).toContain(`held by pid ${pid} (`);
    expect(error.detail).toContain('AccessExclusiveLock on tenants');
    // The CLI says it in its own terms.
    const shown = await cli([
      'migrate',
      '--dry-run',
      '--dir',
      files.dir,
      '--master-url',
      fleet.master.url,
      '--lock-timeout',
      '150ms',
      '--lock-retries',
      '0',
    ]);
    expect(shown.code).toBe(1);
    expect(shown.stderr + shown.stdout).toContain(`held by pid ${pid} (`);
    expect(shown.stderr + shown.stdout).toContain('raise --lock-timeout');
  });

  it('released during the retries: the tenants are read and the run goes on', async () => {
    const { client } = await holdTenants();
    setTimeout(() => void client.query('COMMIT'), 250);
    const report = await migrateFleet({ dir: files.dir, masterUrl: fleet.master.url, lockRetries: 6, ...quick });
    expect(report.error).toBeUndefined();
    expect(report.targets.map((target) => target.name)).toEqual(['shop-1', 'shop-2']);
  });
});

describe('a failed concurrent build whose table is busy too', () => {
  it('the INVALID index it left is dropped after the wait, and the build retried: applied, nothing left over', async () => {
    await application?.end();
    application = undefined;
    // shop-1 up to date first, then the new build.
    await migrateFleet({ dir: files.dir, masterUrl: fleet.master.url, tenants: ['shop-1'], lockRetries: 6, ...quick });
    files.write(
      'tenant/006_items_id2_idx.sql',
      goose('CREATE INDEX CONCURRENTLY IF NOT EXISTS items_id2_idx ON items (id);', 'DROP INDEX CONCURRENTLY IF EXISTS items_id2_idx;', {
        noTransaction: true,
      }),
    );
    // A snapshot that also reads the table: the build waits for it, and the drop of its leftover waits for the reader too.
    const client = new pg.Client({ connectionString: fleet.master.url });
    await client.connect();
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
    await client.query('SELECT count(*) FROM shop_1.items');
    application = client;
    const report = await migrateFleet({
      dir: files.dir,
      masterUrl: fleet.master.url,
      lockRetries: 6,
      tenants: ['shop-1'],
      ...quick,
      onProgress: releaseOnFirstRetry(client),
    });
    expect(report.targets.map((target) => [target.status, target.error?.message])).toEqual([['applied', undefined]]);
    expect(await invalidIndexCount('shop_1')).toBe(0);
  });
});
