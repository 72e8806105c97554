/**
 * One target, start to end: connect, take the target's lock, bring the ledger up (creating it,
 * adopting goose's history), plan from what the ledger says under the lock, run the steps one
 * migration at a time, and describe what happened. Every failure becomes the target's error: a
 * broken tenant never stops the others.
 */
import { performance } from 'node:perf_hooks';
import { acquireTargetLock } from '../db/advisory-lock.js';
import { maskUrl, passwordsIn, scrubSecrets } from '../db/connection-url.js';
import { ADOPTED_FROM_GOOSE } from '../db/goose-adoption.js';
import { appliedState, ensureLedger, inspectLedger, type LedgerRow, recordLedgerEntry } from '../db/ledger.js';
import { InvalidIndexFailure, MigrationStepFailure, StatementFailure } from '../db/run-migration.js';
import type { Session } from '../db/session.js';
import { isTenantMigrateError, type TenantMigrateError } from '../errors.js';
import { hintFields, mapTextValues, type Text, text } from '../messages.js';
import type { Migration, Statement, Timeline } from '../migrations/types.js';
import { readTargetHistory } from './history.js';
import { ledgerScopeRefusal } from './ledger-scope.js';
import type { LedgerSnapshot } from './ledger-snapshots.js';
import { type LockRetries, runWithLockRetries } from './lock-retries.js';
import { nothingToDo } from './nothing-to-do.js';
import type { ResolvedFleetOptions } from './options.js';
import { type Plan, planMigrate, planRollback } from './plan.js';
import type { SessionSource } from './session-pool.js';
import { TargetFailure } from './target-failure.js';
import { ledgerSchema } from './target-identity.js';
import { openTargetSession } from './target-session.js';
import type { AppliedStep, ProgressEvent, Target, TargetError, TargetResult } from './types.js';

export interface TargetJob {
  target: Target;
  /** The target's timeline, in version order. */
  migrations: Migration[];
  timeline: Timeline;
  direction: 'up' | 'down';
  to?: number;
  steps?: number;
  options: ResolvedFleetOptions;
  /** The run's shared sessions; without one the target gets a connection of its own. */
  sessions?: SessionSource;
  /** The target's ledger as a batched read saw it (no lock): when it says nothing to do, no session is taken. */
  snapshot?: LedgerSnapshot;
  onProgress?: (event: ProgressEvent) => void;
}

export { ledgerSchema } from './target-identity.js';

