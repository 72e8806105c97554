/**
 * One process's side of the run record: joins (or starts) the run on the master, lists its
 * targets as pending, writes each target's outcome as it finishes, and closes its part. One
 * session to the master for all of it (pg queues the writes in order). A write that fails once
 * the run is going does not stop the migrations: the report says the record is incomplete.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { freeSlots, readServerLimits } from '../db/connection-budget.js';
import { parseDuration } from '../db/durations.js';
import { openSession, type Session } from '../db/session.js';
import { TenantMigrateError } from '../errors.js';
import { text } from '../messages.js';
import type { FleetReport, TargetResult } from '../report/fleet-model.js';
import type { RolloutPlan } from '../report/rollout-model.js';
import { DEFAULT_CLAIM_LEASE_MS } from './claim.js';
import { GroupedWrites } from './grouped-writes.js';
import { openMasterSession } from './master-connection.js';
import type { ResolvedFleetOptions } from './options.js';
import {
  addTargets,
  ensureRunTables,
  finishPart,
  joinRun,
  lastRunOf,
  markRunning,
  type PlannedTarget,
  type Queryable,
  type RunCommand,
  type RunInfo,
  readRunInfo,
  readRunParts,
  readRunTargets,
  recordOutcomes,
  recordRollout,
  recordUnavailable,
  runTablesExist,
} from './run-record.js';
import { toTargetError } from './run-target.js';

type TargetWrite = { type: 'running'; target: { kind: string; name: string } } | { type: 'done'; result: TargetResult };

export interface RecordOptions {
  /** false: no run record (`--no-record`). Default true; dry runs are never recorded. */
  record?: boolean;
  /** Join this run (several processes, one run); default: a new id. */
  runId?: string;
  /** Retry the failed and not-tried targets of this run; `''`: of the last run of the same command. */
  retryFailed?: string;
  /** Take tenants from the run record (shared by identical workers with one --run-id) instead of a fixed share. */
  claim?: boolean;
  /** How long a claimed target stays a worker's without a heartbeat, e.g. `60s` (the default). */
  claimLease?: string;
}

/**
 * The record's session is one more than the targets need: when it holds the last slot the role
 * (or the server) has, the master and the tenants could not connect at all, and the run would
 * fail because of tenant-migrate's own session. Then the run goes on without a record (the caller
 * says so); a --claim worker cannot, and fails on its first connect as before.
 */
async function refuseLastSlot(session: Session): Promise<void> {
  const limits = await readServerLimits(session.client, session.quickQueryTimeoutMs);
  if (freeSlots(limits) > 0) return;
  const whose =
    !limits.superuser && limits.roleLimit >= 0
      ? `role's CONNECTION LIMIT (${limits.roleInUse} of ${limits.roleLimit} in use)`
      : `server's max_connections (${limits.inUse} of ${limits.maxConnections} in use)`;
  throw new TenantMigrateError('TOO_MANY_CONNECTIONS', `its session would hold the last free slot of the ${whose}, which the targets need`);
}

/** This process's name within its run: `all`, `shard 2/3`, or `worker host:pid` for --claim. */
export function partName(shard: { index: number; count: number } | undefined, claim: boolean | undefined): string {
  if (claim) return `worker ${hostname()}:${process.pid}`;
  return shard ? `shard ${shard.index}/${shard.count}` : 'all';
}

/** What the run record keeps of the options (never a URL). */
export function recordedOptions(
  options: RecordOptions & {
    canary?: string;
    wave?: string;
    maxFailures?: string;
    target?: string;
    to?: number;
    steps?: number;
    shard?: string;
  },
): Record<string, unknown> {
  const kept = {
    target: options.target,
    to: options.to,
    steps: options.steps,
    canary: options.canary,
    wave: options.wave,
    maxFailures: options.maxFailures,
    shard: options.shard,
    claim: options.claim || undefined,
    retryFailed: options.retryFailed,
  };
  return Object.fromEntries(Object.entries(kept).filter(([, value]) => value !== undefined));
}

/** `20261201-110503-3f9a`: sorts by time, unique enough for one fleet. */
export function newRunId(now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `${stamp}-${randomBytes(2).toString('hex')}`;
}

