/**
 * Progress of a fleet run on stderr (stdout stays for the report, so `--json` pipes cleanly):
 * on a terminal one live line (targets done / total, failures so far, what runs now); in CI
 * logs one plain line per finished target.
 */
import type { ProgressEvent } from '../fleet/index.js';
import { formatTargetLine } from '../report/fleet-text.js';
import type { CliIo } from './io.js';

export interface Progress {
  onProgress: (event: ProgressEvent) => void;
  /** Clears the live line before the report prints. */
  finish(): void;
}

export function createProgress(io: CliIo, label: string, write: (text: string) => void = (text) => process.stderr.write(text)): Progress {
  if (!io.isTTY) {
    return {
      onProgress(event) {
        if (event.type !== 'target-done') return;
        io.err(`[${event.done}/${event.total}] ${formatTargetLine(event.result)}`);
      },
      finish() {},
    };
  }
  let total = 0;
  let done = 0;
  let failed = 0;
  let current = '';
  let shown = false;
  const draw = () => {
    const width = Math.max(40, (process.stderr.columns || 100) - 1);
    const text = `${label} ${bar(done, total)} ${done}/${total || '?'} targets${failed ? `, ${failed} failed` : ''}${current ? `  ${current}` : ''}`;
    write(`\r\x1b[2K${text.slice(0, width)}`);
    shown = true;
  };
  return {
    onProgress(event) {
      if (event.type === 'total') total = event.total;
      else if (event.type === 'migration-start') current = `${event.target}: ${event.direction} ${event.name}`;
      else if (event.type === 'target-start') current = event.target;
      else if (event.type === 'target-done') {
        done = event.done;
        total = Math.max(total, event.total);
        failed = event.failed;
        // Failures stay on screen above the live line.
        if (event.result.status === 'failed') write(`\r\x1b[2K${formatTargetLine(event.result)}\n`);
      }
      draw();
    },
    finish() {
      if (shown) write('\r\x1b[2K');
    },
  };
}

function bar(done: number, total: number): string {
  const width = 20;
  const filled = total > 0 ? Math.round((done / total) * width) : 0;
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
}
