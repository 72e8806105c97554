/**
 * The fleet at scale (issue 12), each figure printed with its ratio, measured in one run:
 *
 *  - schemas:   SCALE_SCHEMAS (10,000) schema tenants in one database x 3 migrations: tenant-migrate
 *               (the floor measured before and after it, the ratio to their mean)
 *               against a bare `pg` floor (same SQL, same concurrency 16 over 16 reused connections,
 *               no ledger, no locks), and that floor keeping our ledger (its CREATE and rows: the
 *               part of our time that is the record); the same fleet with nothing pending against
 *               `status` (medians of three, alternating); `status`.
 *  - databases: `status` over SCALE_DATABASES (1,000) tenant databases, against a bare floor: a
 *               connect, one SELECT of the ledger and a close per database, at status's concurrency
 *               (medians of three, alternating).
 *  - limited:   SCALE_LIMITED (50) databases on a server started with max_connections = 20, migrated
 *               with --concurrency 32: how many tenants failed.
 *  - rss:       peak resident memory of the bundled CLI running migrate and status over SCALE_RSS
 *               sizes (1,000, 10,000, 100,000 schema tenants).
 *  - fleet:     200 tenant databases x 3 against the dbmate loop, the psql loop and the bare floor
 *               (bench/fleet.bench.ts, run from here so its ratios join the summary).
 *  - missing:   SCALE_MISSING (10,000) tenants whose databases do not exist: the text report's
 *               length, and the run's time against the bare connect attempts alone.
 *
 * The run ends with every figure side by side, each with its target. SCALE_PARTS picks parts
 * (comma-separated, default all); BENCH_DATABASE_URL the server; BENCH_PREFIX the databases'
 * names. Quick run:
 *   SCALE_SCHEMAS=500 SCALE_DATABASES=50 SCALE_RSS=1000 SCALE_MISSING=500 BENCH_TENANTS=20 npm run bench scale
 * Every database made here is dropped at the end.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { maskUrl, withDatabase } from '../src/db/connection-url.js';
import { createLedgerSql, LEDGER_TABLE } from '../src/db/ledger.js';
import { APPLICATION_NAME } from '../src/db/session.js';
import { startEmbeddedServer } from '../src/ephemeral/embedded-server.js';
import { fleetStatus, migrateFleet } from '../src/fleet/index.js';
import { DEFAULT_STATUS_CONCURRENCY } from '../src/fleet/options.js';
import { runPool } from '../src/fleet/pool.js';
import { renderFleetText } from '../src/report/fleet-text.js';
import { measureFleet } from './fleet.bench.js';
import { watchBackendCpu } from './support/backend-cpu.js';
import {
  admin,
  createDatabaseFleet,
  createSchemaFleet,
  dropDatabases,
  ratio,
  schemaNames,
  seconds,
  TENANTS_TABLE,
} from './support/bench-db.js';
import { TENANT_STATEMENTS, writeFleetFiles } from './support/fleet-files.js';

const SERVER = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const SCHEMAS = Number(process.env.SCALE_SCHEMAS ?? 10_000);
const DATABASES = Number(process.env.SCALE_DATABASES ?? 1_000);
const LIMITED = Number(process.env.SCALE_LIMITED ?? 50);
const RSS_SIZES = (process.env.SCALE_RSS ?? '1000,10000,100000').split(',').map(Number).filter(Boolean);
/** Fleets larger than this are measured with a dry run (every ledger read, every target planned, nothing written). */
const RSS_APPLY_MAX = Number(process.env.SCALE_RSS_APPLY_MAX ?? 10_000);
const MISSING = Number(process.env.SCALE_MISSING ?? 10_000);
const PARTS = (process.env.SCALE_PARTS ?? 'schemas,databases,fleet,limited,rss,missing').split(',');
const CONCURRENCY = 16;
/** BENCH_PREFIX names the databases made here (engineers sharing a server pick their own). */
const PREFIX = `${process.env.BENCH_PREFIX ?? 'tm_bench'}_scale`;

