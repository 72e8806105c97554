import type { ConstraintNode } from '../ast.js';
import { clausePlace } from '../place.js';
import { defineRule } from '../types.js';
import { alterCommandsOnExistingTables } from '../walk.js';

export const constraintNotValid = defineRule({
  id: 'constraint-not-valid',
  severity: 'warning',
  description: 'A FOREIGN KEY or CHECK constraint added to an existing table is added NOT VALID, then validated separately.',
  docs: {
    rationale:
      'Adding a validated constraint scans the whole table while holding a lock that blocks writes (and, for a foreign key, writes to the referenced table too). NOT VALID adds it at once for new rows; VALIDATE CONSTRAINT then checks old rows under a lock that lets writes through.',
    flagged: 'ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id);',
    fixed: `SET lock_timeout = '5s';
ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk;`,
  },
  messages: {
    validated: {
      message: '{{kind}} constraint {{name}} on existing table {{table}} is validated while holding a lock that blocks writes',
      hint: 'add it NOT VALID, then run ALTER TABLE {{tableOrDots}} VALIDATE CONSTRAINT {{nameOrDots}} (in a later statement or migration)',
    },
  },
  check(context) {
    for (const { statement, relation, command, occurrence } of alterCommandsOnExistingTables(context, 'AT_AddConstraint')) {
      const constraint = command.def?.Constraint as ConstraintNode | undefined;
      if (!constraint || constraint.skip_validation) continue;
      const kind = constraint.contype === 'CONSTR_FOREIGN' ? 'FOREIGN KEY' : constraint.contype === 'CONSTR_CHECK' ? 'CHECK' : undefined;
      if (!kind) continue;
      const name = constraint.conname ?? '';
      context.report({
        messageId: 'validated',
        data: { kind, name, table: relation?.relname ?? '', tableOrDots: relation?.relname ?? '...', nameOrDots: name || '...' },
        at: clausePlace(statement, /\bADD\s+(CONSTRAINT\b|CHECK\b|FOREIGN\b|PRIMARY\b|UNIQUE\b|EXCLUDE\b)/i, occurrence),
      });
    }
  },
});
