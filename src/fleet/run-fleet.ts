/**
 * migrate and rollback across the fleet. migrate: the master first (when it fails, no tenant is
 * touched), then every selected tenant in a bounded pool. rollback reverses that order: the
 * tenants, then the master unless a tenant failed. Every tenant is tried; the report lists each
 * target's outcome and `ok` is false when any failed.
 */
import { isTenantMigrateError, TenantMigrateError } from '../errors.js';
import { invalidOption, text } from '../messages.js';
import { FleetRun } from './fleet-run.js';
import { RunningSessions } from './interrupt.js';
import { type ResolvedFleetOptions, resolveFleetOptions } from './options.js';
import { checkRolloutOptions } from './rollout.js';
import type { RunCommand } from './run-record.js';
import { checkRecordOptions, claimLeaseMs, partName, type RetrySet, RunRecorder, readRetrySet, recordedOptions } from './run-recorder.js';
import { toTargetError } from './run-target.js';
import { createSessionPool } from './target-session.js';
import type { FleetOptions, FleetReport, RollbackOptions } from './types.js';

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
  // goose's redo is a rollback run of its own kind in the record: runs says redo, and a retry of it redoes.
  const recordedAs: RunCommand = command === 'rollback' && given.redo ? 'redo' : command;
  const retry = given.retryFailed === undefined ? undefined : await readRetrySet(recordedAs, given.retryFailed, options);
  // Nothing left to retry (the run was ok): said so, exit 0, and no empty run recorded, which would
  // then be the last run and hide the one retried.
  if (retry?.nothingLeft) {
    return {
      command,
      ...(given.redo ? { redo: true as const } : {}),
      ok: true,
      dryRun: options.dryRun,
      durationMs: 0,
      targets: [],
      retryOf: retry.run.id,
      nothingToRetry: retry.nothingLeft,
    };
  }
  const raw = retry ? withRetriedBudget(given, retry) : given;
  const { recorder, recordWarning, recordLater } = await openRecord(recordedAs, raw, options, retry);
  const pool = createSessionPool(options, raw.signal);
  const running = raw.signal ? new RunningSessions(raw.signal, options.connectTimeoutMs) : undefined;
  let report: FleetReport;
  let failure: { error: unknown } | undefined;
  try {
    const executed = await (await FleetRun.start(command, raw, options, pool, { recorder, retry, running })).execute();
    report = { ...executed, ...(retry ? { retryOf: retry.run.id } : {}), ...(recordWarning ? { recordWarning } : {}) };
    if (recorder) return { ...report, ...(await recorder.finish(report)) };
  } catch (error) {
    if (recorder) {
      await recorder.fail(toTargetError(error, [options.masterUrl]));
      throw error;
    }
    failure = { error };
  } finally {
    running?.dispose();
    await pool.close();
  }
  // Not recorded as it went, for want of a slot: recorded now that the run's sessions are closed.
  if (failure) {
    await recordLater?.((late) => late.fail(toTargetError(failure.error, [options.masterUrl])));
    throw failure.error;
  }
  const done = report!;
  const recorded = await recordLater?.((late) => late.record(done));
  if (!recorded) return done;
  const why = recordWarning?.replace(/^the run was not recorded: /, '');
  return {
    ...done,
    ...recorded,
    recordWarning: recorded.recordWarning ?? `the run was recorded once it ended (while it ran it was not recorded: ${why})`,
  };
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
  command: RunCommand,
  raw: RollbackOptions,
  options: ResolvedFleetOptions,
  retry: RetrySet | undefined,
): Promise<{
  recorder?: RunRecorder;
  recordWarning?: string;
  /** When the record's session would have taken a slot the targets need: opens it once they are done, to write the run whole. */
  recordLater?: <T>(write: (late: RunRecorder) => Promise<T>) => Promise<T | undefined>;
}> {
  if (raw.record === false || options.dryRun) return {};
  const startedAt = new Date();
  const details = {
    part: partName(options.shard, raw.claim),
    takeOver: !raw.claim,
    options: recordedOptions(raw),
    retryOf: retry?.run.id,
  };
  try {
    const recorder = await RunRecorder.open(command, raw, options, details);
    return { recorder };
  } catch (error) {
    const unreachable = isTenantMigrateError(error) && (CONNECT_ERRORS.has(error.code) || error.code === 'TOO_MANY_CONNECTIONS');
    if (!unreachable || raw.claim) throw error;
    const recordWarning = `the run was not recorded: ${toTargetError(error, [options.masterUrl]).message}`;
    if (error.code !== 'TOO_MANY_CONNECTIONS') return { recordWarning };
    // A run left out of the record would let --retry-failed take an older run for the last one.
    const recordLater = async <T>(write: (late: RunRecorder) => Promise<T>): Promise<T | undefined> => {
      let late: RunRecorder;
      try {
        late = await RunRecorder.open(command, raw, options, { ...details, startedAt, lastSlot: true });
      } catch {
        return undefined;
      }
      return write(late);
    };
    return { recordWarning, recordLater };
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
