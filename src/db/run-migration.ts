/**
 * The one executor: runs one migration's UP or DOWN section on a session and records it in the
 * ledger. migrate, rollback, verify (and `tenant add`) all go through `runMigration`, so a
 * migration behaves the same everywhere:
 *
 * 1. the target's settings are put back first (search_path, lock_timeout, statement_timeout): a
 *    previous migration may have changed them for the rest of the session;
 * 2. with a transaction (the default) the statements and the ledger row commit together or not at
 *    all; before the row is written the runner checks its own transaction is still the one it
 *    opened (a COMMIT or ROLLBACK the reader did not catch must never leave a row for work that is
 *    not there, or commit work without its row);
 * 3. NO TRANSACTION files run statement by statement; before the first one, a trial write of the
 *    ledger row (rolled back) proves the row can be stored, so statements never run unrecorded
 *    because of a read-only server, a missing privilege or a ledger column that cannot hold it;
 * 4. every failure is one of three errors that say what stayed applied (StatementFailure,
 *    MigrationStepFailure, InvalidIndexFailure); `describe-failure.ts` words them for reports;
 * 5. an aborted `signal` (an interrupted run) starts no further statement: MigrationInterrupted
 *    says which statements ran.
 *
 * The API is one function and one options object; callers that add behaviour (lock retries,
 * provisioning a tenant) wrap it rather than copy it. `hooks` let verify trace locks and look at
 * the result before COMMIT; `finish: 'rollback'` runs a section without keeping it.
 */
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import type { Statement } from '../migrations/types.js';
import { concurrentIndexes, dropFailedBuild, invalidIndexes } from './index-validity.js';
import { type LedgerChange, type LedgerEntry, ledgerChangeStatements, recordLedgerChange } from './ledger.js';
import type { LockHolder } from './lock-holders.js';
import { BatchFailure, type BatchLimits, canBatch, sendBatch } from './migration-batch.js';

export interface MigrationRun {
  statements: readonly Statement[];
  transaction: boolean;
  /**
   * The ledger row, without its duration (measured here). Omitted: nothing is recorded (verify
   * on a throwaway database).
   */
  entry?: Omit<LedgerEntry, 'durationMs'>;
  /** Ledger rows this run replaces (a rollback removes the `up` rows of the version it undoes), by id. */
  replacesRows?: readonly number[];
  /** Keep goose_db_version in step (the target has one): goose then reads the same state. */
  gooseTable?: boolean;
  /** goose's table's name when not goose_db_version. */
  gooseTableName?: string;
  /**
   * Statements that put the target's session settings back (Session.settings): the previous
   * migration may have changed search_path or a timeout for the rest of the session.
   */
  settings?: readonly string[];
  /**
   * Statements run in the migration's transaction before its own (the ledger's CREATE on a
   * target's first migration); only for `transaction: true` files.
   */
  before?: readonly string[];
  /**
   * Send the whole migration (BEGIN, settings, statements, ledger row, COMMIT) as one simple-query
   * round trip when it can go so (see migration-batch.ts). Without it, one statement at a time.
   */
  batch?: BatchLimits;
  /**
   * The caller opened the transaction and ends it (tenant add builds a new target's whole history
   * in one): no BEGIN, COMMIT or ROLLBACK here. Only for `transaction: true` files.
   */
  withinTransaction?: boolean;
  /** `rollback` runs the section and undoes it (verify's second UP); only inside a transaction. */
  finish?: 'commit' | 'rollback';
  hooks?: MigrationHooks;
  /**
   * The run was interrupted: no statement starts once it is aborted (the one running is the
   * caller's to cancel); a transaction is rolled back, a NO TRANSACTION file stops where it is.
   */
  signal?: AbortSignal;
}

export interface MigrationHooks {
  /** After BEGIN and the settings, before the first statement. */
  beforeStatements?: () => Promise<void>;
  /** After each statement that succeeded, with the time it took. */
  afterStatement?: (statement: Statement, durationMs: number) => Promise<void>;
  /** After the last statement, before the ledger row and COMMIT: sees the section's effect. */
  beforeFinish?: () => Promise<void>;
}

/** A statement PostgreSQL refused, with the statement, so the report can point at its line. */
/** What was learnt or done right after a statement failed, for the report (and the retries). */
export interface StatementAftermath {
  /** A lock_timeout: the sessions that held the statement's tables, or the older transactions it waited for (lock-holders.ts). */
  lockHolders?: { holders: LockHolder[]; more: number };
  /** A failed CREATE INDEX CONCURRENTLY: the INVALID indexes it left, dropped (index-validity.ts). */
  droppedIndexes?: string[];
  /** A failed CREATE INDEX CONCURRENTLY: nothing of it is left, so it can run again. */
  buildCleaned?: boolean;
}

export class StatementFailure extends Error {
  constructor(
    readonly statement: Statement,
    readonly cause: unknown,
    /** Statements of a NO TRANSACTION file that ran before this one and stay applied (empty in a transaction: rolled back). */
    readonly ran: readonly Statement[],
    readonly transaction: boolean,
    readonly aftermath: StatementAftermath = {},
  ) {
    super((cause as Error)?.message ?? String(cause));
    this.name = 'StatementFailure';
  }

