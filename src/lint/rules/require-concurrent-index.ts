import { isCreated, type RangeVar } from '../ast.js';
import { insertAfterMatch } from '../fixes.js';
import { transactionsOf } from '../transactions.js';
import { defineRule } from '../types.js';
import { nodesOf } from '../walk.js';

export const requireConcurrentIndex = defineRule({
  id: 'require-concurrent-index',
  severity: 'warning',
  fixable: true,
  description: 'An index on a table the migration did not create is built CONCURRENTLY.',
  docs: {
    kind: 'sections',
    rationale:
      'CREATE INDEX without CONCURRENTLY blocks every write to the table until the index is built: minutes on a large tenant. A table created in the same migration is empty, so it is not flagged.',
    flagged: `-- ==================== UP ====================
CREATE INDEX IF NOT EXISTS idx_orders_customer ON orders (customer_id);`,
    fixed: `-- Transaction: none
-- ==================== UP ====================
SET statement_timeout = '30min';
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_orders_customer ON orders (customer_id);`,
  },
  messages: {
    notConcurrent: {
      message: 'CREATE INDEX on {{table}} without CONCURRENTLY blocks writes to the table while it builds',
      hint: 'write CREATE INDEX CONCURRENTLY, in a migration that runs outside a transaction ({{annotation}})',
    },
  },
  check(context) {
    const transactions = transactionsOf(context);
    for (const visited of nodesOf(context, 'up')) {
      const { type, body, statement } = visited;
      if (type !== 'IndexStmt' || body.concurrent) continue;
      const relation = body.relation as RangeVar | undefined;
      if (isCreated(relation, context.createdInUp)) continue;
      // Applied by --fix only where CONCURRENTLY can run: no transaction open, the statement alone (not in a goose block).
      const runnable = transactions.get(visited)?.id === undefined && statement.nodes.length === 1;
      const fix = insertAfterMatch(context, statement, /\bCREATE\s+(UNIQUE\s+)?INDEX\b/i, ' CONCURRENTLY', 'add CONCURRENTLY', 0, runnable);
      context.report({
        messageId: 'notConcurrent',
        data: {
          table: relation?.relname ?? 'a table',
          annotation: context.migration.format === 'goose' ? '-- +goose NO TRANSACTION' : '-- Transaction: none',
        },
        at: { statement },
        ...(fix ? { fix } : {}),
      });
    }
  },
});
