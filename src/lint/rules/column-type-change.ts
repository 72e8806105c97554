import { sqlName } from '../ast.js';
import { clausePlace } from '../place.js';
import { defineRule } from '../types.js';
import { alterCommandsOnExistingTables } from '../walk.js';

export const columnTypeChange = defineRule({
  id: 'column-type-change',
  severity: 'warning',
  description: 'ALTER COLUMN ... TYPE on an existing table.',
  docs: {
    rationale:
      'Most type changes rewrite the table and its indexes under an ACCESS EXCLUSIVE lock, and any code reading the column sees a new type mid-deploy. Only a few (varchar(n) to text, a wider varchar) are free.',
    flagged: 'ALTER TABLE orders ALTER COLUMN amount TYPE NUMERIC(14, 2);',
    fixed: `SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN IF NOT EXISTS amount_v2 NUMERIC(14, 2);
-- backfill amount_v2 in batches, switch the application, then drop amount in a later migration`,
  },
  messages: {
    typeChange: {
      message: 'changing the type of {{table}}.{{column}} may rewrite the table under an ACCESS EXCLUSIVE lock',
      hint: 'add a new column, backfill it, and switch over; or, if the change is binary-compatible (e.g. varchar(n) to text), ignore this with a reason',
    },
  },
  check(context) {
    for (const { statement, relation, command, occurrence } of alterCommandsOnExistingTables(context, 'AT_AlterColumnType')) {
      context.report({
        messageId: 'typeChange',
        data: { table: sqlName(relation?.relname), column: sqlName(command.name) },
        at: clausePlace(statement, /\b(SET\s+DATA\s+)?TYPE\b/i, occurrence),
      });
    }
  },
});
