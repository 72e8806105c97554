/**
 * One target, start to end: connect, take the target's lock, bring the ledger up (creating it,
 * adopting goose's history), plan from what the ledger says under the lock, run the steps one
 * migration at a time, and describe what happened. Every failure becomes the target's error: a
 * broken tenant never stops the others.
 */
import { performance } from 'node:perf_hooks';
import { acquireTargetLock } from '../db/advisory-lock.js';
import { ADOPTED_FROM_GOOSE, gooseLikeTableFor, gooseLikeTables, gooseSearchSchemas } from '../db/goose-adoption.js';
import {
  type AppliedMigration,
  appliedState,
  createLedgerSql,
  ensureLedger,
  inspectLedger,
  type LedgerInspection,
  type LedgerRow,
  ledgerComplete,
  migrationKey,
  readLedger,
  recordLedgerEntry,
} from '../db/ledger.js';
import { lockAndReadStatements, lockedReadResult } from '../db/locked-read.js';
import type { Session, SetUpSession } from '../db/session.js';
import type { Migration, Timeline } from '../migrations/types.js';
import { describeFailure, toTargetError } from './describe-failure.js';
import { describeInterruptedStep, describeInterruptedTarget } from './describe-interrupt.js';
import { gooseTableElsewhere, isTenantDatabase } from './goose-table-elsewhere.js';
import { readTargetHistory, type TargetHistory } from './history.js';
import { notStarted, type RunningSessions } from './interrupt.js';
import { ledgerScopeRefusal } from './ledger-scope.js';
import type { LedgerSnapshot } from './ledger-snapshots.js';
import { type LockRetries, runWithLockRetries } from './lock-retries.js';
import { nothingToDo } from './nothing-to-do.js';
import type { ResolvedFleetOptions } from './options.js';
import { newestVersion, type Plan, planMigrate, planRollback } from './plan.js';
import type { SessionSource } from './session-pool.js';
import { TargetFailure } from './target-failure.js';
import { ledgerSchema } from './target-identity.js';
import { untouchedResult } from './target-result.js';
import { openTargetSession } from './target-session.js';
import { guardTenantsTable, tablesOfQuery } from './tenants-table-guard.js';
import type { AppliedStep, ProgressEvent, Target, TargetResult } from './types.js';

export interface TargetJob {
  target: Target;
  /** The target's timeline, in version order. */
  migrations: Migration[];
  timeline: Timeline;
  direction: 'up' | 'down';
  to?: number;
  steps?: number;
  /**
   * goose's redo (direction `down`): each migration rolled back is applied again at once, on the
   * same session under the same lock, and nothing else. Once its DOWN committed, its UP runs to its
   * end even when the run is interrupted: a redo never leaves a target rolled back, where a second
   * redo would take it one more version down.
   */
  redo?: boolean;
  options: ResolvedFleetOptions;
  /** The run's shared sessions; without one the target gets a connection of its own. */
  sessions?: SessionSource;
  /** The target's ledger as a batched read saw it (no lock): when it says nothing to do, no session is taken. */
  snapshot?: LedgerSnapshot;
  /** Called when the target starts work (not for one the snapshot says has nothing to do). */
  onStart?: () => void;
  onProgress?: (event: ProgressEvent) => void;
  /** Aborted when the run is interrupted: the target stops where it is and says what applied. */
  signal?: AbortSignal;
  /** The run's running sessions, cancelled on interrupt; this target's session is watched while it works. */
  running?: RunningSessions;
}

export { ledgerSchema } from './target-identity.js';

/** Getting a session faster than this is a connect, not worth a field of the report. */
const SESSION_WAIT_SHOWN_MS = 100;

