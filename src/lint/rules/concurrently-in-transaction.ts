import { alterTableCommands } from '../ast.js';
import { runOutsideTransaction } from '../fixes.js';
import { clausePlace } from '../place.js';
import { transactionsOf } from '../transactions.js';
import { defineRule, type Fix } from '../types.js';
import { nodesOf, type VisitedNode } from '../walk.js';

export const concurrentlyInTransaction = defineRule({
  id: 'concurrently-in-transaction',
  severity: 'error',
  fixable: true,
  description:
    'CREATE/DROP INDEX CONCURRENTLY (and REINDEX or DETACH PARTITION CONCURRENTLY) only where no transaction is open: not in a wrapped migration, not between BEGIN and COMMIT, not in a goose block of several statements.',
  docs: {
    kind: 'sections',
    rationale:
      'PostgreSQL refuses CONCURRENTLY inside a transaction block ("cannot run inside a transaction block"), and every migration runs in one unless its file says otherwise. A BEGIN written in a NO TRANSACTION file, or a StatementBegin block holding other statements (sent as one query, so one implicit transaction), opens one too. The migration would fail on every database.',
    flagged: `-- ==================== UP ====================
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_users_email ON users (email);`,
    fixed: `-- Transaction: none
-- ==================== UP ====================
SET statement_timeout = '30min';
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_users_email ON users (email);`,
  },
  messages: {
    inTransaction: { message: 'CONCURRENTLY cannot run inside a transaction, and this migration runs in one', hint: '{{fix}}' },
    inBegin: {
      message: 'CONCURRENTLY cannot run inside a transaction, and the BEGIN before it opens one',
      hint: 'take it out of the BEGIN ... COMMIT block: in a NO TRANSACTION migration each statement runs on its own',
    },
    inBlock: {
      message: 'CONCURRENTLY cannot run inside a transaction, and this goose block is sent as one query, which runs as one transaction',
      hint: 'put it in a statement of its own, outside "-- +goose StatementBegin" / "StatementEnd"',
    },
  },
  check(context) {
    const { migration } = context;
    const hint =
      migration.format === 'goose'
        ? 'add "-- +goose NO TRANSACTION" at the top of the file'
        : 'add "-- Transaction: none" to the header (and keep such a migration to the concurrent statements)';
    let annotated = false;
    // A goose block holds several nodes in one statement: the n-th CONCURRENTLY word of its text is the n-th node's.
    const earlierWords = new Map<VisitedNode['statement'], number>();
    for (const direction of ['up', 'down'] as const) {
      const transactions = transactionsOf(context, direction);
      for (const visited of nodesOf(context, direction)) {
        const occurrence = earlierWords.get(visited.statement) ?? 0;
        if (writesConcurrently(visited)) earlierWords.set(visited.statement, occurrence + 1);
        if (!isConcurrent(visited)) continue;
        const by = transactions.get(visited)?.by;
        if (!by) continue;
        // The annotation is one edit for the whole file: offered with the first finding only.
        const fix: Fix | undefined = by === 'runner' && !annotated ? runOutsideTransaction(context, hint) : undefined;
        annotated ||= fix !== undefined;
        context.report({
          messageId: by === 'runner' ? 'inTransaction' : by === 'begin' ? 'inBegin' : 'inBlock',
          data: { fix: hint },
          at: clausePlace(visited.statement, /\bCONCURRENTLY\b/i, occurrence),
          ...(fix ? { fix } : {}),
        });
      }
    }
  },
});

/** Statements whose text has the word CONCURRENTLY, whether or not it takes effect (REINDEX (CONCURRENTLY false), REFRESH ... CONCURRENTLY). */
function writesConcurrently(visited: Pick<VisitedNode, 'type' | 'body'>): boolean {
  if (isConcurrent(visited)) return true;
  const { type, body } = visited;
  if (type === 'RefreshMatViewStmt') return Boolean(body.concurrent);
  if (type === 'ReindexStmt') {
    return ((body.params as Array<{ DefElem?: { defname?: string } }> | undefined) ?? []).some(
      (p) => p.DefElem?.defname === 'concurrently',
    );
  }
  return false;
}

/** Statements that PostgreSQL runs CONCURRENTLY, which cannot be in a transaction block. */
export function isConcurrent({ type, body }: Pick<VisitedNode, 'type' | 'body'>): boolean {
  return Boolean(
    (type === 'IndexStmt' && body.concurrent) ||
      (type === 'DropStmt' && body.concurrent) ||
      (type === 'ReindexStmt' &&
        ((body.params as Array<{ DefElem?: { defname?: string; arg?: { String?: { sval?: string } } } }> | undefined) ?? []).some(
          (p) => p.DefElem?.defname === 'concurrently' && !/^(false|off|0)$/i.test(p.DefElem.arg?.String?.sval ?? 'true'),
        )) ||
      (type === 'AlterTableStmt' &&
        alterTableCommands(body).some(
          (command) => command.subtype === 'AT_DetachPartition' && (command.def?.PartitionCmd as { concurrent?: boolean })?.concurrent,
        )),
  );
}
