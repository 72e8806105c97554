/**
 * Progress of a fleet run on stderr (stdout stays for the report, so `--json` pipes cleanly):
 * on a terminal one live line (targets done / total, failures so far, the rate, an ETA, what runs
 * now); in CI logs one plain line per finished target, or on large fleets one line per 1% (with
 * the same counts), so a 10,000-tenant log stays readable.
 */
import type { ProgressEvent } from '../fleet/index.js';
import { formatMs, formatTargetLine } from '../report/fleet-text.js';
import type { CliIo } from './io.js';

export interface Progress {
  onProgress: (event: ProgressEvent) => void;
  /** Clears the live line before the report prints. */
  finish(): void;
}

/** Failures named one by one as they happen on a large fleet, in a log or on a terminal. */
const FAILURES_SHOWN = 20;

/** Fleets larger than this get one log line per 1% instead of one per target. */
export const LINE_PER_TARGET_LIMIT = 200;

export function createProgress(
  io: CliIo,
  label: string,
  write: (text: string) => void = (text) => process.stderr.write(text),
  now: () => number = () => performance.now(),
): Progress {
  const started = now();
  // redo's live lines say `redone`, as its report does.
  const redo = label === 'redo';
  const rate = (done: number, total: number) => rateAndEta(done, total, now() - started);
  if (!io.isTTY) {
    let lastPercent = -1;
    let failuresShown = 0;
    return {
      onProgress(event) {
        if (event.type !== 'target-done') return;
        if (event.total <= LINE_PER_TARGET_LIMIT) {
          io.err(`[${event.done}/${event.total}] ${formatTargetLine(event.result, redo)}`);
          return;
        }
        // A large fleet's log has a line per 1%, but a failure is named as it happens (the first
        // FAILURES_SHOWN of them: a cause that fails thousands is one group in the report).
        if (event.result.status === 'failed' && failuresShown < FAILURES_SHOWN) {
          failuresShown++;
          io.err(`[${event.done}/${event.total}] ${formatTargetLine(event.result, redo)}`);
          if (failuresShown === FAILURES_SHOWN) io.err(`(further failures are counted here and listed in the report)`);
        }
        const percent = Math.floor((event.done / event.total) * 100);
        if (percent === lastPercent && event.done !== event.total) return;
        lastPercent = percent;
        io.err(`[${event.done}/${event.total}] ${percent}% ${label}: ${event.failed} failed so far, ${rate(event.done, event.total)}`);
      },
      finish() {},
    };
  }
  let total = 0;
  let done = 0;
  let failed = 0;
  let current = '';
  let shown = false;
  let failuresShown = 0;
  const draw = () => {
    const width = Math.max(40, (process.stderr.columns || 100) - 1);
    const counts = `${done}/${total || '?'} targets${failed ? `, ${failed} failed` : ''}${done > 0 ? `, ${rate(done, total)}` : ''}`;
    const text = `${label} ${bar(done, total)} ${counts}${current ? `  ${current}` : ''}`;
    write(`\r\x1b[2K${text.slice(0, width)}`);
    shown = true;
  };
  return {
    onProgress(event) {
      if (event.type === 'total') total = event.total;
      else if (event.type === 'migration-start') current = `${event.target}: ${event.direction} ${event.name}`;
      else if (event.type === 'target-start') current = event.target;
      else if (event.type === 'lock-retry') current = `${event.target}: waiting for a table lock (attempt ${event.attempts + 1})`;
      else if (event.type === 'target-done') {
        done = event.done;
        total = Math.max(total, event.total);
        failed = event.failed;
        // The first failures stay on screen above the live line; the report groups them all.
        if (event.result.status === 'failed' && failuresShown++ < FAILURES_SHOWN)
          write(`\r\x1b[2K${formatTargetLine(event.result, redo)}\n`);
      }
      draw();
    },
    finish() {
      if (shown) write('\r\x1b[2K');
    },
  };
}

/** `250 targets/s, ETA 35s`. Pure. */
export function rateAndEta(done: number, total: number, elapsedMs: number): string {
  if (done === 0 || elapsedMs <= 0) return 'starting';
  const perSecond = done / (elapsedMs / 1000);
  const shown = perSecond >= 10 ? Math.round(perSecond).toString() : perSecond.toFixed(1);
  const left = Math.max(0, total - done);
  return `${shown} targets/s${left > 0 ? `, ETA ${formatMs((left / perSecond) * 1000)}` : ''}`;
}

function bar(done: number, total: number): string {
  const width = 20;
  const filled = total > 0 ? Math.round((done / total) * width) : 0;
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
}