  /** The same failure, with more known about what followed it. */
  with(more: StatementAftermath): StatementFailure {
    return new StatementFailure(this.statement, this.cause, this.ran, this.transaction, { ...this.aftermath, ...more });
  }

  /** True when earlier statements of a NO TRANSACTION file stay applied. */
  get partial(): boolean {
    return this.ran.length > 0;
  }
}

/** A failure outside the migration's statements. */
export class MigrationStepFailure extends Error {
  constructor(
    /**
     * `setup`: the BEGIN and settings before the first statement, or the trial ledger write of a
     * NO TRANSACTION file; `commit`; `ledger`: writing the ledger row; `transaction-ended`: the
     * migration's own statements ended the runner's transaction (or, NO TRANSACTION, left one open).
     */
    readonly step: 'setup' | 'commit' | 'ledger' | 'transaction-ended',
    readonly cause: unknown,
    /** True when the statements stay applied (a NO TRANSACTION file whose ledger row failed). */
    readonly applied: boolean,
  ) {
    super((cause as Error)?.message ?? String(cause));
    this.name = 'MigrationStepFailure';
  }
}

/** The run was interrupted before `next` started; `ran` stay applied (NO TRANSACTION only; a transaction rolled back). */
export class MigrationInterrupted extends Error {
  constructor(
    readonly next: Statement,
    readonly ran: readonly Statement[],
    readonly transaction: boolean,
  ) {
    super('interrupted before the next statement');
    this.name = 'MigrationInterrupted';
  }
}

/** A NO TRANSACTION file ran, but an index it built concurrently is INVALID; it is not recorded. */
export class InvalidIndexFailure extends Error {
  constructor(readonly indexes: readonly string[]) {
    super(`invalid index ${indexes.join(', ')}`);
    this.name = 'InvalidIndexFailure';
  }
}

/** Runs the section; returns the time its statements took, in milliseconds. */
export async function runMigration(client: pg.Client, schema: string, run: MigrationRun): Promise<number> {
  return run.transaction ? runInTransaction(client, schema, run) : runStatementByStatement(client, schema, run);
}

