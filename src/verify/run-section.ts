/**
 * Runs one section (UP or DOWN) of a migration the way `migrate` will: inside one transaction,
 * or statement by statement for NO TRANSACTION files. Times each statement, optionally traces
 * its locks, and turns a PostgreSQL error into a position in the migration file.
 */
import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import type { Migration, Section, Statement } from '../migrations/types.js';
import type { StatementResult } from '../report/verify-model.js';
import { heldLocks, type LockSet, newLocks, relationsBefore } from './lock-trace.js';

export interface StatementFailure {
  /** PostgreSQL's message, with its detail and hint when it gave them. */
  message: string;
  file: string;
  line: number;
  column: number;
}

export interface SectionRun {
  statements: StatementResult[];
  failure?: StatementFailure;
}

export interface RunSectionOptions {
  /** Record the locks each statement newly takes (only possible inside a transaction). */
  traceLocks?: boolean;
  /** `rollback` runs the section and undoes it: for looking without keeping. Ignored outside a transaction. */
  finish?: 'commit' | 'rollback';
  /** Runs after the last statement succeeded, before COMMIT or ROLLBACK: sees the section's effect. */
  inspect?: () => Promise<void>;
}

export async function runSection(
  client: pg.ClientBase,
  migration: Migration,
  section: Section,
  options: RunSectionOptions = {},
): Promise<SectionRun> {
  const inTransaction = migration.transaction;
  const trace = inTransaction && options.traceLocks === true;
  const existing = trace ? await relationsBefore(client) : undefined;
  const statements: StatementResult[] = [];
  if (inTransaction) await client.query('BEGIN');
  try {
    let locks: LockSet = trace ? await heldLocks(client) : new Map();
    for (const statement of section.statements) {
      const start = performance.now();
      try {
        await client.query(statement.sql);
      } catch (error) {
        if (inTransaction) await client.query('ROLLBACK');
        return { statements, failure: failureAt(migration, statement, error) };
      }
      const durationMs = performance.now() - start;
      let taken: StatementResult['locks'] = [];
      if (trace && existing) {
        const after = await heldLocks(client);
        taken = newLocks(locks, after, existing);
        locks = after;
      }
      statements.push({ sql: statement.sql, line: statement.line, durationMs, locks: taken });
    }
    await options.inspect?.();
    if (inTransaction) await client.query(options.finish === 'rollback' ? 'ROLLBACK' : 'COMMIT');
    return { statements };
  } catch (error) {
    // Not a statement of the file: the connection or the inspection failed. Leave no transaction open.
    if (inTransaction) await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** PostgreSQL's `position` counts characters from 1 in the statement text; the file position follows from where the statement starts. */
export function failureAt(migration: Migration, statement: Statement, error: unknown): StatementFailure {
  const pgError = error as { message?: string; position?: string; detail?: string; hint?: string; where?: string };
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
  return { message: parts.join('; '), file: migration.path, line, column };
}
