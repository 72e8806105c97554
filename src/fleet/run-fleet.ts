/**
 * migrate and rollback across the fleet. migrate: the master first (when it fails, no tenant is
 * touched), then every selected tenant in a bounded pool. rollback reverses that order: the
 * tenants, then the master unless a tenant failed. Every tenant is tried; the report lists each
 * target's outcome and `ok` is false when any failed.
 */
import { performance } from 'node:perf_hooks';
import { databaseOf, maskUrl } from '../db/connection-url.js';
import { type ErrorCode, isTenantMigrateError, TenantMigrateError } from '../errors.js';
import { invalidOption, text } from '../messages.js';
import { loadMigrations, timeline } from '../migrations/read-directory.js';
import type { Migration } from '../migrations/types.js';
import type { RolloutReport, RolloutStop } from '../report/rollout-model.js';
import { runClaimed } from './claim.js';
import { runCreatingMissingSchema } from './create-missing.js';
import { interruptError, interruptName, notStarted, RunningSessions } from './interrupt.js';
import { type LedgerSnapshot, readLedgerSnapshots, type SnapshotOutcome } from './ledger-snapshots.js';
import { type ResolvedFleetOptions, resolveFleetOptions } from './options.js';
import { checkRolloutOptions, type FleetRollout, hasRollout, planFleetRollout } from './rollout.js';
import { runPhases } from './run-phases.js';
import {
  checkRecordOptions,
  claimLeaseMs,
  partName,
  type RetrySet,
  RunRecorder,
  readRetrySet,
  recordedOptions,
  targetKey,
} from './run-recorder.js';
import { runTarget, toTargetError } from './run-target.js';
import { runScheduled } from './scheduler.js';
import type { SessionPool } from './session-pool.js';
import { formatShard, inShard } from './shard.js';
import { untouchedResult } from './target-result.js';
import { createSessionPool } from './target-session.js';
import { runTemplateJob, templateTargets } from './tenant-template.js';
import { type DiscoveredTenants, discoverTenants } from './tenants.js';
import type { FleetOptions, FleetReport, RollbackOptions, Target, TargetResult } from './types.js';

export function migrateFleet(options: FleetOptions): Promise<FleetReport> {
  return runFleet('migrate', options);
}

export async function rollbackFleet(options: RollbackOptions): Promise<FleetReport> {
  if (options.to !== undefined && options.steps !== undefined) {
    throw new TenantMigrateError('BAD_OPTION', text('rollback.to-or-steps', 'rollback takes {option:to} or {option:steps}, not both'));
  }
  if (options.steps !== undefined && (!Number.isInteger(options.steps) || options.steps < 1)) {
    throw new TenantMigrateError('BAD_OPTION', invalidOption('steps', options.steps, 'a whole number of at least 1'));
  }
  return runFleet('rollback', options);
}

async function runFleet(command: 'migrate' | 'rollback', given: RollbackOptions): Promise<FleetReport> {
  const options = resolveFleetOptions(given);
  checkRolloutOptions(given);
  checkRecordOptions({ ...given, dryRun: options.dryRun, sharded: options.shard !== undefined });
  claimLeaseMs(given);
  // Which targets a retry runs is known before anything else: the others are never connected to.
  const retry = given.retryFailed === undefined ? undefined : await readRetrySet(command, given.retryFailed, options);
  const raw = retry ? withRetriedBudget(given, retry) : given;
  const { recorder, recordWarning } = await openRecord(command, raw, options, retry);
  const pool = createSessionPool(options);
  const running = raw.signal ? new RunningSessions(raw.signal, options.connectTimeoutMs) : undefined;
  try {
    const report = await runFleetWith(command, raw, options, pool, { recorder, retry, running });
    const withRetry = { ...report, ...(retry ? { retryOf: retry.run.id } : {}), ...(recordWarning ? { recordWarning } : {}) };
    return recorder ? { ...withRetry, ...(await recorder.finish(withRetry)) } : withRetry;
  } catch (error) {
    await recorder?.fail(toTargetError(error, [options.masterUrl]));
    throw error;
  } finally {
    running?.dispose();
    await pool.close();
  }
}

