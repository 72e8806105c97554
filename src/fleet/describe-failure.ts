/**
 * The executor's failures worded for reports: which migration, file:line when a statement failed,
 * what PostgreSQL said (its message, DETAIL and HINT, and the SQLSTATE), and what stayed applied.
 * One place, so migrate, rollback and `tenant add` say the same thing for the same failure.
 */
import { passwordsIn, scrubSecrets } from '../db/connection-url.js';
import { concurrentIndexes } from '../db/index-validity.js';
import { describeLockHolders } from '../db/lock-holders.js';
import { InvalidIndexFailure, MigrationStepFailure, StatementFailure } from '../db/run-migration.js';
import { isTenantMigrateError, type TenantMigrateError } from '../errors.js';
import { hintFields, mapTextValues, type Text, text } from '../messages.js';
import type { Migration, Statement } from '../migrations/types.js';
import type { LockRetries } from './lock-retries.js';
import { TargetFailure } from './target-failure.js';
import type { TargetError } from './types.js';

/**
 * Whatever stopped a migration, as the target's error with the migration's context (name, file,
 * line when a statement failed) and what stayed applied.
 */
export function describeFailure(error: unknown, migration: Migration, direction: 'up' | 'down', retried?: LockRetries): TargetFailure {
  const label = `${migration.name} (${direction.toUpperCase()})`;
  const context = { migration: migration.name, file: migration.path };
  if (error instanceof StatementFailure) {
    const failure = statementFailure(error, migration, label, direction);
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
      hint: `run ${error.indexes.map((index) => `DROP INDEX CONCURRENTLY ${index};`).join(' ')} then run again to build it anew (an earlier failed build leaves such an index, and IF NOT EXISTS skips it)`,
      ...context,
    });
  }
  if (error instanceof MigrationStepFailure) {
    const cause = toTargetError(error.cause, []);
    const sqlState = (error.cause as { code?: string })?.code;
    const state = typeof sqlState === 'string' && /^[0-9A-Z]{5}$/.test(sqlState) ? ` [SQLSTATE ${sqlState}]` : '';
    const lost = cause.code === 'QUERY_TIMEOUT' || cause.code === 'CONNECTION_LOST';
    if (error.step === 'transaction-ended') return new TargetFailure(transactionEnded(error, label, context));
    const where = error.step === 'commit' ? 'at COMMIT' : error.step === 'ledger' ? 'writing its ledger row' : 'before its first statement';
    const kept = error.applied
      ? ' The file is NO TRANSACTION: all its statements ran and stay applied, but it is not recorded, so the next run runs it again.'
      : error.step === 'commit' && lost
        ? ' The COMMIT got no answer: the migration may or may not be committed; tenant-migrate status shows which.'
        : nothingDone(direction);
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
      ...postgresDetail(error.cause),
      ...context,
    });
  }
  const failure = toTargetError(error, []);
  return new TargetFailure({ ...failure, message: `${label}: ${failure.message}`, ...context });
}

/** A failed statement: where it is in the file, what PostgreSQL said, and what stayed applied. */
function statementFailure(error: StatementFailure, migration: Migration, label: string, direction: 'up' | 'down'): TargetError {
  const where = `${migration.path}:${error.statement.line}:${error.statement.column}`;
  const lost = isTenantMigrateError(error.cause) && (error.cause.code === 'QUERY_TIMEOUT' || error.cause.code === 'CONNECTION_LOST');
  const pgError = error.cause as { code?: string; message?: string; hint?: string };
  let kept: string;
  if (error.transaction) {
    kept = lost
      ? ' Its transaction was not committed: the server rolls it back when it notices the connection is gone.'
      : nothingDone(direction);
  } else {
    // A DOWN that stops halfway leaves the migration recorded as applied: the ledger row is removed only once it has all run.
    const recorded = direction === 'down' ? 'the migration stays recorded as applied' : 'the migration is not recorded';
    kept =
      error.ran.length > 0
        ? ` The file is NO TRANSACTION: ${error.ran.length} statement${error.ran.length === 1 ? '' : 's'} before this one ran and stay${error.ran.length === 1 ? 's' : ''} applied (${ranList(error.ran)}); ${recorded}.`
        : ` The file is NO TRANSACTION: no statement before this one ran; ${recorded}.`;
    if (lost) kept += ' This statement may still complete on the server.';
  }
  const dropped = error.aftermath.droppedIndexes ?? [];
  if (dropped.length > 0) {
    kept += ` The INVALID index ${dropped.join(', ')} it left was dropped (DROP INDEX CONCURRENTLY): the next run builds it anew.`;
  }
  const hint = lost ? (error.cause as { hint?: string }).hint : statementHint(error, pgError);
  const { lockHolders } = error.aftermath;
  const holders = lockHolders && describeLockHolders(lockHolders);
  const detail = [postgresDetail(error.cause).detail, holders].filter(Boolean).join('\n');
  return {
    ...(detail ? { detail } : {}),
    ...(lockHolders ? { lockHolders: lockHolders.holders } : {}),
    // A table busy past lock_timeout is the lock's doing, not the migration's: CI can tell the two apart.
    code: lost ? (error.cause as TenantMigrateError).code : pgError.code === '55P03' ? 'LOCK_TIMEOUT' : 'MIGRATION_FAILED',
    message: `${label} failed at ${where}: ${pgError.message ?? String(error.cause)}${!lost && pgError.code ? ` [SQLSTATE ${pgError.code}]` : ''}.${kept}`,
    ...(hint === undefined ? {} : typeof hint === 'string' ? { hint } : hintFields(hint)),
    migration: migration.name,
    file: migration.path,
    line: error.statement.line,
    column: error.statement.column,
  };
}

