/**
 * Ctrl-C in the middle of a verify must not leave databases on a shared server or containers
 * running. Whatever creates something registers how to undo it here; on SIGINT or SIGTERM every
 * registered task runs, then the signal is raised again so the process ends the way it was asked
 * to (exit status 130 / 143 from the shell's point of view). The handlers exist only while there
 * is something to clean, so a library caller's own signal handling is untouched the rest of the time.
 */
type CleanupTask = () => Promise<void>;

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
/** A task that hangs (a server that stopped answering) must not keep the process alive forever. */
const CLEANUP_DEADLINE_MS = 30_000;

const tasks = new Set<CleanupTask>();
let cleaning = false;

function handleSignal(signal: NodeJS.Signals): void {
  if (cleaning) return;
  cleaning = true;
  const running = [...tasks].map((task) => task().catch(() => undefined));
  tasks.clear();
  const deadline = new Promise<void>((resolve) => setTimeout(resolve, CLEANUP_DEADLINE_MS).unref());
  void Promise.race([Promise.allSettled(running), deadline]).then(() => {
    uninstall();
    cleaning = false;
    process.kill(process.pid, signal);
  });
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
