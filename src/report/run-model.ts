/** A recorded run as the `runs` command prints it: the run, the processes that worked on it, and its targets merged into one fleet report. */
import type { FleetReport, TargetError } from './fleet-model.js';

export interface RunHeader {
  id: string;
  command: 'migrate' | 'rollback';
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
}

export interface RunListRow extends RunHeader {
  counts: Record<string, number>;
  parts: number;
  running: number;
  /** Parts that ended failed: the run failed even when no target row says so (it failed before listing them). */
  failedParts?: number;
}
