/**
 * Deploying to a fleet: master + 200 tenant databases, 3 migrations each, on one server.
 * tenant-migrate (in-process, bounded pool) against what users run today: a sequential loop
 * that starts a per-database migration CLI once per tenant (dbmate, as the goose loop does),
 * and the floor of that approach, `psql -1 -f` per database. Every tool starts from the same
 * empty databases. Also times `status` over the migrated fleet.
 *
 * BENCH_DATABASE_URL picks the server (default: the local one); BENCH_TENANTS the fleet size.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { maskUrl, withDatabase } from '../src/db/connection-url.js';
import { DEFAULT_CONCURRENCY, fleetStatus, migrateFleet } from '../src/fleet/index.js';
import { runPool } from '../src/fleet/pool.js';
import { TENANT_STATEMENTS, writeFleetFiles } from './support/fleet-files.js';

const SERVER = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const TENANTS = Number(process.env.BENCH_TENANTS ?? 200);
const PREFIX = `${process.env.BENCH_PREFIX ?? 'tm_bench'}_fleet`;
const DBMATE = join(process.cwd(), 'node_modules/.bin/dbmate');

/** What the fleet part measured, for bench/scale.bench.ts's summary (NaN: that tool did not run here). */
export interface FleetFigures {
  dbmateMs: number;
  psqlMs: number;
  floorMs: number;
  oursMs: number;
}

export async function run(): Promise<void> {
  await measureFleet();
}

export async function measureFleet(): Promise<FleetFigures> {
  const names = Array.from({ length: TENANTS }, (_, index) => `${PREFIX}_t${String(index + 1).padStart(3, '0')}`);
  const masterName = `${PREFIX}_master`;
  const masterUrl = withDatabase(SERVER, masterName);
  const tenantUrls = names.map((name) => withDatabase(SERVER, name));
  const work = writeFleetFiles();
  console.log(`master + ${TENANTS} tenant databases, 3 migrations each, on ${maskUrl(SERVER)}`);
  try {
    let started = performance.now();
    await dropAll([masterName, ...names]);
    await runPool([masterName, ...names], 4, (name) => admin(SERVER, `CREATE DATABASE "${name}"`));
    await admin(
      masterUrl,
      'CREATE TABLE tenants (name text PRIMARY KEY, database_url text NOT NULL, is_active boolean NOT NULL DEFAULT true)',
    );
    await admin(masterUrl, 'INSERT INTO tenants (name, database_url) SELECT unnest($1::text[]), unnest($2::text[])', [names, tenantUrls]);
    console.log(`  setup: ${TENANTS + 1} databases created in ${seconds(performance.now() - started)}`);
    const all = [masterUrl, ...tenantUrls];

    const dbmateWorks = existsSync(DBMATE) && spawnSync(DBMATE, ['--version']).status === 0;
    let dbmateMs = Number.NaN;
    if (dbmateWorks) {
      await reset(all);
      started = performance.now();
      // The goose loop: list the tenants, then one CLI process per database, one after the other.
      const tenants = await listTenants(masterUrl);
      runOrThrow(DBMATE, dbmateArgs(masterUrl, work.dbmateMaster));
      for (const url of tenants) runOrThrow(DBMATE, dbmateArgs(url, work.dbmateTenant));
      dbmateMs = performance.now() - started;
      await expectMigrated(all, 'schema_migrations');
      console.log(`  dbmate loop (sequential, one process per database):  ${seconds(dbmateMs)}`);
    } else {
      console.log('  dbmate loop: skipped (node_modules/.bin/dbmate does not run here)');
    }

    const psqlWorks = spawnSync('psql', ['--version']).status === 0;
    let psqlMs = Number.NaN;
    if (psqlWorks) {
      await reset(all);
      started = performance.now();
      const tenants = await listTenants(masterUrl);
      runOrThrow('psql', psqlArgs(masterUrl, work.psqlMaster));
      for (const url of tenants) runOrThrow('psql', psqlArgs(url, work.psqlTenant));
      psqlMs = performance.now() - started;
      console.log(`  psql -1 -f floor (sequential, no ledger, no checks):   ${seconds(psqlMs)}`);
    } else {
      console.log('  psql floor: skipped (no psql on PATH)');
    }

    await reset(all);
    started = performance.now();
    await bareFloor(await listTenants(masterUrl));
    const floorMs = performance.now() - started;
    console.log(
      `  bare pg floor (concurrency ${DEFAULT_CONCURRENCY}, one connection per database, no ledger, no lock): ${seconds(floorMs)}`,
    );

    // Warm-up outside the timings: the SQL parser's WebAssembly and the JIT, as in a long-lived process.
    await migrateFleet({ dir: work.dir, masterUrl, target: 'master', dryRun: true });
    const sweep = [...new Set([4, 8, DEFAULT_CONCURRENCY, 32])].sort((a, b) => a - b);
    const timings = new Map<number, number>();
    for (const concurrency of sweep) {
      await reset(all);
      started = performance.now();
      const report = await migrateFleet({ dir: work.dir, masterUrl, concurrency });
      const ms = performance.now() - started;
      if (!report.ok) throw new Error(`tenant-migrate failed: ${JSON.stringify(report.targets.find((target) => target.error)?.error)}`);
      await expectMigrated(all, '_migration_versions');
      timings.set(concurrency, ms);
      console.log(
        `  tenant-migrate, concurrency ${String(concurrency).padEnd(2)}${concurrency === DEFAULT_CONCURRENCY ? ' (default)' : '          '}:  ${seconds(ms)}`,
      );
    }

    started = performance.now();
    const status = await fleetStatus({ dir: work.dir, masterUrl });
    const statusMs = performance.now() - started;
    if (!status.ok || status.targets.some((target) => target.pending !== 0)) throw new Error('status does not see a migrated fleet');
    console.log(`  tenant-migrate status over ${status.targets.length} targets:       ${seconds(statusMs)}`);

    const ours = timings.get(DEFAULT_CONCURRENCY)!;
    console.log(`\n  tenant-migrate (default concurrency ${DEFAULT_CONCURRENCY}) is:`);
    if (dbmateWorks) console.log(`    ${(dbmateMs / ours).toFixed(1)}x faster than the sequential dbmate loop (target: >= 5x)`);
    if (psqlWorks) console.log(`    ${(psqlMs / ours).toFixed(1)}x faster than the sequential psql -1 -f floor (target: > 1x)`);
    console.log(`    ${(ours / floorMs).toFixed(2)}x the bare pg floor's time (tenants only for the floor; ours includes the master)`);
    console.log(
      `    ${Math.round((TENANTS + 1) / (ours / 1000))} databases/s, ${Math.round(((TENANTS + 1) * 3) / (ours / 1000))} migrations/s`,
    );
    return { dbmateMs, psqlMs, floorMs, oursMs: ours };
  } finally {
    await dropAll([masterName, ...names]).catch((error) => console.error(`cleanup failed: ${error}`));
    rmSync(work.root, { recursive: true, force: true });
  }
}