/** The commit being deployed: GITHUB_SHA in Actions, else the migrations directory's HEAD, else unknown. */
export function gitCommitOf(dir: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.GITHUB_SHA) return env.GITHUB_SHA;
  try {
    return (
      execFileSync('git', ['rev-parse', 'HEAD'], {
        cwd: dir,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        timeout: 5_000,
      }).trim() || undefined
    );
  } catch {
    return undefined;
  }
}

export function checkRecordOptions(options: RecordOptions & { dryRun?: boolean; sharded?: boolean }): void {
  if (options.claim && options.record === false) {
    throw new TenantMigrateError(
      'BAD_OPTION',
      text('claim.no-record', '{option} takes targets from the run record, and {option:record=false} turns it off', { option: 'claim' }),
      { hint: text('claim.drop-no-record', 'drop {option:record=false}', { option: 'record' }) },
    );
  }
  if (options.claim && options.sharded) {
    throw new TenantMigrateError(
      'BAD_OPTION',
      text('claim.shard', '{option} and {option:shard} are two ways to split the tenants: take one', { option: 'claim' }),
      {
        hint: text(
          'claim.or-shard',
          '{option:shard=i/n} gives each job a fixed share; {option} lets identical workers take tenants as they go',
          {
            option: 'claim',
          },
        ),
      },
    );
  }
  if (options.claim && options.dryRun) {
    throw new TenantMigrateError(
      'BAD_OPTION',
      text('claim.dry-run', '{option} runs targets taken from the run record; a dry run records nothing', { option: 'claim' }),
      { hint: text('claim.drop', 'drop {option} for the dry run', { option: 'claim' }) },
    );
  }
  if (options.record === false && options.runId !== undefined) {
    throw new TenantMigrateError(
      'BAD_OPTION',
      text('run-id.no-record', '{option} names a run in the run record, and {option:record=false} turns the record off', {
        option: 'runId',
      }),
      { hint: 'drop one of them' },
    );
  }
  if (options.record === false && options.retryFailed !== undefined) {
    throw new TenantMigrateError(
      'BAD_OPTION',
      text('retry-failed.no-record', '{option} reads the run record, and {option:record=false} turns it off', { option: 'retryFailed' }),
      { hint: text('claim.drop-no-record', 'drop {option:record=false}', { option: 'record' }) },
    );
  }
  const runId = options.runId;
  if (runId !== undefined && !/^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,99}$/.test(runId)) {
    throw new TenantMigrateError(
      'BAD_OPTION',
      text('run-id.invalid', '{option} {value} is not a run id', { option: 'runId', values: { value: JSON.stringify(runId) } }),
      { hint: 'letters, digits and - _ . : / (up to 100), e.g. the workflow run id' },
    );
  }
}

/** --claim-lease in milliseconds: at least a second, so a heartbeat (a third of it) is not a flood. */
export function claimLeaseMs(options: RecordOptions): number {
  if (options.claimLease === undefined) return DEFAULT_CLAIM_LEASE_MS;
  const ms = parseDuration(options.claimLease, 'claimLease');
  if (ms < 1000) {
    throw new TenantMigrateError(
      'BAD_OPTION',
      text('claim-lease.short', '{option} must be at least 1s, not {value}', {
        option: 'claimLease',
        values: { value: options.claimLease },
      }),
    );
  }
  return ms;
}

function sessionOptions(options: ResolvedFleetOptions) {
  return {
    connectTimeoutMs: options.connectTimeoutMs,
    lockTimeoutMs: options.lockTimeoutMs,
    statementTimeoutMs: options.statementTimeoutMs,
  };
}

export interface RetrySet {
  /** The run retried. */
  run: RunInfo;
  /** `kind:name` of every target to try again. */
  keys: Set<string>;
  /** No key: whether the run was ok (every part of it ended ok), or only every target of it finished. */
  nothingLeft?: 'ok' | 'finished';
}

export function targetKey(target: { kind: string; name: string }): string {
  return `${target.kind}:${target.name}`;
}

/**
 * The targets `--retry-failed` runs again: those that failed or were not tried (skipped, or
 * never finished) in the given run, or in the last run of this command.
 */
