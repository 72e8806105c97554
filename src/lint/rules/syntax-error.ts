import { clausePlace, maskStringsAndComments } from '../place.js';
import { defineRule } from '../types.js';
import { nodesOf, type VisitedNode } from '../walk.js';
import { isConcurrent } from './concurrently-in-transaction.js';

/**
 * Syntax the parser (libpg-query's, a recent PostgreSQL's) accepts that the fleet's oldest version
 * lacks: a syntax error on that server. The version that brought it, and what it is called.
 */
function newerSyntax(visited: VisitedNode): { since: number; what: string } | undefined {
  if (!isConcurrent(visited)) return undefined;
  if (visited.type === 'AlterTableStmt') return { since: 14, what: 'DETACH PARTITION ... CONCURRENTLY' };
  if (visited.type !== 'ReindexStmt') return undefined;
  // CONCURRENTLY in the parenthesized options, REINDEX (CONCURRENTLY) TABLE t, came in 14, two versions after the keyword.
  const masked = maskStringsAndComments(visited.statement.sql);
  const options = masked.slice(0, Math.max(0, masked.search(/\b(INDEX|TABLE|SCHEMA|DATABASE|SYSTEM)\b/i)));
  return /\([^)]*\bCONCURRENTLY\b/i.test(options)
    ? { since: 14, what: 'REINDEX (CONCURRENTLY)' }
    : { since: 12, what: 'REINDEX ... CONCURRENTLY' };
}

export const syntaxError = defineRule({
  id: 'syntax-error',
  severity: 'error',
  description:
    "SQL that PostgreSQL's own parser rejects, at the line and column it points to, or that the fleet's oldest PostgreSQL version does not have yet.",
  docs: {
    rationale:
      "A statement that does not parse fails on the first database it reaches. The parser is libpg-query, the PostgreSQL parser itself, so what it rejects the server rejects. The other rules still check the sections of the file that do parse. A statement that runs into the next because its semicolon is missing (the parser stops at the next statement's first word, at the start of a line) is reported as that (MISSING_SEMICOLON), at the end of the statement that lacks it, and every such place of the section is named. Syntax newer than the oldest version the fleet runs (`lint.postgresVersion` in the config, or the version given on the command line) is flagged too: `REINDEX ... CONCURRENTLY` before PostgreSQL 12, `REINDEX (CONCURRENTLY)` and `DETACH PARTITION ... CONCURRENTLY` before 14.",
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
  problemCodes: ['SQL_SYNTAX', 'MISSING_SEMICOLON'],
  check(context) {
    const version = context.settings.pgVersion;
    for (const visited of nodesOf(context)) {
      const syntax = newerSyntax(visited);
      if (!syntax || version >= syntax.since) continue;
      context.report({
        messageId: 'tooNew',
        data: { what: syntax.what, since: syntax.since, version },
        at: clausePlace(visited.statement, /\bCONCURRENTLY\b/i),
      });
    }
  },
});
