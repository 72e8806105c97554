import { isCreated, type RangeVar, sqlName } from '../ast.js';
import { insertAfterMatch } from '../fixes.js';
import { clausePlace } from '../place.js';
import { transactionsOf } from '../transactions.js';
import { defineRule } from '../types.js';
import { alterCommandsOnExistingTables, nodesOf } from '../walk.js';

export const requireConcurrentDetach = defineRule({
  id: 'require-concurrent-detach',
  severity: 'warning',
  fixable: true,
  description: 'ALTER TABLE ... DETACH PARTITION on an existing table uses CONCURRENTLY (PostgreSQL 14+).',
  docs: {
    kind: 'sections',
    rationale:
      'A plain DETACH PARTITION takes an ACCESS EXCLUSIVE lock on the partitioned table: every query on any partition waits. Since PostgreSQL 14, DETACH PARTITION ... CONCURRENTLY takes a SHARE UPDATE EXCLUSIVE lock and lets queries run; it cannot run in a transaction. On older versions there is nothing to switch to, and the rule stays quiet.',
    flagged: `-- ==================== UP ====================
SET lock_timeout = '5s';
ALTER TABLE events DETACH PARTITION events_2019;`,
    fixed: `-- Transaction: none
-- ==================== UP ====================
ALTER TABLE events DETACH PARTITION events_2019 CONCURRENTLY;`,
  },
  messages: {
    notConcurrent: {
      message: 'DETACH PARTITION {{partition}} without CONCURRENTLY locks {{table}} against reads and writes',
      hint: 'write ALTER TABLE {{table}} DETACH PARTITION {{partition}} CONCURRENTLY, in a migration that runs outside a transaction',
    },
  },
  check(context) {
    if (context.settings.pgVersion < 14) return;
    const transactions = transactionsOf(context);
    const inTransaction = new Set(
      nodesOf(context, 'up')
        .filter((visited) => transactions.get(visited)?.id !== undefined)
        .map((visited) => visited.statement),
    );
    for (const { statement, relation, command, occurrence } of alterCommandsOnExistingTables(context, 'AT_DetachPartition')) {
      const partition = command.def?.PartitionCmd as { name?: RangeVar; concurrent?: boolean } | undefined;
      if (partition?.concurrent || isCreated(partition?.name, context.createdInUp)) continue;
      // CONCURRENTLY goes after the partition's name; safe where no transaction is open and it is the only command.
      const safe = !inTransaction.has(statement) && statement.nodes.length === 1 && occurrence === 0;
      const fix = insertAfterMatch(
        context,
        statement,
        /\bDETACH\s+PARTITION\s+("[^"]*"|[\w$]+)(\.("[^"]*"|[\w$]+))?/i,
        ' CONCURRENTLY',
        'add CONCURRENTLY',
        occurrence,
        safe,
      );
      context.report({
        messageId: 'notConcurrent',
        data: { partition: sqlName(partition?.name?.relname), table: sqlName(relation?.relname) },
        at: clausePlace(statement, /\bDETACH\s+PARTITION\b/i, occurrence),
        ...(fix ? { fix } : {}),
      });
    }
  },
});