/** One figure of the summary: what, the value measured, the target, and whether it is met (undefined: no target). */
interface Figure {
  what: string;
  value: string;
  target: string;
  met?: boolean;
}
const figures: Figure[] = [];

export async function run(): Promise<void> {
  const files = writeFleetFiles({ withMaster: false });
  console.log(
    `load average at the start: ${loadavg()
      .map((load) => load.toFixed(2))
      .join(', ')}`,
  );
  try {
    if (PARTS.includes('schemas')) await schemaFleet(files.dir);
    if (PARTS.includes('databases')) await databaseStatus(files.dir);
    if (PARTS.includes('fleet')) await databaseFleet();
    if (PARTS.includes('limited')) await limitedServer(files.dir);
    if (PARTS.includes('rss')) await peakMemory(files.dir);
    if (PARTS.includes('missing')) await missingDatabases(files.dir);
  } finally {
    rmSync(files.root, { recursive: true, force: true });
    printSummary();
  }
}

function printSummary(): void {
  if (figures.length === 0) return;
  const width = Math.max(...figures.map((figure) => figure.what.length));
  const valueWidth = Math.max(...figures.map((figure) => figure.value.length));
  console.log(
    `\nissue 12 figures, this run (load average at the end: ${loadavg()
      .map((load) => load.toFixed(2))
      .join(', ')}):`,
  );
  for (const figure of figures) {
    const verdict = figure.met === undefined ? '' : figure.met ? '  met' : '  NOT met';
    console.log(`  ${figure.what.padEnd(width)}  ${figure.value.padStart(valueWidth)}  (target: ${figure.target})${verdict}`);
  }
}

