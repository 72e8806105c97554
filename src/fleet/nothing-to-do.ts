/**
 * The pending check: a target whose ledger (read without a lock) already says it has nothing to
 * apply or roll back is done without a lock and without a transaction. Anything else (work to
 * do, a refusal such as drift, goose versions to adopt, a ledger to create or complete) goes the
 * full way, and is read again under the target's lock.
 */
import { appliedState, LEDGER_TABLE, ledgerComplete } from '../db/ledger.js';
import { ledgerScopeRefusal } from './ledger-scope.js';
import type { LedgerSnapshot } from './ledger-snapshots.js';
import { planMigrate, planRollback } from './plan.js';
import type { TargetJob } from './run-target.js';
import type { TargetResult } from './types.js';

export function nothingToDo(
  job: Pick<TargetJob, 'migrations' | 'timeline' | 'direction' | 'to' | 'steps' | 'options'>,
  snapshot: LedgerSnapshot,
): Pick<TargetResult, 'status' | 'fromVersion' | 'toVersion' | 'planned'> | undefined {
  if (snapshot.history.adopted.length > 0) return undefined;
  // Another timeline's ledger is refused under the lock, with the message that says so.
  if (ledgerScopeRefusal(snapshot.history.rows, job.timeline, LEDGER_TABLE)) return undefined;
  if (!job.options.dryRun && !ledgerComplete(snapshot.inspection.columns)) return undefined;
  const state = appliedState(snapshot.history.rows, job.migrations);
  const { options } = job;
  const plan =
    job.direction === 'up'
      ? planMigrate(job.migrations, state, { to: job.to, allowDrift: options.allowDrift, allowOutOfOrder: options.allowOutOfOrder })
      : planRollback(job.migrations, state, { to: job.to, steps: job.steps, allowDrift: options.allowDrift });
  if (plan.refusal || plan.steps.length > 0) return undefined;
  return {
    status: 'up-to-date',
    fromVersion: plan.fromVersion,
    toVersion: plan.fromVersion,
    ...(options.dryRun ? { planned: [] } : {}),
  };
}
