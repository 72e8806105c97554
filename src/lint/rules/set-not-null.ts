import { sqlName } from '../ast.js';
import { hasValidatedNotNullCheck, tableKey } from '../constraints.js';
import { clausePlace } from '../place.js';
import { defineRule } from '../types.js';
import { alterCommandsOnExistingTables } from '../walk.js';

export const setNotNull = defineRule({
  id: 'set-not-null',
  severity: 'warning',
  description:
    'ALTER COLUMN ... SET NOT NULL on an existing table, unless a validated CHECK (col IS NOT NULL) on that table, from an earlier migration or earlier in this one and not dropped since (DROP CONSTRAINT, or DROP TABLE of its table), lets PostgreSQL 12+ skip the scan.',
  docs: {
    rationale:
      'SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock: no reads or writes until it is done. Since PostgreSQL 12 a validated CHECK (col IS NOT NULL) constraint on the same table lets it skip the scan. Add the CHECK NOT VALID in one migration, and VALIDATE it (a lock that lets writes through) in the next, before SET NOT NULL.',
    earlier: `SET lock_timeout = '5s';
ALTER TABLE users DROP CONSTRAINT IF EXISTS users_email_not_null, ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID;`,
    flagged: 'ALTER TABLE users ALTER COLUMN email SET NOT NULL;',
    fixed: `SET statement_timeout = '30min';
ALTER TABLE users VALIDATE CONSTRAINT users_email_not_null;
SET lock_timeout = '5s';
ALTER TABLE users ALTER COLUMN email SET NOT NULL;
ALTER TABLE users DROP CONSTRAINT IF EXISTS users_email_not_null;`,
  },
  messages: {
    scan: {
      message: 'SET NOT NULL on {{table}}.{{column}} scans the table under an ACCESS EXCLUSIVE lock',
      hint: 'first add CHECK ({{columnOrPlaceholder}} IS NOT NULL) NOT VALID and VALIDATE it; SET NOT NULL then skips the scan (PostgreSQL 12+)',
    },
    beforeTwelve: {
      message:
        'SET NOT NULL on {{table}}.{{column}} scans the table under an ACCESS EXCLUSIVE lock (the fleet runs PostgreSQL {{version}})',
      hint: 'before PostgreSQL 12 a CHECK constraint does not spare the scan: run it when the table is quiet, or keep the CHECK constraint instead of NOT NULL',
    },
  },
  check(context) {
    const { pgVersion } = context.settings;
    for (const { statement, relation, command, occurrence } of alterCommandsOnExistingTables(context, 'AT_SetNotNull')) {
      const column = command.name ?? '';
      const table = tableKey(relation);
      if (pgVersion >= 12 && table && column && hasValidatedNotNullCheck(context.earlier, context.migration, statement, table, column))
        continue;
      context.report({
        messageId: pgVersion >= 12 ? 'scan' : 'beforeTwelve',
        data: {
          table: sqlName(relation?.relname),
          column: sqlName(command.name),
          columnOrPlaceholder: sqlName(command.name, 'column'),
          version: pgVersion,
        },
        at: clausePlace(statement, /\bSET\s+NOT\s+NULL\b/i, occurrence),
      });
    }
  },
});