async function runInTransaction(client: pg.Client, schema: string, run: MigrationRun): Promise<number> {
  const started = performance.now();
  const own = !run.withinTransaction;
  try {
    if (canBatch(run)) {
      await runAsOneBatch(client, schema, run);
      return performance.now() - started;
    }
    // One round trip: the transaction and the target's settings.
    const setup = [...(own ? ['BEGIN'] : []), ...(run.settings ?? [])].join('; ');
    if (setup) await step('setup', false, () => client.query(setup));
    for (const statement of run.before ?? []) await step('setup', false, () => client.query(statement));
    await run.hooks?.beforeStatements?.();
    for (const statement of run.statements) {
      if (run.signal?.aborted) throw new MigrationInterrupted(statement, [], true);
      const statementStart = performance.now();
      try {
        await client.query(statement.sql);
      } catch (error) {
        throw new StatementFailure(statement, error, [], true);
      }
      await run.hooks?.afterStatement?.(statement, performance.now() - statementStart);
    }
    const durationMs = performance.now() - started;
    await run.hooks?.beforeFinish?.();
    // The second guard behind the reader's refusal of COMMIT and ROLLBACK: no row for work that is not in our transaction.
    const status = transactionStatus(client);
    if (status !== null && status !== 'T') {
      throw new MigrationStepFailure('transaction-ended', new Error('the migration ended the transaction the runner opened'), false);
    }
    if (run.finish === 'rollback' && own) {
      await client.query('ROLLBACK');
      return durationMs;
    }
    if (run.entry) await step('ledger', false, () => recordLedgerChange(client, schema, change(run, durationMs)));
    if (own) await step('commit', false, () => client.query('COMMIT'));
    return durationMs;
  } catch (error) {
    if (own) await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}

/**
 * The migration and its ledger row in one round trip (migration-batch.ts), then COMMIT in a
 * second: a connection lost before COMMIT was sent leaves nothing committed, as one statement at
 * a time would. A failure is the error the statement-by-statement run gives; a connection lost
 * mid-string is the first statement the server did not confirm.
 */
async function runAsOneBatch(client: pg.Client, schema: string, run: MigrationRun): Promise<void> {
  const setup = ['BEGIN', ...(run.settings ?? []), ...(run.before ?? [])];
  const ledger = run.entry
    ? ledgerChangeStatements(schema, {
        entry: run.entry,
        replacesRows: run.replacesRows ?? [],
        gooseTable: run.gooseTable === true,
        gooseTableName: run.gooseTableName,
      })
    : [];
  const statements = run.statements.map((statement) => statement.sql);
  try {
    await sendBatch(client, [...setup, ...statements, ...ledger], run.batch!);
  } catch (error) {
    if (!(error instanceof BatchFailure)) throw error;
    const answered = error.cause instanceof pg.DatabaseError;
    // The server's error names its statement; a silent or dropped connection left the string unconfirmed.
    const at = answered ? error.completed : Math.max(error.completed, setup.length);
    if (at < setup.length) throw new MigrationStepFailure('setup', error.cause, false);
    if (at < setup.length + statements.length) throw new StatementFailure(run.statements[at - setup.length], error.cause, [], true);
    throw new MigrationStepFailure('ledger', error.cause, false);
  }
  if ((transactionStatus(client) ?? 'T') !== 'T') {
    throw new MigrationStepFailure('transaction-ended', new Error('the migration ended the transaction the runner opened'), false);
  }
  await step('commit', false, () => client.query('COMMIT'));
}

async function runStatementByStatement(client: pg.Client, schema: string, run: MigrationRun): Promise<number> {
  const started = performance.now();
  if (run.settings?.length) await step('setup', false, () => client.query(run.settings!.join('; ')));
  if (run.entry) await step('setup', false, () => trialLedgerWrite(client, schema, change(run, 0)));
  await run.hooks?.beforeStatements?.();
  for (const [index, statement] of run.statements.entries()) {
    if (run.signal?.aborted) {
      // A BEGIN the file opened is not ours to commit: what it did since then is rolled back.
      if ((transactionStatus(client) ?? 'I') !== 'I') await client.query('ROLLBACK').catch(() => {});
      throw new MigrationInterrupted(statement, run.statements.slice(0, index), false);
    }
    const statementStart = performance.now();
    try {
      await client.query(statement.sql);
    } catch (error) {
      // A statement that failed inside a BEGIN the file opened leaves that transaction aborted: end it.
      if ((transactionStatus(client) ?? 'I') !== 'I') await client.query('ROLLBACK').catch(() => {});
      const failure = new StatementFailure(statement, error, run.statements.slice(0, index), false);
      throw await afterFailedBuild(client, failure, run.signal);
    }
    await run.hooks?.afterStatement?.(statement, performance.now() - statementStart);
  }
  const durationMs = performance.now() - started;
  await run.hooks?.beforeFinish?.();
  const status = transactionStatus(client);
  if (status !== null && status !== 'I') {
    // The file opened a transaction and did not end it: what it did since BEGIN is not committed.
    await client.query('ROLLBACK').catch(() => {});
    throw new MigrationStepFailure('transaction-ended', new Error('the NO TRANSACTION file left a transaction open'), true);
  }
  if (!run.entry) return durationMs;
  const invalid = await step('ledger', true, () => invalidIndexes(client, concurrentIndexes(run.statements)));
  if (invalid.length > 0) throw new InvalidIndexFailure(invalid);
  await step('ledger', true, () => inTransaction(client, () => recordLedgerChange(client, schema, change(run, durationMs))));
  return durationMs;
}

/**
 * A CREATE INDEX CONCURRENTLY that failed leaves an INVALID index (it commits in phases): dropped
 * here, the file is as if the statement never ran. Not when the run is stopping (a drop can
 * wait) or the connection is gone (the build may still be running on the server).
 */
async function afterFailedBuild(client: pg.Client, failure: StatementFailure, signal: AbortSignal | undefined): Promise<StatementFailure> {
  // Only a named build can be cleaned up: an unnamed index cannot be told from the others of its table.
  const builds = concurrentIndexes([failure.statement]);
  if (signal?.aborted || !(failure.cause instanceof pg.DatabaseError) || builds.length === 0 || builds.some((build) => !build.index)) {
    return failure;
  }
  const { dropped, clean } = await dropFailedBuild(client, failure.statement);
  return failure.with({ ...(dropped.length > 0 ? { droppedIndexes: dropped } : {}), buildCleaned: clean });
}

function change(run: MigrationRun, durationMs: number): LedgerChange {
  return {
    entry: { ...run.entry!, durationMs },
    replacesRows: run.replacesRows ?? [],
    gooseTable: run.gooseTable === true,
    gooseTableName: run.gooseTableName,
  };
}

/** Writes the ledger change and rolls it back: it fails exactly where the real write would. */
async function trialLedgerWrite(client: pg.Client, schema: string, ledgerChange: LedgerChange): Promise<void> {
  await client.query('BEGIN');
  try {
    await recordLedgerChange(client, schema, ledgerChange);
  } finally {
    await client.query('ROLLBACK').catch(() => {});
  }
}

/** The row and the removal of the rows it replaces commit together. */
async function inTransaction(client: pg.Client, work: () => Promise<void>): Promise<void> {
  await client.query('BEGIN');
  try {
    await work();
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}

/** 'I' idle, 'T' in a transaction, 'E' in a failed one: what the server said in its last ReadyForQuery. */
function transactionStatus(client: pg.Client): string | null {
  return (client as unknown as { getTransactionStatus?: () => string | null }).getTransactionStatus?.() ?? null;
}

async function step<T>(name: MigrationStepFailure['step'], applied: boolean, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw new MigrationStepFailure(name, error, applied);
  }
}
