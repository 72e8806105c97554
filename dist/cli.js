#!/usr/bin/env node
import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  buildIdentity,
  cacheLocation,
  currentBuild,
  replayableRun,
  setCurrentBuild,
  withRelativePaths
} from "./chunk-HON7RQNP.js";
import {
  EXIT_SIGINT,
  EXIT_SIGTERM
} from "./chunk-7B2CFF36.js";
import {
  boundHeapGrowth
} from "./chunk-72EKOK2X.js";
import {
  VERSION
} from "./chunk-U6VUBD55.js";
import "./chunk-MI4OUF57.js";
import "./chunk-K5O3NMUG.js";

// src/cli/bin.ts
import { fileURLToPath } from "node:url";

// src/cli/replay-lint.ts
function replayCachedLint(argv2, cwd, env, isTTY) {
  if (argv2[0] !== "lint" || !argv2.some((arg) => arg === "--cache" || arg === "--cache=true")) return void 0;
  try {
    return replayableRun(cacheLocation(givenLocation(argv2), cwd), { build: currentBuild(), cwd, argv: argv2, isTTY }, env);
  } catch {
    return void 0;
  }
}
function givenLocation(argv2) {
  for (let index = 0; index < argv2.length; index++) {
    const arg = argv2[index];
    if (arg.startsWith("--cache-location=")) return arg.slice("--cache-location=".length);
    if (arg === "--cache-location") return argv2[index + 1];
  }
  return void 0;
}

// src/cli/bin.ts
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}
var argv = process.argv.slice(2);
setCurrentBuild(buildIdentity(VERSION, fileURLToPath(import.meta.url)));
var replayed = replayCachedLint(argv, process.cwd(), process.env, Boolean(process.stdout.isTTY));
var code = replayed ? replay(replayed) : await runFull(argv);
process.exitCode = code;
process.on("exit", () => {
  process.exitCode = code;
});
if (argv[0] === "lint") exitWhenFlushed(code);
if (code === EXIT_SIGINT || code === EXIT_SIGTERM) exitWhenFlushed(code);
function exitWhenFlushed(exitCode) {
  let pending = 2;
  const flushed = () => {
    if (--pending === 0) process.exit(exitCode);
  };
  process.stdout.write("", flushed);
  process.stderr.write("", flushed);
}
async function runFull(args) {
  (await import("node:v8")).setFlagsFromString("--liftoff-only");
  if (args[0] === "lint") {
    const code2 = await runLint(args);
    if (code2 !== void 0) return code2;
  }
  boundHeapGrowth();
  return (await import("./chunk-OLTIFPHH.js")).runCli(args);
}
async function runLint(args) {
  const bundleName = true ? "lint-2e96ea6cb317.cjs" : void 0;
  if (bundleName) {
    const { loadBundle } = await import("./chunk-AU6CHIV6.js");
    const bundle = loadBundle(fileURLToPath(new URL(`./${bundleName}`, import.meta.url)), process.env);
    bundle.exports.setCurrentBuild(currentBuild());
    const code2 = await bundle.exports.runLintWithoutYargs(args);
    if (code2 !== void 0) bundle.save();
    return code2;
  }
  return (await import("./chunk-NHMZB4IP.js")).runLintWithoutYargs(args);
}
function replay(run) {
  const io = withRelativePaths({
    out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}
`),
    err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}
`),
    isTTY: Boolean(process.stdout.isTTY),
    env: process.env,
    cwd: process.cwd()
  });
  if (run.stdout) io.out(run.stdout);
  if (run.stderr) io.err(run.stderr);
  return run.exitCode;
}
