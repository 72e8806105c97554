/**
 * One target, start to end: connect, take the target's lock, bring the ledger up (creating it,
 * adopting goose's history), plan from what the ledger says under the lock, run the steps one
 * migration at a time, and describe what happened. Every failure becomes the target's error: a
 * broken tenant never stops the others.
 */
import { performance } from 'node:perf_hooks';
import { acquireTargetLock } from '../db/advisory-lock.js';
import { maskUrl, passwordsIn, scrubSecrets } from '../db/connection-url.js';
import { ADOPTED_FROM_GOOSE, readGooseVersions, versionsToAdopt } from '../db/goose-adoption.js';
import { appliedState, ensureLedger, inspectLedger, type LedgerRow, readLedger, recordLedgerEntry } from '../db/ledger.js';
import { runMigration, StatementFailure } from '../db/run-migration.js';
import { openSession, type Session } from '../db/session.js';
import { isTenantMigrateError } from '../errors.js';
import type { Migration, Timeline } from '../migrations/types.js';
import type { ResolvedFleetOptions } from './options.js';
import { type Plan, planMigrate, planRollback } from './plan.js';
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
  onProgress?: (event: ProgressEvent) => void;
}

export function ledgerSchema(target: Target): string {
  return target.schema ?? 'public';
}

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
  job.onProgress?.({ type: 'target-start', target: target.name, kind: target.kind });
  let session: Session | undefined;
  let plan: Plan | undefined;
  try {
    session = await openSession(target.url, {
      connectTimeoutMs: options.connectTimeoutMs,
      lockTimeoutMs: options.lockTimeoutMs,
      statementTimeoutMs: options.statementTimeoutMs,
      schema: target.schema,
    });
    const { client } = session;
    const schema = ledgerSchema(target);
    await acquireTargetLock(client, target.schema, options.lockWaitMs);

    // Read under the lock: a deploy that waited sees what the first one applied.
    const inspection = await inspectLedger(client, schema);
    const columns = options.dryRun ? inspection.columns : await ensureLedger(client, schema, inspection);
    let rows = await readLedger(client, schema, columns);
    if (inspection.hasGooseTable) {
      const adopted = versionsToAdopt(await readGooseVersions(client, schema), rows);
      if (adopted.length > 0) {
        rows = [...rows, ...adopted.map((entry) => adoptedRow(entry, job.migrations))];
        result.adopted = adopted.map((entry) => entry.version);
        if (!options.dryRun) await recordAdoption(session, schema, rows.slice(-adopted.length), job.timeline);
      }
    }
    const state = appliedState(rows);
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
      const durationMs = await runMigration(client, schema, {
        statements: section.statements,
        transaction: migration.transaction,
        entry: {
          version: migration.version,
          name: migration.name,
          direction: job.direction,
          scope: migration.scope,
          checksum: migration.checksum,
          appliedBy: options.appliedBy,
        },
      }).catch((error: unknown) => {
        throw describeFailure(error, migration, job.direction);
      });
      result.applied.push(appliedStep(migration, job.direction, durationMs));
      if (job.direction === 'up') appliedVersions.add(migration.version);
      else appliedVersions.delete(migration.version);
      result.toVersion = appliedVersions.size === 0 ? null : Math.max(...appliedVersions);
    }
    result.status = plan.steps.length > 0 ? 'applied' : 'up-to-date';
    return finish();
  } catch (error) {
    result.error = toTargetError(error, [target.url]);
    return finish();
  } finally {
    // Closing the session also releases the advisory lock.
    await session?.close();
  }
}

function adoptedRow(entry: { version: number; appliedAt: Date | null }, migrations: readonly Migration[]): LedgerRow {
  const file = migrations.find((migration) => migration.version === entry.version);
  return {
    version: entry.version,
    name: file?.name ?? `goose_${entry.version}`,
    direction: 'up',
    appliedAt: entry.appliedAt,
    checksum: null,
    appliedBy: ADOPTED_FROM_GOOSE,
  };
}

async function recordAdoption(session: Session, schema: string, rows: LedgerRow[], timeline: Timeline): Promise<void> {
  await session.client.query('BEGIN');
  try {
    for (const row of rows) {
      await recordLedgerEntry(session.client, schema, {
        version: row.version,
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

/** A failed statement: where it is in the file, what PostgreSQL said, and what stayed applied. */
function describeFailure(error: unknown, migration: Migration, direction: 'up' | 'down'): unknown {
  if (!(error instanceof StatementFailure)) return error;
  const pgError = error.cause as { code?: string; message?: string; detail?: string; hint?: string };
  const where = `${migration.path}:${error.statement.line}:${error.statement.column}`;
  const kept = error.partial
    ? ' The file is NO TRANSACTION: the statements before this one stay applied, and the migration is not recorded.'
    : ' Nothing of this migration was applied.';
  const failure: TargetError = {
    code: 'MIGRATION_FAILED',
    message: `${migration.name} (${direction.toUpperCase()}) failed at ${where}: ${pgError.message ?? String(error.cause)}${pgError.code ? ` [SQLSTATE ${pgError.code}]` : ''}.${kept}`,
    hint:
      pgError.code === '55P03'
        ? 'lock_timeout: a table it needs is busy; run again at a quieter time, or raise --lock-timeout'
        : pgError.code === '57014'
          ? 'statement_timeout cut the statement; raise --statement-timeout for long migrations'
          : (pgError.hint ?? 'fix the migration (tenant-migrate verify runs it on a throwaway database), then run again'),
    migration: migration.name,
    file: migration.path,
    line: error.statement.line,
    column: error.statement.column,
  };
  return failure;
}

export function toTargetError(error: unknown, urls: string[]): TargetError {
  const secrets = passwordsIn(urls);
  const scrub = (text: string | undefined) => (text === undefined ? undefined : scrubSecrets(text, secrets));
  if (isTenantMigrateError(error)) {
    return { code: error.code, message: scrub(error.message)!, ...(error.hint ? { hint: scrub(error.hint) } : {}) };
  }
  if (error && typeof error === 'object' && 'code' in error && 'message' in error && !(error instanceof Error)) {
    const failure = error as TargetError;
    return { ...failure, message: scrub(failure.message)!, hint: scrub(failure.hint) };
  }
  const pgError = error as { code?: string; message?: string };
  return {
    code: pgError?.code === '55P03' ? 'LOCK_TIMEOUT' : 'DATABASE_ERROR',
    message: scrub(pgError?.message ?? String(error))!,
  };
}
