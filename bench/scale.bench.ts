/**
 * The fleet at scale (issue 12), each figure printed with its ratio, measured in one run:
 *
 *  - schemas:   SCALE_SCHEMAS (10,000) schema tenants in one database x 3 migrations: tenant-migrate
 *               against a bare `pg` floor (same SQL, same concurrency 16 over 16 reused connections,
 *               no ledger, no locks); the same fleet with nothing pending against `status`; `status`.
 *  - databases: `status` over SCALE_DATABASES (1,000) tenant databases.
 *  - limited:   SCALE_LIMITED (50) databases on a server started with max_connections = 20, migrated
 *               with --concurrency 32: how many tenants failed.
 *  - rss:       peak resident memory of a process running the fleet at SCALE_RSS sizes (1,000, 10,000,
 *               100,000 schema tenants).
 *
 * SCALE_PARTS picks parts (comma-separated, default all); BENCH_DATABASE_URL the server. Quick run:
 *   SCALE_SCHEMAS=500 SCALE_DATABASES=50 SCALE_RSS=1000 npm run bench scale
 * Every database made here is dropped at the end. 200 tenant databases against dbmate, psql and
 * the bare floor is the `fleet` part.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { maskUrl } from '../src/db/connection-url.js';
import { startEmbeddedServer } from '../src/ephemeral/embedded-server.js';
import { fleetStatus, migrateFleet } from '../src/fleet/index.js';
import { createDatabaseFleet, createSchemaFleet, dropDatabases, ratio, schemaNames, seconds } from './support/bench-db.js';
import { TENANT_STATEMENTS, writeFleetFiles } from './support/fleet-files.js';

const SERVER = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const SCHEMAS = Number(process.env.SCALE_SCHEMAS ?? 10_000);
const DATABASES = Number(process.env.SCALE_DATABASES ?? 1_000);
const LIMITED = Number(process.env.SCALE_LIMITED ?? 50);
const RSS_SIZES = (process.env.SCALE_RSS ?? '1000,10000,100000').split(',').map(Number).filter(Boolean);
/** Fleets larger than this are measured with a dry run (every ledger read, every target planned, nothing written). */
const RSS_APPLY_MAX = Number(process.env.SCALE_RSS_APPLY_MAX ?? 10_000);
const PARTS = (process.env.SCALE_PARTS ?? 'schemas,databases,limited,rss').split(',');
const CONCURRENCY = 16;
/** BENCH_PREFIX names the databases made here (engineers sharing a server pick their own). */
const PREFIX = `${process.env.BENCH_PREFIX ?? 'tm_bench'}_scale`;

export async function run(): Promise<void> {
  const files = writeFleetFiles({ withMaster: false });
  try {
    if (PARTS.includes('schemas')) await schemaFleet(files.dir);
    if (PARTS.includes('databases')) await databaseStatus(files.dir);
    if (PARTS.includes('limited')) await limitedServer(files.dir);
    if (PARTS.includes('rss')) await peakMemory(files.dir);
  } finally {
    rmSync(files.root, { recursive: true, force: true });
  }
}

async function schemaFleet(dir: string): Promise<void> {
  const database = `${PREFIX}_schemas`;
  console.log(`${SCHEMAS} schema tenants in one database, 3 migrations each, concurrency ${CONCURRENCY}, on ${maskUrl(SERVER)}`);
  try {
    let started = performance.now();
    let masterUrl = await createSchemaFleet(SERVER, database, SCHEMAS);
    console.log(`  setup: ${SCHEMAS} schemas in ${seconds(performance.now() - started)}`);

    started = performance.now();
    await bareSchemaFloor(masterUrl, schemaNames(SCHEMAS));
    const floorMs = performance.now() - started;
    console.log(`  bare pg floor (16 reused connections, no ledger, no lock):  ${seconds(floorMs)}`);

    masterUrl = await createSchemaFleet(SERVER, database, SCHEMAS);
    await migrateFleet({ dir, masterUrl, target: 'master', dryRun: true }); // warm-up: parser WASM, JIT
    started = performance.now();
    const migrated = await migrateFleet({ dir, masterUrl, target: 'tenants', concurrency: CONCURRENCY });
    const migrateMs = performance.now() - started;
    expectOk(migrated, 'migrate');
    console.log(`  tenant-migrate migrate:                                      ${seconds(migrateMs)}`);

    started = performance.now();
    const again = await migrateFleet({ dir, masterUrl, target: 'tenants', concurrency: CONCURRENCY });
    const noopMs = performance.now() - started;
    expectOk(again, 'migrate (nothing pending)');
    if (again.targets.some((target) => target.status !== 'up-to-date')) throw new Error('a second migrate found work to do');
    console.log(`  tenant-migrate migrate, nothing pending:                     ${seconds(noopMs)}`);

    started = performance.now();
    const status = await fleetStatus({ dir, masterUrl, target: 'tenants' });
    const statusMs = performance.now() - started;
    if (!status.ok || status.targets.length !== SCHEMAS || status.targets.some((target) => target.pending !== 0)) {
      throw new Error('status does not see a migrated fleet');
    }
    console.log(`  tenant-migrate status:                                       ${seconds(statusMs)}`);
    console.log(`\n  migrate / bare floor:            ${ratio(migrateMs, floorMs)}  (target: <= 1.5x)`);
    console.log(`  nothing pending / status:        ${ratio(noopMs, statusMs)}  (target: <= 1.5x)`);
    console.log(`  status over ${SCHEMAS} schemas:      ${seconds(statusMs)}  (target: < 3s)`);
  } finally {
    await dropDatabases(SERVER, [database]).catch((error) => console.error(`cleanup failed: ${error}`));
  }
}

