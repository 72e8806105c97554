/**
 * Time to verify the example fleet's migrations (migrations/, master and tenant timelines; the
 * a generated directory when it is missing): every migration through UP, DOWN, UP, UP with fingerprints
 * and lock tracing, on the embedded provider (which starts its own PostgreSQL) and on the
 * machine's server (CREATE DATABASE / DROP DATABASE).
 */
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { formatDuration } from '../src/report/verify-view.js';
import { type VerifyEvent, type VerifyOptions, verifyMigrations } from '../src/verify/verify-migrations.js';
import { generateMigrations } from './support/generate-migrations.js';

const SERVER_URL = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

interface Timing {
  totalMs: number;
  providerStartMs: number;
  timelines: Record<string, number>;
  migrations: number;
  ok: boolean;
}

async function timeVerify(options: VerifyOptions): Promise<Timing> {
  const marks = new Map<string, number>();
  const timelines: Record<string, number> = {};
  const onProgress = (event: VerifyEvent) => {
    const now = performance.now();
    if (event.type === 'provider-starting') marks.set('provider', now);
    if (event.type === 'provider-ready') marks.set('providerReady', now);
    if (event.type === 'timeline-start') marks.set(event.timeline, now);
    if (event.type === 'timeline-done') timelines[event.timeline] = now - (marks.get(event.timeline) ?? now);
  };
  const start = performance.now();
  const report = await verifyMigrations({ ...options, onProgress });
  return {
    totalMs: performance.now() - start,
    providerStartMs: (marks.get('providerReady') ?? 0) - (marks.get('provider') ?? 0),
    timelines,
    migrations: report.scopes.reduce((sum, scope) => sum + scope.migrations.length, 0),
    ok: report.ok,
  };
}

function describe(label: string, timing: Timing, note = ''): string {
  const perTimeline = Object.entries(timing.timelines)
    .map(([timeline, ms]) => `${timeline} ${formatDuration(ms)}`)
    .join(', ');
  const start = timing.providerStartMs > 0 ? `, server start ${formatDuration(timing.providerStartMs)}` : '';
  return `  ${label.padEnd(9)} ${formatDuration(timing.totalMs)}${note} (${perTimeline}${start}); ${formatDuration(timing.totalMs / timing.migrations)} per migration${timing.ok ? '' : '; the report has failures'}`;
}

export async function run(): Promise<void> {
  // The example fleet; a generated directory of the same shape on a checkout without it.
  const dir = existsSync('migrations') ? 'migrations' : generateMigrations(20);
  const warmup = await timeVerify({ dir, ephemeral: 'server', ephemeralUrl: SERVER_URL });
  console.log(`verify ${dir}/: ${warmup.migrations} migrations (master and tenant timelines), each UP, DOWN, UP, UP`);

  const embedded = await timeVerify({ dir, ephemeral: 'embedded' });
  console.log(describe('embedded', embedded, ' in total'));

  const rounds: Timing[] = [];
  for (let round = 0; round < 5; round++) rounds.push(await timeVerify({ dir, ephemeral: 'server', ephemeralUrl: SERVER_URL }));
  rounds.sort((a, b) => a.totalMs - b.totalMs);
  console.log(describe('server', rounds[Math.floor(rounds.length / 2)], ' median of 5'));
  const embeddedVerifyMs = embedded.totalMs - embedded.providerStartMs;
  console.log(
    `  without the embedded server's start, the embedded run took ${formatDuration(embeddedVerifyMs)} (${(embeddedVerifyMs / rounds[2].totalMs).toFixed(2)}x the server run)`,
  );
}
