import { clausePlace } from '../place.js';
import { defineRule } from '../types.js';
import { nodesOf } from '../walk.js';
import { isConcurrent } from './concurrently-in-transaction.js';

/**
 * Syntax the parser (libpg-query's, a recent PostgreSQL's) accepts that the fleet's oldest version lacks: a
 * syntax error on that server. Each entry: the version that brought it, and what it is called.
 */
const NEWER_SYNTAX: ReadonlyArray<{ type: string; since: number; what: string }> = [
  { type: 'ReindexStmt', since: 12, what: 'REINDEX ... CONCURRENTLY' },
  { type: 'AlterTableStmt', since: 14, what: 'DETACH PARTITION ... CONCURRENTLY' },
];

export const syntaxError = defineRule({
  id: 'syntax-error',
  severity: 'error',
  description:
    "SQL that PostgreSQL's own parser rejects, at the line and column it points to, or that the fleet's oldest PostgreSQL version does not have yet.",
  docs: {
    rationale:
      'A statement that does not parse fails on the first database it reaches. The parser is libpg-query, the PostgreSQL parser itself, so what it rejects the server rejects. The other rules still check the sections of the file that do parse. Syntax newer than the oldest version the fleet runs (`lint.postgresVersion` in the config, or the version given on the command line) is flagged too: `REINDEX ... CONCURRENTLY` before PostgreSQL 12, `DETACH PARTITION ... CONCURRENTLY` before 14.',
    flagged: 'ALTER TABLE users ADD COLUMN IF NOT EXISTS nickname TEXT DEFAULT;',
    fixed: `SET lock_timeout = '5s';
ALTER TABLE users ADD COLUMN IF NOT EXISTS nickname TEXT DEFAULT '';`,
  },
  messages: {
    tooNew: {
      message: '{{what}} exists from PostgreSQL {{since}}: on PostgreSQL {{version}}, the oldest the fleet runs, this statement fails',
      hint: 'leave out CONCURRENTLY (the statement then blocks writes while it runs), or raise lint.postgresVersion once every server runs {{since}} or later',
    },
  },
  problemCodes: ['SQL_SYNTAX'],
  check(context) {
    const version = context.settings.pgVersion;
    for (const visited of nodesOf(context)) {
      const syntax = NEWER_SYNTAX.find((entry) => entry.type === visited.type);
      if (!syntax || version >= syntax.since || !isConcurrent(visited)) continue;
      context.report({
        messageId: 'tooNew',
        data: { what: syntax.what, since: syntax.since, version },
        at: clausePlace(visited.statement, /\bCONCURRENTLY\b/i),
      });
    }
  },
});