export async function runTarget(job: TargetJob): Promise<TargetResult> {
  const { target, options } = job;
  const started = performance.now();
  const result: TargetResult = {
    name: target.name,
    kind: target.kind,
    url: maskUrl(target.url),
    ...(target.schema ? { schema: target.schema } : {}),
    status: 'failed',
    fromVersion: null,
    toVersion: null,
    applied: [],
    durationMs: 0,
  };
  const finish = (): TargetResult => ({ ...result, durationMs: Math.round(performance.now() - started) });
  if (target.invalid) {
    result.error = { code: 'TENANT_INVALID', message: target.invalid, hint: 'fix the tenant row in the master database' };
    return finish();
  }
  const done = job.snapshot && nothingToDo(job, job.snapshot);
  if (done) return { ...finish(), ...done };
  job.onProgress?.({ type: 'target-start', target: target.name, kind: target.kind });
  let session: Session | undefined;
  let plan: Plan | undefined;
  try {
    session = job.sessions ? await job.sessions.lease(target) : await openTargetSession(target, options);
    const { client } = session;
    const schema = ledgerSchema(target);
    if (!job.snapshot) {
      // The pending check on this session, before any lock: nothing to do costs no lock and no transaction.
      const inspection = await inspectLedger(client, schema);
      const history = await readTargetHistory(client, schema, job.migrations, inspection);
      const nothing = nothingToDo(job, { inspection, history });
      if (nothing) return { ...finish(), ...nothing };
    }
    // Keyed on the ledger, not on the row: a NULL schema and 'public' take the same lock.
    await acquireTargetLock(client, schema, options.lockWaitMs, session.quickQueryTimeoutMs);

    // Read under the lock: a deploy that waited sees what the first one applied.
    const inspection = await inspectLedger(client, schema);
    const columns = options.dryRun ? inspection.columns : await ensureLedger(client, schema, inspection);
    const history = await readTargetHistory(client, schema, job.migrations, { columns, hasGooseTable: inspection.hasGooseTable });
    const otherScope = ledgerScopeRefusal(history.rows, job.timeline, `${schema}._migration_versions`);
    if (otherScope) {
      result.error = otherScope;
      return finish();
    }
    if (history.adopted.length > 0) {
      result.adopted = history.adopted.map((row) => row.version);
      if (!options.dryRun) await recordAdoption(session, schema, history.adopted, job.migrations, job.timeline);
    }
    const state = appliedState(history.rows);
    plan =
      job.direction === 'up'
        ? planMigrate(job.migrations, state, { to: job.to, allowDrift: options.allowDrift, allowOutOfOrder: options.allowOutOfOrder })
        : planRollback(job.migrations, state, { to: job.to, steps: job.steps, allowDrift: options.allowDrift });
    result.fromVersion = plan.fromVersion;
    result.toVersion = plan.fromVersion;
    if (plan.refusal) {
      result.error = plan.refusal;
      return finish();
    }
    if (options.dryRun) {
      result.status = plan.steps.length > 0 ? 'planned' : 'up-to-date';
      result.toVersion = plan.toVersion;
      result.planned = plan.steps.map((migration) => plannedStep(migration, job.direction));
      return finish();
    }
    const appliedVersions = new Set(state.applied.map((row) => row.version));
    for (const migration of plan.steps) {
      job.onProgress?.({
        type: 'migration-start',
        target: target.name,
        version: migration.version,
        name: migration.name,
        direction: job.direction,
      });
      const section = job.direction === 'up' ? migration.up : migration.down!;
      let retried: LockRetries | undefined;
      const { durationMs, retries } = await runWithLockRetries(
        client,
        schema,
        {
          statements: section.statements,
          transaction: migration.transaction,
          settingsSql: session.settingsSql,
          entry: {
            version: migration.version,
            versionText: migration.versionText,
            name: migration.name,
            direction: job.direction,
            scope: migration.scope,
            checksum: migration.checksum,
            appliedBy: options.appliedBy,
          },
        },
        { retries: options.lockRetries, baseDelayMs: options.lockRetryDelayMs },
        (attempt) => {
          retried = attempt;
          job.onProgress?.({ type: 'lock-retry', target: target.name, version: migration.version, ...attempt });
        },
      ).catch((error: unknown) => {
        throw describeFailure(error, migration, job.direction, retried);
      });
      result.applied.push({ ...appliedStep(migration, job.direction, durationMs), ...(retries ? { lockRetries: retries } : {}) });
      if (job.direction === 'up') appliedVersions.add(migration.version);
      else appliedVersions.delete(migration.version);
      result.toVersion = appliedVersions.size === 0 ? null : Math.max(...appliedVersions);
    }
    result.status = plan.steps.length === 0 ? 'up-to-date' : job.direction === 'down' ? 'rolled-back' : 'applied';
    return finish();
  } catch (error) {
    result.error = toTargetError(error, [target.url]);
    return finish();
  } finally {
    // Closing (or giving back) the session also releases the advisory lock.
    await session?.close();
  }
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

function appliedStep(migration: Migration, direction: 'up' | 'down', durationMs: number): AppliedStep {
  return { version: migration.version, name: migration.name, direction, durationMs: Math.round(durationMs * 10) / 10 };
}

function plannedStep(migration: Migration, direction: 'up' | 'down') {
  const section = direction === 'up' ? migration.up : migration.down!;
  return {
    version: migration.version,
    name: migration.name,
    direction,
    file: migration.path,
    transaction: migration.transaction,
    statements: section.statements.map(({ sql, line, column }) => ({ sql, line, column })),
  };
}

/**
 * Whatever stopped a migration, as the target's error with the migration's context (name, file,
 * line when a statement failed) and what stayed applied.
 */
export function describeFailure(error: unknown, migration: Migration, direction: 'up' | 'down', retried?: LockRetries): TargetFailure {
  const label = `${migration.name} (${direction.toUpperCase()})`;
  const context = { migration: migration.name, file: migration.path };
  if (error instanceof StatementFailure) {
    const failure = statementFailure(error, migration, label);
    if (!retried) return new TargetFailure(failure);
    const tried = ` It was tried ${retried.attempts + 1} times, waiting ${formatSeconds(retried.waitedMs)} in all between attempts.`;
    return new TargetFailure({
      ...failure,
      message: `${failure.message}${tried}`,
      lockRetries: { attempts: retried.attempts + 1, waitedMs: retried.waitedMs },
    });
  }
  if (error instanceof InvalidIndexFailure) {
    const list = error.indexes.join(', ');
    return new TargetFailure({
      code: 'INVALID_INDEX',
      message: `${label} ran, but ${error.indexes.length === 1 ? 'index' : 'indexes'} ${list} built CONCURRENTLY ${error.indexes.length === 1 ? 'is' : 'are'} INVALID (pg_index.indisvalid). Its statements stay applied; the migration is not recorded.`,
      hint: `drop ${error.indexes.map((index) => `DROP INDEX CONCURRENTLY ${index};`).join(' ')} then run again to build it anew (an earlier failed build leaves such an index, and IF NOT EXISTS skips it)`,
      ...context,
    });
  }
  if (error instanceof MigrationStepFailure) {
    const cause = toTargetError(error.cause, []);
    const sqlState = (error.cause as { code?: string })?.code;
    const state = typeof sqlState === 'string' && /^[0-9A-Z]{5}$/.test(sqlState) ? ` [SQLSTATE ${sqlState}]` : '';
    const lost = cause.code === 'QUERY_TIMEOUT' || cause.code === 'CONNECTION_LOST';
    const where = error.step === 'commit' ? 'at COMMIT' : error.step === 'ledger' ? 'writing its ledger row' : 'before its first statement';
    const kept = error.applied
      ? ' The file is NO TRANSACTION: all its statements ran and stay applied, but it is not recorded, so the next run runs it again.'
      : error.step === 'commit' && lost
        ? ' The COMMIT got no answer: the migration may or may not be committed; tenant-migrate status shows which.'
        : ' Nothing of this migration was applied.';
    return new TargetFailure({
      code: lost ? cause.code : 'MIGRATION_FAILED',
      message: `${label} failed ${where}: ${cause.message}${state}.${kept}`,
      hint: lost
        ? cause.hint
        : error.step === 'commit' && sqlState?.startsWith('23')
          ? 'a deferred constraint is checked at COMMIT: fix the data or the migration, then run again'
          : error.applied
            ? 'make its statements idempotent (IF NOT EXISTS) or record the version in the ledger by hand, then run again'
            : ((error.cause as { hint?: string })?.hint ?? 'fix the cause, then run again'),
      ...context,
    });
  }
  const failure = toTargetError(error, []);
  return new TargetFailure({ ...failure, message: `${label}: ${failure.message}`, ...context });
}

/** A failed statement: where it is in the file, what PostgreSQL said, and what stayed applied. */
function statementFailure(error: StatementFailure, migration: Migration, label: string): TargetError {
  const where = `${migration.path}:${error.statement.line}:${error.statement.column}`;
  const lost = isTenantMigrateError(error.cause) && (error.cause.code === 'QUERY_TIMEOUT' || error.cause.code === 'CONNECTION_LOST');
  const pgError = error.cause as { code?: string; message?: string; hint?: string };
  const concurrentIndex = error.statement.nodes.some((node) => (node.IndexStmt as { concurrent?: boolean } | undefined)?.concurrent);
  let kept: string;
  if (error.transaction) {
    kept = lost
      ? ' Its transaction was not committed: the server rolls it back when it notices the connection is gone.'
      : ' Nothing of this migration was applied.';
  } else {
    kept =
      error.ran.length > 0
        ? ` The file is NO TRANSACTION: ${error.ran.length} statement${error.ran.length === 1 ? '' : 's'} before this one ran and stay${error.ran.length === 1 ? 's' : ''} applied (${ranList(error.ran)}); the migration is not recorded.`
        : ' The file is NO TRANSACTION: no statement before this one ran; the migration is not recorded.';
    if (lost) kept += ' This statement may still complete on the server.';
  }
  const hint: string | Text | undefined = lost
    ? (error.cause as { hint?: string }).hint
    : concurrentIndex && !error.transaction
      ? 'a failed CREATE INDEX CONCURRENTLY leaves an INVALID index behind: drop it (DROP INDEX CONCURRENTLY name) before running again'
      : pgError.code === '55P03'
        ? text('lock-timeout.raise', 'lock_timeout: a table it needs is busy; run again at a quieter time, or raise {option}', {
            option: 'lockTimeout',
          })
        : pgError.code === '57014'
          ? text('statement-timeout.raise', 'statement_timeout cut the statement; raise {option} for long migrations', {
              option: 'statementTimeout',
            })
          : (pgError.hint ?? 'fix the migration (tenant-migrate verify runs it on a throwaway database), then run again');
  return {
    code: lost ? (error.cause as TenantMigrateError).code : 'MIGRATION_FAILED',
    message: `${label} failed at ${where}: ${pgError.message ?? String(error.cause)}${!lost && pgError.code ? ` [SQLSTATE ${pgError.code}]` : ''}.${kept}`,
    ...(hint === undefined ? {} : typeof hint === 'string' ? { hint } : hintFields(hint)),
    migration: migration.name,
    file: migration.path,
    line: error.statement.line,
    column: error.statement.column,
  };
}

function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`;
}

/** `line 3, line 5` (the first few) for a message about statements that ran. */
function ranList(statements: readonly Statement[]): string {
  const lines = statements.map((statement) => `line ${statement.line}`);
  return lines.length <= 5 ? lines.join(', ') : `${lines.slice(0, 5).join(', ')} and ${lines.length - 5} more`;
}

export function toTargetError(error: unknown, urls: string[]): TargetError {
  const secrets = passwordsIn(urls);
  const scrub = (text: string | undefined) => (text === undefined ? undefined : scrubSecrets(text, secrets));
  // The sentences as data too (the CLI and the Action word their options), their values scrubbed.
  const texts = (messageText: Text | undefined, hintText: Text | undefined) => ({
    ...(messageText ? { messageText: mapTextValues(messageText, (value) => scrubSecrets(value, secrets)) } : {}),
    ...(hintText ? { hintText: mapTextValues(hintText, (value) => scrubSecrets(value, secrets)) } : {}),
  });
  if (error instanceof TargetFailure) {
    const failure = error.failure;
    return {
      ...failure,
      message: scrub(failure.message)!,
      ...(failure.hint ? { hint: scrub(failure.hint) } : {}),
      ...(failure.detail ? { detail: scrub(failure.detail) } : {}),
      ...texts(failure.messageText, failure.hintText),
    };
  }
  if (isTenantMigrateError(error)) {
    return {
      code: error.code,
      message: scrub(error.message)!,
      ...(error.hint ? { hint: scrub(error.hint) } : {}),
      ...(error.detail ? { detail: scrub(error.detail) } : {}),
      ...texts(error.messageText, error.hintText),
      ...(error.location ? { file: error.location.file, line: error.location.line, column: error.location.column } : {}),
    };
  }
  const pgError = error as { code?: string; message?: string };
  return {
    code: pgError?.code === '55P03' ? 'LOCK_TIMEOUT' : 'DATABASE_ERROR',
    message: scrub(pgError?.message ?? String(error))!,
  };
}
