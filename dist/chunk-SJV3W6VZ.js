import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);

// src/report/run-model.ts
function runState(facts) {
  if (facts.runningParts > 0 || facts.unfinishedTargets > 0) {
    if (!facts.ended) return "running";
    return facts.runningParts === 0 && facts.interrupted ? "interrupted" : "unfinished";
  }
  if (facts.interrupted) return "interrupted";
  return facts.failed ? "failed" : "ok";
}

export {
  runState
};
