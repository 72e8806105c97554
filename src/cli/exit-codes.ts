/** Exit codes CI can trust: 0 all good, 1 the work found or met a failure, 2 the command was used wrongly. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** A run stopped by a signal ends the way a shell reports one: 128 + the signal's number. */
export const EXIT_SIGINT = 130;
export const EXIT_SIGTERM = 143;

export function interruptExitCode(signal: string): number {
  return signal === 'SIGTERM' ? EXIT_SIGTERM : EXIT_SIGINT;
}