export async function readRetrySet(command: RunCommand, runId: string, options: ResolvedFleetOptions): Promise<RetrySet> {
  const session = await openMasterSession(options);
  try {
    const client = session.client;
    const wanted = runId === 'last' ? '' : runId;
    const run = wanted
      ? (await runTablesExist(client))
        ? await readRunInfo(client, wanted)
        : undefined
      : await lastRunOf(client, command);
    if (!run) {
      throw new TenantMigrateError(
        'RUN_NOT_FOUND',
        wanted ? `no run ${wanted} in the run record` : `the run record holds no ${command} run to retry`,
        {
          hint: 'tenant-migrate runs lists the recorded runs',
        },
      );
    }
    if (run.command !== command && !(command === 'redo' && (await wasRecordedRedo(client, run)))) {
      throw new TenantMigrateError('RUN_OF_OTHER_COMMAND', `run ${run.id} is a ${run.command} run, not ${command}`, {
        hint: text('retry-failed.other-command', `retry it with the {command} command and {option:retryFailed=${run.id}}`, {
          option: 'retryFailed',
          values: { command: run.command },
        }),
      });
    }
    const targets = await readRunTargets(client, run.id);
    const keys = new Set(targets.filter((target) => !['applied', 'up-to-date'].includes(target.status)).map(targetKey));
    if (keys.size > 0) return { run, keys };
    await refuseFailedWithoutTargets(client, run, wanted === '');
    const parts = await readRunParts(client, run.id);
    return { run, keys, nothingLeft: parts.length > 0 && parts.every((part) => part.ok === true) ? 'ok' : 'finished' };
  } finally {
    await session.close();
  }
}

/**
 * A redo recorded before redo had a command of its own says `rollback`; an interrupted one is
 * known by its hint (`redo with --retry-failed RUN redoes only ...`), which its user was told to follow.
 */
async function wasRecordedRedo(client: Queryable, run: RunInfo): Promise<boolean> {
  if (run.command !== 'rollback') return false;
  return (await readRunParts(client, run.id)).some((part) => part.error?.hintText?.id === 'interrupt.redo-retry');
}

/**
 * A run that failed on its own (not on a target: the master had no slot, the tenants could not
 * be listed) has no target row to retry: retrying nothing would exit 0 while the work is not done.
 */
async function refuseFailedWithoutTargets(client: Queryable, run: RunInfo, last: boolean): Promise<void> {
  const failed = (await readRunParts(client, run.id)).find((part) => part.ok === false && part.error && part.error.code !== 'INTERRUPTED');
  if (!failed?.error) return;
  throw new TenantMigrateError(
    'RUN_NOT_RETRYABLE',
    `${last ? `the last ${run.command} run, ${run.id}` : `run ${run.id}`} (started ${run.startedAt.replace('T', ' ').replace(/\.\d+Z$/, 'Z')}) failed before it recorded a target to retry: ${failed.error.message} [${failed.error.code}]`,
    { hint: text('retry-failed.not-retryable', `run the command again without {option}`, { option: 'retryFailed' }) },
  );
}

export class RunRecorder {
  /** The first write that failed once the run was going. */
  private writeError: string | undefined;

  private constructor(
    private readonly session: Session,
    readonly runId: string,
    readonly part: string,
    private readonly takeOver: boolean,
  ) {}

  static async open(
    command: RunCommand,
    record: RecordOptions,
    options: ResolvedFleetOptions,
    details: {
      part: string;
      takeOver: boolean;
      options: Record<string, unknown>;
      retryOf?: string;
      /** A run recorded once it ended: when it started. */
      startedAt?: Date;
      /** The targets are done: the record may take the last free slot. */
      lastSlot?: boolean;
    },
  ): Promise<RunRecorder> {
    const session = await openSession(options.masterUrl, sessionOptions(options));
    try {
      if (!record.claim && !details.lastSlot) await refuseLastSlot(session);
      await ensureRunTables(session.client);
      const runId = record.runId ?? newRunId();
      await joinRun(
        session.client,
        {
          id: runId,
          command,
          startedBy: options.appliedBy.replace(/^tenant-migrate /, ''),
          gitCommit: gitCommitOf(options.dir),
          retryOf: details.retryOf,
          options: details.options,
          ...(details.startedAt ? { startedAt: details.startedAt } : {}),
        },
        details.part,
      ).catch((error: unknown) => {
        throw error instanceof TenantMigrateError ? error : recordUnavailable(error);
      });
      // The targets' rows are bookkeeping beside the ledgers (which keep the server's own setting and
      // say what was applied): their commits need not wait for the disk. A server crash may lose the
      // last few, which then read as not finished, and --retry-failed finds those up to date.
      await session.client.query('SET synchronous_commit = off');
      return new RunRecorder(session, runId, details.part, details.takeOver);
    } catch (error) {
      await session.close();
      throw error;
    }
  }

