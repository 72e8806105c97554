/**
 * Runs one migration's UP or DOWN section on a target and records it in the ledger. With a
 * transaction (the default) the statements and the ledger row commit together or not at all, so
 * a crash or a kill never leaves a half-applied migration. NO TRANSACTION files (CREATE INDEX
 * CONCURRENTLY...) run statement by statement, and the ledger row is written after the last one.
 */
import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import type { Statement } from '../migrations/types.js';
import { type LedgerEntry, recordLedgerEntry } from './ledger.js';

export interface MigrationRun {
  statements: readonly Statement[];
  transaction: boolean;
  /** The ledger row, without its duration (measured here). */
  entry: Omit<LedgerEntry, 'durationMs'>;
}

/** A statement PostgreSQL refused, with the statement, so the report can point at its line. */
export class StatementFailure extends Error {
  constructor(
    readonly statement: Statement,
    readonly cause: unknown,
    /** True when earlier statements of a NO TRANSACTION file stay applied. */
    readonly partial: boolean,
  ) {
    super((cause as Error)?.message ?? String(cause));
    this.name = 'StatementFailure';
  }
}

/** Returns the time the statements took, in milliseconds. */
export async function runMigration(client: pg.Client, schema: string, run: MigrationRun): Promise<number> {
  const started = performance.now();
  if (!run.transaction) {
    for (const [index, statement] of run.statements.entries()) {
      try {
        await client.query(statement.sql);
      } catch (error) {
        throw new StatementFailure(statement, error, index > 0);
      }
    }
    const durationMs = performance.now() - started;
    await recordLedgerEntry(client, schema, { ...run.entry, durationMs });
    return durationMs;
  }
  await client.query('BEGIN');
  try {
    for (const statement of run.statements) {
      try {
        await client.query(statement.sql);
      } catch (error) {
        throw new StatementFailure(statement, error, false);
      }
    }
    const durationMs = performance.now() - started;
    await recordLedgerEntry(client, schema, { ...run.entry, durationMs });
    await client.query('COMMIT');
    return durationMs;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}
