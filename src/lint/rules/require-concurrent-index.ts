import { isCreated, type RangeVar, sqlName } from '../ast.js';
import { insertAfterMatch } from '../fixes.js';
import { isPartitioned } from '../partitions.js';
import { transactionsOf } from '../transactions.js';
import { defineRule } from '../types.js';
import { nodesOf } from '../walk.js';

const PARTITIONED_PATTERN =
  "create the index ON ONLY {{table}} (at once, invalid until every partition has its own), build each partition's index with CREATE INDEX CONCURRENTLY (outside a transaction), then ALTER INDEX {{index}} ATTACH PARTITION each of them";

export const requireConcurrentIndex = defineRule({
  id: 'require-concurrent-index',
  severity: 'warning',
  fixable: true,
  description: 'An index on a table the migration did not create is built CONCURRENTLY.',
  docs: {
    kind: 'sections',
    rationale:
      "CREATE INDEX without CONCURRENTLY blocks every write to the table until the index is built: minutes on a large tenant. A table created in the same migration is empty, so it is not flagged. PostgreSQL refuses CONCURRENTLY on a partitioned table (one created PARTITION BY in an earlier migration or this one): there, create the index ON ONLY the parent, build each partition's index CONCURRENTLY and ATTACH it (ALTER INDEX ... ATTACH PARTITION); the autofix adds no CONCURRENTLY there, and CONCURRENTLY written on one is flagged.",
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
    partitioned: {
      message: 'CREATE INDEX on partitioned table {{table}} blocks writes to every partition while it builds',
      hint: `PostgreSQL refuses CONCURRENTLY on a partitioned table: ${PARTITIONED_PATTERN}`,
    },
    concurrentOnPartitioned: {
      message: 'CREATE INDEX CONCURRENTLY on partitioned table {{table}} fails: PostgreSQL cannot build it concurrently',
      hint: PARTITIONED_PATTERN,
    },
  },
  check(context) {
    const transactions = transactionsOf(context);
    for (const visited of nodesOf(context, 'up')) {
      const { type, body, statement } = visited;
      if (type !== 'IndexStmt') continue;
      const relation = body.relation as RangeVar | undefined;
      const partitioned = isPartitioned(context, relation, visited);
      const data = { table: sqlName(relation?.relname, 'a table'), index: sqlName(body.idxname as string | undefined, 'the index') };
      if (body.concurrent) {
        if (partitioned) context.report({ messageId: 'concurrentOnPartitioned', data, at: { statement } });
        continue;
      }
      if (isCreated(relation, context.createdInUp)) continue;
      if (partitioned) {
        // `ON ONLY parent` (no `inh`) builds nothing and is instant: the first step of the safe pattern.
        if ((relation as { inh?: boolean } | undefined)?.inh !== true) continue;
        // No CONCURRENTLY fix: the fixed migration would fail on every database.
        context.report({ messageId: 'partitioned', data, at: { statement } });
        continue;
      }
      // Applied by --fix only where CONCURRENTLY can run: no transaction open, the statement alone (not in a goose block).
      const runnable = transactions.get(visited)?.id === undefined && statement.nodes.length === 1;
      const fix = insertAfterMatch(context, statement, /\bCREATE\s+(UNIQUE\s+)?INDEX\b/i, ' CONCURRENTLY', 'add CONCURRENTLY', 0, runnable);
      context.report({
        messageId: 'notConcurrent',
        data: {
          table: sqlName(relation?.relname, 'a table'),
          annotation: context.migration.format === 'goose' ? '-- +goose NO TRANSACTION' : '-- Transaction: none',
        },
        at: { statement },
        ...(fix ? { fix } : {}),
      });
    }
  },
});
