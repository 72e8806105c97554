/**
 * The rollout plan as the report carries it: the phases a run goes through (the canary, then
 * the waves, then the tenants in no wave), the failure budget, and why the run stopped early
 * when it did. Plain data; built by fleet/rollout-plan.ts, read by the renderers.
 */

export type WaveOnError = 'halt' | 'continue';

export type PhaseRole = 'canary' | 'wave' | 'rest';

export interface RolloutPhase {
  name: string;
  role: PhaseRole;
  /** How the phase picked its tenants, in words for the report: `5 by stable hash`, `where tier = 'free'`. */
  selection: string;
  /** This process's tenants of the phase, in run order. */
  tenants: string[];
  /** Tenants at once in this phase (undefined: the run's --concurrency). */
  concurrency?: number;
  /** What a failure in this phase does to the phases after it. The canary always halts. */
  onError: WaveOnError;
  /** Names the wave lists that are not active tenants (shown, not fatal: a tenant may have left). */
  unknownNames?: string[];
}

export interface FailureBudget {
  /** As given: `3` or `5%`. */
  spec: string;
  /** The run stops starting targets once more than this many have failed. */
  maxFailures: number;
}

export interface RolloutPlan {
  phases: RolloutPhase[];
  budget?: FailureBudget;
  /** `i/n` when this process runs one shard. */
  shard?: string;
  /** `--wave NAME`: the one wave run; the tenants of the other waves are not part of this run. */
  onlyWave?: string;
  /** Tenants left out by --wave. */
  outsideWave: number;
}

/** Why a rollout stopped before its last phase, when it did. */
export interface RolloutStop {
  code: 'CANARY_FAILED' | 'WAVE_HALTED' | 'FAILURE_BUDGET_SPENT';
  /** The phase in which it stopped. */
  phase: string;
  message: string;
}

/** The plan and what became of it: carried by the fleet report. */
export interface RolloutReport extends RolloutPlan {
  stopped?: RolloutStop;
}