export async function runTarget(job: TargetJob): Promise<TargetResult> {
  const { target, options } = job;
  let started = performance.now();
  let sessionWaitMs = 0;
  const result: TargetResult = untouchedResult(target);
  const finish = (): TargetResult => ({
    ...result,
    durationMs: Math.round(performance.now() - started),
    ...(sessionWaitMs >= SESSION_WAIT_SHOWN_MS ? { sessionWaitMs: Math.round(sessionWaitMs) } : {}),
  });
  if (target.invalid) {
    result.error = { code: 'TENANT_INVALID', message: target.invalid, hint: 'fix the tenant row in the master database' };
    return finish();
  }
  const done = job.snapshot && nothingToDo(job, job.snapshot);
  if (done) return { ...finish(), ...done };
  job.onStart?.();
  job.onProgress?.({ type: 'target-start', target: target.name, kind: target.kind });
  let session: SetUpSession | undefined;
  let untrack: (() => void) | undefined;
  let plan: Plan | undefined;
  const schema = ledgerSchema(target);
  // The batch saw the ledger: the lock and the read under it go with the session's setup, one round trip.
  const seen = job.snapshot && !job.snapshot.inspection.hasGooseTable ? job.snapshot.inspection.columns : undefined;
  try {
    session = job.sessions
      ? await job.sessions.lease(target, seen && lockAndReadStatements(schema, seen, options.gooseTable))
      : await openTargetSession(target, options);
    // The target's time is its own work: a wait for a free connection (a full budget) is told apart.
    sessionWaitMs = performance.now() - started;
    started = performance.now();
    const { client } = session;
    untrack = job.running?.track(target.url, client);
    stopIfInterrupted(job.signal);
    if (!job.snapshot) {
      // The pending check on this session, before any lock: nothing to do costs no lock and no transaction.
      const inspection = await inspectLedger(client, schema, options.gooseTable);
      const history = await readTargetHistory(client, schema, job.migrations, inspection, options.gooseTable);
      const nothing = nothingToDo(job, { inspection, history });
      if (nothing) return { ...finish(), ...nothing };
    }
    const { inspection, columns, history } = await readUnderLock(job, session, schema, seen);
    // A new target's ledger is made by its first migration, in that migration's transaction.
    const newLedger = !options.dryRun && inspection.columns.size === 0 && !inspection.hasGooseTable;
    const otherScope = ledgerScopeRefusal(history.rows, job.timeline, `${schema}._migration_versions`);
    if (otherScope) {
      result.error = otherScope;
      return finish();
    }
    if (history.rows.length === 0 && !inspection.hasGooseTable) {
      // Nothing applied by anyone we know of: unless goose keeps its history under another name.
      // Schema tenants of a shared database were looked at in the batch read (one catalog scan per batch, not per schema).
      const found = job.snapshot
        ? job.snapshot.otherGooseTable
        : gooseLikeTableFor(
            await gooseLikeTables(client, gooseSearchSchemas(schema, options.gooseTable), { everySchema: isTenantDatabase(target) }),
            schema,
            options.gooseTable,
            isTenantDatabase(target),
          );
      if (found) {
        result.error = gooseTableElsewhere(schema, found, options.gooseTable);
        return finish();
      }
    }
    let rows = history.rows;
    if (history.adopted.length > 0) {
      result.adopted = history.adopted.map((row) => row.version);
      if (!options.dryRun) {
        await recordAdoption(session, schema, history.adopted, job.migrations, job.timeline);
        // Read back with their ids: a rollback in this run replaces the adopted rows too.
        rows = await readLedger(client, schema, columns);
      }
    }
    const state = appliedState(rows, job.migrations);
    plan =
      job.direction === 'up'
        ? planMigrate(job.migrations, state, { to: job.to, allowDrift: options.allowDrift, allowOutOfOrder: options.allowOutOfOrder })
        : planRollback(job.migrations, state, { to: job.to, steps: job.steps, allowDrift: options.allowDrift });
    // The master's DOWN must not drop the tenants table, unless the run is of the master alone.
    if (job.timeline === 'master' && options.target !== 'master') plan = guardTenantsTable(plan, tablesOfQuery(options.tenantsQuery));
    result.fromVersion = plan.fromVersion;
    result.toVersion = plan.fromVersion;
    let createLedger = newLedger;
    if (createLedger && (plan.refusal || !plan.steps[0]?.transaction)) {
      // No transactional first migration to carry it: the ledger is made on its own, as before.
      await ensureLedger(client, schema, inspection);
      createLedger = false;
    }
    if (plan.refusal) {
      result.error = plan.refusal;
      return finish();
    }
    const redo = job.redo === true && job.direction === 'down';
    // A redo applies again, in version order, exactly what it rolled back.
    const reapplied = redo ? [...plan.steps].reverse() : [];
    if (options.dryRun) {
      result.status = plan.steps.length > 0 ? 'planned' : 'up-to-date';
      result.toVersion = redo ? plan.fromVersion : plan.toVersion;
      result.planned = [
        ...plan.steps.map((migration) => plannedStep(migration, job.direction)),
        ...reapplied.map((migration) => plannedStep(migration, 'up')),
      ];
      return finish();
    }
    const applied = new Map(state.applied.map((row) => [row.key, row]));
    const steps = [
      ...plan.steps.map((migration) => ({ migration, direction: job.direction })),
      ...reapplied.map((migration) => ({ migration, direction: 'up' as const })),
    ];
    for (const [index, { migration, direction }] of steps.entries()) {
      const reapplying = index >= plan.steps.length;
      if (reapplying && index === plan.steps.length) {
        // Its DOWN committed: the UP is not the interrupt's to stop. Out of the cancel's reach, once
        // a cancel the interrupt already sent to this session has been through.
        untrack?.();
        untrack = undefined;
        if (job.signal?.aborted) await job.running?.settled();
      }
      const signal = reapplying ? undefined : job.signal;
      if (!reapplying) stopIfInterrupted(signal);
      job.onProgress?.({
        type: 'migration-start',
        target: target.name,
        version: migration.version,
        name: migration.name,
        direction,
      });
      const section = direction === 'up' ? migration.up : migration.down!;
      let retried: LockRetries | undefined;
      const { durationMs, retries } = await runWithLockRetries(
        client,
        schema,
        {
          statements: section.statements,
          transaction: migration.transaction,
          settings: session.settings,
          before: createLedger ? [createLedgerSql(schema)] : undefined,
          batch: { serverVersion: session.serverVersion, statementTimeoutMs: options.statementTimeoutMs },
          entry: {
            version: migration.version,
            versionText: migration.versionText,
            name: migration.name,
            direction,
            scope: migration.scope,
            checksum: migration.checksum,
            appliedBy: options.appliedBy,
          },
          replacesRows: direction === 'down' ? (applied.get(migrationKey(migration))?.upRowIds ?? []) : [],
          gooseTable: inspection.hasGooseTable,
          gooseTableName: options.gooseTable,
          signal,
        },
        { retries: options.lockRetries, baseDelayMs: options.lockRetryDelayMs },
        (attempt) => {
          retried = attempt;
          job.onProgress?.({ type: 'lock-retry', target: target.name, version: migration.version, ...attempt });
        },
      ).catch((error: unknown) => {
        const interrupted =
          signal?.aborted &&
          describeInterruptedStep(error, migration, direction, signal, {
            applied: result.applied,
            notRun: steps.length - result.applied.length - 1,
          });
        throw interrupted || describeFailure(error, migration, direction, retried);
      });
      createLedger = false;
      result.applied.push({ ...appliedStep(migration, direction, durationMs), ...(retries ? { lockRetries: retries } : {}) });
      if (direction === 'up') applied.set(migrationKey(migration), { ...migrationRow(migration), upRowIds: [] });
      else applied.delete(migrationKey(migration));
      result.toVersion = newestVersion([...applied.values()]);
    }
    result.status = plan.steps.length === 0 ? 'up-to-date' : job.direction === 'down' && !redo ? 'rolled-back' : 'applied';
    return finish();
  } catch (error) {
    // Interrupted while it waited for a connection slot: it never had a session, so it was not started.
    if (job.signal?.aborted && !session) return { ...notStarted(target, job.signal), durationMs: finish().durationMs };
    // Stopped outside a migration (connecting, waiting for the lock, reading the ledger, between
    // two migrations): whatever the cancel made the query throw, the cause is the interrupt.
    result.error =
      job.signal?.aborted && !(error instanceof TargetFailure)
        ? describeInterruptedTarget(job.signal, {
            applied: result.applied,
            notRun: plan ? plan.steps.length - result.applied.length : 0,
          })
        : toTargetError(error, [target.url]);
    const undone = job.redo ? result.applied.filter((step) => step.direction === 'down').length : 0;
    if (undone > 0 && undone > result.applied.length - undone) {
      // A redo whose UP did not run to its end: the target stays rolled back, and a second redo would go one more version down.
      const { hintText: _replaced, ...failure } = result.error;
      result.error = {
        ...failure,
        message: `${failure.message} The redo rolled back ${result.applied
          .filter((step) => step.direction === 'down')
          .map((step) => step.name)
          .join(', ')} and did not apply it again: the target is at version ${result.toVersion ?? 'none'}.`,
        hint: 'migrate (not redo) applies it again once the cause is fixed; a second redo would roll back one more version',
      };
    }
    return finish();
  } finally {
    untrack?.();
    // Closing (or giving back) the session also releases the advisory lock.
    await session?.close();
  }
}

