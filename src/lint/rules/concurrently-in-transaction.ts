import { alterTableCommands } from '../ast.js';
import { clausePlace } from '../place.js';
import { defineRule } from '../types.js';
import { nodesOf } from '../walk.js';

export const concurrentlyInTransaction = defineRule({
  id: 'concurrently-in-transaction',
  severity: 'error',
  description:
    'CREATE/DROP INDEX CONCURRENTLY (and REINDEX or DETACH PARTITION CONCURRENTLY) only in a migration that runs outside a transaction.',
  docs: {
    kind: 'sections',
    rationale:
      'PostgreSQL refuses CONCURRENTLY inside a transaction block ("cannot run inside a transaction block"), and every migration runs in one unless its file says otherwise. The migration would fail on every database.',
    flagged: `-- ==================== UP ====================
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_users_email ON users (email);`,
    fixed: `-- Transaction: none
-- ==================== UP ====================
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_users_email ON users (email);`,
  },
  messages: {
    inTransaction: { message: 'CONCURRENTLY cannot run inside a transaction, and this migration runs in one', hint: '{{fix}}' },
  },
  check(context) {
    const { migration } = context;
    if (!migration.transaction) return;
    const hint =
      migration.format === 'goose'
        ? 'add "-- +goose NO TRANSACTION" at the top of the file'
        : 'add "-- Transaction: none" to the header (and keep such a migration to the concurrent statements)';
    for (const { type, body, statement } of nodesOf(context)) {
      const concurrently =
        (type === 'IndexStmt' && body.concurrent) ||
        (type === 'DropStmt' && body.concurrent) ||
        (type === 'ReindexStmt' &&
          ((body.params as Array<{ DefElem?: { defname?: string } }> | undefined) ?? []).some(
            (p) => p.DefElem?.defname === 'concurrently',
          )) ||
        (type === 'AlterTableStmt' &&
          alterTableCommands(body).some(
            (command) => command.subtype === 'AT_DetachPartition' && (command.def?.PartitionCmd as { concurrent?: boolean })?.concurrent,
          ));
      if (!concurrently) continue;
      context.report({
        messageId: 'inTransaction',
        data: { fix: hint },
        at: clausePlace(statement, /\bCONCURRENTLY\b/i),
      });
    }
  },
});
