import type { RangeVar } from '../ast.js';
import { clausePlace } from '../place.js';
import { defineRule } from '../types.js';
import { alterCommandsOnExistingTables } from '../walk.js';

export const setNotNull = defineRule({
  id: 'set-not-null',
  severity: 'warning',
  description: 'ALTER COLUMN ... SET NOT NULL on an existing table.',
  docs: {
    rationale:
      'SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock: no reads or writes until it is done. Since PostgreSQL 12 a validated CHECK (col IS NOT NULL) constraint lets it skip the scan.',
    flagged: 'ALTER TABLE users ALTER COLUMN email SET NOT NULL;',
    fixed: `SET lock_timeout = '5s';
ALTER TABLE users ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID;
ALTER TABLE users VALIDATE CONSTRAINT users_email_not_null;
ALTER TABLE users ALTER COLUMN email SET NOT NULL;
ALTER TABLE users DROP CONSTRAINT IF EXISTS users_email_not_null;`,
  },
  messages: {
    scan: {
      message: 'SET NOT NULL on {{table}}.{{column}} scans the table under an ACCESS EXCLUSIVE lock',
      hint: 'first add CHECK ({{columnOrPlaceholder}} IS NOT NULL) NOT VALID and VALIDATE it; SET NOT NULL then skips the scan (PostgreSQL 12+)',
    },
  },
  check(context) {
    for (const { statement, relation, command, occurrence } of alterCommandsOnExistingTables(context, 'AT_SetNotNull')) {
      if (hasValidatedNotNullCheck(context.statements, relation, command.name ?? '')) continue;
      context.report({
        messageId: 'scan',
        data: { table: relation?.relname ?? '', column: command.name ?? '', columnOrPlaceholder: command.name ?? 'column' },
        at: clausePlace(statement, /\bSET\s+NOT\s+NULL\b/i, occurrence),
      });
    }
  },
});

/** The documented safe pattern: a `CHECK (col IS NOT NULL)` validated earlier in the migration. */
function hasValidatedNotNullCheck(
  statements: readonly { statement: { sql: string } }[],
  relation: RangeVar | undefined,
  column: string,
): boolean {
  if (!relation?.relname || !column) return false;
  const check = new RegExp(`CHECK\\s*\\(\\s*"?${escapeRegExp(column)}"?\\s+IS\\s+NOT\\s+NULL\\s*\\)`, 'i');
  const validate = /\bVALIDATE\s+CONSTRAINT\b/i;
  return statements.some(({ statement }) => check.test(statement.sql)) && statements.some(({ statement }) => validate.test(statement.sql));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