/** Thrown at a checkpoint of an interrupted run; the catch words it (describeInterruptedTarget). */
function stopIfInterrupted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new Error('interrupted');
}

/**
 * The target's lock, then its ledger as it is under the lock (a deploy that waited sees what the
 * first one applied), its columns completed (except on a dry run, and for a new ledger: its first
 * migration makes it). Taken in the setup's round trip when the batch had seen the ledger and it
 * is still as seen; else step by step.
 */
async function readUnderLock(
  job: TargetJob,
  session: SetUpSession,
  schema: string,
  seen: ReadonlySet<string> | undefined,
): Promise<{ inspection: LedgerInspection; columns: Set<string>; history: TargetHistory }> {
  const { client } = session;
  const { options } = job;
  const quick = seen && session.followed ? lockedReadResult(session.followed, seen) : undefined;
  const ready = quick?.ledger && (quick.ledger.inspection.columns.size === 0 || ledgerComplete(quick.ledger.inspection.columns));
  if (quick?.ledger && ready) {
    const { inspection, rows } = quick.ledger;
    return { inspection, columns: inspection.columns, history: { rows, adopted: [] } };
  }
  // Keyed on the ledger, not on the row: a NULL schema and 'public' take the same lock.
  if (!quick?.locked) await acquireTargetLock(client, schema, options.lockWaitMs, session.quickQueryTimeoutMs, job.signal);
  const inspection = await inspectLedger(client, schema, options.gooseTable);
  const newLedger = !options.dryRun && inspection.columns.size === 0 && !inspection.hasGooseTable;
  const columns = options.dryRun || newLedger ? inspection.columns : await ensureLedger(client, schema, inspection);
  const history = await readTargetHistory(
    client,
    schema,
    job.migrations,
    { columns, hasGooseTable: inspection.hasGooseTable },
    options.gooseTable,
  );
  return { inspection, columns, history };
}