async function schemaFleet(dir: string): Promise<void> {
  // Each contender gets a fresh database of its own, and none is dropped until the end: right after
  // a DROP DATABASE of a fleet this size the same SQL runs about twice as long (3,000 schemas, the
  // bare floor: 10.3 s on a fresh server, then 20.5-21.3 s in each run that followed dropping the
  // previous run's database; 8.8-13.1 s in four runs with nothing dropped in between), so whoever
  // ran after a drop was timed at half speed.
  const database = (contender: string) => `${PREFIX}_schemas_${contender}`;
  const databases = ['floor', 'ledger', 'ours', 'floor_after'].map(database);
  console.log(`${SCHEMAS} schema tenants in one database, 3 migrations each, concurrency ${CONCURRENCY}, on ${maskUrl(SERVER)}`);
  try {
    // Leftovers of an interrupted run first, so that no drop falls between two timed runs.
    await dropDatabases(SERVER, databases);
    let started = performance.now();
    let masterUrl = await createSchemaFleet(SERVER, database('floor'), SCHEMAS);
    console.log(`  setup: ${SCHEMAS} schemas in ${seconds(performance.now() - started)}`);

    await settle();
    let cpu = await watchBackendCpu(SERVER, FLOOR_APPLICATION);
    started = performance.now();
    await bareSchemaFloor(masterUrl, schemaNames(SCHEMAS));
    const floorBeforeMs = performance.now() - started;
    const floorBeforeCpu = await cpu.stop();
    console.log(`  bare pg floor (16 reused connections, no ledger, no lock):  ${seconds(floorBeforeMs)}${cpuText(floorBeforeCpu)}`);

    // The floor again with the ledger's own SQL: how much of our time is the record itself.
    masterUrl = await createSchemaFleet(SERVER, database('ledger'), SCHEMAS);
    await settle();
    cpu = await watchBackendCpu(SERVER, LEDGER_FLOOR_APPLICATION);
    started = performance.now();
    await bareSchemaFloor(masterUrl, schemaNames(SCHEMAS), true);
    const ledgerFloorMs = performance.now() - started;
    const ledgerFloorCpu = await cpu.stop();
    console.log(`  the same floor with our ledger (its CREATE, a row a file):    ${seconds(ledgerFloorMs)}${cpuText(ledgerFloorCpu)}`);

    masterUrl = await createSchemaFleet(SERVER, database('ours'), SCHEMAS);
    await migrateFleet({ dir, masterUrl, target: 'master', dryRun: true }); // warm-up: parser WASM, JIT
    await settle();
    cpu = await watchBackendCpu(SERVER, APPLICATION_NAME);
    started = performance.now();
    const migrated = await migrateFleet({ dir, masterUrl, target: 'tenants', concurrency: CONCURRENCY });
    const migrateMs = performance.now() - started;
    const migrateCpu = await cpu.stop();
    expectOk(migrated, 'migrate');
    console.log(`  tenant-migrate migrate:                                      ${seconds(migrateMs)}${cpuText(migrateCpu)}`);

    // Nothing pending against status, alternately three times each (medians): one run of each
    // right after the big migrate would also time the checkpoint and record writes it left behind.
    const noopTimes: number[] = [];
    const statusTimes: number[] = [];
    for (let round = 0; round < 3; round++) {
      started = performance.now();
      const again = await migrateFleet({ dir, masterUrl, target: 'tenants', concurrency: CONCURRENCY });
      noopTimes.push(performance.now() - started);
      expectOk(again, 'migrate (nothing pending)');
      if (again.targets.some((target) => target.status !== 'up-to-date')) throw new Error('a second migrate found work to do');
      started = performance.now();
      const status = await fleetStatus({ dir, masterUrl, target: 'tenants' });
      statusTimes.push(performance.now() - started);
      if (!status.ok || status.targets.length !== SCHEMAS || status.targets.some((target) => target.pending !== 0)) {
        throw new Error('status does not see a migrated fleet');
      }
    }
    const noopMs = median(noopTimes);
    const statusMs = median(statusTimes);
    console.log(
      `  tenant-migrate migrate, nothing pending (median of 3):       ${seconds(noopMs)}  (${noopTimes.map(seconds).join(', ')})`,
    );
    console.log(
      `  tenant-migrate status (median of 3, alternating with it):    ${seconds(statusMs)}  (${statusTimes.map(seconds).join(', ')})`,
    );

    // The floor again after tenant-migrate: the machine is shared, so the ratio is to the mean of
    // a floor measured before and one after (the load on both sides of our run).
    masterUrl = await createSchemaFleet(SERVER, database('floor_after'), SCHEMAS);
    await settle();
    cpu = await watchBackendCpu(SERVER, FLOOR_APPLICATION);
    started = performance.now();
    await bareSchemaFloor(masterUrl, schemaNames(SCHEMAS));
    const floorAfterMs = performance.now() - started;
    const floorAfterCpu = await cpu.stop();
    console.log(`  bare pg floor again, after:                                  ${seconds(floorAfterMs)}${cpuText(floorAfterCpu)}`);
    const floorMs = (floorBeforeMs + floorAfterMs) / 2;
    console.log(`\n  migrate / bare floor:            ${ratio(migrateMs, floorMs)}  (target: <= 1.5x)`);
    // The server's CPU for the same work: steadier than wall time when other work shares the cores.
    const floorCpu = floorBeforeCpu !== undefined && floorAfterCpu !== undefined ? (floorBeforeCpu + floorAfterCpu) / 2 : undefined;
    if (floorCpu !== undefined && migrateCpu !== undefined) {
      console.log(`  by the server's CPU:             ${ratio(migrateCpu, floorCpu)}`);
    }
    console.log(
      `  migrate / floor with the ledger: ${ratio(migrateMs, ledgerFloorMs)}${
        ledgerFloorCpu !== undefined && migrateCpu !== undefined ? ` (by the server's CPU ${ratio(migrateCpu, ledgerFloorCpu)})` : ''
      }`,
    );
    console.log(`  nothing pending / status:        ${ratio(noopMs, statusMs)}  (target: <= 1.5x)`);
    console.log(`  status over ${SCHEMAS} schemas:      ${seconds(statusMs)}  (target: < 3s)`);
    figures.push(
      {
        what: `${SCHEMAS} schemas x 3: migrate / bare pg floor`,
        value: `${ratio(migrateMs, floorMs)} (${seconds(migrateMs)} / mean of ${seconds(floorBeforeMs)} before, ${seconds(floorAfterMs)} after)${
          floorCpu !== undefined && migrateCpu !== undefined ? `; by server CPU ${ratio(migrateCpu, floorCpu)}` : ''
        }`,
        target: '<= 1.5x',
        met: migrateMs <= 1.5 * floorMs,
      },
      {
        what: `${SCHEMAS} schemas x 3: migrate / the floor with our ledger's SQL`,
        value: `${ratio(migrateMs, ledgerFloorMs)} (${seconds(migrateMs)} / ${seconds(ledgerFloorMs)})${
          ledgerFloorCpu !== undefined && migrateCpu !== undefined ? `; by server CPU ${ratio(migrateCpu, ledgerFloorCpu)}` : ''
        }`,
        target: 'reported',
      },
      {
        what: `${SCHEMAS} schemas: nothing pending / status`,
        value: `${ratio(noopMs, statusMs)} (${seconds(noopMs)} / ${seconds(statusMs)})`,
        target: '<= 1.5x',
        met: noopMs <= 1.5 * statusMs,
      },
      { what: `status over ${SCHEMAS} schemas`, value: seconds(statusMs), target: '< 3s', met: statusMs < 3000 },
    );
  } finally {
    await dropDatabases(SERVER, databases).catch((error) => console.error(`cleanup failed: ${error}`));
  }
}

