/**
 * `--claim`: identical workers share one run and take its targets from the run record instead of
 * a fixed share, so a fast worker takes more and a worker that dies leaves nothing behind.
 *
 * - A worker takes one target at a time with `FOR UPDATE SKIP LOCKED` (two workers never take the
 *   same row, and neither waits for the other) and holds it under a lease it renews by heartbeat.
 * - A row still `running` whose lease ran out belongs to a worker that died (or stopped
 *   answering): the next worker takes it over. The target's advisory lock and the ledger, read
 *   under it, keep a migration from being applied twice even then.
 * - Phases stay in order across workers: nobody takes a target of the next phase before every
 *   target of this one is finished, and the halt rule and the failure budget read the outcomes
 *   recorded by every worker.
 */
import type { RolloutPhase, RolloutStop } from '../report/rollout-model.js';
import type { FailureBudget } from './rollout-plan.js';
import { haltStop } from './run-phases.js';
import { type Queryable, TARGETS_TABLE } from './run-record.js';
import type { Target, TargetResult } from './types.js';

export const DEFAULT_CLAIM_LEASE_MS = 60_000;

export interface ClaimOptions {
  /** The run record's session (queries queued one after another). */
  client: Queryable;
  runId: string;
  /** This worker's name in the record (`worker host:pid`). */
  worker: string;
  leaseMs: number;
  /** Tenants this worker runs at once. */
  concurrency: number;
  budget?: FailureBudget;
  run: (target: Target, phase: RolloutPhase) => Promise<TargetResult>;
  /** A target recorded as not tried (the record already says so). */
  skip: (target: Target, stop: RolloutStop) => TargetResult;
  /** How long to wait between looks while other workers finish a phase. */
  pollMs?: number;
  /**
   * An interrupted worker claims nothing more: the targets it did not take stay pending for the
   * other workers (or a retry), instead of being marked not tried in the shared record.
   */
  signal?: AbortSignal;
}

export interface ClaimOutcome {
  /** The targets this worker ran (and the ones it recorded as not tried). */
  results: TargetResult[];
  stopped?: RolloutStop;
}

export async function runClaimed(
  work: ReadonlyArray<{ phase: RolloutPhase; targets: Target[] }>,
  options: ClaimOptions,
): Promise<ClaimOutcome> {
  const results: TargetResult[] = [];
  const heartbeat = startHeartbeat(options);
  try {
    for (const [position, { phase, targets }] of work.entries()) {
      if (options.signal?.aborted) return { results };
      const halted = await haltedBefore(options, work.slice(0, position));
      if (halted) return { results: [...results, ...(await skipRemaining(options, work.slice(position), halted))], stopped: halted };
      await runPhase(phase, new Map(targets.map((target) => [target.name, target])), options, results);
      if (options.signal?.aborted) return { results };
      const spent = await budgetStop(options, phase);
      if (spent) {
        const skipped = await skipRemaining(options, work.slice(position), spent);
        // Another worker may have been the one to leave targets out: the run stopped all the same.
        const leftOver =
          skipped.length > 0 || work.slice(position + 1).some((next) => next.targets.length > 0) || (await leftOutByBudget(options));
        return { results: [...results, ...skipped], ...(leftOver ? { stopped: spent } : {}) };
      }
    }
    return { results };
  } finally {
    heartbeat.stop();
  }
}

/** Takes and runs this phase's targets until none is left, then waits for the other workers to finish theirs. */
async function runPhase(phase: RolloutPhase, byName: Map<string, Target>, options: ClaimOptions, results: TargetResult[]): Promise<void> {
  const lanes = Array.from({ length: Math.max(1, Math.min(phase.concurrency ?? options.concurrency, byName.size)) }, async () => {
    for (;;) {
      if (options.signal?.aborted || (await budgetSpent(options))) return;
      const name = await claimNext(options, phase.name);
      if (name === undefined) return;
      const target = byName.get(name);
      if (!target) continue;
      // run() records the outcome: the row leaves `running`.
      results.push({ ...(await options.run(target, phase)), wave: phase.name });
    }
  });
  await Promise.all(lanes);
  // Others may still be running targets of this phase (or have died holding them: their lease
  // runs out and this worker takes them over).
  for (;;) {
    const { rows } = await options.client.query<{ open: number; claimable: number }>(
      `SELECT count(*)::int AS open, count(*) FILTER (WHERE status = 'pending' OR lease_until < now())::int AS claimable
       FROM ${TARGETS_TABLE} WHERE run_id = $1 AND kind = 'tenant' AND wave = $2 AND status IN ('pending', 'running')`,
      [options.runId, phase.name],
    );
    if (rows[0].open === 0 || options.signal?.aborted || (await budgetSpent(options))) return;
    if (rows[0].claimable > 0) {
      await runPhase(phase, byName, options, results);
      return;
    }
    await sleep(options.pollMs ?? 500);
  }
}