/**
 * A failed migration whose transaction was rolled back: an UP leaves nothing of it applied; a DOWN
 * (rollback, redo) undid nothing, so the migration is as applied as before.
 */
function nothingDone(direction: 'up' | 'down'): string {
  return direction === 'up'
    ? ' Nothing of this migration was applied.'
    : ' Its DOWN was rolled back: nothing of it was undone, and the migration stays applied.';
}

/** What to do about a statement PostgreSQL refused. */
function statementHint(error: StatementFailure, pgError: { code?: string; hint?: string }): string | Text {
  const builds = concurrentIndexes([error.statement]);
  const concurrentIndex = builds.length > 0;
  if (concurrentIndex && !error.transaction && error.aftermath.buildCleaned !== true) {
    const names = builds.map((index) => index.index ?? `the unnamed index of ${index.table}`);
    return `a failed CREATE INDEX CONCURRENTLY leaves an INVALID index behind: drop it (DROP INDEX CONCURRENTLY ${names.join(', ')}, in the target's schema) before running again`;
  }
  if (pgError.code === '55P03' && concurrentIndex) {
    return text(
      'lock-timeout.concurrent-index',
      'CREATE INDEX CONCURRENTLY waits for every transaction open in the database when it began, on any table: end the long one named above (or wait for it), then run again; or raise {option}',
      { option: 'lockTimeout' },
    );
  }
  if (pgError.code === '55P03') {
    return text('lock-timeout.raise', 'lock_timeout: a table it needs is busy; run again at a quieter time, or raise {option}', {
      option: 'lockTimeout',
    });
  }
  if (pgError.code === '57014') {
    return text('statement-timeout.raise', 'statement_timeout cut the statement; raise {option} for long migrations', {
      option: 'statementTimeout',
    });
  }
  if (pgError.hint) return pgError.hint;
  if (isDataFailure(pgError.code)) return DATA_HINT;
  return 'fix the migration (tenant-migrate verify runs it on a throwaway database), then run again';
}

/**
 * SQLSTATE classes 22 (data exception: a cast or a length the rows do not fit) and 23 (integrity
 * constraint violation: duplicates under a new UNIQUE, NULLs under SET NOT NULL, rows a new CHECK
 * or FOREIGN KEY refuses). Both come from the rows of this target, so other targets may pass, and
 * verify on an empty database never sees them: the migration's SQL is not what to fix first.
 */
function isDataFailure(code: string | undefined): boolean {
  return code !== undefined && (code.startsWith('22') || code.startsWith('23'));
}

const DATA_HINT =
  "this target's rows do not fit the change (other targets may have passed; a dry run on an empty database cannot see it): fix those rows, or make the migration handle them (remove duplicates before a UNIQUE index, backfill before SET NOT NULL), then run again";

/** The runner's transaction was ended by the migration itself, or a NO TRANSACTION file left one open. */
function transactionEnded(error: MigrationStepFailure, label: string, context: { migration: string; file: string }): TargetError {
  return error.applied
    ? {
        code: 'TRANSACTION_LEFT_OPEN',
        message: `${label} is NO TRANSACTION but left a transaction open (a BEGIN without COMMIT): what it did since that BEGIN was rolled back, what ran before stays applied; the migration is not recorded.`,
        hint: 'end the transaction the file opens with COMMIT, then run again',
        ...context,
      }
    : {
        code: 'TRANSACTION_ENDED',
        message: `${label} ended the transaction the runner opened for it (a COMMIT or ROLLBACK inside it): its ledger row was not written, and what it committed before that stays applied.`,
        hint: 'remove the COMMIT/ROLLBACK (a procedure that commits, for one), or mark the file NO TRANSACTION',
        ...context,
      };
}

/**
 * PostgreSQL's DETAIL (a duplicate key says which key) and the CONTEXT of the failing statement,
 * as the report's detail: never dropped on the way to the report.
 */
export function postgresDetail(error: unknown): { detail?: string } {
  const pgError = error as { detail?: string; where?: string } | undefined;
  const parts = [pgError?.detail ? `DETAIL: ${pgError.detail}` : undefined, pgError?.where ? `CONTEXT: ${pgError.where}` : undefined];
  const shown = parts.filter((part): part is string => part !== undefined);
  return shown.length > 0 ? { detail: shown.join('\n') } : {};
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
  const pgError = error as { code?: string; message?: string; hint?: string };
  const detail = postgresDetail(error).detail;
  return {
    code: pgError?.code === '55P03' ? 'LOCK_TIMEOUT' : 'DATABASE_ERROR',
    message: scrub(pgError?.message ?? String(error))!,
    ...(pgError?.hint ? { hint: scrub(pgError.hint) } : {}),
    ...(detail ? { detail: scrub(detail) } : {}),
  };
}
