/**
 * Linting 1,000 generated migration files, in one process and as a command, against squawk-cli
 * (the Rust linter on npm) run on the same files. Both see the very same .sql files: the
 * header and goose annotations are SQL comments to squawk, so it lints UP and DOWN alike, as we
 * do. Both run with their default rules and a machine-readable reporter (JSON), output discarded.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { formatLint } from '../src/lint/formatters/index.js';
import { lintMigrations } from '../src/lint/lint-migrations.js';
import { loadParser } from '../src/sql/parser.js';
import { generateMigrations } from './support/generate-migrations.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const squawk = join(root, 'node_modules/.bin/squawk');

export async function run(): Promise<void> {
  const count = 1000;
  const dir = generateMigrations(count);
  // Inside the repository, so the bundle's external packages resolve from node_modules.
  mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
  const work = mkdtempSync(join(root, 'node_modules/.cache/tenant-migrate-lint-bench-'));
  try {
    await loadParser();
    const lint = () => lintMigrations({ dir, cwd: dir, config: false });
    const first = await lint(); // warm-up: file cache and JIT
    const inProcess = await median(5, async () => {
      formatLint(await lint(), 'json');
    });
    console.log(
      `lint ${count} files in one process (read, split, ${first.findings.length} findings, JSON): median ${inProcess.toFixed(1)} ms of 5 runs, ${perSecond(count, inProcess)} files/s`,
    );

    // As a command, process start-up included: the CLI bundled as users run it.
    const cli = join(work, 'cli.mjs');
    await build({
      entryPoints: [join(root, 'src/cli/bin.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: cli,
      logLevel: 'silent',
      // Dependencies load from node_modules (slower to start than dist/'s single file, if anything).
      packages: 'external',
    });
    const ours = timeCommand(process.execPath, [cli, 'lint', '--dir', dir, '--format', 'json'], dir);
    console.log(
      `tenant-migrate lint (bundled CLI, new process): median ${ours.toFixed(1)} ms of 5 runs, ${perSecond(count, ours)} files/s`,
    );

    if (!existsSync(squawk)) {
      console.log('squawk-cli is not installed (npm ci installs it): no comparison');
      return;
    }
    const version = spawnSync(squawk, ['--version'], { encoding: 'utf8' }).stdout.trim();
    const theirs = timeCommand(squawk, ['--reporter', 'json', join(dir, '**', '*.sql')], dir);
    console.log(
      `${version} on the same ${count} .sql files (default rules, JSON reporter): median ${theirs.toFixed(1)} ms of 5 runs, ${perSecond(count, theirs)} files/s`,
    );
    console.log(
      `ratio: tenant-migrate is ${(theirs / ours).toFixed(2)}x squawk's speed as a command (>1 is faster), ${(theirs / inProcess).toFixed(2)}x in one process`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  }
}

async function median(rounds: number, work: () => Promise<void>): Promise<number> {
  const timings: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    await work();
    timings.push(performance.now() - start);
  }
  timings.sort((a, b) => a - b);
  return timings[Math.floor(rounds / 2)];
}

/** Median wall time of a command over 5 runs after one warm-up; checks that it really linted. */
function timeCommand(command: string, args: string[], cwd: string): number {
  const once = () => {
    const start = performance.now();
    const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
    const elapsed = performance.now() - start;
    if (result.error) throw result.error;
    if (result.status !== 0 && result.status !== 1) throw new Error(`${command} exited with ${result.status}: ${result.stderr}`);
    if (result.stdout.trim() === '') throw new Error(`${command} printed nothing: ${result.stderr}`);
    return elapsed;
  };
  once();
  const timings = Array.from({ length: 5 }, once).sort((a, b) => a - b);
  return timings[2];
}

function perSecond(count: number, ms: number): number {
  return Math.round((count / ms) * 1000);
}
