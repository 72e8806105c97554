/**
 * SIGINT and SIGTERM turned into an AbortSignal for the length of one piece of work (a fleet
 * run): the first aborts it, with the signal's name as the reason, and the work winds down and
 * reports; a second calls `again` (the CLI and the Action exit at once there). The handlers exist
 * only while the work runs, so the rest of the time a signal ends the process as usual. The CLI
 * and the Action each say in their own words what happens.
 */
const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

export interface SignalHandlers {
  /** The first signal: the work's AbortSignal is aborted right after. */
  first(signal: NodeJS.Signals): void;
  /** Any later one. */
  again(signal: NodeJS.Signals): void;
}

export async function abortOnSignals<T>(work: (signal: AbortSignal) => Promise<T>, handlers: SignalHandlers): Promise<T> {
  const controller = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (controller.signal.aborted) {
      handlers.again(signal);
      return;
    }
    handlers.first(signal);
    controller.abort(signal);
  };
  for (const signal of SIGNALS) process.on(signal, onSignal);
  try {
    return await work(controller.signal);
  } finally {
    for (const signal of SIGNALS) process.off(signal, onSignal);
  }
}
