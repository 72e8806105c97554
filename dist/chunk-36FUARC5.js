import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  formatMs,
  formatTargetLine
} from "./chunk-XMYWQNMV.js";

// src/cli/progress.ts
var FAILURES_SHOWN = 20;
var LINE_PER_TARGET_LIMIT = 200;
function createProgress(io, label, write = (text) => process.stderr.write(text), now = () => performance.now()) {
  const started = now();
  const redo = label === "redo";
  const rate = (done2, total2) => rateAndEta(done2, total2, now() - started);
  if (!io.isTTY) {
    let lastPercent = -1;
    let failuresShown2 = 0;
    return {
      onProgress(event) {
        if (event.type !== "target-done") return;
        if (event.total <= LINE_PER_TARGET_LIMIT) {
          io.err(`[${event.done}/${event.total}] ${formatTargetLine(event.result, redo)}`);
          return;
        }
        if (event.result.status === "failed" && failuresShown2 < FAILURES_SHOWN) {
          failuresShown2++;
          io.err(`[${event.done}/${event.total}] ${formatTargetLine(event.result, redo)}`);
          if (failuresShown2 === FAILURES_SHOWN) io.err(`(further failures are counted here and listed in the report)`);
        }
        const percent = Math.floor(event.done / event.total * 100);
        if (percent === lastPercent && event.done !== event.total) return;
        lastPercent = percent;
        io.err(`[${event.done}/${event.total}] ${percent}% ${label}: ${event.failed} failed so far, ${rate(event.done, event.total)}`);
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
  let failuresShown = 0;
  const draw = () => {
    const width = Math.max(40, (process.stderr.columns || 100) - 1);
    const counts = `${done}/${total || "?"} targets${failed ? `, ${failed} failed` : ""}${done > 0 ? `, ${rate(done, total)}` : ""}`;
    const text = `${label} ${bar(done, total)} ${counts}${current ? `  ${current}` : ""}`;
    write(`\r\x1B[2K${text.slice(0, width)}`);
    shown = true;
  };
  return {
    onProgress(event) {
      if (event.type === "total") total = event.total;
      else if (event.type === "migration-start") current = `${event.target}: ${event.direction} ${event.name}`;
      else if (event.type === "target-start") current = event.target;
      else if (event.type === "lock-retry") current = `${event.target}: waiting for a table lock (attempt ${event.attempts + 1})`;
      else if (event.type === "target-done") {
        done = event.done;
        total = Math.max(total, event.total);
        failed = event.failed;
        if (event.result.status === "failed" && failuresShown++ < FAILURES_SHOWN)
          write(`\r\x1B[2K${formatTargetLine(event.result, redo)}
`);
      }
      draw();
    },
    finish() {
      if (shown) write("\r\x1B[2K");
    }
  };
}
function rateAndEta(done, total, elapsedMs) {
  if (done === 0 || elapsedMs <= 0) return "starting";
  const perSecond = done / (elapsedMs / 1e3);
  const shown = perSecond >= 10 ? Math.round(perSecond).toString() : perSecond.toFixed(1);
  const left = Math.max(0, total - done);
  return `${shown} targets/s${left > 0 ? `, ETA ${formatMs(left / perSecond * 1e3)}` : ""}`;
}
function bar(done, total) {
  const width = 20;
  const filled = total > 0 ? Math.round(done / total * width) : 0;
  return `[${"#".repeat(filled)}${".".repeat(width - filled)}]`;
}

export {
  createProgress
};
