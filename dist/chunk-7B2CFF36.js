import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);

// src/cli/exit-codes.ts
var EXIT_OK = 0;
var EXIT_FAILURE = 1;
var EXIT_USAGE = 2;
var EXIT_SIGINT = 130;
var EXIT_SIGTERM = 143;
function interruptExitCode(signal) {
  return signal === "SIGTERM" ? EXIT_SIGTERM : EXIT_SIGINT;
}

export {
  EXIT_OK,
  EXIT_FAILURE,
  EXIT_USAGE,
  EXIT_SIGINT,
  EXIT_SIGTERM,
  interruptExitCode
};
