import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  formatTargetLine
} from "./chunk-TVFNDKWV.js";

// src/cli/progress.ts
function createProgress(io, label, write = (text) => process.stderr.write(text)) {
  if (!io.isTTY) {
    return {
      onProgress(event) {
        if (event.type !== "target-done") return;
        io.err(`[${event.done}/${event.total}] ${formatTargetLine(event.result)}`);
      },
      finish() {
      }
    };
  }
  let total = 0;
  let done = 0;
  let failed = 0;
  let current = "";
  let shown = false;
  const draw = () => {
    const width = Math.max(40, (process.stderr.columns || 100) - 1);
    const text = `${label} ${bar(done, total)} ${done}/${total || "?"} targets${failed ? `, ${failed} failed` : ""}${current ? `  ${current}` : ""}`;
    write(`\r\x1B[2K${text.slice(0, width)}`);
    shown = true;
  };
  return {
    onProgress(event) {
      if (event.type === "total") total = event.total;
      else if (event.type === "migration-start") current = `${event.target}: ${event.direction} ${event.name}`;
      else if (event.type === "target-start") current = event.target;
      else if (event.type === "target-done") {
        done = event.done;
        total = Math.max(total, event.total);
        failed = event.failed;
        if (event.result.status === "failed") write(`\r\x1B[2K${formatTargetLine(event.result)}
`);
      }
      draw();
    },
    finish() {
      if (shown) write("\r\x1B[2K");
    }
  };
}
function bar(done, total) {
  const width = 20;
  const filled = total > 0 ? Math.round(done / total * width) : 0;
  return `[${"#".repeat(filled)}${".".repeat(width - filled)}]`;
}

export {
  createProgress
};
