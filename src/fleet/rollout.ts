/**
 * The runner's side of the rollout plan: checks the rollout options before anything connects,
 * evaluates the waves' SQL conditions on the master, and turns the plan (tenant names) back
 * into the tenants to run, phase by phase.
 */
import type { ResolvedFleetOptions } from './options.js';
import type { RolloutConfig } from './rollout-config.js';
import { parseCanary, parseFailureBudget, planRollout, type RolloutPlan } from './rollout-plan.js';
import type { PhaseWork } from './run-phases.js';
import type { Target } from './types.js';
import { evaluateWavePredicates } from './wave-predicates.js';

export interface RolloutOptions {
  /** `rollout` of tenant-migrate.config.json (the CLI and the Action read it from the working directory). */
  rollout?: RolloutConfig;
  /** `5`, `2%` or `acme-corp,techstart`: these tenants first; when one fails no other is touched. */
  canary?: string;
  /** Only this wave (a name from rollout.waves, or `rest`). */
  wave?: string;
  /** `N` or `P%`: once more targets have failed, no new one starts. */
  maxFailures?: string;
}

/** Parses the values now, so a bad one is a usage error before anything connects. */
export function checkRolloutOptions(options: RolloutOptions): void {
  if (options.canary !== undefined) parseCanary(options.canary);
  if (options.maxFailures !== undefined) parseFailureBudget(options.maxFailures);
}

/** A plan matters only when there is something to stage; otherwise every tenant is one pool, as always. */
export function hasRollout(options: RolloutOptions): boolean {
  return (
    (options.rollout?.waves.length ?? 0) > 0 ||
    options.canary !== undefined ||
    options.wave !== undefined ||
    options.maxFailures !== undefined
  );
}

export interface FleetRollout {
  plan: RolloutPlan;
  work: PhaseWork[];
  /** Every tenant of the plan before --shard, in run order: the positions the run record keeps, the same in every shard. */
  order: string[];
}

/** `tenants`: every selected tenant before --shard (the plan applies the shard itself). */
export async function planFleetRollout(
  tenants: readonly Target[],
  rollout: RolloutOptions,
  options: ResolvedFleetOptions,
): Promise<FleetRollout> {
  const waves = rollout.rollout?.waves ?? [];
  const predicateMatches = await evaluateWavePredicates(waves, options);
  const request = { waves, predicateMatches, canary: rollout.canary, wave: rollout.wave, maxFailures: rollout.maxFailures };
  const names = tenants.map((tenant) => tenant.name);
  const plan = planRollout(names, { ...request, shard: options.shard });
  const order = options.shard
    ? planRollout(names, request).phases.flatMap((phase) => phase.tenants)
    : plan.phases.flatMap((phase) => phase.tenants);
  const byName = new Map(tenants.map((tenant) => [tenant.name, tenant]));
  return {
    plan,
    work: plan.phases.map((phase) => ({ phase, targets: phase.tenants.map((name) => byName.get(name)!) })),
    order,
  };
}