  /**
   * The record's session for others (the --claim loop, its heartbeat): one query at a time, in
   * the order asked, as pg wants for a client shared by concurrent callers.
   */
  readonly client: Queryable = {
    query: <Row extends import('pg').QueryResultRow>(text: string, values?: unknown[]) => {
      const next = this.queue.then(() => this.session.client.query<Row>(text, values));
      this.queue = next.then(
        () => undefined,
        () => undefined,
      );
      return next;
    },
  };

  private queue: Promise<unknown> = Promise.resolve();

  /** Lists the targets as pending (positions give the order `runs show` lists them in). */
  async plan(targets: readonly PlannedTarget[]): Promise<void> {
    await this.write(() => addTargets(this.client, this.runId, targets, this.part, this.takeOver));
  }

  /** The rollout's phases as planned, without their tenant lists. */
  async rolloutPlan(plan: RolloutPlan): Promise<void> {
    // A shard's own part of the plan is the shard's: the run's plan is the same without it.
    const { shard: _shard, ...whole } = plan;
    const phases = plan.phases.map(({ tenants: _tenants, ...phase }) => phase);
    await this.write(() => recordRollout(this.client, this.runId, { plan: { ...whole, phases } }));
  }

  /**
   * Running marks and outcomes go in groups (one write per group, see GroupedWrites): a target's
   * mark is written before its outcome, as each caller waits for its own write.
   */
  private readonly targetWrites = new GroupedWrites<TargetWrite>((writes) =>
    this.write(async () => {
      const running = writes.filter((write) => write.type === 'running').map((write) => write.target);
      const outcomes = writes.filter((write) => write.type === 'done').map((write) => write.result);
      await markRunning(this.client, this.runId, running, this.part);
      await recordOutcomes(this.client, this.runId, outcomes, this.part);
    }),
  );

  started(target: { kind: string; name: string }): Promise<void> {
    return this.targetWrites.add({ type: 'running', target });
  }

  /** Callers need not wait: finish() and fail() write every outcome asked for before they close the part. */
  done(result: TargetResult): Promise<void> {
    return this.targetWrites.add({ type: 'done', result });
  }

  /** Ends this process's part; returns what the report should say about the record. */
  async finish(report: FleetReport): Promise<Pick<FleetReport, 'runId' | 'recordWarning'>> {
    await this.targetWrites.drain();
    const stopped = report.rollout?.stopped;
    if (stopped) await this.write(() => recordRollout(this.client, this.runId, { stopped }));
    await this.write(() => finishPart(this.client, this.runId, this.part, report.ok, report.error));
    await this.session.close();
    return { runId: this.runId, ...(this.writeError ? { recordWarning: `the run record is incomplete: ${this.writeError}` } : {}) };
  }

  /**
   * A run recorded only once it ended (its session would have held a slot its targets needed):
   * its targets, in the report's order, with their outcomes, then its end.
   */
  async record(report: FleetReport): Promise<Pick<FleetReport, 'runId' | 'recordWarning'>> {
    await this.plan(
      report.targets.map((target, position) => ({
        kind: target.kind,
        name: target.name,
        position,
        ...(target.kind === 'master' ? {} : { wave: target.wave ?? 'rest' }),
        url: target.url,
        ...(target.schema ? { schema: target.schema } : {}),
      })),
    );
    if (report.rollout) {
      const { stopped: _stopped, ...plan } = report.rollout;
      await this.rolloutPlan(plan);
    }
    for (const result of report.targets) void this.done(result);
    return this.finish(report);
  }

  /** The run stopped with an error before its report: the part ends failed, with the error. */
  async fail(error: import('../report/fleet-model.js').TargetError): Promise<void> {
    await this.targetWrites.drain();
    await this.write(() => finishPart(this.client, this.runId, this.part, false, error));
    await this.session.close();
  }

  private async write(step: () => Promise<void>): Promise<void> {
    try {
      await step();
    } catch (error) {
      this.writeError ??= toTargetError(error, []).message;
    }
  }
}