/** The tenants' files over plain pg connections, one per database, at tenant-migrate's default concurrency. */
async function bareFloor(urls: string[]): Promise<void> {
  await runPool(urls, DEFAULT_CONCURRENCY, async (url) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      for (const statements of TENANT_STATEMENTS) {
        await client.query('BEGIN');
        for (const statement of statements) await client.query(statement);
        await client.query('COMMIT');
      }
    } finally {
      await client.end();
    }
  });
}

function dbmateArgs(url: string, dir: string): string[] {
  const withSsl = new URL(url);
  withSsl.searchParams.set('sslmode', 'disable');
  return ['--url', withSsl.toString(), '--migrations-dir', dir, '--no-dump-schema', 'up'];
}

function psqlArgs(url: string, file: string): string[] {
  return ['-X', '-q', '-1', '-v', 'ON_ERROR_STOP=1', '-f', file, url];
}

function runOrThrow(command: string, args: string[]): void {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr || result.error}`);
}

async function admin(url: string, sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql, params);
  } finally {
    await client.end();
  }
}

async function listTenants(masterUrl: string): Promise<string[]> {
  const { rows } = await admin(masterUrl, 'SELECT database_url FROM tenants WHERE is_active ORDER BY name');
  return rows.map((row) => row.database_url as string);
}

/** Back to empty databases (the master keeps its tenants table), outside the timings. */
async function reset(urls: string[]): Promise<void> {
  await runPool(urls, 8, (url) =>
    admin(
      url,
      `DO $$ DECLARE t record; BEGIN
         FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'tenants' LOOP
           EXECUTE format('DROP TABLE IF EXISTS public.%I CASCADE', t.tablename);
         END LOOP; END $$`,
    ),
  );
}

async function expectMigrated(urls: string[], ledger: string): Promise<void> {
  await runPool(urls, 8, async (url) => {
    const { rows } = await admin(url, `SELECT count(*)::int AS n FROM ${ledger}`);
    if (rows[0].n !== 3) throw new Error(`${maskUrl(url)}: ${rows[0].n} rows in ${ledger}, expected 3`);
  });
}

async function dropAll(names: string[]): Promise<void> {
  await runPool(names, 4, (name) => admin(SERVER, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)}s`;
}
