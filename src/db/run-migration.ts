/**
 * Runs one migration's UP or DOWN section on a target and records it in the ledger. With a
 * transaction (the default) the statements and the ledger row commit together or not at all, so
 * a crash or a kill never leaves a half-applied migration. NO TRANSACTION files (CREATE INDEX
 * CONCURRENTLY...) run statement by statement, and the ledger row is written after the last one.
 *
 * Every failure says what stayed applied: a statement PostgreSQL refused (StatementFailure),
 * a failure around the statements (MigrationStepFailure: the COMMIT, e.g. a deferred
 * constraint, or the ledger row), or an index built concurrently that ended INVALID.
 */
import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import type { Statement } from '../migrations/types.js';
import { concurrentIndexes, invalidIndexes } from './index-validity.js';
import { type LedgerEntry, recordLedgerEntry } from './ledger.js';

export interface MigrationRun {
  statements: readonly Statement[];
  transaction: boolean;
  /** The ledger row, without its duration (measured here). */
  entry: Omit<LedgerEntry, 'durationMs'>;
  /**
   * SQL that puts the target's session settings back (Session.settingsSql): the previous
   * migration may have changed search_path or a timeout for the rest of the session.
   */
  settingsSql?: string;
  /**
   * The caller opened the transaction and ends it (tenant add builds a new target's whole history
   * in one): no BEGIN, COMMIT or ROLLBACK here. Only for `transaction: true` files.
   */
  withinTransaction?: boolean;
}

/** A statement PostgreSQL refused, with the statement, so the report can point at its line. */
export class StatementFailure extends Error {
  constructor(
    readonly statement: Statement,
    readonly cause: unknown,
    /** Statements of a NO TRANSACTION file that ran before this one and stay applied (empty in a transaction: rolled back). */
    readonly ran: readonly Statement[],
    readonly transaction: boolean,
  ) {
    super((cause as Error)?.message ?? String(cause));
    this.name = 'StatementFailure';
  }

  /** True when earlier statements of a NO TRANSACTION file stay applied. */
  get partial(): boolean {
    return this.ran.length > 0;
  }
}

/** A failure outside the migration's statements. */
export class MigrationStepFailure extends Error {
  constructor(
    /** `setup`: the BEGIN and settings before the first statement; `commit`; `ledger`: writing the ledger row. */
    readonly step: 'setup' | 'commit' | 'ledger',
    readonly cause: unknown,
    /** True when the statements stay applied (a NO TRANSACTION file whose ledger row failed). */
    readonly applied: boolean,
  ) {
    super((cause as Error)?.message ?? String(cause));
    this.name = 'MigrationStepFailure';
  }
}

/** A NO TRANSACTION file ran, but an index it built concurrently is INVALID; it is not recorded. */
export class InvalidIndexFailure extends Error {
  constructor(readonly indexes: readonly string[]) {
    super(`invalid index ${indexes.join(', ')}`);
    this.name = 'InvalidIndexFailure';
  }
}

/** Returns the time the statements took, in milliseconds. */
export async function runMigration(client: pg.Client, schema: string, run: MigrationRun): Promise<number> {
  return run.transaction ? runInTransaction(client, schema, run) : runStatementByStatement(client, schema, run);
}

async function runInTransaction(client: pg.Client, schema: string, run: MigrationRun): Promise<number> {
  const started = performance.now();
  const own = !run.withinTransaction;
  try {
    // One round trip: the transaction and the target's settings.
    const setup = own ? (run.settingsSql ? `BEGIN; ${run.settingsSql}` : 'BEGIN') : run.settingsSql;
    if (setup) await step('setup', false, () => client.query(setup));
    for (const statement of run.statements) {
      try {
        await client.query(statement.sql);
      } catch (error) {
        throw new StatementFailure(statement, error, [], true);
      }
    }
    const durationMs = performance.now() - started;
    await step('ledger', false, () => recordLedgerEntry(client, schema, { ...run.entry, durationMs }));
    if (own) await step('commit', false, () => client.query('COMMIT'));
    return durationMs;
  } catch (error) {
    if (own) await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}

async function runStatementByStatement(client: pg.Client, schema: string, run: MigrationRun): Promise<number> {
  const started = performance.now();
  if (run.settingsSql) await step('setup', false, () => client.query(run.settingsSql!));
  for (const [index, statement] of run.statements.entries()) {
    try {
      await client.query(statement.sql);
    } catch (error) {
      throw new StatementFailure(statement, error, run.statements.slice(0, index), false);
    }
  }
  const durationMs = performance.now() - started;
  const invalid = await step('ledger', true, () => invalidIndexes(client, concurrentIndexes(run.statements)));
  if (invalid.length > 0) throw new InvalidIndexFailure(invalid);
  await step('ledger', true, () => recordLedgerEntry(client, schema, { ...run.entry, durationMs }));
  return durationMs;
}

async function step<T>(name: MigrationStepFailure['step'], applied: boolean, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw new MigrationStepFailure(name, error, applied);
  }
}
