/** A recorded run as the `runs` command prints it: the run, the processes that worked on it, and its targets merged into one fleet report. */
import type { FleetReport, TargetError } from './fleet-model.js';

/**
 * The command a run was: goose's `redo` (a rollback that applies again what it rolled back) is
 * recorded as `redo`, so `runs` says so and `--retry-failed` of it redoes; runs recorded before
 * redo had a name of its own say `rollback`.
 */
export type RunCommand = 'migrate' | 'rollback' | 'redo';

/**
 * A run's state as `runs` prints it: `running` (a part has not ended), `interrupted` (a part was
 * stopped by SIGINT or SIGTERM), `unfinished` (every part ended, some target never finished: a
 * process died), `failed` (a target failed or was not tried, or a part failed before its targets), `ok`.
 */
export type RunState = 'running' | 'interrupted' | 'unfinished' | 'failed' | 'ok';

export interface RunHeader {
  id: string;
  command: RunCommand;
  startedAt: string;
  endedAt: string | null;
  startedBy: string | null;
  gitCommit: string | null;
  retryOf: string | null;
  options: Record<string, unknown>;
}

export interface RunPartRow {
  part: string;
  startedAt: string;
  endedAt: string | null;
  startedBy: string | null;
  ok: boolean | null;
  error: TargetError | null;
}

export interface RunReport {
  run: RunHeader;
  parts: RunPartRow[];
  /** Every part's targets in one report, in plan order (the master first). */
  report: FleetReport;
  /** Targets not finished yet (pending, or running in a part that has not ended). */
  unfinished: number;
  /** The same word `runs` lists the run with. */
  state: RunState;
}

export interface RunListRow extends RunHeader {
  counts: Record<string, number>;
  parts: number;
  running: number;
  /** Parts that ended failed: the run failed even when no target row says so (it failed before listing them). */
  failedParts?: number;
  /** A part was stopped by SIGINT or SIGTERM (it is one of the failed parts): the signal's name. */
  interrupted?: { signal: string };
}

/** What a run's state is decided from: the same for a listed run and a shown one. Pure. */
export interface RunStateFacts {
  /** The run has an end (every part that joined it ended). */
  ended: boolean;
  /** Parts with no end yet. */
  runningParts: number;
  /** Targets still pending or running. */
  unfinishedTargets: number;
  /** A part ended interrupted (SIGINT, SIGTERM). */
  interrupted: boolean;
  /** A target failed or was not tried, or a part failed. */
  failed: boolean;
}

export function runState(facts: RunStateFacts): RunState {
  if (facts.runningParts > 0 || facts.unfinishedTargets > 0) {
    if (!facts.ended) return 'running';
    // An interrupted --claim worker can leave targets pending for the others: the interrupt says more.
    return facts.runningParts === 0 && facts.interrupted ? 'interrupted' : 'unfinished';
  }
  if (facts.interrupted) return 'interrupted';
  return facts.failed ? 'failed' : 'ok';
}