async function recordAdoption(
  session: Session,
  schema: string,
  rows: LedgerRow[],
  migrations: readonly Migration[],
  timeline: Timeline,
): Promise<void> {
  await session.client.query('BEGIN');
  try {
    for (const row of rows) {
      await recordLedgerEntry(session.client, schema, {
        version: row.version,
        versionText: migrations.find((migration) => migration.version === row.version)?.versionText,
        name: row.name,
        direction: 'up',
        scope: timeline,
        checksum: null,
        durationMs: null,
        appliedBy: ADOPTED_FROM_GOOSE,
        appliedAt: row.appliedAt,
      });
    }
    await session.client.query('COMMIT');
  } catch (error) {
    await session.client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}

/** A migration just applied, as the ledger would fold it (for the report's running version). */
function migrationRow(migration: Migration): Omit<AppliedMigration, 'upRowIds'> {
  return {
    key: migrationKey(migration),
    version: migration.version,
    name: migration.name,
    scope: migration.scope,
    checksum: migration.checksum,
    appliedAt: null,
    order: Number.POSITIVE_INFINITY,
  };
}

function appliedStep(migration: Migration, direction: 'up' | 'down', durationMs: number): AppliedStep {
  return { version: migration.version, name: migration.name, direction, durationMs: Math.round(durationMs * 10) / 10 };
}

/**
 * A planned step is the same for every target that plans it: made once per migration and
 * direction and shared (frozen), so a dry run over 100,000 tenants holds 3 of them, not 300,000.
 */
const plannedSteps = new WeakMap<Migration, Partial<Record<'up' | 'down', PlannedStep>>>();

type PlannedStep = NonNullable<TargetResult['planned']>[number];

function plannedStep(migration: Migration, direction: 'up' | 'down'): PlannedStep {
  const made = plannedSteps.get(migration) ?? {};
  const known = made[direction];
  if (known) return known;
  const section = direction === 'up' ? migration.up : migration.down!;
  const step: PlannedStep = Object.freeze({
    version: migration.version,
    name: migration.name,
    direction,
    file: migration.path,
    transaction: migration.transaction,
    statements: Object.freeze(
      section.statements.map(({ sql, line, column }) => Object.freeze({ sql, line, column })),
    ) as PlannedStep['statements'],
  });
  plannedSteps.set(migration, { ...made, [direction]: step });
  return step;
}

export { describeFailure, toTargetError } from './describe-failure.js';
