/**
 * Reads a recorded run back: `runs` lists the recent ones, `runs show ID` merges every part of
 * one run (shards, workers) into a single fleet report.
 */
import { openSession } from '../db/session.js';
import { TenantMigrateError } from '../errors.js';
import type { FleetReport, TargetResult } from '../report/fleet-model.js';
import type { RolloutPhase, RolloutReport, RolloutStop } from '../report/rollout-model.js';
import { type RunListRow, type RunReport, runState } from '../report/run-model.js';
import { interruptSignal, listRuns, type RecordedTarget, readRunInfo, readRunParts, readRunTargets, runTablesExist } from './run-record.js';

export interface RunReadOptions {
  masterUrl: string;
  connectTimeoutMs?: number;
}

async function withMaster<T>(options: RunReadOptions, read: (client: import('./run-record.js').Queryable) => Promise<T>): Promise<T> {
  const session = await openSession(options.masterUrl, {
    connectTimeoutMs: options.connectTimeoutMs ?? 10_000,
    lockTimeoutMs: 10_000,
    statementTimeoutMs: 60_000,
  });
  try {
    return await read(session.client);
  } finally {
    await session.close();
  }
}

export function recentRuns(options: RunReadOptions & { limit?: number }): Promise<RunListRow[]> {
  return withMaster(options, (client) => listRuns(client, options.limit ?? 20));
}

export function showRun(id: string, options: RunReadOptions): Promise<RunReport> {
  return withMaster(options, async (client) => {
    const run = (await runTablesExist(client)) ? await readRunInfo(client, id) : undefined;
    if (!run)
      throw new TenantMigrateError('RUN_NOT_FOUND', `no run ${id} in the run record`, {
        hint: 'tenant-migrate runs lists the recorded runs',
      });
    const [parts, targets] = await Promise.all([readRunParts(client, id), readRunTargets(client, id)]);
    return mergeRun(run, parts, targets);
  });
}

/** Pure: the rows of one run as one report. */
export function mergeRun(run: RunReport['run'], parts: RunReport['parts'], targets: readonly RecordedTarget[]): RunReport {
  const results = targets.map(targetResult);
  const ended =
    run.endedAt ??
    parts.reduce<string | null>((latest, part) => (part.endedAt && (!latest || part.endedAt > latest) ? part.endedAt : latest), null);
  const unfinished = targets.filter((target) => target.status === 'pending' || target.status === 'running').length;
  const partFailed = parts.some((part) => part.ok === false);
  const interrupt = parts.find((part) => part.ok === false && part.error?.code === 'INTERRUPTED')?.error;
  const rollout = rolloutOf(targets, run.options);
  const ok = unfinished === 0 && !partFailed && results.every((result) => result.status !== 'failed' && result.status !== 'skipped');
  const report: FleetReport = {
    // A redo is a rollback that applies again what it rolled back: its report says redo, as the live one did.
    command: run.command === 'redo' ? 'rollback' : run.command,
    ...(run.command === 'redo' ? { redo: true as const } : {}),
    ok,
    dryRun: false,
    durationMs: ended ? Date.parse(ended) - Date.parse(run.startedAt) : 0,
    targets: results,
    ...(rollout ? { rollout } : {}),
    runId: run.id,
    ...(parts.find((part) => part.error) ? { error: parts.find((part) => part.error)!.error! } : {}),
    ...(interrupt ? { interrupted: { signal: interruptSignal(interrupt) } } : {}),
  };
  const state = runState({
    ended: run.endedAt !== null,
    runningParts: parts.filter((part) => part.endedAt === null).length,
    unfinishedTargets: unfinished,
    interrupted: interrupt !== undefined,
    failed: !ok,
  });
  return { run, parts, report, unfinished, state };
}

function targetResult(target: RecordedTarget): TargetResult {
  const finished = target.status !== 'pending' && target.status !== 'running';
  return {
    name: target.name,
    kind: target.kind,
    url: target.url,
    ...(target.schema ? { schema: target.schema } : {}),
    status: finished ? (target.status as TargetResult['status']) : 'skipped',
    fromVersion: target.fromVersion,
    toVersion: target.toVersion,
    applied: target.applied,
    durationMs: target.durationMs ?? 0,
    ...(target.error
      ? { error: target.error }
      : finished
        ? {}
        : {
            error: {
              code: 'NOT_FINISHED',
              message:
                target.status === 'running'
                  ? `not finished: running${target.claimedBy ? ` in ${target.claimedBy}` : target.part ? ` in ${target.part}` : ''} (or its process died)`
                  : 'not finished: not started yet',
            },
          }),
    ...(target.wave ? { wave: target.wave } : {}),
  };
}

/** The waves the targets ran in, in order of first appearance (for the per-wave picture). */
function rolloutOf(targets: readonly RecordedTarget[], options: Record<string, unknown>): RolloutReport | undefined {
  // The plan as recorded when the run made it (runs recorded before it was kept: from the targets' waves).
  const recorded = options.rollout as (Omit<RolloutReport, 'phases'> & { phases: Array<Omit<RolloutPhase, 'tenants'>> }) | undefined;
  const phases = new Map<string, RolloutPhase>(
    (recorded?.phases ?? []).map((phase) => [phase.name, { ...phase, tenants: [] }] as [string, RolloutPhase]),
  );
  for (const target of targets) {
    if (target.kind !== 'tenant' || !target.wave) continue;
    let phase = phases.get(target.wave);
    if (!phase) {
      const role = target.wave === 'canary' ? 'canary' : target.wave === 'rest' ? 'rest' : 'wave';
      phase = { name: target.wave, role, selection: 'as recorded', tenants: [], onError: role === 'rest' ? 'continue' : 'halt' };
      phases.set(target.wave, phase);
    }
    phase.tenants.push(target.name);
  }
  // A run without a plan ran every tenant as one phase: nothing to show.
  if (phases.size === 0 || (phases.size === 1 && phases.has('rest') && !recorded)) return undefined;
  const stopped = options.stopped as RolloutStop | undefined;
  return {
    ...(recorded ?? { outsideWave: 0 }),
    phases: [...phases.values()].filter((phase) => phase.tenants.length > 0 || recorded),
    ...(stopped ? { stopped } : {}),
  };
}
