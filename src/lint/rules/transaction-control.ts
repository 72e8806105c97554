import { transactionControl, transactionsOf } from '../transactions.js';
import { defineRule } from '../types.js';
import { nodesOf, type VisitedNode } from '../walk.js';

export const transactionControlRule = defineRule({
  id: 'transaction-control',
  severity: 'error',
  description:
    'No BEGIN, COMMIT or ROLLBACK in a migration the runner wraps in a transaction; in a NO TRANSACTION file, every BEGIN is committed and none is nested.',
  docs: {
    kind: 'sections',
    rationale:
      'The runner commits each migration together with its ledger row. A COMMIT inside it commits half the migration without the row; a ROLLBACK undoes part of it and leaves a row claiming it is applied; a BEGIN opens nothing (PostgreSQL only warns). In a NO TRANSACTION file the file manages its own transactions: a BEGIN left open at the end is rolled back when the session closes, and a second BEGIN before COMMIT is ignored, so the statements after it are not where their author thought.',
    flagged: `-- ==================== UP ====================
BEGIN;
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN IF NOT EXISTS note TEXT;
COMMIT;`,
    fixed: `-- ==================== UP ====================
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN IF NOT EXISTS note TEXT;`,
  },
  problemCodes: ['TRANSACTION_CONTROL'],
  messages: {
    nested: {
      message: 'BEGIN inside a transaction the file already opened: PostgreSQL ignores it, and the first COMMIT ends both',
      hint: 'COMMIT the open transaction first, or remove this BEGIN',
    },
    uncommitted: {
      message: 'this BEGIN is never committed: the session ends with the transaction open and PostgreSQL rolls it back',
      hint: 'add COMMIT; after the last statement of the transaction',
    },
    strayCommit: {
      message: '{{what}} with no transaction open: PostgreSQL only warns, and nothing is committed or undone',
      hint: 'remove it, or add the BEGIN it belongs to',
    },
  },
  check(context) {
    // In a wrapped file the reader reports every transaction-control statement (TRANSACTION_CONTROL).
    if (context.migration.transaction) return;
    for (const direction of ['up', 'down'] as const) {
      const transactions = transactionsOf(context, direction);
      let open: VisitedNode | undefined;
      for (const visited of nodesOf(context, direction)) {
        const control = transactionControl(visited);
        if (control === 'open') {
          if (open) context.report({ messageId: 'nested', at: { statement: visited.statement } });
          else open = visited;
        } else if (control === 'close') {
          if (!open && transactions.get(visited)?.by !== 'block') {
            const what = String(visited.body.kind ?? '').includes('ROLLBACK') ? 'ROLLBACK' : 'COMMIT';
            context.report({ messageId: 'strayCommit', data: { what }, at: { statement: visited.statement } });
          }
          open = undefined;
        }
      }
      if (open) context.report({ messageId: 'uncommitted', at: { statement: open.statement } });
    }
  },
});
