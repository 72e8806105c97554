/** A migrate or rollback in counts: the summary line says them, and `migrate --json` carries them as `summary`. */
import type { FleetReport, TargetResult } from './fleet-model.js';

export interface FleetCounts {
  targets: number;
  applied: number;
  rolledBack: number;
  /** Dry runs: targets with work to do. */
  planned: number;
  upToDate: number;
  /** Failed for a reason of their own (interrupted targets are counted apart). */
  failed: number;
  skipped: number;
  /** Running when the run was interrupted: their migration was cancelled. */
  interrupted: number;
  /** Not started because of the interrupt. */
  notStarted: number;
  /** Migrations run (applied or rolled back) on all targets. */
  migrationsRun: number;
}

/** Pure. */
export function fleetCounts(report: Pick<FleetReport, 'targets'>): FleetCounts {
  const count = (keep: (target: TargetResult) => boolean) => report.targets.filter(keep).length;
  const stopped = (target: TargetResult) => target.error?.code === 'INTERRUPTED';
  return {
    targets: report.targets.length,
    applied: count((target) => target.status === 'applied'),
    rolledBack: count((target) => target.status === 'rolled-back'),
    planned: count((target) => target.status === 'planned'),
    upToDate: count((target) => target.status === 'up-to-date'),
    failed: count((target) => target.status === 'failed' && !stopped(target)),
    skipped: count((target) => target.status === 'skipped' && !stopped(target)),
    interrupted: count((target) => target.status === 'failed' && stopped(target)),
    notStarted: count((target) => target.status === 'skipped' && stopped(target)),
    migrationsRun: report.targets.reduce((sum, target) => sum + target.applied.length, 0),
  };
}
