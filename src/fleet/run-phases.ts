/**
 * Runs the tenants of a rollout plan phase by phase: the canary, then each wave, each in its own
 * bounded pool. A failed canary stops the rollout (no other tenant is touched); a wave with
 * `onError: halt` stops it after the wave; a spent failure budget stops new targets from
 * starting while the running ones finish. Every tenant not tried is reported as skipped, with
 * the reason.
 */
import type { RolloutPhase, RolloutStop } from '../report/rollout-model.js';
import type { FailureBudget } from './rollout-plan.js';
import type { Target, TargetResult } from './types.js';

export interface PhaseWork {
  phase: RolloutPhase;
  targets: Target[];
}

/** Runs one phase's targets, at most `concurrency` at once, results in the targets' order (the fleet's scheduler). */
export type PhaseSchedule = <Result>(
  targets: readonly Target[],
  concurrency: number,
  work: (target: Target) => Promise<Result>,
) => Promise<Result[]>;

export interface RunPhasesOptions {
  /** Tenants at once when a phase does not say. */
  concurrency: number;
  schedule: PhaseSchedule;
  budget?: FailureBudget;
  run: (target: Target, phase: RolloutPhase) => Promise<TargetResult>;
  /** A target not tried: its result, counted and recorded by the caller. */
  skip: (target: Target, stop: RolloutStop) => Promise<TargetResult>;
}

export interface PhasesOutcome {
  /** In plan order: phase by phase, each phase's tenants in order. */
  results: TargetResult[];
  stopped?: RolloutStop;
}

export async function runPhases(work: readonly PhaseWork[], options: RunPhasesOptions): Promise<PhasesOutcome> {
  const results: TargetResult[] = [];
  let failed = 0;
  let stopped: RolloutStop | undefined;
  const budgetStop = (phase: RolloutPhase): RolloutStop | undefined =>
    options.budget && failed > options.budget.maxFailures
      ? {
          code: 'FAILURE_BUDGET_SPENT',
          phase: phase.name,
          message: `not tried: the failure budget of ${options.budget.spec} is spent (${failed} failed, ${options.budget.maxFailures} allowed)`,
        }
      : undefined;

  for (const [position, { phase, targets }] of work.entries()) {
    if (stopped) {
      for (const target of targets) results.push(withWave(await options.skip(target, stopped), phase));
      continue;
    }
    // Each target checks the budget when its turn comes, so it sees every failure so far.
    const phaseResults = await options.schedule(targets, phase.concurrency ?? options.concurrency, async (target) => {
      const spent = budgetStop(phase);
      if (spent) {
        stopped ??= spent;
        return withWave(await options.skip(target, spent), phase);
      }
      const result = withWave(await options.run(target, phase), phase);
      if (result.status === 'failed') failed++;
      return result;
    });
    results.push(...phaseResults);
    // A stop matters only when some tenant is still to come.
    if (stopped || !work.slice(position + 1).some((next) => next.targets.length > 0)) continue;
    const phaseFailures = phaseResults.filter((result) => result.status === 'failed');
    stopped =
      budgetStop(phase) ??
      (phaseFailures.length > 0 && phase.onError === 'halt'
        ? haltStop(
            phase,
            phaseFailures.map((result) => result.name),
          )
        : undefined);
  }
  return { results, ...(stopped ? { stopped } : {}) };
}

/** Why the phases after a halting phase with failures are not tried; the --claim workers say it the same way. */
export function haltStop(phase: RolloutPhase, failedNames: readonly string[]): RolloutStop {
  const listed =
    failedNames.length > 5 ? `${failedNames.slice(0, 5).join(', ')} and ${failedNames.length - 5} more` : failedNames.join(', ');
  return phase.role === 'canary'
    ? {
        code: 'CANARY_FAILED',
        phase: phase.name,
        message: `not tried: ${failedNames.length} canary tenant(s) failed (${listed}), so no other tenant was touched`,
      }
    : {
        code: 'WAVE_HALTED',
        phase: phase.name,
        message: `not tried: wave ${phase.name} had ${failedNames.length} failure(s) (${listed}) and halts the rollout (onError: halt)`,
      };
}

function withWave(result: TargetResult, phase: RolloutPhase): TargetResult {
  return { ...result, wave: phase.name };
}
