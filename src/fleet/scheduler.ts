/**
 * Runs work over a list of targets within two limits: `concurrency` targets at once, and the
 * sessions the pool may hold per server (its ConnectionBudget). Targets that share a database
 * are queued together so their sessions are reused; results keep the targets' order. A runner
 * that plans waves or canaries calls this once per wave with the same pool.
 */
import { runPool } from './pool.js';
import type { SessionPool } from './session-pool.js';
import type { Target } from './types.js';

export interface Schedule {
  concurrency: number;
  pool: SessionPool;
}

export async function runScheduled<Result>(
  targets: readonly Target[],
  schedule: Schedule,
  work: (target: Target, index: number) => Promise<Result>,
): Promise<Result[]> {
  schedule.pool.expect(targets);
  const order = groupedByDatabase(targets);
  const results = new Array<Result>(targets.length);
  await runPool(order, schedule.concurrency, async (index) => {
    results[index] = await work(targets[index], index);
  });
  return results;
}

/** Indices of the targets, those of one database together, databases in order of first appearance. Pure. */
export function groupedByDatabase(targets: readonly Target[]): number[] {
  const groups = new Map<string, number[]>();
  targets.forEach((target, index) => {
    const group = groups.get(target.url);
    if (group) group.push(index);
    else groups.set(target.url, [index]);
  });
  return [...groups.values()].flat();
}
