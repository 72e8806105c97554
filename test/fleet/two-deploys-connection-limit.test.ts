/**
 * Deploys that meet under a tight CONNECTION LIMIT (trial A, P9 and P11). Two deploys at once
 * share the role's three slots: neither fails because the other holds one for a moment (the
 * first one used to fail with TOO_MANY_CONNECTIONS on the master, its tenants query's connect
 * finding the slots taken), and both end with every tenant migrated once. A deploy whose tenants
 * all wait for another deploy's lock prints no MaxListenersExceededWarning: the waits share one
 * abort listener. The fleet belongs to a plain role: superusers ignore CONNECTION LIMIT.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockKey } from '../../src/db/advisory-lock.js';
import { withDatabase } from '../../src/db/connection-url.js';
import { migrateFleet } from '../../src/fleet/index.js';
import { adminQuery, dropTestDatabase, queryDatabase, serverUrl, uniqueName } from '../support/database.js';
import { addTenant, goose, TENANTS_TABLE, writeMigrations } from './support/fleet.js';

const role = uniqueName('fleet_interrupt_two');
const password = 'fleet-interrupt-two-pass';
const databases: string[] = [];
const TENANTS = 4;
let masterUrl: string;
let tenantUrls: string[];
const files = writeMigrations({
  'tenant/001_items.sql': goose('CREATE TABLE items (id int);\nSELECT pg_sleep(0.3);', 'DROP TABLE items;'),
});

beforeAll(async () => {
  await adminQuery(`CREATE ROLE ${role} LOGIN PASSWORD '${password}' CONNECTION LIMIT 3`);
  const url = new URL(serverUrl());
  url.username = role;
  url.password = password;
  const asRole = url.toString();
  const names = [`${role}_m`, ...Array.from({ length: TENANTS }, (_, index) => `${role}_t${index + 1}`)];
  for (const name of names) {
    await adminQuery(`CREATE DATABASE "${name}" OWNER ${role}`);
    databases.push(name);
  }
  masterUrl = withDatabase(asRole, names[0]);
  tenantUrls = names.slice(1).map((name) => withDatabase(asRole, name));
  await queryDatabase(masterUrl, TENANTS_TABLE);
  for (const [index, tenantUrl] of tenantUrls.entries()) await addTenant(masterUrl, `cust-${index + 1}`, { databaseUrl: tenantUrl });
});
afterAll(async () => {
  for (const name of databases) await dropTestDatabase(name);
  await adminQuery(`DROP ROLE IF EXISTS ${role}`);
  files.remove();
});

async function reset(): Promise<void> {
  for (const name of databases.slice(1)) {
    await adminQuery('DROP TABLE IF EXISTS items, _migration_versions', [], withDatabase(serverUrl(), name));
  }
}

async function ledgerCounts(): Promise<number[]> {
  const counts: number[] = [];
  for (const tenantUrl of tenantUrls) {
    const { rows } = await queryDatabase<{ n: number }>(tenantUrl, 'SELECT count(*)::int AS n FROM _migration_versions');
    counts.push(rows[0].n);
  }
  return counts;
}

/** The application holds every slot of the role for `ms`, then gives them back. */
async function holdEverySlot(ms: number): Promise<() => Promise<void>> {
  const clients = await Promise.all(
    [0, 1, 2].map(async () => {
      const client = new pg.Client({ connectionString: masterUrl });
      await client.connect();
      return client;
    }),
  );
  const released = sleep(ms).then(() => Promise.all(clients.map((client) => client.end())));
  return async () => {
    await released;
  };
}

describe('deploys under a tight CONNECTION LIMIT', () => {
  it("a deploy that starts while the role's slots are all taken for a moment waits for one, and migrates every tenant", async () => {
    await reset();
    const released = await holdEverySlot(1_500);
    try {
      const report = await migrateFleet({ dir: files.dir, masterUrl, target: 'tenants' });
      expect(report.error).toBeUndefined();
      expect(report.targets.map((target) => [target.name, target.status])).toEqual(
        tenantUrls.map((_, index) => [`cust-${index + 1}`, 'applied']),
      );
    } finally {
      await released();
    }
    expect(await ledgerCounts()).toEqual(tenantUrls.map(() => 1));
  });

  it('two deploys at once: both succeed, and each tenant is migrated once', async () => {
    await reset();
    const first = migrateFleet({ dir: files.dir, masterUrl, target: 'tenants' });
    await sleep(150);
    const second = migrateFleet({ dir: files.dir, masterUrl, target: 'tenants' });
    const reports = await Promise.all([first, second]);
    for (const report of reports) {
      expect(report.error).toBeUndefined();
      expect(report.targets.filter((target) => target.status === 'failed').map((target) => target.error?.message)).toEqual([]);
      expect(report.ok).toBe(true);
    }
    // Each tenant applied by one of them, found up to date by the other.
    for (const [index] of tenantUrls.entries()) {
      expect(reports.map((report) => report.targets[index].status).sort()).toEqual(['applied', 'up-to-date']);
    }
    expect(await ledgerCounts()).toEqual(tenantUrls.map(() => 1));
  });
});

describe("a deploy waiting for another deploy's locks", () => {
  it('prints no MaxListenersExceededWarning, however many of its targets wait at once', async () => {
    // Sixteen schema tenants of one database (as superuser: the limit is not what this is about).
    const master = uniqueName('fleet_interrupt_listeners');
    await adminQuery(`CREATE DATABASE "${master}"`);
    const url = withDatabase(serverUrl(), master);
    const warnings: string[] = [];
    const onWarning = (warning: Error) => {
      warnings.push(`${warning.name}: ${warning.message}`);
    };
    process.on('warning', onWarning);
    const holder = new pg.Client({ connectionString: url });
    try {
      await queryDatabase(url, TENANTS_TABLE);
      const schemas = Array.from({ length: 16 }, (_, index) => `shop_${index + 1}`);
      for (const [index, schema] of schemas.entries()) {
        await queryDatabase(url, `CREATE SCHEMA ${schema}`);
        await addTenant(url, `shop-${index + 1}`, { schema });
      }
      // Another deploy holds every tenant's lock for a while.
      await holder.connect();
      for (const schema of schemas) await holder.query('SELECT pg_advisory_lock($1, $2)', lockKey(schema));
      const controller = new AbortController();
      const run = migrateFleet({
        dir: files.dir,
        masterUrl: url,
        target: 'tenants',
        concurrency: 16,
        maxConnections: 16,
        record: false,
        signal: controller.signal,
      });
      // Every tenant polls for its lock meanwhile (each poll's wait is abortable).
      await waitFor(async () => (await lockPolls(url)) >= 12, 'the tenants to poll for their locks');
      await sleep(600);
      await holder.query('SELECT pg_advisory_unlock_all()');
      const report = await run;
      expect(report.targets.filter((target) => target.status !== 'applied').map((target) => target.error?.message)).toEqual([]);
      expect(warnings.filter((warning) => warning.startsWith('MaxListenersExceededWarning'))).toEqual([]);
    } finally {
      process.off('warning', onWarning);
      await holder.end().catch(() => {});
      await dropTestDatabase(master);
    }
  });
});

/** tenant-migrate sessions of the database that have polled for a lock (their last query). */
async function lockPolls(url: string): Promise<number> {
  const { rows } = await queryDatabase<{ n: number }>(
    url,
    `SELECT count(*)::int AS n FROM pg_stat_activity
      WHERE datname = current_database() AND application_name = 'tenant-migrate' AND query LIKE '%pg_try_advisory_lock%'`,
  );
  return rows[0].n;
}

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}
