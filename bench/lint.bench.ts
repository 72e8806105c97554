/**
 * Linting 1,000 generated migration files, in one process and as a command, against squawk-cli
 * (the Rust linter on npm) run on the same files. Both see the very same .sql files: the
 * header and goose annotations are SQL comments to squawk, so it lints UP and DOWN alike, as we
 * do. Both run with their default rules and a machine-readable reporter (JSON), output discarded.
 * Ours runs cold (every file parsed) and with --cache over unchanged files (the output replayed).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { formatLint } from '../src/lint/formatters/index.js';
import { lintMigrations } from '../src/lint/lint-migrations.js';
import { generateMigrations } from './support/generate-migrations.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const squawk = join(root, 'node_modules/.bin/squawk');
/**
 * The Rust binary squawk's npm wrapper spawns (a Node script, so the wrapper pays a Node start too):
 * what squawk costs without Node, i.e. what a native linter can do on this machine.
 */
const squawkNative = join(root, `node_modules/@squawk-cli/${process.platform}-${process.arch}/bin/squawk`);

export async function run(): Promise<void> {
  const count = 1000;
  const dir = generateMigrations(count);
  // Inside the repository, so the bundle's external packages resolve from node_modules.
  mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
  const work = mkdtempSync(join(root, 'node_modules/.cache/tenant-migrate-lint-bench-'));
  try {
    const lint = () => lintMigrations({ dir, cwd: dir, config: false });
    const coldStart = performance.now();
    const first = await lint(); // also the warm-up: file cache and JIT
    const cold = performance.now() - coldStart;
    const inProcess = await median(5, async () => {
      formatLint(await lint(), 'json');
    });
    console.log(
      `lint ${count} files in one process (read, split, rules, JSON; ${first.findings.length} findings): median ${ms(inProcess)} of 5 runs ` +
        `(first, cold run ${ms(cold)}), ${perSecond(count, inProcess)} files/s; target < 1000 ms: ${inProcess < 1000 ? 'met' : 'NOT met'}`,
    );

    // As a command, process start-up and the parser's WASM compile included: dist/ as users run it
    // (scripts/bundle.mjs: the CLI's entry, its chunks, the WASM), built fresh into a scratch folder.
    const dist = join(work, 'dist');
    const bundled = spawnSync(process.execPath, [join(root, 'scripts/bundle.mjs'), '--outdir', dist], { encoding: 'utf8' });
    if (bundled.status !== 0) throw new Error(`bundling failed: ${bundled.stderr}`);
    const cli = join(dist, 'cli.js');
    const cacheArgs = [cli, 'lint', '--dir', dir, '--format', 'json', '--cache', '--cache-location', join(work, 'lint-cache.json')];
    // lint keeps V8's code cache of its bundle in the user's cache folder (src/cli/code-cache.ts):
    // here in a folder of the bench's own, which the warm-up round fills. A run without it is
    // timed too (its folder cannot be made: a file is in the way), as a first run on a machine.
    const codeCache = { ...process.env, XDG_CACHE_HOME: join(work, 'code-cache') };
    writeFileSync(join(work, 'not-a-folder'), '');
    const noCodeCache = { ...process.env, XDG_CACHE_HOME: join(work, 'not-a-folder', 'code-cache') };
    const hasSquawk = existsSync(squawk);
    const squawkArgs = ['--reporter', 'json', join(dir, '**', '*.sql')];
    // Round by round, each command once per round: a burst of load on a shared machine then hits
    // all of them, not the one that happened to run during it.
    const [ours, oursFirst, cached, floor, theirs, theirsNative] = timeInterleaved(
      [
        { command: process.execPath, args: [cli, 'lint', '--dir', dir, '--format', 'json'], env: codeCache },
        { command: process.execPath, args: [cli, 'lint', '--dir', dir, '--format', 'json'], env: noCodeCache },
        // The warm-up run stores, the timed runs replay (every file is still read and hashed).
        { command: process.execPath, args: cacheArgs, env: codeCache },
        // The floor of any Node entry point: a process that starts Node and does nothing.
        { command: process.execPath, args: ['-e', '0'], prints: false },
        ...(hasSquawk ? [{ command: squawk, args: squawkArgs }] : []),
        ...(hasSquawk && existsSync(squawkNative) ? [{ command: squawkNative, args: squawkArgs }] : []),
      ],
      dir,
    );
    console.log(
      `tenant-migrate lint as a command (dist/cli.js, new process each run, no cache): median ${ms(ours.median)} of 5 runs${cpuText(ours)}, ` +
        `${perSecond(count, ours.median)} files/s, ${ours.findings} findings (V8's code cache of lint's bundle in place; without it: ` +
        `${ms(oursFirst.median)}${cpuText(oursFirst)})`,
    );
    if (oursFirst.output !== ours.output) throw new Error('lint printed something else without its code cache');
    if (cached.output !== ours.output) throw new Error('lint --cache printed something else than lint without it');
    console.log(
      `tenant-migrate lint --cache, second and later runs over the unchanged files: median ${ms(cached.median)} of 5 runs${cpuText(cached)}, ` +
        `${perSecond(count, cached.median)} files/s, same output as without the cache`,
    );
    console.log(
      `floor: node -e 0 (Node's start, what any Node entry point pays before its first line): median ${ms(floor.median)} of 5 runs${cpuText(floor)}; ` +
        `lint --cache spends ${ms(cached.median - floor.median)} over it`,
    );
    // One file edited before each run (two texts in turn): the run is not replayed, and only that
    // file is parsed and checked; the other 999 files' findings come from the cache.
    const edited = join(dir, 'master', readdirSync(join(dir, 'master')).sort()[0]);
    const original = readFileSync(edited, 'utf8');
    const oneChanged = timeRuns(
      5,
      (round) => writeFileSync(edited, `${original}${round % 2 === 0 ? '-- edited\n' : ''}`),
      () => {
        const result = spawnSync(process.execPath, cacheArgs, { cwd: dir, env: codeCache, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
        if (result.status !== 0 && result.status !== 1) throw new Error(`lint --cache exited with ${result.status}: ${result.stderr}`);
      },
    );
    writeFileSync(edited, original);
    console.log(
      `tenant-migrate lint --cache after one file changed (only it parsed and checked): median ${ms(oneChanged.median)} of 5 runs${cpuText(oneChanged)}`,
    );

    if (!theirs) {
      console.log('squawk-cli is not installed (npm ci installs it): no comparison');
      return;
    }
    const version = spawnSync(squawk, ['--version'], { encoding: 'utf8' }).stdout.trim();
    console.log(
      `${version} on the same ${count} files, as they are (header lines and goose annotations are SQL comments to it, so it ` +
        `lints UP and DOWN as we do), default rules, JSON reporter: median ${ms(theirs.median)} of 5 runs${cpuText(theirs)}, ` +
        `${perSecond(count, theirs.median)} files/s, ${theirs.findings} findings`,
    );
    if (theirsNative) {
      console.log(
        `squawk's binary run directly (${squawkNative.slice(root.length + 1)}, no Node wrapper), same files and arguments: ` +
          `median ${ms(theirsNative.median)} of 5 runs${cpuText(theirsNative)}, ${theirsNative.findings} findings; ` +
          `the wrapper adds ${ms(theirs.median - theirsNative.median)}`,
      );
    }
    const asCommand = theirs.median / ours.median;
    const warm = theirs.median / cached.median;
    console.log(
      `ratio (squawk's time / ours, >1 means tenant-migrate is faster): ${(theirs.median / inProcess).toFixed(2)}x in one process, ` +
        `${asCommand.toFixed(2)}x as a command (target >= 1.00: ${asCommand >= 1 ? 'met' : 'NOT met'}), ` +
        `${warm.toFixed(2)}x as a command with --cache over unchanged files (target >= 3.00: ${warm >= 3 ? 'met' : 'NOT met'})`,
    );
    // Wall time follows the load; CPU time much less: both are compared, so a busy run still tells.
    const third = theirs.median / 3;
    const thirdCpu = theirs.cpu === undefined ? undefined : theirs.cpu / 3;
    const against = (target: number, node: number) => (target < node ? 'below' : target > node ? 'above' : 'at');
    console.log(
      `what is physically possible: the --cache target, a third of squawk's wrapper (${ms(third)} wall` +
        `${thirdCpu === undefined ? '' : `, ${ms(thirdCpu)} CPU`}), is ${against(third, floor.median)} Node's own start, which no Node ` +
        `entry point can go under (${ms(floor.median)} wall${thirdCpu === undefined || floor.cpu === undefined ? '' : `, ${ms(floor.cpu)} CPU: by CPU the target is ${against(thirdCpu, floor.cpu)} it`}); ` +
        `squawk's binary alone takes ${theirsNative ? `${ms(theirsNative.median)}${cpuText(theirsNative)}` : 'not measured'}`,
    );
    if (ours.cpu && cached.cpu && theirs.cpu) {
      console.log(
        `by CPU time (steadier than wall time on a busy machine): ${(theirs.cpu / ours.cpu).toFixed(2)}x as a command, ` +
          `${(theirs.cpu / cached.cpu).toFixed(2)}x with --cache over unchanged files`,
      );
    }
    console.log(
      `machine: ${availableParallelism()} cores, load average ${loadavg()[0].toFixed(1)} at the end (other work skews all figures)`,
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

/** Median wall time of a command over 5 runs after one warm-up; checks that it really linted, and counts findings. */
interface CommandTiming {
  median: number;
  /** CPU time (user + system) per run, when the system tells (Linux), else undefined. */
  cpu?: number;
  findings: number;
  output: string;
}

/** Median wall time and CPU per run of each command over 5 rounds (after one warm-up round); checks that each really linted. */
/** `prints: false`: a command whose output is not a lint report (the floor), so it is not read as one. */
function timeInterleaved(
  commands: Array<{ command: string; args: string[]; prints?: boolean; env?: NodeJS.ProcessEnv }>,
  cwd: string,
): CommandTiming[] {
  const states = commands.map(() => ({ timings: [] as number[], cpu: 0 as number | undefined, findings: 0, output: '' }));
  for (let round = 0; round <= 5; round++) {
    commands.forEach(({ command, args, prints = true, env }, index) => {
      const state = states[index];
      const cpuBefore = childrenCpu();
      const start = performance.now();
      const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
      const elapsed = performance.now() - start;
      const cpuAfter = childrenCpu();
      if (result.error) throw result.error;
      if (result.status !== 0 && result.status !== 1) throw new Error(`${command} exited with ${result.status}: ${result.stderr}`);
      state.output = result.stdout;
      if (prints) {
        const parsed = JSON.parse(result.stdout) as { findings?: unknown[] } | unknown[];
        state.findings = Array.isArray(parsed) ? parsed.length : (parsed.findings?.length ?? 0);
      }
      if (round === 0) return; // the warm-up: file cache, and --cache's first run stores
      state.timings.push(elapsed);
      state.cpu =
        state.cpu === undefined || cpuBefore === undefined || cpuAfter === undefined ? undefined : state.cpu + (cpuAfter - cpuBefore);
    });
  }
  return states.map((state) => ({
    median: [...state.timings].sort((a, b) => a - b)[2],
    cpu: state.cpu === undefined ? undefined : state.cpu / 5,
    findings: state.findings,
    output: state.output,
  }));
}

/**
 * CPU milliseconds (user + system) of this process's finished children, from /proc/self/stat
 * (cutime, cstime, in clock ticks of 10 ms): on a shared machine wall time follows the load, CPU
 * time much less. Undefined where there is no /proc.
 */
function childrenCpu(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After the command name: state is field 3, so cutime (16) and cstime (17) are at 13 and 14.
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return undefined;
  }
}

function cpuText(timing: Pick<CommandTiming, 'cpu'>): string {
  return timing.cpu === undefined ? '' : `, ${ms(timing.cpu)} CPU per run`;
}

/** Median wall time and CPU per run of `work` over `rounds` runs, each after `prepare(round)` (not timed). */
function timeRuns(rounds: number, prepare: (round: number) => void, work: () => void): Pick<CommandTiming, 'median' | 'cpu'> {
  const timings: number[] = [];
  const cpuBefore = childrenCpu();
  for (let round = 0; round < rounds; round++) {
    prepare(round);
    const start = performance.now();
    work();
    timings.push(performance.now() - start);
  }
  const cpuAfter = childrenCpu();
  timings.sort((a, b) => a - b);
  const cpu = cpuBefore === undefined || cpuAfter === undefined ? undefined : (cpuAfter - cpuBefore) / rounds;
  return { median: timings[Math.floor(rounds / 2)], cpu };
}

function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}

function perSecond(count: number, ms: number): number {
  return Math.round((count / ms) * 1000);
}
