/** The fleet's status in counts: the summary line says them, and `status --json` carries them as `summary`. */
import type { StatusReport, TargetStatusRow } from './fleet-model.js';

export interface StatusCounts {
  targets: number;
  /** Nothing pending, no drift, nothing out of order. */
  upToDate: number;
  /** Targets with migrations pending, and how many in all. */
  behind: number;
  pending: number;
  /** Applied files that changed since (a rename alone is not drift). */
  drift: number;
  outOfOrder: number;
  /** Unreachable, or their ledger could not be read. */
  failing: number;
}

/** Pure. */
export function statusCounts(report: Pick<StatusReport, 'targets'>): StatusCounts {
  const reachable = report.targets.filter((target) => !target.error);
  const hasDrift = (target: TargetStatusRow) => target.drift.some((item) => item.kind !== 'renamed');
  // Up to date means nothing to say: a target whose applied files changed is not, even with nothing pending.
  const upToDate = reachable.filter((target) => target.pending === 0 && !hasDrift(target) && target.outOfOrder.length === 0).length;
  const behind = reachable.filter((target) => target.pending > 0);
  return {
    targets: report.targets.length,
    upToDate,
    behind: behind.length,
    pending: behind.reduce((sum, target) => sum + target.pending, 0),
    drift: reachable.filter(hasDrift).length,
    outOfOrder: reachable.filter((target) => target.outOfOrder.length > 0).length,
    failing: report.targets.length - reachable.length,
  };
}
