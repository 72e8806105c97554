import { sqlName } from '../ast.js';
import { insertAfterMatch } from '../fixes.js';
import { transactionsOf } from '../transactions.js';
import { defineRule } from '../types.js';
import { createdBefore, nodesOf } from '../walk.js';
import { isConcurrent } from './concurrently-in-transaction.js';

export const requireConcurrentReindex = defineRule({
  id: 'require-concurrent-reindex',
  severity: 'warning',
  fixable: true,
  description: 'REINDEX of an existing index, table, schema or database uses CONCURRENTLY (PostgreSQL 12+).',
  docs: {
    kind: 'sections',
    rationale:
      'A plain REINDEX locks the index against use and its table against writes (ACCESS EXCLUSIVE on the index, SHARE on the table) for as long as the rebuild takes. Since PostgreSQL 12, REINDEX CONCURRENTLY builds the new index beside the old one and swaps them, blocking nobody; it cannot run in a transaction.',
    flagged: `-- ==================== UP ====================
SET lock_timeout = '5s';
REINDEX INDEX idx_orders_customer;`,
    fixed: `-- Transaction: none
-- ==================== UP ====================
SET statement_timeout = '30min';
REINDEX INDEX CONCURRENTLY idx_orders_customer;`,
  },
  messages: {
    notConcurrent: {
      message: 'REINDEX without CONCURRENTLY blocks writes to {{what}} while it rebuilds',
      hint: 'write REINDEX {{kind}} CONCURRENTLY, in a migration that runs outside a transaction',
    },
    beforeTwelve: {
      message: 'REINDEX blocks writes to {{what}} while it rebuilds, and PostgreSQL {{version}} has no REINDEX CONCURRENTLY',
      hint: 'build a replacement with CREATE INDEX CONCURRENTLY, then DROP INDEX CONCURRENTLY the old one',
    },
  },
  check(context) {
    const transactions = transactionsOf(context);
    for (const visited of nodesOf(context, 'up')) {
      const { type, body, statement } = visited;
      if (type !== 'ReindexStmt' || isConcurrent(visited)) continue;
      const kind = String(body.kind ?? '').replace('REINDEX_OBJECT_', '');
      // System catalogs cannot be reindexed concurrently at all.
      if (kind === 'SYSTEM') continue;
      const relation = body.relation as { schemaname?: string; relname?: string } | undefined;
      if (relation && createdBefore(context, relation, visited)) continue;
      const what = sqlName(relation?.relname ?? (body.name as string | undefined), 'the database');
      if (context.settings.pgVersion < 12) {
        context.report({ messageId: 'beforeTwelve', data: { what, version: context.settings.pgVersion }, at: { statement } });
        continue;
      }
      const runnable =
        transactions.get(visited)?.id === undefined &&
        !/\(/.test(statement.sql.slice(0, statement.sql.search(/\b(INDEX|TABLE|SCHEMA|DATABASE)\b/i)));
      const fix = insertAfterMatch(
        context,
        statement,
        /\bREINDEX\s+(INDEX|TABLE|SCHEMA|DATABASE)\b/i,
        ' CONCURRENTLY',
        'add CONCURRENTLY',
        0,
        runnable,
      );
      context.report({ messageId: 'notConcurrent', data: { what, kind }, at: { statement }, ...(fix ? { fix } : {}) });
    }
  },
});
