import { type ConstraintNode, columnDefOf, constraintsOf, sqlName } from '../ast.js';
import { ADD_COLUMN, clausePlace } from '../place.js';
import { defineRule } from '../types.js';
import { alterCommandsOnExistingTables } from '../walk.js';

export const requireUsingIndex = defineRule({
  id: 'require-using-index',
  severity: 'warning',
  description:
    'A UNIQUE or PRIMARY KEY constraint added to an existing table uses an index built beforehand (ADD CONSTRAINT ... USING INDEX), also for ADD COLUMN ... UNIQUE / PRIMARY KEY.',
  docs: {
    earlier: `SET statement_timeout = '30min';
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS users_email_key_idx ON users (email);`,
    earlierOutsideTransaction: true,
    rationale:
      'ADD CONSTRAINT ... UNIQUE (or PRIMARY KEY) builds its index while holding an ACCESS EXCLUSIVE lock on the table: no reads or writes until the whole index is built. Build the unique index CONCURRENTLY first (in a migration without a transaction), then attach it with USING INDEX, which only takes the lock for a moment.',
    flagged: 'ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);',
    fixed: `SET lock_timeout = '5s';
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'users_email_key' AND conrelid = 'users'::regclass) THEN
    ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key_idx;
  END IF;
END $$;`,
  },
  messages: {
    withoutIndex: {
      message: '{{kind}} constraint {{name}} on existing table {{table}} builds its index under an ACCESS EXCLUSIVE lock',
      hint: 'CREATE UNIQUE INDEX CONCURRENTLY first (outside a transaction), then ADD CONSTRAINT {{nameOrDots}} {{kind}} USING INDEX that index',
    },
    column: {
      message: 'ADD COLUMN {{column}} ... {{kind}} on existing table {{table}} builds its index under an ACCESS EXCLUSIVE lock',
      hint: 'add the column, CREATE UNIQUE INDEX CONCURRENTLY on it, then ADD CONSTRAINT ... {{kind}} USING INDEX',
    },
  },
  check(context) {
    for (const { statement, relation, command, occurrence } of alterCommandsOnExistingTables(context, 'AT_AddConstraint')) {
      const constraint = command.def?.Constraint as (ConstraintNode & { indexname?: string }) | undefined;
      if (!constraint || constraint.indexname) continue;
      const kind = constraint.contype === 'CONSTR_UNIQUE' ? 'UNIQUE' : constraint.contype === 'CONSTR_PRIMARY' ? 'PRIMARY KEY' : undefined;
      if (!kind) continue;
      context.report({
        messageId: 'withoutIndex',
        data: {
          kind,
          name: sqlName(constraint.conname),
          nameOrDots: sqlName(constraint.conname, '...'),
          table: sqlName(relation?.relname),
        },
        at: clausePlace(statement, /\bADD\s+(CONSTRAINT\b|PRIMARY\b|UNIQUE\b)/i, occurrence),
      });
    }
    for (const { statement, relation, command, occurrence } of alterCommandsOnExistingTables(context, 'AT_AddColumn')) {
      const column = columnDefOf(command);
      const constraint = constraintsOf(column).find((entry) => entry.contype === 'CONSTR_UNIQUE' || entry.contype === 'CONSTR_PRIMARY');
      if (!constraint) continue;
      context.report({
        messageId: 'column',
        data: {
          column: sqlName(String(column?.colname ?? '')),
          kind: constraint.contype === 'CONSTR_UNIQUE' ? 'UNIQUE' : 'PRIMARY KEY',
          table: sqlName(relation?.relname),
        },
        at: clausePlace(statement, ADD_COLUMN, occurrence),
      });
    }
  },
});
