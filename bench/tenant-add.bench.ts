/**
 * `tenant add` with 20 tenant migrations: how long a sign-up waits for its tenant, by template
 * (CREATE DATABASE ... TEMPLATE of a database kept at the newest version) and by migrations (an
 * empty database, the 20 migrations in one transaction), against the way users do it today:
 * CREATE DATABASE by hand, INSERT the tenants row, then migrate that one tenant (one commit per
 * migration). Each way adds BENCH_ADDS tenants one after another; median and slowest are shown.
 *
 * BENCH_DATABASE_URL picks the server (default: the local one). Every database made is dropped.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { maskUrl, withDatabase } from '../src/db/connection-url.js';
import { type ProvisionResult, provisionTenant, refreshTemplate } from '../src/fleet/index.js';
import { migrateFleet } from '../src/fleet/run-fleet.js';
import { loadMigrations } from '../src/migrations/read-directory.js';
import { generateMigrations } from './support/generate-migrations.js';

const SERVER = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const ADDS = Number(process.env.BENCH_ADDS ?? 10);
const PREFIX = 'tm_bench_tadd';
const MASTER = `${PREFIX}_master`;
const TEMPLATE = `${MASTER}_tenant_template`;

export async function run(): Promise<void> {
  // 40 generated files alternate master/ and tenant/: 20 tenant migrations.
  const dir = generateMigrations(40);
  const masterUrl = withDatabase(SERVER, MASTER);
  const made: string[] = [];
  console.log(`tenant add, 20 tenant migrations, ${ADDS} adds per way, on ${maskUrl(SERVER)}; load average ${loadavg()[0].toFixed(2)}`);
  try {
    await dropDatabases([MASTER, TEMPLATE, ...(await leftovers())]);
    await admin(SERVER, `CREATE DATABASE ${MASTER}`);
    await admin(
      masterUrl,
      'CREATE TABLE tenants (name text PRIMARY KEY, database_url text, schema text, is_active boolean NOT NULL DEFAULT true)',
    );

    const started = performance.now();
    const refreshed = await refreshTemplate({ master: masterUrl, dir });
    if (!refreshed.ok) throw new Error(`template refresh failed: ${refreshed.target.error?.message}`);
    console.log(`  template refresh (create + 20 migrations, once):       ${ms(performance.now() - started)}`);

    const byTemplate = await timeAdds(
      'tpl',
      (name, database) => provisionTenant({ name, master: masterUrl, dir, database, template: true }),
      made,
    );
    const loaded = await loadMigrations(dir);
    const preloaded = await timeAdds(
      'pre',
      (name, database) => provisionTenant({ name, master: masterUrl, dir: loaded, database, template: true }),
      made,
    );
    const byMigrations = await timeAdds('mig', (name, database) => provisionTenant({ name, master: masterUrl, dir, database }), made);
    const today = await timeToday(masterUrl, dir, made);

    console.log(`  tenant add --template:      median ${ms(median(byTemplate.totals))}, slowest ${ms(Math.max(...byTemplate.totals))}`);
    console.log(`      steps (median): ${stepMedians(byTemplate.results)}`);
    console.log(
      `  tenant add --template, files read once (loadMigrations at the application's start): median ${ms(median(preloaded.totals))}, slowest ${ms(Math.max(...preloaded.totals))}`,
    );
    console.log(
      `  tenant add (migrations, one transaction): median ${ms(median(byMigrations.totals))}, slowest ${ms(Math.max(...byMigrations.totals))}`,
    );
    console.log(`      steps (median): ${stepMedians(byMigrations.results)}`);
    console.log(
      `  today: CREATE DATABASE + INSERT row + migrate --tenant (a commit per migration): median ${ms(median(today))}, slowest ${ms(Math.max(...today))}`,
    );
    const ratio = (a: number[], b: number[]) => `${(median(a) / median(b)).toFixed(1)}x`;
    console.log(
      `  by template vs by migrations: ${ratio(byMigrations.totals, byTemplate.totals)} faster; vs today: ${ratio(today, byTemplate.totals)} faster`,
    );
    console.log(`  by migrations (one transaction) vs today: ${ratio(today, byMigrations.totals)} faster`);
  } finally {
    await dropDatabases([...made, TEMPLATE, MASTER]);
  }
}

async function timeAdds(label: string, add: (name: string, database: string) => Promise<ProvisionResult>, made: string[]) {
  const totals: number[] = [];
  const results: ProvisionResult[] = [];
  for (let index = 1; index <= ADDS; index++) {
    const database = `${PREFIX}_${label}_${index}`;
    made.push(database);
    const started = performance.now();
    const result = await add(`${label}-${index}`, database);
    totals.push(performance.now() - started);
    if (!result.ok) throw new Error(`tenant add ${label}-${index} failed: ${result.error?.message}`);
    if (result.version === null || result.warnings.length > 0)
      throw new Error(`tenant add ${label}-${index}: ${result.warnings.join('; ')}`);
    results.push(result);
  }
  return { totals, results };
}

/** The manual way: the database and the row by hand, then the runner on that one tenant. */
async function timeToday(masterUrl: string, dir: string, made: string[]): Promise<number[]> {
  const totals: number[] = [];
  for (let index = 1; index <= ADDS; index++) {
    const database = `${PREFIX}_today_${index}`;
    const name = `today-${index}`;
    made.push(database);
    const started = performance.now();
    await admin(SERVER, `CREATE DATABASE ${database}`);
    await admin(masterUrl, 'INSERT INTO tenants (name, database_url) VALUES ($1, $2)', [name, withDatabase(SERVER, database)]);
    const report = await migrateFleet({ dir, masterUrl, target: 'tenants', tenants: [name] });
    totals.push(performance.now() - started);
    if (!report.ok || report.targets[0]?.toVersion === null)
      throw new Error(`migrate of ${name} failed: ${report.targets[0]?.error?.message}`);
  }
  return totals;
}

function stepMedians(results: readonly ProvisionResult[]): string {
  const names = [...new Set(results.flatMap((result) => result.steps.map((step) => step.step)))];
  return names
    .map((name) => {
      const times = results.map((result) =>
        result.steps.filter((step) => step.step === name).reduce((sum, step) => sum + step.durationMs, 0),
      );
      return `${name} ${ms(median(times))}`;
    })
    .join(', ');
}

async function leftovers(): Promise<string[]> {
  const { rows } = await admin<{ datname: string }>(SERVER, 'SELECT datname FROM pg_database WHERE datname LIKE $1', [`${PREFIX}\\_%`]);
  return rows.map((row) => row.datname);
}

async function dropDatabases(names: readonly string[]): Promise<void> {
  for (const name of names) await admin(SERVER, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

async function admin<T extends pg.QueryResultRow = pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query<T>(sql, params);
  } finally {
    await client.end();
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function ms(value: number): string {
  return value < 1000 ? `${Math.round(value)} ms` : `${(value / 1000).toFixed(2)} s`;
}
