/**
 * Where a fleet run's time goes, query by query: `npx tsx bench/support/query-profile.ts <schemas>`
 * builds a schema fleet (BENCH_PREFIX_profile), migrates it, migrates it again (nothing pending),
 * and prints per run the queries sent, grouped by their first words, with count and total time.
 * A profiling aid for bench/scale.bench.ts, not a benchmark of its own.
 */
import { rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { migrateFleet } from '../../src/fleet/index.js';
import { createSchemaFleet, dropDatabases, seconds } from './bench-db.js';
import { writeFleetFiles } from './fleet-files.js';

const SERVER = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const COUNT = Number(process.argv[2] ?? 1000);
const DATABASE = `${process.env.BENCH_PREFIX ?? 'tm_bench'}_profile`;

interface Tally {
  count: number;
  ms: number;
}
let tallies = new Map<string, Tally>();

function kindOf(config: unknown): string {
  const text = typeof config === 'string' ? config : ((config as { text?: string })?.text ?? '?');
  return text.replace(/\s+/g, ' ').trim().slice(0, 60);
}

const original = pg.Client.prototype.query as (...args: unknown[]) => unknown;
(pg.Client.prototype as unknown as { query: unknown }).query = function (this: pg.Client, ...args: unknown[]) {
  const started = performance.now();
  const result = original.apply(this, args);
  if (result && typeof (result as Promise<unknown>).then === 'function') {
    const kind = kindOf(args[0]);
    const done = () => {
      const tally = tallies.get(kind) ?? { count: 0, ms: 0 };
      tally.count++;
      tally.ms += performance.now() - started;
      tallies.set(kind, tally);
    };
    (result as Promise<unknown>).then(done, done);
  }
  return result;
};

function print(label: string, ms: number): void {
  console.log(`\n${label}: ${seconds(ms)}`);
  const sorted = [...tallies.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, 25);
  for (const [kind, tally] of sorted) {
    console.log(`  ${String(tally.count).padStart(7)} x ${(tally.ms / 1000).toFixed(2).padStart(7)}s  ${kind}`);
  }
  tallies = new Map();
}

const files = writeFleetFiles({ withMaster: false });
try {
  const masterUrl = await createSchemaFleet(SERVER, DATABASE, COUNT);
  await migrateFleet({ dir: files.dir, masterUrl, target: 'master', dryRun: true });
  tallies = new Map();
  let started = performance.now();
  await migrateFleet({ dir: files.dir, masterUrl, target: 'tenants', concurrency: 16 });
  print(`migrate ${COUNT} schemas`, performance.now() - started);
  started = performance.now();
  await migrateFleet({ dir: files.dir, masterUrl, target: 'tenants', concurrency: 16 });
  print('migrate, nothing pending', performance.now() - started);
} finally {
  await dropDatabases(SERVER, [DATABASE]);
  rmSync(files.root, { recursive: true, force: true });
}
