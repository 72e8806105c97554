import type { Rule } from '../types.js';

export const syntaxError: Rule = {
  id: 'syntax-error',
  severity: 'error',
  description: "SQL that PostgreSQL's own parser rejects, at the line and column it points to.",
  docs: {
    rationale:
      'A statement that does not parse fails on the first database it reaches. The parser is libpg-query, the PostgreSQL parser itself, so what it rejects the server rejects. The other rules still check the sections of the file that do parse.',
    flagged: 'ALTER TABLE users ADD COLUMN IF NOT EXISTS nickname TEXT DEFAULT;',
    fixed: `SET lock_timeout = '5s';
ALTER TABLE users ADD COLUMN IF NOT EXISTS nickname TEXT DEFAULT '';`,
  },
  problemCodes: ['SQL_SYNTAX'],
};