/**
 * A retry keeps the failure budget of the run it retries (the same tenants still failing must not
 * run on past it), unless this run names its own.
 */
function withRetriedBudget(raw: RollbackOptions, retry: RetrySet): RollbackOptions {
  const budget = retry.run.options.maxFailures;
  return raw.maxFailures === undefined && typeof budget === 'string' ? { ...raw, maxFailures: budget } : raw;
}

/**
 * The run record, unless --no-record or a dry run. A master that cannot be reached is not the
 * record's to report: the run goes on without one and the master fails as its target, as it
 * always did (--claim cannot go on without the record).
 */
async function openRecord(
  command: 'migrate' | 'rollback',
  raw: RollbackOptions,
  options: ResolvedFleetOptions,
  retry: RetrySet | undefined,
): Promise<{ recorder?: RunRecorder; recordWarning?: string }> {
  if (raw.record === false || options.dryRun) return {};
  try {
    const recorder = await RunRecorder.open(command, raw, options, {
      part: partName(options.shard, raw.claim),
      takeOver: !raw.claim,
      options: recordedOptions(raw),
      retryOf: retry?.run.id,
    });
    return { recorder };
  } catch (error) {
    const unreachable = isTenantMigrateError(error) && CONNECT_ERRORS.has(error.code);
    if (!unreachable || raw.claim) throw error;
    return { recordWarning: `the run was not recorded: ${toTargetError(error, [options.masterUrl]).message}` };
  }
}

/** Errors of a master that cannot be reached at all (the record is then moot). */
const CONNECT_ERRORS: ReadonlySet<string> = new Set([
  'CONNECT_FAILED',
  'AUTH_FAILED',
  'DATABASE_MISSING',
  'CONNECTION_LOST',
  'QUERY_TIMEOUT',
]);

interface RunContext {
  recorder?: RunRecorder;
  retry?: RetrySet;
  /** With raw.signal: the sessions to cancel when it aborts. */
  running?: RunningSessions;
}