/**
 * A CHECKPOINT before each timed run: the previous run's WAL and dirty pages (and a dropped
 * database's files) are written then, not during the next run, which would pay for them.
 */
async function settle(): Promise<void> {
  await admin(SERVER, 'CHECKPOINT').catch(() => {});
}

/** The floor's sessions are told apart from everything else on the server by this name (backend-cpu.ts). */
const FLOOR_APPLICATION = 'bench-floor';
const LEDGER_FLOOR_APPLICATION = 'bench-floor-ledger';

function cpuText(cpuMs: number | undefined): string {
  return cpuMs === undefined ? '' : ` (its server backends: ${seconds(cpuMs)} CPU)`;
}

/**
 * What a hand-written script does: 16 connections, each tenant's files in their own transaction.
 * `withLedger`: it also keeps a record as tenant-migrate's does (the ledger's very CREATE in the
 * first transaction, one row per migration in each), so what is left between it and our run is
 * the tool's own work: locks, checks, settings, the run's record.
 */
async function bareSchemaFloor(url: string, schemas: string[], withLedger = false): Promise<void> {
  const clients = await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      const client = new pg.Client({ connectionString: url, application_name: withLedger ? LEDGER_FLOOR_APPLICATION : FLOOR_APPLICATION });
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
          for (const [index, statements] of TENANT_STATEMENTS.entries()) {
            await client.query('BEGIN');
            if (withLedger && index === 0) await client.query(createLedgerSql(schema));
            for (const statement of statements) await client.query(statement);
            if (withLedger) {
              await client.query(
                `INSERT INTO "${schema}".${LEDGER_TABLE} (version, name, direction, scope, checksum, duration_ms, applied_by) VALUES ($1, $2, 'up', 'tenant', $3, 1, 'bench')`,
                [index + 1, `00${index + 1}_migration`, 'f'.repeat(64)],
              );
            }
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
    const tenantUrls = names.slice(1).map((name) => withDatabase(SERVER, name));
    const statusTimes: number[] = [];
    const floorTimes: number[] = [];
    for (let round = 0; round < 3; round++) {
      started = performance.now();
      const status = await fleetStatus({ dir, masterUrl: fleet.masterUrl, target: 'tenants' });
      statusTimes.push(performance.now() - started);
      if (!status.ok || status.targets.length !== DATABASES) throw new Error('status does not see a migrated fleet');
      started = performance.now();
      await bareConnectFloor(tenantUrls);
      floorTimes.push(performance.now() - started);
    }
    const statusMs = median(statusTimes);
    const floorMs = median(floorTimes);
    console.log(
      `  tenant-migrate status (median of 3):           ${seconds(statusMs)}  (${statusTimes.map(seconds).join(', ')})  (target: < 3s)`,
    );
    console.log(`  bare floor: connect, SELECT, close (median of 3): ${seconds(floorMs)}  (${floorTimes.map(seconds).join(', ')})`);
    figures.push(
      { what: `status over ${DATABASES} tenant databases`, value: seconds(statusMs), target: '< 3s', met: statusMs < 3000 },
      {
        what: `status over ${DATABASES} tenant databases / bare connect + SELECT + close`,
        value: `${ratio(statusMs, floorMs)} (${seconds(statusMs)} / ${seconds(floorMs)})`,
        target: 'reported',
      },
    );
  } finally {
    await dropDatabases(SERVER, names).catch((error) => console.error(`cleanup failed: ${error}`));
  }
}

