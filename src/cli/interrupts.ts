/**
 * SIGINT and SIGTERM during migrate or rollback: the first one aborts the run's AbortSignal (the
 * fleet runner starts no new target, cancels what is running and returns its partial report,
 * which the command prints before exiting 130 or 143); a second one exits at once. The handlers
 * exist only while the run does, so the rest of the time a signal ends the process as usual.
 */
import { interruptExitCode } from './exit-codes.js';
import type { CliIo } from './io.js';

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

export async function withInterrupts<T>(
  io: CliIo,
  work: (signal: AbortSignal) => Promise<T>,
  exit: (code: number) => void = (code) => process.exit(code),
): Promise<T> {
  const controller = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (!controller.signal.aborted) {
      io.err(
        `\n${signal}: stopping. No new target starts; the migrations running are being cancelled (a transaction rolls back), then the report prints. ${signal} again exits at once.`,
      );
      controller.abort(signal);
      return;
    }
    io.err(`${signal} again: exiting now, without the report; a migration being cancelled may still be rolling back on its server.`);
    exit(interruptExitCode(signal));
  };
  for (const signal of SIGNALS) process.on(signal, onSignal);
  try {
    return await work(controller.signal);
  } finally {
    for (const signal of SIGNALS) process.off(signal, onSignal);
  }
}
