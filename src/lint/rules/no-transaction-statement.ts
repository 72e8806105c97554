import { outsideTransactionOnly } from '../../sql/transaction-control.js';
import { transactionsOf } from '../transactions.js';
import { defineRule } from '../types.js';
import { nodesOf } from '../walk.js';
import { isConcurrent } from './concurrently-in-transaction.js';

export const noTransactionStatement = defineRule({
  id: 'no-transaction-statement',
  severity: 'error',
  description:
    'Statements PostgreSQL refuses inside a transaction block (VACUUM, CREATE DATABASE, ALTER SYSTEM, REINDEX SCHEMA...) are in a NO TRANSACTION migration, outside any BEGIN.',
  docs: {
    kind: 'sections',
    rationale:
      'PostgreSQL refuses these statements inside a transaction block ("cannot run inside a transaction block"), and the runner wraps every migration in one unless the file says NO TRANSACTION; a BEGIN in a NO TRANSACTION file opens one too. The migration would fail on every database. (CONCURRENTLY statements are the concurrently-in-transaction rule.)',
    flagged: `-- ==================== UP ====================
VACUUM ANALYZE orders;`,
    fixed: `-- Transaction: none
-- ==================== UP ====================
SET statement_timeout = '30min';
VACUUM ANALYZE orders;`,
  },
  problemCodes: ['NEEDS_NO_TRANSACTION'],
  messages: {
    inBegin: {
      message: '{{command}} cannot run inside a transaction block, and the BEGIN before it opens one',
      hint: 'take it out of the BEGIN ... COMMIT block',
    },
    inBlock: {
      message:
        '{{command}} cannot run inside a transaction block, and this goose block is sent as one query, which runs as one transaction',
      hint: 'put it in a statement of its own, outside "-- +goose StatementBegin" / "StatementEnd"',
    },
  },
  check(context) {
    // In a wrapped file the reader reports these (NEEDS_NO_TRANSACTION); here, the file's own transactions.
    if (context.migration.transaction) return;
    for (const direction of ['up', 'down'] as const) {
      const transactions = transactionsOf(context, direction);
      for (const visited of nodesOf(context, direction)) {
        const by = transactions.get(visited)?.by;
        if (!by || isConcurrent(visited)) continue;
        const command = outsideTransactionOnly({ [visited.type]: visited.body }, { serverVersionNum: context.settings.pgVersion * 10000 });
        if (!command || visited.type === 'TransactionStmt') continue;
        context.report({ messageId: by === 'block' ? 'inBlock' : 'inBegin', data: { command }, at: { statement: visited.statement } });
      }
    }
  },
});