/** The least a status over a database per tenant costs: a connection each, one read of its ledger, at status's concurrency. */
async function bareConnectFloor(urls: string[]): Promise<void> {
  await runPool(urls, DEFAULT_STATUS_CONCURRENCY, async (url) => {
    const client = new pg.Client({ connectionString: url, application_name: FLOOR_APPLICATION });
    await client.connect();
    try {
      await client.query(`SELECT * FROM public.${LEDGER_TABLE}`);
    } finally {
      await client.end();
    }
  });
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
    figures.push({
      what: `${LIMITED} databases, max_connections 20, --concurrency 32`,
      value: `${migrated}/${LIMITED} migrated, ${failed.length} failed`,
      target: '0 failed',
      met: failed.length === 0 && migrated === LIMITED,
    });
  } finally {
    await server.stop();
  }
}

/**
 * Peak RSS per fleet size and command, each command a process of its own, run as users run it:
 * the bundled CLI (scripts/bundle.mjs, built into a scratch folder), with a preload that prints
 * the peak as the process exits (bench/support/report-peak-rss.mjs). migrate (a dry run past
 * SCALE_RSS_APPLY_MAX) with its text report, then status over the fleet it left.
 */
async function peakMemory(dir: string): Promise<void> {
  console.log('\npeak resident memory of one CLI process running one command over the fleet (schema tenants)');
  const database = `${PREFIX}_rss`;
  const cli = bundleCli();
  try {
    for (const size of RSS_SIZES) {
      const masterUrl = await createSchemaFleet(SERVER, database, size);
      const migrate = size > RSS_APPLY_MAX ? 'migrate --dry-run' : 'migrate';
      for (const command of [migrate, 'status']) {
        const started = performance.now();
        const child = spawnSync(
          process.execPath,
          [
            '--import',
            join(import.meta.dirname, 'support/report-peak-rss.mjs'),
            cli.path,
            ...command.split(' '),
            ...['--dir', dir, '--master-url', masterUrl, '--target', 'tenants'],
          ],
          { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
        );
        const peakMb = Number(/peak RSS (\d+) MB/.exec(child.stderr)?.[1]);
        if (child.status !== 0 || Number.isNaN(peakMb))
          throw new Error(`${command} failed (exit ${child.status}): ${child.stderr.slice(-2000)}`);
        const lines = child.stdout.trimEnd().split('\n').length;
        console.log(
          `  ${String(size).padStart(7)} schema tenants, ${command.padEnd(17)}: peak RSS ${peakMb} MB (report ${lines} lines; ${seconds(performance.now() - started)})  (target: < 300 MB)`,
        );
        figures.push({
          what: `peak RSS, ${size} schema tenants, ${command}`,
          value: `${peakMb} MB`,
          target: '< 300 MB',
          met: peakMb < 300,
        });
      }
    }
  } finally {
    cli.remove();
    await dropDatabases(SERVER, [database]).catch((error) => console.error(`cleanup failed: ${error}`));
  }
}

/** dist/ as users run it, built fresh into a scratch folder inside the repository (its external packages resolve from node_modules). */
function bundleCli(): { path: string; remove: () => void } {
  const root = join(import.meta.dirname, '..');
  mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
  const work = mkdtempSync(join(root, 'node_modules/.cache/tenant-migrate-scale-bench-'));
  const bundled = spawnSync(process.execPath, [join(root, 'scripts/bundle.mjs'), '--outdir', join(work, 'dist')], { encoding: 'utf8' });
  if (bundled.status !== 0) throw new Error(`bundling failed: ${bundled.stderr}`);
  return { path: join(work, 'dist/cli.js'), remove: () => rmSync(work, { recursive: true, force: true }) };
}

/** 200 tenant databases x 3 (bench/fleet.bench.ts): the lead over the sequential loops, the ratio to the floor. */
async function databaseFleet(): Promise<void> {
  console.log('');
  const fleet = await measureFleet();
  if (!Number.isNaN(fleet.dbmateMs)) {
    figures.push({
      what: '200 databases x 3: dbmate loop / tenant-migrate',
      value: `${(fleet.dbmateMs / fleet.oursMs).toFixed(1)}x`,
      target: '>= 8x',
      met: fleet.dbmateMs >= 8 * fleet.oursMs,
    });
  }
  if (!Number.isNaN(fleet.psqlMs)) {
    figures.push({
      what: '200 databases x 3: psql -1 -f loop / tenant-migrate',
      value: `${(fleet.psqlMs / fleet.oursMs).toFixed(1)}x`,
      target: '>= 2.5x',
      met: fleet.psqlMs >= 2.5 * fleet.oursMs,
    });
  }
  figures.push({
    what: '200 databases x 3: tenant-migrate / bare pg floor',
    value: ratio(fleet.oursMs, fleet.floorMs),
    target: 'reported',
  });
}

/**
 * Tenants whose databases do not exist: the report stays short (failures of one cause are one
 * group), and the run takes about what the connect attempts take, measured bare first (the same
 * concurrency, a plain pg connect per database, nothing else).
 */
async function missingDatabases(dir: string): Promise<void> {
  const master = `${PREFIX}_missing`;
  console.log(`\n${MISSING} tenants whose databases do not exist, on ${maskUrl(SERVER)}`);
  try {
    await dropDatabases(SERVER, [master]);
    await admin(SERVER, `CREATE DATABASE "${master}"`);
    const masterUrl = withDatabase(SERVER, master);
    await admin(masterUrl, TENANTS_TABLE);
    const names = Array.from({ length: MISSING }, (_, index) => `${PREFIX}_gone_${String(index + 1).padStart(6, '0')}`);
    const urls = names.map((name) => withDatabase(SERVER, name));
    await admin(masterUrl, 'INSERT INTO tenants (name, database_url) SELECT unnest($1::text[]), unnest($2::text[])', [names, urls]);
    let started = performance.now();
    await runPool(urls, CONCURRENCY, async (url) => {
      const client = new pg.Client({ connectionString: url });
      await client.connect().catch(() => {});
      await client.end().catch(() => {});
    });
    const connectMs = performance.now() - started;
    console.log(`  bare connect attempts (concurrency ${CONCURRENCY}):  ${seconds(connectMs)}`);
    started = performance.now();
    const report = await migrateFleet({ dir, masterUrl, target: 'tenants', concurrency: CONCURRENCY });
    const ms = performance.now() - started;
    const lines = renderFleetText(report).split('\n').length;
    const failed = report.targets.filter((target) => target.status === 'failed').length;
    console.log(`  tenant-migrate migrate:  ${seconds(ms)}, ${failed} of ${MISSING} failed, text report ${lines} lines`);
    figures.push(
      { what: `${MISSING} missing databases: text report`, value: `${lines} lines`, target: '< 100 lines', met: lines < 100 },
      {
        what: `${MISSING} missing databases: migrate / bare connect attempts`,
        value: `${ratio(ms, connectMs)} (${seconds(ms)} / ${seconds(connectMs)})`,
        target: 'bounded by the connects',
      },
    );
  } finally {
    await dropDatabases(SERVER, [master]).catch((error) => console.error(`cleanup failed: ${error}`));
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function expectOk(report: { ok: boolean; targets: Array<{ error?: { code: string; message: string } }> }, what: string): void {
  if (report.ok) return;
  const failure = report.targets.find((target) => target.error)?.error;
  throw new Error(`${what} failed: ${failure ? `${failure.code}: ${failure.message}` : 'see the report'}`);
}
