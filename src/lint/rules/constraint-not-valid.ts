import { type ConstraintNode, columnDefOf, constraintsOf, sqlName } from '../ast.js';
import { ADD_COLUMN, clausePlace } from '../place.js';
import { transactionsOf } from '../transactions.js';
import { defineRule } from '../types.js';
import { alterCommandsOnExistingTables, nodesOf } from '../walk.js';

export const constraintNotValid = defineRule({
  id: 'constraint-not-valid',
  severity: 'warning',
  description:
    'A FOREIGN KEY or CHECK constraint added to an existing table (also ADD COLUMN ... REFERENCES or ... CHECK) is added NOT VALID, then validated in a later transaction.',
  docs: {
    rationale:
      'Adding a validated constraint scans the whole table while holding a lock that blocks writes (and, for a foreign key, writes to the referenced table too). NOT VALID adds it at once for new rows; VALIDATE CONSTRAINT then checks old rows under a lock that lets writes through. But the lock NOT VALID took is held until its transaction ends: a VALIDATE in the same transaction scans under it, as if NOT VALID had not been written. Validate in the next migration (or after a COMMIT in a NO TRANSACTION file).',
    flagged: `ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id);`,
    fixed: `SET lock_timeout = '5s';
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'orders_customer_fk' AND conrelid = 'orders'::regclass) THEN
    ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;
  END IF;
END $$;
-- and in the next migration: ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk;`,
  },
  messages: {
    validated: {
      message: '{{kind}} constraint {{name}} on existing table {{table}} is validated while holding a lock that blocks writes',
      hint: 'add it NOT VALID, then run ALTER TABLE {{tableOrDots}} VALIDATE CONSTRAINT {{nameOrDots}} (in a later statement or migration)',
    },
    columnReferences: {
      message:
        'ADD COLUMN {{column}} ... REFERENCES {{referenced}} adds a foreign key: it locks {{table}} and {{referenced}} against writes while it is checked',
      hint: 'add the column without REFERENCES, then ADD CONSTRAINT ... FOREIGN KEY ... NOT VALID, and VALIDATE CONSTRAINT in a later migration',
    },
    columnCheck: {
      message:
        'ADD COLUMN {{column}} ... CHECK adds a validated CHECK constraint: every row of {{table}} is checked under an ACCESS EXCLUSIVE lock',
      hint: 'add the column without the CHECK, then ALTER TABLE {{table}} ADD CONSTRAINT ... CHECK (...) NOT VALID, and VALIDATE CONSTRAINT in a later migration',
    },
    sameTransaction: {
      message:
        'VALIDATE CONSTRAINT {{name}} runs in the transaction that added it NOT VALID: the lock that ADD took is still held, so the scan blocks writes to {{table}} after all',
      hint: 'validate it in the next migration (or after a COMMIT, in a NO TRANSACTION file)',
    },
  },
  check(context) {
    for (const { statement, relation, command, occurrence } of alterCommandsOnExistingTables(context, 'AT_AddConstraint')) {
      const constraint = command.def?.Constraint as ConstraintNode | undefined;
      if (!constraint || constraint.skip_validation) continue;
      const kind = constraint.contype === 'CONSTR_FOREIGN' ? 'FOREIGN KEY' : constraint.contype === 'CONSTR_CHECK' ? 'CHECK' : undefined;
      if (!kind) continue;
      const name = sqlName(constraint.conname);
      context.report({
        messageId: 'validated',
        data: { kind, name, table: sqlName(relation?.relname), tableOrDots: sqlName(relation?.relname, '...'), nameOrDots: name || '...' },
        at: clausePlace(statement, /\bADD\s+(CONSTRAINT\b|CHECK\b|FOREIGN\b|PRIMARY\b|UNIQUE\b|EXCLUDE\b)/i, occurrence),
      });
    }
    for (const { statement, relation, command, occurrence } of alterCommandsOnExistingTables(context, 'AT_AddColumn')) {
      const column = columnDefOf(command);
      const constraints = constraintsOf(column);
      // A column constraint cannot be NOT VALID: its CHECK scans the table (measured: a full scan, as ADD CONSTRAINT ... CHECK).
      if (constraints.some((constraint) => constraint.contype === 'CONSTR_CHECK' && !constraint.skip_validation)) {
        context.report({
          messageId: 'columnCheck',
          data: { column: sqlName(String(column?.colname ?? '')), table: sqlName(relation?.relname) },
          at: clausePlace(statement, ADD_COLUMN, occurrence),
        });
      }
      const reference = constraints.find((constraint) => constraint.contype === 'CONSTR_FOREIGN' && !constraint.skip_validation);
      if (!reference) continue;
      const referenced = sqlName((reference as { pktable?: { relname?: string } }).pktable?.relname, 'the referenced table');
      context.report({
        messageId: 'columnReferences',
        data: { column: sqlName(String(column?.colname ?? '')), table: sqlName(relation?.relname), referenced },
        at: clausePlace(statement, ADD_COLUMN, occurrence),
      });
    }
    reportValidateInSameTransaction(context);
  },
});

/** A VALIDATE CONSTRAINT in the transaction whose ADD CONSTRAINT ... NOT VALID made it. */
function reportValidateInSameTransaction(context: Parameters<NonNullable<typeof constraintNotValid.check>>[0]): void {
  const transactions = transactionsOf(context);
  const addedNotValid = new Map<string, number | undefined>();
  for (const visited of nodesOf(context, 'up')) {
    if (visited.type !== 'AlterTableStmt') continue;
    const relname = (visited.body.relation as { relname?: string } | undefined)?.relname;
    const table = String(relname ?? '');
    const transaction = transactions.get(visited)?.id;
    let validations = -1;
    for (const command of (visited.body.cmds as Array<{ AlterTableCmd?: Record<string, unknown> }> | undefined) ?? []) {
      const cmd = command.AlterTableCmd;
      if (!cmd) continue;
      const constraint = (cmd.def as { Constraint?: ConstraintNode } | undefined)?.Constraint;
      if (cmd.subtype === 'AT_AddConstraint' && constraint?.skip_validation && constraint.conname) {
        addedNotValid.set(`${table}.${constraint.conname}`, transaction);
      } else if (cmd.subtype === 'AT_ValidateConstraint') {
        validations++;
        const name = String(cmd.name ?? '');
        const key = `${table}.${name}`;
        if (transaction === undefined || !addedNotValid.has(key) || addedNotValid.get(key) !== transaction) continue;
        context.report({
          messageId: 'sameTransaction',
          data: { name: sqlName(name), table: sqlName(relname) },
          at: clausePlace(visited.statement, /\bVALIDATE\s+CONSTRAINT\b/i, validations),
        });
      }
    }
  }
}
