/**
 * SIGINT and SIGTERM during migrate or rollback: the first one aborts the run's AbortSignal (the
 * fleet runner starts no new target, cancels what is running and returns its partial report,
 * which the command prints before exiting 130 or 143); a second one exits at once.
 */
import { abortOnSignals } from '../process-signals.js';
import { interruptExitCode } from './exit-codes.js';
import type { CliIo } from './io.js';

export function withInterrupts<T>(
  io: CliIo,
  work: (signal: AbortSignal) => Promise<T>,
  exit: (code: number) => void = (code) => process.exit(code),
): Promise<T> {
  return abortOnSignals(work, {
    first: (signal) =>
      io.err(
        `\n${signal}: stopping. No new target starts; the migrations running are being cancelled (a transaction rolls back), then the report prints. ${signal} again exits at once.`,
      ),
    again: (signal) => {
      io.err(`${signal} again: exiting now, without the report; a migration being cancelled may still be rolling back on its server.`);
      exit(interruptExitCode(signal));
    },
  });
}
