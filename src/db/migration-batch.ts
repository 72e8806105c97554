/**
 * A migration in one round trip: BEGIN, the target's settings, the statements, the ledger row
 * and COMMIT sent as one simple query (no parameters, the ledger's values written in). On a
 * schema fleet that is one round trip per migration instead of one per statement, with the same
 * transaction: a statement that fails makes the server skip the rest of the string, COMMIT
 * included, and the caller rolls back.
 *
 * Which statement failed is known from the server's CommandComplete messages: each statement
 * that finished sends one, so the count at the error is the failed statement's index.
 *
 * Only where it changes nothing: a file in its own transaction, without statements that end or
 * nest transactions (the runner's guard needs one round trip per statement to see those), no
 * hooks (verify looks between statements), and PostgreSQL 13 or later, which times each
 * statement of a string separately (older servers apply statement_timeout to the whole string).
 */
import pg from 'pg';
import type { Statement } from '../migrations/types.js';
import { queryTimeoutMs } from './session.js';

export interface BatchLimits {
  serverVersion: number;
  /** The session's statement_timeout: the client's own limit for the string is this per statement. */
  statementTimeoutMs: number;
}

/** PostgreSQL 13 applies statement_timeout to each statement of a multi-statement string. */
const PER_STATEMENT_TIMEOUT_SINCE = 130000;

export function canBatch(run: {
  batch?: BatchLimits;
  transaction: boolean;
  withinTransaction?: boolean;
  finish?: 'commit' | 'rollback';
  hooks?: object;
  statements: readonly Statement[];
}): boolean {
  if (!run.batch || run.batch.serverVersion < PER_STATEMENT_TIMEOUT_SINCE) return false;
  if (!run.transaction || run.withinTransaction || run.hooks || run.finish === 'rollback') return false;
  return !run.statements.some((statement) => statement.nodes.some((node) => 'TransactionStmt' in node));
}

/** The string failed: `completed` statements of it finished before the one that raised `cause`. */
export class BatchFailure extends Error {
  constructor(
    readonly cause: unknown,
    readonly completed: number,
  ) {
    super((cause as Error)?.message ?? String(cause));
    this.name = 'BatchFailure';
  }
}

type CountingQuery = pg.Query & {
  handleCommandComplete: (...args: unknown[]) => void;
  callback?: (error: Error | null) => void;
  query_timeout?: number;
};

/** Sends the statements as one simple query; throws BatchFailure saying how many finished. */
export function sendBatch(client: pg.Client, statements: readonly string[], limits: BatchLimits): Promise<void> {
  // A newline, not just ";": a statement may end in a line comment.
  const query = new pg.Query(statements.join(';\n')) as CountingQuery;
  let completed = 0;
  const handleCommandComplete = query.handleCommandComplete.bind(query);
  query.handleCommandComplete = (...args: unknown[]) => {
    completed++;
    handleCommandComplete(...args);
  };
  const perStatement = queryTimeoutMs(limits.statementTimeoutMs);
  if (perStatement) query.query_timeout = perStatement * statements.length;
  return new Promise((resolve, reject) => {
    query.callback = (error) => (error ? reject(new BatchFailure(error, completed)) : resolve());
    client.query(query);
  });
}
