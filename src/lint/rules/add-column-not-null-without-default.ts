import { columnDefOf, constraintsOf, lastName, sqlName } from '../ast.js';
import { ADD_COLUMN, clausePlace } from '../place.js';
import { defineRule } from '../types.js';
import { alterCommandsOnExistingTables } from '../walk.js';

/** Types that bring their own default (a sequence), so NOT NULL is satisfied. */
const SERIAL_TYPES = new Set(['serial', 'serial4', 'bigserial', 'serial8', 'smallserial', 'serial2']);

export const addColumnNotNullWithoutDefault = defineRule({
  id: 'add-column-not-null-without-default',
  severity: 'warning',
  description: 'ADD COLUMN ... NOT NULL without a DEFAULT on an existing table.',
  docs: {
    rationale:
      'Existing rows would get NULL in a NOT NULL column, so PostgreSQL refuses the statement on any tenant whose table has rows: it passes on an empty test database and fails in production.',
    flagged: 'ALTER TABLE users ADD COLUMN IF NOT EXISTS plan TEXT NOT NULL;',
    fixed: `SET lock_timeout = '5s';
ALTER TABLE users ADD COLUMN IF NOT EXISTS plan TEXT NOT NULL DEFAULT 'free';`,
  },
  messages: {
    notNullWithoutDefault: {
      message: 'column {{column}} is added NOT NULL without a DEFAULT: it fails on every tenant whose {{table}} has rows',
      hint: 'give it a DEFAULT, or add it nullable, backfill, then SET NOT NULL',
    },
  },
  check(context) {
    for (const { statement, relation, command, occurrence } of alterCommandsOnExistingTables(context, 'AT_AddColumn')) {
      const column = columnDefOf(command);
      const kinds = new Set(constraintsOf(column).map((constraint) => constraint.contype));
      if (!kinds.has('CONSTR_NOTNULL') && !kinds.has('CONSTR_PRIMARY')) continue;
      if (kinds.has('CONSTR_DEFAULT') || kinds.has('CONSTR_IDENTITY') || kinds.has('CONSTR_GENERATED')) continue;
      if (SERIAL_TYPES.has(lastName((column?.typeName as { names?: unknown } | undefined)?.names))) continue;
      const name = String(column?.colname ?? '');
      context.report({
        messageId: 'notNullWithoutDefault',
        data: { column: sqlName(name), table: sqlName(relation?.relname) },
        at: clausePlace(statement, ADD_COLUMN, occurrence),
      });
    }
  },
});
