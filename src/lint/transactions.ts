/**
 * Which transaction each statement of a section runs in, as PostgreSQL will see it: the runner's
 * own (a wrapped migration), one the file opens with BEGIN, the implicit one of a goose block sent
 * as a single query, or none (autocommit). Rules ask it whether two statements share a
 * transaction (NOT VALID then VALIDATE) and whether a statement runs in one at all (CONCURRENTLY).
 */
import type { RuleContext } from './types.js';
import { nodesOf, type VisitedNode } from './walk.js';

export interface InTransaction {
  /** The transaction's number within the section, or undefined when the statement autocommits. */
  id?: number;
  /** How it got there: the runner wraps the file, the file said BEGIN, or a goose block is one query. */
  by?: 'runner' | 'begin' | 'block';
}

const OPENS = new Set(['TRANS_STMT_BEGIN', 'TRANS_STMT_START']);
const CLOSES = new Set([
  'TRANS_STMT_COMMIT',
  'TRANS_STMT_ROLLBACK',
  'TRANS_STMT_COMMIT_PREPARED',
  'TRANS_STMT_ROLLBACK_PREPARED',
  'TRANS_STMT_PREPARE',
]);

/** `BEGIN` / `COMMIT` and their spellings, or undefined for any other statement. */
export function transactionControl(visited: Pick<VisitedNode, 'type' | 'body'>): 'open' | 'close' | 'other' | undefined {
  if (visited.type !== 'TransactionStmt') return undefined;
  const kind = String(visited.body.kind ?? '');
  return OPENS.has(kind) ? 'open' : CLOSES.has(kind) ? 'close' : 'other';
}

export function transactionsOf(context: RuleContext, direction: 'up' | 'down' = 'up'): Map<VisitedNode, InTransaction> {
  const key = direction === 'up' ? upCache : downCache;
  const cached = key.get(context.file);
  if (cached) return cached;
  const result = new Map<VisitedNode, InTransaction>();
  let current: InTransaction = context.migration.transaction ? { id: 0, by: 'runner' } : {};
  let next = 1;
  let block: { statement: unknown; state: InTransaction } | undefined;
  for (const visited of nodesOf(context, direction)) {
    const control = transactionControl(visited);
    if (control === 'open') {
      if (current.id === undefined) current = { id: next++, by: 'begin' };
      result.set(visited, current);
      continue;
    }
    if (control === 'close') {
      result.set(visited, current);
      current = {};
      continue;
    }
    if (current.id === undefined && visited.statement.nodes.length > 1) {
      // A goose StatementBegin/End block is sent as one query: PostgreSQL runs it as one transaction.
      if (block?.statement !== visited.statement) block = { statement: visited.statement, state: { id: next++, by: 'block' } };
      result.set(visited, block.state);
      continue;
    }
    result.set(visited, current);
  }
  key.set(context.file, result);
  return result;
}

const upCache = new WeakMap<object, Map<VisitedNode, InTransaction>>();
const downCache = new WeakMap<object, Map<VisitedNode, InTransaction>>();
