/**
 * Ctrl-C in the middle of a verify must not leave databases on a shared server or containers
 * running. Whatever creates something registers how to undo it here; on SIGINT or SIGTERM every
 * registered task runs, then the signal is raised again so the process ends the way it was asked
 * to (exit status 130 / 143 from the shell's point of view). The handlers exist only while there
 * is something to clean, so a library caller's own signal handling is untouched the rest of the time.
 *
 * Cleaning ends the work that was running (a forced DROP ends the running query), so that work
 * fails with whatever error the driver gives. `interruption()` tells it why, and `holdSignal`
 * lets it say so (the CLI prints "interrupted by SIGINT") before the signal is raised again.
 */
type CleanupTask = () => Promise<void>;

export interface Interruption {
  signal: NodeJS.Signals;
  /** Settles once every cleanup task has run: true when each one succeeded in time. */
  cleaned: Promise<boolean>;
}

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
/** A task that hangs (a server that stopped answering) must not keep the process alive forever. */
const CLEANUP_DEADLINE_MS = 30_000;
/** How long the interrupted work gets to unwind and report, once everything is clean. */
const UNWIND_DEADLINE_MS = 5_000;

const tasks = new Set<CleanupTask>();
const holds = new Set<Promise<unknown>>();
let cleaning = false;
let current: Interruption | undefined;

function handleSignal(signal: NodeJS.Signals): void {
  if (cleaning) return;
  cleaning = true;
  const running = [...tasks].map((task) =>
    task().then(
      () => true,
      () => false,
    ),
  );
  tasks.clear();
  const cleaned = Promise.race([Promise.all(running).then((results) => results.every(Boolean)), deadline(CLEANUP_DEADLINE_MS, false)]);
  current = { signal, cleaned };
  void cleaned
    .then(() => Promise.race([Promise.allSettled([...holds]), deadline(UNWIND_DEADLINE_MS, undefined)]))
    .then(() => {
      // A macrotask later: whatever the held work printed on its way out (microtasks) comes first.
      setImmediate(() => {
        uninstall();
        cleaning = false;
        // A library caller that handles the signal itself lives on: its next run is not interrupted.
        current = undefined;
        process.kill(process.pid, signal);
      });
    });
}

function deadline<T>(ms: number, value: T): Promise<T> {
  return new Promise<T>((resolve) => setTimeout(() => resolve(value), ms).unref());
}

function install(): void {
  for (const signal of SIGNALS) process.on(signal, handleSignal);
}

function uninstall(): void {
  for (const signal of SIGNALS) process.off(signal, handleSignal);
}

/** Runs `task` if the process is interrupted before the returned function is called. */
export function cleanupOnSignal(task: CleanupTask): () => void {
  if (tasks.size === 0 && !cleaning) install();
  tasks.add(task);
  return () => {
    tasks.delete(task);
    if (tasks.size === 0 && !cleaning) uninstall();
  };
}

/** The signal that interrupted this process and is being handled, if one did. */
export function interruption(): Interruption | undefined {
  return current;
}

/**
 * After an interruption, the signal is raised again only once the returned function is called
 * (or a few seconds pass), so the work running now can report the interruption itself. It
 * installs no handler of its own: without anything to clean, a signal ends the process as usual.
 */
export function holdSignal(): () => void {
  let release: (value?: unknown) => void = () => undefined;
  const held = new Promise((resolve) => {
    release = resolve;
  });
  holds.add(held);
  return () => {
    holds.delete(held);
    release();
  };
}