/** One pending target of the phase (or one whose lease ran out), now this worker's. */
async function claimNext(options: ClaimOptions, wave: string): Promise<string | undefined> {
  const { rows } = await options.client.query<{ name: string }>(
    // The CTE runs once: a subquery in FROM may be rescanned per row, and each rescan with SKIP
    // LOCKED would hand out one more target.
    `WITH next AS MATERIALIZED (
       SELECT kind, name FROM ${TARGETS_TABLE}
       WHERE run_id = $1 AND kind = 'tenant' AND wave = $2
         AND (status = 'pending' OR (status = 'running' AND lease_until < now()))
       ORDER BY position LIMIT 1 FOR UPDATE SKIP LOCKED)
     UPDATE ${TARGETS_TABLE} AS t SET status = 'running', claimed_by = $3, part = $3, started_at = now(),
       lease_until = now() + make_interval(secs => $4::double precision / 1000)
     FROM next
     WHERE t.run_id = $1 AND t.kind = next.kind AND t.name = next.name
     RETURNING t.name`,
    [options.runId, wave, options.worker, options.leaseMs],
  );
  return rows[0]?.name;
}

/** Failures recorded in the whole run, by every worker. */
async function failuresSoFar(options: ClaimOptions): Promise<number> {
  const { rows } = await options.client.query<{ failed: number }>(
    `SELECT count(*)::int AS failed FROM ${TARGETS_TABLE} WHERE run_id = $1 AND kind = 'tenant' AND status = 'failed'`,
    [options.runId],
  );
  return rows[0].failed;
}

async function budgetSpent(options: ClaimOptions): Promise<boolean> {
  return options.budget !== undefined && (await failuresSoFar(options)) > options.budget.maxFailures;
}

async function budgetStop(options: ClaimOptions, phase: RolloutPhase): Promise<RolloutStop | undefined> {
  if (!options.budget) return undefined;
  const failed = await failuresSoFar(options);
  if (failed <= options.budget.maxFailures) return undefined;
  return {
    code: 'FAILURE_BUDGET_SPENT',
    phase: phase.name,
    message: `not tried: the failure budget of ${options.budget.spec} is spent (${failed} failed, ${options.budget.maxFailures} allowed)`,
  };
}

/** Did any worker of the run record a target as not tried because the budget was spent? */
async function leftOutByBudget(options: ClaimOptions): Promise<boolean> {
  const { rows } = await options.client.query(
    `SELECT 1 FROM ${TARGETS_TABLE} WHERE run_id = $1 AND status = 'skipped' AND error->>'code' = 'FAILURE_BUDGET_SPENT' LIMIT 1`,
    [options.runId],
  );
  return rows.length > 0;
}

/** Before a phase starts: did an earlier phase that halts on error (recorded by any worker) have a failure? */
async function haltedBefore(options: ClaimOptions, before: ReadonlyArray<{ phase: RolloutPhase }>): Promise<RolloutStop | undefined> {
  for (const { phase: earlier } of before) {
    if (earlier.onError !== 'halt') continue;
    const { rows } = await options.client.query<{ name: string }>(
      `SELECT name FROM ${TARGETS_TABLE} WHERE run_id = $1 AND kind = 'tenant' AND wave = $2 AND status = 'failed' ORDER BY position`,
      [options.runId, earlier.name],
    );
    if (rows.length > 0)
      return haltStop(
        earlier,
        rows.map((row) => row.name),
      );
  }
  return undefined;
}

/** Marks the still-pending targets of the remaining phases as not tried (once: a row another worker already marked stays as it is). */
async function skipRemaining(
  options: ClaimOptions,
  rest: ReadonlyArray<{ phase: RolloutPhase; targets: Target[] }>,
  stop: RolloutStop,
): Promise<TargetResult[]> {
  const results: TargetResult[] = [];
  for (const { phase, targets } of rest) {
    const byName = new Map(targets.map((target) => [target.name, target]));
    const { rows } = await options.client.query<{ name: string }>(
      `UPDATE ${TARGETS_TABLE} SET status = 'skipped', error = $3, ended_at = now(), claimed_by = $4, part = $4
       WHERE run_id = $1 AND kind = 'tenant' AND wave = $2 AND status = 'pending' RETURNING name`,
      [options.runId, phase.name, JSON.stringify({ code: stop.code, message: stop.message }), options.worker],
    );
    for (const row of rows) {
      const target = byName.get(row.name);
      if (target) results.push({ ...options.skip(target, stop), wave: phase.name });
    }
  }
  return results;
}

function startHeartbeat(options: ClaimOptions): { stop(): void } {
  const timer = setInterval(
    () => {
      options.client
        .query(
          `UPDATE ${TARGETS_TABLE} SET lease_until = now() + make_interval(secs => $3::double precision / 1000)
           WHERE run_id = $1 AND claimed_by = $2 AND status = 'running'`,
          [options.runId, options.worker, options.leaseMs],
        )
        .catch(() => {});
    },
    Math.max(200, Math.floor(options.leaseMs / 3)),
  );
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
