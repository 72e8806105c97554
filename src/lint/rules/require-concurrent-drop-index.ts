import { droppedNames } from '../ast.js';
import { insertAfterMatch } from '../fixes.js';
import { partitionedIndexes } from '../partitions.js';
import { transactionsOf } from '../transactions.js';
import { defineRule } from '../types.js';
import { createdBefore, nodesOf } from '../walk.js';

export const requireConcurrentDropIndex = defineRule({
  id: 'require-concurrent-drop-index',
  severity: 'warning',
  fixable: true,
  description: 'DROP INDEX of an index the migration did not create uses CONCURRENTLY.',
  docs: {
    kind: 'sections',
    rationale:
      "A plain DROP INDEX takes an ACCESS EXCLUSIVE lock on the index's table: while it waits for a running query, every read and write of the table queues behind it. DROP INDEX CONCURRENTLY waits for the queries instead of blocking them. Like CREATE INDEX CONCURRENTLY it cannot run in a transaction, so the migration runs without one, and it drops one index per statement. The index of a partitioned table cannot be dropped concurrently (PostgreSQL refuses): a plain DROP INDEX behind a lock_timeout is the way there, and it is not flagged.",
    flagged: `-- ==================== UP ====================
SET lock_timeout = '5s';
DROP INDEX IF EXISTS idx_orders_legacy;`,
    fixed: `-- Transaction: none
-- ==================== UP ====================
DROP INDEX CONCURRENTLY IF EXISTS idx_orders_legacy;`,
  },
  messages: {
    notConcurrent: {
      message: 'DROP INDEX {{names}} without CONCURRENTLY locks its table against reads and writes until it is dropped',
      hint: 'write DROP INDEX CONCURRENTLY (one index per statement), in a migration that runs outside a transaction ({{annotation}})',
    },
    concurrentOnPartitioned: {
      message: 'DROP INDEX CONCURRENTLY {{names}} fails: PostgreSQL cannot drop the index of a partitioned table concurrently',
      hint: 'write a plain DROP INDEX after SET lock_timeout: it locks the table and its partitions only while it drops',
    },
  },
  check(context) {
    const transactions = transactionsOf(context);
    for (const visited of nodesOf(context, 'up')) {
      const { type, body, statement } = visited;
      if (type !== 'DropStmt' || body.removeType !== 'OBJECT_INDEX') continue;
      const names = droppedNames(body);
      const shown = (list: string[]) => {
        const quoted = droppedNames(body, true);
        return list.map((name) => quoted[names.indexOf(name)] ?? name).join(', ');
      };
      // A partitioned index has no concurrent drop: CONCURRENTLY fails there, and is neither asked for nor added.
      const partitioned = partitionedIndexes(context, names, visited);
      if (body.concurrent) {
        if (partitioned.length > 0)
          context.report({ messageId: 'concurrentOnPartitioned', data: { names: shown(partitioned) }, at: { statement } });
        continue;
      }
      const existing = names.filter((name) => {
        if (partitioned.includes(name)) return false;
        const parts = name.split('.');
        return !createdBefore(context, { schemaname: parts.length > 1 ? parts[0] : undefined, relname: parts[parts.length - 1] }, visited);
      });
      if (existing.length === 0) continue;
      // Safe to apply only where CONCURRENTLY can run: no transaction open, one index, no CASCADE.
      const runnable =
        transactions.get(visited)?.id === undefined && names.length === 1 && partitioned.length === 0 && body.behavior !== 'DROP_CASCADE';
      const fix = insertAfterMatch(context, statement, /\bDROP\s+INDEX\b/i, ' CONCURRENTLY', 'add CONCURRENTLY', 0, runnable);
      context.report({
        messageId: 'notConcurrent',
        data: {
          names: shown(existing),
          annotation: context.migration.format === 'goose' ? '-- +goose NO TRANSACTION' : '-- Transaction: none',
        },
        at: { statement },
        ...(fix ? { fix } : {}),
      });
    }
  },
});
