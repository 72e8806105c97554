/**
 * Lock-timeout retries around the one executor (db/run-migration.ts). A migration whose
 * statement gave up on lock_timeout (55P03) waits a while, with the table's lock released, and
 * runs again: a transactional file from its first statement (its transaction rolled back
 * everything), a NO TRANSACTION file from the statement that timed out (the ones before it
 * committed), but only when that statement left nothing behind: a CONCURRENTLY build commits in
 * phases (retried once the executor dropped the INVALID index it left), and a file with its own
 * BEGIN/COMMIT may be inside a failed transaction. Each attempt waits at most one lock_timeout,
 * so application queries never queue behind a waiting ALTER for longer than that. The last
 * attempt's failure names who held the tables (lock-holders.ts).
 */
import type pg from 'pg';
import { abortableSleep } from '../db/abort-waits.js';
import { concurrentIndexes, dropFailedBuild } from '../db/index-validity.js';
import { readLockHolders, readOpenTransactions, relationsOf } from '../db/lock-holders.js';
import { type MigrationRun, runMigration, StatementFailure } from '../db/run-migration.js';
import type { Statement } from '../migrations/types.js';

export interface LockRetryPolicy {
  /** Attempts after the first. */
  retries: number;
  /** The first wait; each next one doubles (with jitter), up to MAX_WAIT_MS. */
  baseDelayMs?: number;
}

/** What the retries cost a migration: the report carries it. */
export interface LockRetries {
  /** Attempts made, the first included. */
  attempts: number;
  /** Time spent waiting between attempts, in milliseconds. */
  waitedMs: number;
}

export const LOCK_RETRY_BASE_DELAY_MS = 500;
const MAX_WAIT_MS = 30_000;

export async function runWithLockRetries(
  client: pg.Client,
  schema: string,
  run: MigrationRun,
  policy: LockRetryPolicy,
  onRetry?: (retries: LockRetries) => void,
): Promise<{ durationMs: number; retries?: LockRetries }> {
  let statements = run.statements;
  let ranBefore: readonly Statement[] = [];
  let waitedMs = 0;
  let durationMs = 0;
  for (let attempt = 1; ; attempt++) {
    const started = performance.now();
    try {
      durationMs += await runMigration(client, schema, { ...run, statements });
      return { durationMs, ...(attempt > 1 ? { retries: { attempts: attempt, waitedMs: Math.round(waitedMs) } } : {}) };
    } catch (error) {
      const failure = withEarlierStatements(error, ranBefore);
      if (run.signal?.aborted) throw failure;
      if (attempt > policy.retries || !retryable(failure, run)) throw await withLockHolders(client, failure);
      const wait = backoff(attempt, policy.baseDelayMs ?? LOCK_RETRY_BASE_DELAY_MS);
      waitedMs += wait;
      onRetry?.({ attempts: attempt, waitedMs: Math.round(waitedMs) });
      // An interrupt ends the wait at once (AbortError): the run is stopping, not retrying.
      await abortableSleep(wait, run.signal);
      // A build whose INVALID index could not be dropped at once (its table busy too): dropped now, or no retry.
      if (failure instanceof StatementFailure && failure.aftermath.buildCleaned === false) {
        const { clean } = await dropFailedBuild(client, failure.statement);
        if (!clean) throw await withLockHolders(client, failure);
      }
      if (!run.transaction && failure instanceof StatementFailure) {
        // The statements before the one that timed out committed: go on from it.
        durationMs += performance.now() - started - wait;
        ranBefore = failure.ran;
        statements = run.statements.slice(ranBefore.length);
      }
    }
  }
}

/** True for a lock_timeout that left nothing of the failed statement behind. */
function retryable(error: unknown, run: MigrationRun): boolean {
  if (!(error instanceof StatementFailure) || (error.cause as { code?: string })?.code !== '55P03') return false;
  if (run.transaction) return true;
  const concurrent = error.statement.nodes.some((node) =>
    Object.values(node).some((value) => (value as { concurrent?: boolean } | null)?.concurrent === true),
  );
  const ownTransaction = run.statements.some((statement) => statement.nodes.some((node) => 'TransactionStmt' in node));
  // A CONCURRENTLY index build commits in phases: retried only once the INVALID index it left is dropped
  // (the executor tried at once; a drop that met a busy table is tried again after the wait).
  return (!concurrent || error.aftermath.buildCleaned !== undefined) && !ownTransaction;
}

/** A lock_timeout that is the migration's last word: who held its tables, asked at once (a failed ask names no one). */
async function withLockHolders(client: pg.Client, failure: unknown): Promise<unknown> {
  if (!(failure instanceof StatementFailure) || (failure.cause as { code?: string })?.code !== '55P03') return failure;
  // A concurrent index build waits for every older transaction of the database, not for its table's lockers.
  const read =
    concurrentIndexes([failure.statement]).length > 0
      ? readOpenTransactions(client)
      : readLockHolders(client, relationsOf(failure.statement.nodes));
  const found = await read.catch(() => undefined);
  return found && found.holders.length > 0 ? failure.with({ lockHolders: found }) : failure;
}

/** A failure of a resumed NO TRANSACTION file, with the statements of the earlier attempts counted as ran. */
function withEarlierStatements(error: unknown, ranBefore: readonly Statement[]): unknown {
  if (ranBefore.length === 0 || !(error instanceof StatementFailure)) return error;
  return new StatementFailure(error.statement, error.cause, [...ranBefore, ...error.ran], error.transaction, error.aftermath);
}

/**
 * Any read that may meet a table lock (the tenants query on the master), tried again after a
 * lock_timeout as migrations are: each attempt waits at most one lock_timeout, then backs off.
 */
export async function retryOnLockTimeout<T>(work: () => Promise<T>, policy: LockRetryPolicy): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if ((error as { code?: string })?.code !== '55P03' || attempt > policy.retries) throw error;
      await abortableSleep(backoff(attempt, policy.baseDelayMs ?? LOCK_RETRY_BASE_DELAY_MS));
    }
  }
}

function backoff(attempt: number, baseMs: number): number {
  return Math.min(MAX_WAIT_MS, baseMs * 2 ** (attempt - 1)) * (0.75 + Math.random() / 2);
}
