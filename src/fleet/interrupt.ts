/**
 * An interrupted run (SIGINT, SIGTERM, or a library caller's AbortSignal): the fleet runner
 * starts no new target once the signal is aborted, and the statements running on its targets'
 * sessions are cancelled (a transactional migration then rolls back). The runner threads one
 * AbortSignal through the run; this module holds what it needs from it.
 */
import type pg from 'pg';
import { onAbort } from '../db/abort-waits.js';
import { cancelBackends } from '../db/cancel-backends.js';
import { hintFields, type Text, text } from '../messages.js';
import type { TargetError } from '../report/fleet-model.js';
import { untouchedResult } from './target-result.js';
import type { Target, TargetResult } from './types.js';

/** The name of what stopped the run: the signal's (the CLI aborts with 'SIGINT' or 'SIGTERM'), else a generic word. */
export function interruptName(signal: AbortSignal): string {
  return typeof signal.reason === 'string' && /^SIG[A-Z]+$/.test(signal.reason) ? signal.reason : 'an abort signal';
}

/** The sessions running a target's work now: on abort, what each runs is cancelled. */
export class RunningSessions {
  private readonly running = new Map<pg.Client, string>();
  private cancelling: Promise<void> = Promise.resolve();
  private readonly unwatch: () => void;

  constructor(
    signal: AbortSignal,
    private readonly connectTimeoutMs: number,
  ) {
    this.unwatch = onAbort(signal, () => {
      this.cancelling = this.cancelAll().catch(() => {});
    });
  }

  /** Watches `client` (a session on the database at `url`) until the returned function is called. */
  track(url: string, client: pg.Client): () => void {
    this.running.set(client, url);
    return () => {
      this.running.delete(client);
    };
  }

  /** Resolves once the cancels the abort sent are through (at once when there was no abort). */
  settled(): Promise<void> {
    return this.cancelling;
  }

  /** The run is over: no later abort cancels anything. */
  dispose(): void {
    this.unwatch();
  }

  private async cancelAll(): Promise<void> {
    const byDatabase = new Map<string, pg.Client[]>();
    for (const [client, url] of this.running) byDatabase.set(url, [...(byDatabase.get(url) ?? []), client]);
    await Promise.all(
      [...byDatabase].map(async ([url, clients]) => {
        const pids = clients.map(backendPid).filter((pid): pid is number => pid !== undefined);
        if (await cancelBackends(url, pids, this.connectTimeoutMs)) return;
        // No cancel got through (no free connection slot, say): closing the session ends its
        // transaction uncommitted on the server all the same.
        await Promise.all(clients.map((client) => client.end().catch(() => {})));
      }),
    );
  }
}

function backendPid(client: pg.Client): number | undefined {
  const pid = (client as unknown as { processID?: number | null }).processID;
  return typeof pid === 'number' ? pid : undefined;
}

/** A target the interrupt reached before it started: untouched, so --retry-failed runs it. */
export function notStarted(target: Target, signal: AbortSignal): TargetResult {
  return untouchedResult(target, {
    status: 'skipped',
    error: { code: 'INTERRUPTED', message: `not started: the run was interrupted by ${interruptName(signal)}` },
  });
}

/** True for the result of a target the interrupt stopped while it ran. */
export function wasInterrupted(result: TargetResult): boolean {
  return result.status === 'failed' && result.error?.code === 'INTERRUPTED';
}

/**
 * The run's own error after an interrupt: which targets finished, which were interrupted and
 * which were not started, by name (the first few). Pure.
 */
export function interruptError(results: readonly TargetResult[], signal: AbortSignal, runId?: string, redo = false): TargetError {
  const interrupted: TargetResult[] = [];
  const notStartedTargets: TargetResult[] = [];
  const finished: TargetResult[] = [];
  for (const result of results) {
    if (wasInterrupted(result)) interrupted.push(result);
    else if (result.status === 'skipped' && result.error?.code === 'INTERRUPTED') notStartedTargets.push(result);
    else finished.push(result);
  }
  const group = (label: string, targets: readonly TargetResult[]) =>
    `${targets.length} ${label}${targets.length > 0 ? ` (${names(targets)})` : ''}`;
  return {
    code: 'INTERRUPTED',
    message: `interrupted by ${interruptName(signal)}: ${group('finished', finished)}, ${group('interrupted', interrupted)}, ${group('not started', notStartedTargets)}; no target was started after the signal, ${redo ? "and a redo's running DOWN was cancelled and rolled back, while a running UP ran to its end (none is left one version down)" : 'and the migrations running were cancelled'}`,
    // A redo run again would redo its finished targets once more: only the rest are to run.
    ...(redo
      ? redoHint(runId)
      : // Without a run record there is nothing to retry from: the ledgers alone say what is left.
        runId
        ? hintFields(
            text(
              'interrupt.retry',
              `run the same command again, or {option:retryFailed=${runId}} to run only the interrupted and not started targets`,
            ),
          )
        : { hint: 'run the same command again: the targets that finished have nothing left to do' }),
  };
}

/**
 * After an interrupted redo every target is either redone (finished) or as it was (interrupted
 * ones rolled back their DOWN, or had their UP run to its end): none is left one version down.
 */
function redoHint(runId: string | undefined): { hint: string; hintText?: Text } {
  return runId
    ? hintFields(
        text(
          'interrupt.redo-retry',
          `redo with {option:retryFailed=${runId}} redoes only the interrupted and not started targets; the finished ones were redone (rolled back and applied again), and the same command again would redo them once more`,
        ),
      )
    : {
        hint: 'the finished targets were redone (rolled back and applied again); redo the others by name, since the same command again would redo the finished ones once more',
      };
}

function names(targets: readonly TargetResult[]): string {
  const shown = targets.slice(0, 5).map((target) => target.name);
  return targets.length > 5 ? `${shown.join(', ')} and ${targets.length - 5} more` : shown.join(', ');
}
