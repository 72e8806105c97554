/**
 * Runs one section (UP or DOWN) of a migration through the executor migrate uses (settings reset,
 * one transaction or statement by statement for NO TRANSACTION files, the same guards), without a
 * ledger row. Times each statement, optionally traces its locks, and turns a PostgreSQL error
 * into a position in the migration file.
 */
import type pg from 'pg';
import { MigrationStepFailure, runMigration, StatementFailure } from '../db/run-migration.js';
import { settingsStatements } from '../db/session.js';
import type { Migration, Section, Statement } from '../migrations/types.js';
import type { StatementResult } from '../report/verify-model.js';
import { heldLocks, type LockSet, newLocks, relationsBefore } from './lock-trace.js';

export interface SectionFailure {
  /** PostgreSQL's message, with its detail and hint when it gave them. */
  message: string;
  file: string;
  line: number;
  column: number;
  /** PostgreSQL's SQLSTATE, when PostgreSQL rejected the statement. */
  sqlState?: string;
}

export interface SectionRun {
  statements: StatementResult[];
  failure?: SectionFailure;
}

export interface RunSectionOptions {
  /** Record the locks each statement newly takes (only possible inside a transaction). */
  traceLocks?: boolean;
  /** `rollback` runs the section and undoes it: for looking without keeping. Ignored outside a transaction. */
  finish?: 'commit' | 'rollback';
  /** Runs after the last statement succeeded, before COMMIT or ROLLBACK: sees the section's effect. */
  inspect?: () => Promise<void>;
}

/** Ten minutes for any one statement of a dry run. */
export const VERIFY_STATEMENT_TIMEOUT_MS = 10 * 60_000;

/**
 * What verify sets before each section, as migrate does before each migration: a migration that
 * changes search_path or a timeout (pg_dump output sets search_path) must not change how the next
 * one runs. The statement timeout is verify's own (VERIFY_STATEMENT_TIMEOUT_MS).
 */
export const VERIFY_SETTINGS = settingsStatements({ lockTimeoutMs: 0, statementTimeoutMs: VERIFY_STATEMENT_TIMEOUT_MS });

export async function runSection(
  client: pg.Client,
  migration: Migration,
  section: Section,
  options: RunSectionOptions = {},
): Promise<SectionRun> {
  const trace = migration.transaction && options.traceLocks === true;
  const existing = trace ? await relationsBefore(client) : undefined;
  const statements: StatementResult[] = [];
  let locks: LockSet = new Map();
  try {
    // The one executor, without a ledger: the same settings reset, transaction and guards as migrate.
    await runMigration(client, '', {
      statements: section.statements,
      transaction: migration.transaction,
      settings: VERIFY_SETTINGS,
      finish: options.finish,
      hooks: {
        beforeStatements: async () => {
          if (trace) locks = await heldLocks(client);
        },
        afterStatement: async (statement, durationMs) => {
          let taken: StatementResult['locks'] = [];
          if (trace && existing) {
            const after = await heldLocks(client);
            taken = newLocks(locks, after, existing);
            locks = after;
          }
          statements.push({ sql: statement.sql, line: statement.line, durationMs, locks: taken });
        },
        beforeFinish: options.inspect,
      },
    });
    return { statements };
  } catch (error) {
    if (error instanceof StatementFailure) return { statements, failure: failureAt(migration, error.statement, error.cause) };
    if (error instanceof MigrationStepFailure && error.step === 'transaction-ended') {
      return {
        statements,
        failure: { message: transactionEndedMessage(error), file: migration.path, line: section.markerLine || 1, column: 1 },
      };
    }
    // Not a statement of the file: the connection or the inspection failed.
    throw error instanceof MigrationStepFailure ? error.cause : error;
  }
}

function transactionEndedMessage(error: MigrationStepFailure): string {
  return error.applied
    ? 'the NO TRANSACTION section left a transaction open (a BEGIN without COMMIT): what it did since BEGIN was rolled back'
    : 'the section ended the transaction it runs in (a COMMIT or ROLLBACK): migrate would not record it';
}

/** PostgreSQL's `position` counts characters from 1 in the statement text; the file position follows from where the statement starts. */
export function failureAt(migration: Migration, statement: Statement, error: unknown): SectionFailure {
  const pgError = error as { message?: string; position?: string; detail?: string; hint?: string; where?: string; code?: string };
  let line = statement.line;
  let column = statement.column;
  const position = Number(pgError.position);
  if (Number.isInteger(position) && position > 0) {
    const before = [...statement.sql].slice(0, position - 1);
    for (const character of before) {
      if (character === '\n') {
        line++;
        column = 1;
      } else column++;
    }
  }
  const parts = [pgError.message ?? String(error)];
  if (pgError.detail) parts.push(pgError.detail);
  if (pgError.hint) parts.push(`hint: ${pgError.hint}`);
  return { message: parts.join('; '), file: migration.path, line, column, ...(pgError.code ? { sqlState: pgError.code } : {}) };
}
