#!/usr/bin/env node
import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);

// src/cli/bin.ts
import { setFlagsFromString } from "node:v8";
setFlagsFromString("--liftoff-only");
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}
var { runCli } = await import("./chunk-XU5IRGKU.js");
var code = await runCli(process.argv.slice(2));
process.exitCode = code;
process.on("exit", () => {
  process.exitCode = code;
});