async function runFleetWith(
  command: 'migrate' | 'rollback',
  raw: RollbackOptions,
  options: ResolvedFleetOptions,
  pool: SessionPool,
  { recorder, retry, running }: RunContext,
): Promise<FleetReport> {
  const signal = raw.signal;
  const started = performance.now();
  const staged = hasRollout(raw);
  const set = await loadMigrations(options.dir);
  const masterMigrations = timeline(set.migrations, 'master');
  const tenantMigrations = timeline(set.migrations, 'tenant');
  const direction: 'up' | 'down' = command === 'migrate' ? 'up' : 'down';
  const results: TargetResult[] = [];
  let done = 0;
  let failed = 0;
  let total = options.target === 'tenants' ? 0 : 1;
  const progress = raw.onProgress;
  let runError: FleetReport['error'];
  let inactive: number | undefined;
  let tenantsNote: string | undefined;
  let rollout: FleetRollout | undefined;
  let stopped: RolloutStop | undefined;
  const report = (): FleetReport => {
    const interrupted = signal?.aborted ? interruptName(signal) : undefined;
    const error = runError ?? (signal?.aborted ? interruptError(results, signal, recorder?.runId) : undefined);
    return {
      ...reportOf(error),
      ...(interrupted ? { ok: false, interrupted: { signal: interrupted } } : {}),
    };
  };
  const reportOf = (error: FleetReport['error']): FleetReport => ({
    command,
    // A --claim worker can find the run stopped by another worker's canary, wave or budget and
    // have nothing of its own to report: the run still failed, and so does this part of it.
    ok: results.every((result) => result.status !== 'failed' && result.status !== 'skipped') && !error && !stopped,
    dryRun: options.dryRun,
    durationMs: Math.round(performance.now() - started),
    ...(options.shard ? { shard: formatShard(options.shard) } : {}),
    targets: results,
    ...(inactive ? { inactiveTenants: inactive } : {}),
    ...(tenantsNote ? { tenantsNote } : {}),
    ...(error ? { error } : {}),
    ...(rollout ? { rollout: { ...rollout.plan, ...(stopped ? { stopped } : {}) } satisfies RolloutReport } : {}),
  });

  const retried = (target: Target) => !retry || retry.keys.has(targetKey(target));
  const run = async (
    target: Target,
    migrations: Migration[],
    which: 'master' | 'tenant',
    extra: { wave?: string; snapshot?: LedgerSnapshot } = {},
  ) => {
    const { wave, snapshot } = extra;
    // After an interrupt no target starts: each is reported (and recorded) as not started.
    if (signal?.aborted) return finished(wave ? { ...notStarted(target, signal), wave } : notStarted(target, signal));
    const job = {
      // Marked running when it starts work (not waited for: the mark is written before the outcome,
      // in the record's next group); a target with nothing to do goes straight to its outcome.
      onStart: raw.claim || !recorder ? undefined : () => void recorder.started(target),
      snapshot,
      target,
      migrations,
      timeline: which,
      direction,
      to: raw.to,
      steps: raw.steps,
      options,
      sessions: pool,
      onProgress: progress,
      signal,
      running,
    };
    // A retry after --create-missing made the schema reads the ledger anew: the snapshot predates it.
    const once = (retry = false) => runTarget(retry ? { ...job, snapshot: undefined } : job);
    const result = raw.createMissing && which === 'tenant' ? await runCreatingMissingSchema(target, options, once) : await once();
    return finished(wave ? { ...result, wave } : result);
  };
  /** A target's outcome: counted, shown, and written to the run record. */
  const finished = async (result: TargetResult) => {
    done++;
    if (result.status === 'failed') failed++;
    progress?.({ type: 'target-done', result, done, total, failed });
    // Not waited for: outcomes are written in groups, all of them before the run's part closes.
    void recorder?.done(result);
    return result;
  };
  // The template database tenant add copies is kept in step as one more target, beside the tenants.
  const templates = options.target === 'master' ? [] : await templateTargets(options, raw.templateDatabase);
  total += templates.length;
  const runTemplate = async (template: Target) => {
    if (signal?.aborted) return finished(notStarted(template, signal));
    const database = databaseOf(template.url);
    const job = {
      target: template,
      migrations: tenantMigrations,
      timeline: 'tenant' as const,
      direction,
      to: raw.to,
      steps: raw.steps,
      options,
      onProgress: progress,
      // A rollback of the template stops like any target's (its migrate builds it in one transaction).
      signal,
      running,
    };
    return finished(await runTemplateJob(job, database));
  };
  // The tenants run phase by phase (canary, waves); without a rollout plan they are one phase.
  const snapshots = new Map<Target, SnapshotOutcome>();
  // Each snapshot is used once: let it go with its target, so memory does not grow with the fleet.
  const takeSnapshot = (tenant: Target) => {
    const outcome = snapshots.get(tenant);
    snapshots.delete(tenant);
    return outcome?.snapshot;
  };
  const runTenants = async (tenants: Target[]): Promise<TargetResult[]> => {
    const work = rollout?.work ?? [{ phase: unstagedPhase(tenants), targets: tenants }];
    const runOne = (tenant: Target, phase: { name: string }) =>
      run(tenant, tenantMigrations, 'tenant', { wave: phase.name, snapshot: takeSnapshot(tenant) });
    const budget = rollout?.plan.budget;
    const outcome = raw.claim
      ? await runClaimed(work, {
          concurrency: options.concurrency,
          budget,
          run: runOne,
          client: recorder!.client,
          runId: recorder!.runId,
          worker: recorder!.part,
          leaseMs: claimLeaseMs(raw),
          signal,
          // The claim query already recorded these as not tried: count and show them only.
          skip: (tenant, stop) => {
            const result = skipped(tenant, stop.code, stop.message);
            done++;
            progress?.({ type: 'target-done', result, done, total, failed });
            return result;
          },
        })
      : await runPhases(work, {
          concurrency: options.concurrency,
          schedule: async (targets, concurrency, each) => {
            // Schema tenants sharing a database: their ledgers are read in batches first, phase by phase.
            for (const [target, outcome] of await readLedgerSnapshots(sharingADatabase(targets), () => tenantMigrations, {
              sessions: pool,
              concurrency,
            })) {
              snapshots.set(target, outcome);
            }
            return runScheduled(targets, { concurrency, pool }, each);
          },
          budget,
          run: runOne,
          // A failure budget spent by interrupted targets is the interrupt's doing: they were not started.
          skip: (tenant, stop) => finished(signal?.aborted ? notStarted(tenant, signal) : skipped(tenant, stop.code, stop.message)),
        });
    // An interrupt is not the rollout stopping: interrupted targets may have spent its failure budget.
    stopped = signal?.aborted ? undefined : outcome.stopped;
    // The template follows the tenants: after the last wave, and not when the rollout stopped.
    const ofTemplates = await Promise.all(
      templates.map((template) => (stopped ? finished(skipped(template, stopped.code, stopped.message)) : runTemplate(template))),
    );
    // Without a plan the report stays as it always was: no wave per target.
    const ofTenants = rollout ? outcome.results : outcome.results.map(({ wave: _wave, ...result }) => result);
    return [...ofTenants, ...ofTemplates];
  };
  // The whole selection is listed (the canary and share waves are picked fleet-wide, positions
  // in the record are the fleet's order); the plan, or inShard, keeps this shard's part.
  const found = async (discovered: DiscoveredTenants) => {
    inactive = discovered.inactive;
    pool.nameServers(discovered.serverOf);
    let tenants = discovered.tenants;
    const positions = new Map(tenants.map((tenant, index) => [tenant.name, index + 1]));
    if (staged) {
      rollout = await planFleetRollout(tenants, raw, options);
      for (const [index, name] of rollout.order.entries()) positions.set(name, index + 1);
      if (retry) rollout = onlyRetried(rollout, retried);
      await recorder?.rolloutPlan(rollout.plan);
      tenants = rollout.work.flatMap((part) => part.targets);
    } else {
      tenants = tenants.filter((tenant) => inShard(tenant.name, options.shard) && retried(tenant));
    }
    total += tenants.length;
    raw.onTargets?.(tenants);
    progress?.({ type: 'total', total });
    const waveOf = new Map((rollout?.work ?? []).flatMap((part) => part.targets.map((target) => [target.name, part.phase.name] as const)));
    await recorder?.plan(
      tenants.map((tenant) => ({
        kind: 'tenant' as const,
        name: tenant.name,
        position: positions.get(tenant.name) ?? 0,
        wave: waveOf.get(tenant.name) ?? 'rest',
        url: maskUrl(tenant.url),
        ...(tenant.schema ? { schema: tenant.schema } : {}),
      })),
    );
    return tenants;
  };
  const discover = () => discoverTenants({ ...options, shard: undefined });
  const master: Target = { name: 'master', kind: 'master', url: options.masterUrl };
  const runsMaster = options.target !== 'tenants' && retried(master);
  if (runsMaster) await recorder?.plan([{ kind: 'master', name: 'master', position: 0, url: maskUrl(master.url) }]);
  if (!runsMaster) total -= options.target === 'tenants' ? 0 : 1;

  // Tenants are listed before anything runs, so a wrong --tenant or query changes nothing. On a
  // fleet's first deploy the tenants table may come from a master migration: list them after it.
  let tenants: Target[] | undefined;
  if (options.target !== 'master') {
    try {
      tenants = await found(await discover());
    } catch (error) {
      const deferred =
        command === 'migrate' && options.target === 'all' && error instanceof TenantMigrateError && error.code === 'TENANTS_TABLE_MISSING';
      if (!deferred) throw error;
    }
  }
  if (!tenants) progress?.({ type: 'total', total });

  if (command === 'rollback') {
    // Undo reverses the deploy: the tenants first (their objects may depend on the master's),
    // then the master, and only when every tenant rolled back.
    if (tenants) results.push(...(await runTenants(tenants)));
    if (!runsMaster) return report();
    if (signal?.aborted) {
      results.push(await finished(notStarted(master, signal)));
      return report();
    }
    const tenantFailures = results.filter((result) => result.status === 'failed').length;
    const notTried = results.filter((result) => result.status === 'skipped').length;
    if (tenantFailures + notTried > 0) {
      const why = [tenantFailures ? `${tenantFailures} tenant(s) failed` : '', notTried ? `${notTried} tenant(s) were not tried` : '']
        .filter(Boolean)
        .join(' and ');
      results.push(
        await finished(skipped(master, 'TENANTS_FAILED', `not rolled back: ${why}, and their data may still depend on the master's`)),
      );
      return report();
    }
    pool.expect([master]);
    results.push(await run(master, masterMigrations, 'master'));
    return report();
  }

  if (runsMaster) {
    pool.expect([master]);
    const masterResult = await run(master, masterMigrations, 'master');
    results.push(masterResult);
    if (masterResult.status === 'failed') {
      for (const tenant of tenants ?? []) {
        results.push(
          await finished(
            signal?.aborted
              ? notStarted(tenant, signal)
              : skipped(tenant, 'MASTER_FAILED', 'not tried: the master failed, so no tenant was touched'),
          ),
        );
      }
      return report();
    }
  }
  if (options.target === 'master' || (!tenants && signal?.aborted)) return report();
  if (!tenants) {
    try {
      tenants = await found(await discover());
    } catch (error) {
      // A dry run of a fleet's first deploy: the master's pending migrations would make the
      // table, and a real run lists the tenants after them. Not a failure the real run would have.
      const firstDeploy = options.dryRun && isTenantMigrateError(error) && error.code === 'TENANTS_TABLE_MISSING';
      if (firstDeploy && results.some((result) => result.kind === 'master' && result.status === 'planned')) {
        tenantsNote =
          'tenants not listed: the master has no tenants table yet; its pending migrations would make it, and a real run lists the tenants after them';
        return report();
      }
      runError = toTargetError(error, [options.masterUrl]);
      return report();
    }
  }
  results.push(...(await runTenants(tenants)));
  return report();
}