/** What a hand-written script does: 16 connections, each tenant's files in their own transaction. */
async function bareSchemaFloor(url: string, schemas: string[]): Promise<void> {
  const clients = await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      return client;
    }),
  );
  try {
    let next = 0;
    await Promise.all(
      clients.map(async (client) => {
        while (next < schemas.length) {
          const schema = schemas[next++];
          await client.query(`SET search_path = "${schema}"`);
          for (const statements of TENANT_STATEMENTS) {
            await client.query('BEGIN');
            for (const statement of statements) await client.query(statement);
            await client.query('COMMIT');
          }
        }
      }),
    );
  } finally {
    await Promise.all(clients.map((client) => client.end()));
  }
}

async function databaseStatus(dir: string): Promise<void> {
  const prefix = `${PREFIX}_db`;
  console.log(`\nstatus over ${DATABASES} tenant databases on ${maskUrl(SERVER)}`);
  let names: string[] = [];
  try {
    let started = performance.now();
    const fleet = await createDatabaseFleet(SERVER, prefix, DATABASES);
    names = fleet.names;
    console.log(`  setup: ${DATABASES} databases in ${seconds(performance.now() - started)}`);
    started = performance.now();
    expectOk(await migrateFleet({ dir, masterUrl: fleet.masterUrl, target: 'tenants' }), 'migrate');
    console.log(`  tenant-migrate migrate (default concurrency):  ${seconds(performance.now() - started)}`);
    started = performance.now();
    const status = await fleetStatus({ dir, masterUrl: fleet.masterUrl, target: 'tenants' });
    const statusMs = performance.now() - started;
    if (!status.ok || status.targets.length !== DATABASES) throw new Error('status does not see a migrated fleet');
    console.log(`  tenant-migrate status:                         ${seconds(statusMs)}  (target: < 3s)`);
  } finally {
    await dropDatabases(SERVER, names).catch((error) => console.error(`cleanup failed: ${error}`));
  }
}

async function limitedServer(dir: string): Promise<void> {
  console.log(`\n${LIMITED} tenant databases on a server with max_connections = 20, --concurrency 32`);
  const server = await startEmbeddedServer({ settings: { max_connections: '20' } });
  try {
    const fleet = await createDatabaseFleet(server.url, `${PREFIX}_limited`, LIMITED);
    const started = performance.now();
    const report = await migrateFleet({ dir, masterUrl: fleet.masterUrl, target: 'tenants', concurrency: 32 });
    const ms = performance.now() - started;
    const failed = report.targets.filter((target) => target.status === 'failed');
    const migrated = report.targets.filter((target) => target.status === 'applied').length;
    console.log(`  tenant-migrate: ${migrated} of ${LIMITED} migrated, ${failed.length} failed, in ${seconds(ms)}  (target: 0 failed)`);
    if (failed.length > 0) console.log(`  first failure: ${failed[0].error?.code}: ${failed[0].error?.message}`);
  } finally {
    await server.stop();
  }
}

/** Peak RSS of a fresh process per fleet size (bench/support/rss-child.ts), so sizes do not share a heap. */
async function peakMemory(dir: string): Promise<void> {
  console.log('\npeak resident memory of one process running the fleet (schema tenants)');
  const database = `${PREFIX}_rss`;
  try {
    for (const size of RSS_SIZES) {
      const masterUrl = await createSchemaFleet(SERVER, database, size);
      const child = spawnSync(
        process.execPath,
        ['--import', 'tsx', join(import.meta.dirname, 'support/rss-child.ts'), dir, masterUrl, size > RSS_APPLY_MAX ? 'plan' : 'apply'],
        {
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024,
        },
      );
      if (child.status !== 0) throw new Error(`rss child failed: ${child.stderr}`);
      console.log(`  ${String(size).padStart(7)} schema tenants: ${child.stdout.trim()}  (target at 100,000: < 300 MB)`);
    }
  } finally {
    await dropDatabases(SERVER, [database]).catch((error) => console.error(`cleanup failed: ${error}`));
  }
}

function expectOk(report: { ok: boolean; targets: Array<{ error?: { code: string; message: string } }> }, what: string): void {
  if (report.ok) return;
  const failure = report.targets.find((target) => target.error)?.error;
  throw new Error(`${what} failed: ${failure ? `${failure.code}: ${failure.message}` : 'see the report'}`);
}
