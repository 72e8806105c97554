/**
 * Ctrl-C during a deploy: a master and BENCH_TENANTS tenant databases (default 40), every
 * tenant's migration sleeping a minute, `--concurrency` 8. The CLI (its own process, as users run
 * it) gets SIGINT once eight migrations are running. Measured: how long until it exits (130, with
 * its report), and how long until no session of it is left running on the server; the same after
 * SIGKILL (what a killed loop leaves: the server ends those sessions only when it notices the
 * client is gone, within client_connection_check_interval on PostgreSQL 14+, else at the end of
 * the statement). Then the tenants' ledgers are checked: no row, no table of the cancelled migration.
 *
 * BENCH_DATABASE_URL picks the server (default: the local one).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { maskUrl, withDatabase } from '../src/db/connection-url.js';
import { runPool } from '../src/fleet/pool.js';
import { admin } from './support/bench-db.js';

const SERVER = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const TENANTS = Number(process.env.BENCH_TENANTS ?? 40);
const CONCURRENCY = 8;
const PREFIX = `${process.env.BENCH_PREFIX ?? 'tm_bench'}_interrupt`;

export async function run(): Promise<void> {
  const names = Array.from({ length: TENANTS }, (_, index) => `${PREFIX}_t${String(index + 1).padStart(3, '0')}`);
  const masterName = `${PREFIX}_master`;
  const masterUrl = withDatabase(SERVER, masterName);
  const dir = mkdtempSync(join(tmpdir(), 'tm-bench-interrupt-'));
  mkdirSync(join(dir, 'tenant'));
  writeFileSync(
    join(dir, 'tenant', '001_slow.sql'),
    '-- +goose Up\nCREATE TABLE slow_made (id int);\nSELECT pg_sleep(60);\n-- +goose Down\nDROP TABLE slow_made;\n',
  );
  console.log(`master + ${TENANTS} tenant databases on ${maskUrl(SERVER)}, --concurrency ${CONCURRENCY}, each migration sleeping 60 s`);
  const all = [masterName, ...names];
  try {
    await runPool(all, 4, (name) => admin(SERVER, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    await runPool(all, 4, (name) => admin(SERVER, `CREATE DATABASE "${name}"`));
    await admin(masterUrl, 'CREATE TABLE tenants (name text PRIMARY KEY, database_url text NOT NULL)');
    await admin(masterUrl, 'INSERT INTO tenants SELECT unnest($1::text[]), unnest($2::text[])', [
      names,
      names.map((name) => withDatabase(SERVER, name)),
    ]);
    for (const signal of ['SIGINT', 'SIGKILL'] as const) {
      const figures = await interruptOnce(dir, masterUrl, signal);
      console.log(
        `  ${signal.padEnd(7)} exit ${String(figures.code ?? figures.signal).padEnd(7)} after ${ms(figures.exitMs)}; no session of it running after ${ms(figures.goneMs)}`,
      );
      const left = await leftOver(names);
      console.log(`          ${left.rows} ledger rows and ${left.tables} slow_made tables left on ${TENANTS} tenants`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await runPool(all, 4, (name) => admin(SERVER, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  }
}

async function interruptOnce(dir: string, masterUrl: string, signal: 'SIGINT' | 'SIGKILL') {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/cli/bin.ts',
      'migrate',
      '--dir',
      dir,
      '--master-url',
      masterUrl,
      '--concurrency',
      String(CONCURRENCY),
      '--no-record',
    ],
    { stdio: 'ignore' },
  );
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signalName) => resolve({ code, signal: signalName })),
  );
  while ((await sleeping()) < CONCURRENCY) await sleep(50);
  const started = performance.now();
  child.kill(signal);
  const outcome = await exited;
  const exitMs = performance.now() - started;
  while ((await sleeping()) > 0) await sleep(20);
  return { ...outcome, exitMs, goneMs: performance.now() - started };
}

/** Sessions of tenant-migrate in pg_sleep on the server, whichever database. */
async function sleeping(): Promise<number> {
  const { rows } = await admin(
    SERVER,
    "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'tenant-migrate' AND datname LIKE $1 AND wait_event = 'PgSleep'",
    [`${PREFIX}%`],
  );
  return rows[0].n as number;
}

async function leftOver(names: readonly string[]): Promise<{ rows: number; tables: number }> {
  let rows = 0;
  let tables = 0;
  await runPool(names, 4, async (name) => {
    const url = withDatabase(SERVER, name);
    const { rows: found } = await admin(
      url,
      `SELECT to_regclass('public.slow_made') IS NOT NULL AS made,
              CASE WHEN to_regclass('public._migration_versions') IS NULL THEN 0
                   ELSE (xpath('/row/n/text()', query_to_xml('SELECT count(*) AS n FROM public._migration_versions', false, true, '')))[1]::text::int END AS rows`,
    );
    if (found[0].made) tables++;
    rows += found[0].rows as number;
  });
  return { rows, tables };
}

function ms(value: number): string {
  return `${Math.round(value)} ms`;
}