/** The targets that share their database with another target. Pure. */
function sharingADatabase(targets: readonly Target[]): Target[] {
  const counts = new Map<string, number>();
  for (const target of targets) counts.set(target.url, (counts.get(target.url) ?? 0) + 1);
  return targets.filter((target) => !target.invalid && (counts.get(target.url) ?? 0) > 1);
}

/** Without a rollout plan the tenants are one phase: every tenant, a failure does not stop the others. */
function unstagedPhase(tenants: readonly Target[]) {
  return {
    name: 'rest',
    role: 'rest' as const,
    selection: 'every tenant',
    tenants: tenants.map((tenant) => tenant.name),
    onError: 'continue' as const,
  };
}

/** --retry-failed with a rollout plan: each phase keeps only the targets to retry. */
function onlyRetried(rollout: FleetRollout, retried: (target: Target) => boolean): FleetRollout {
  const work = rollout.work.map(({ phase, targets }) => {
    const kept = targets.filter(retried);
    return { phase: { ...phase, tenants: kept.map((target) => target.name) }, targets: kept };
  });
  return { ...rollout, plan: { ...rollout.plan, phases: work.map((part) => part.phase) }, work };
}

function skipped(target: Target, code: ErrorCode, message: string): TargetResult {
  return untouchedResult(target, { status: 'skipped', error: { code, message } });
}
