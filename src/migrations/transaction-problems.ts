/**
 * Statements that do not belong in a migration that runs in a transaction, found when the file
 * is read rather than at deploy time:
 * - transaction control (BEGIN, COMMIT, ROLLBACK, SAVEPOINT...): the runner's transaction holds
 *   the migration and its ledger row together, and a COMMIT in the middle would commit half the
 *   migration without its row (a ROLLBACK would record a migration whose objects are gone);
 * - statements PostgreSQL refuses inside a transaction block (CREATE INDEX CONCURRENTLY, VACUUM,
 *   CREATE DATABASE, ALTER SYSTEM...): they would fail on every database.
 * Both are fine in a NO TRANSACTION file, which runs statement by statement.
 */
import { outsideTransactionOnly, transactionControlOf } from '../sql/transaction-control.js';
import type { MigrationFormat, MigrationProblem, Section, Statement } from './types.js';

export type TransactionProblem = Omit<MigrationProblem, 'path'>;

/** Codes of the problems found here. CONCURRENTLY ones have their own so lint's concurrently-in-transaction rule can own them. */
export const TRANSACTION_CONTROL = 'TRANSACTION_CONTROL';
export const NEEDS_NO_TRANSACTION = 'NEEDS_NO_TRANSACTION';
export const CONCURRENTLY_IN_TRANSACTION = 'CONCURRENTLY_IN_TRANSACTION';

export function transactionProblems(migration: {
  transaction: boolean;
  format: MigrationFormat;
  up: Section;
  down: Section | null;
}): TransactionProblem[] {
  if (!migration.transaction) return [];
  const problems: TransactionProblem[] = [];
  const marker = noTransactionMarker(migration.format);
  for (const section of [migration.up, migration.down]) {
    if (!section) continue;
    for (const statement of section.statements) {
      for (const node of statement.nodes) {
        const control = transactionControlOf(node);
        if (control) {
          problems.push({
            code: TRANSACTION_CONTROL,
            message: `${control} in a migration that runs in a transaction: tenant-migrate commits each migration together with its ledger row, so ${control} here would ${consequence(control)}`,
            ...at(statement, control),
            hint: `remove it (the runner opens and commits the transaction), or mark the file ${marker} if it must manage its own transactions`,
            section: section.direction,
          });
          continue;
        }
        const command = outsideTransactionOnly(node);
        if (command) {
          const concurrently = /CONCURRENTLY/.test(command);
          problems.push({
            code: concurrently ? CONCURRENTLY_IN_TRANSACTION : NEEDS_NO_TRANSACTION,
            message: `${command} cannot run inside a transaction block, and this migration runs in one: it would fail on every database`,
            ...at(statement, concurrently ? 'CONCURRENTLY' : undefined),
            hint: `mark the file ${marker}, and keep such a migration to the statements that need it (each runs on its own, without a rollback if a later one fails)`,
            section: section.direction,
          });
        }
      }
    }
  }
  return problems;
}

function consequence(control: string): string {
  if (control === 'COMMIT') return 'commit part of the migration without its ledger row';
  if (control.startsWith('ROLLBACK')) return 'undo part of the migration and leave its ledger row claiming it is applied';
  return 'split the migration from its ledger row';
}

/** How a file of this format says NO TRANSACTION. */
export function noTransactionMarker(format: MigrationFormat): string {
  return format === 'goose'
    ? 'NO TRANSACTION ("-- +goose NO TRANSACTION" at the top)'
    : 'NO TRANSACTION ("-- Transaction: none" in its header)';
}

/** The statement's position, or the position of a word in it (the first line that has it). */
function at(statement: Statement, word: string | undefined): { line: number; column: number } {
  if (!word) return { line: statement.line, column: statement.column };
  const lines = statement.sql.split('\n');
  for (const [index, text] of lines.entries()) {
    const found = new RegExp(`\\b${word.split(' ')[0]}\\b`, 'i').exec(text);
    if (found) return { line: statement.line + index, column: (index === 0 ? statement.column : 1) + found.index };
  }
  return { line: statement.line, column: statement.column };
}
