import { alterTableCommands, columnDefOf, constraintsOf, isCreated, lastName, type RangeVar, sqlName } from '../ast.js';
import { ADD_COLUMN, clausePlace } from '../place.js';
import { firstUnsafeCall } from '../safe-functions.js';
import { defineRule } from '../types.js';
import { nodesOf } from '../walk.js';

const SERIAL_TYPES = new Set(['serial', 'serial4', 'bigserial', 'serial8', 'smallserial', 'serial2']);

export const volatileDefault = defineRule({
  id: 'volatile-default',
  severity: 'warning',
  description:
    'ADD COLUMN on an existing table with a DEFAULT that is not known to be constant, immutable or stable (random(), gen_random_uuid(), a user function, a serial or identity column), or a stored generated column; before PostgreSQL 11, any DEFAULT.',
  docs: {
    rationale:
      "Since PostgreSQL 11 a constant default (or a stable one such as now()) is evaluated once, stored, and the column is added instantly. A volatile default must be computed for every row, and a stored generated column too: the whole table is rewritten under an ACCESS EXCLUSIVE lock. Lint knows the built-ins that are safe; a function it does not know (your own, an extension's) may be volatile, so it is flagged too: ignore it with a reason when you know it is not. Before PostgreSQL 11 every non-null default rewrites the table.",
    flagged: 'ALTER TABLE orders ADD COLUMN IF NOT EXISTS public_id UUID DEFAULT gen_random_uuid();',
    fixed: `SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN IF NOT EXISTS public_id UUID;
ALTER TABLE orders ALTER COLUMN public_id SET DEFAULT gen_random_uuid();
-- then backfill existing rows in batches`,
  },
  messages: {
    volatile: {
      message: 'column {{column}} gets a volatile default ({{what}}): {{table}} is rewritten under an ACCESS EXCLUSIVE lock',
      hint: 'add the column without the default, then SET DEFAULT for new rows and backfill old rows in batches',
    },
    unknownFunction: {
      message:
        'column {{column}} gets a default that calls {{what}}, which lint does not know to be immutable or stable: if it is volatile, {{table}} is rewritten under an ACCESS EXCLUSIVE lock',
      hint: 'add the column without the default, then SET DEFAULT and backfill in batches; if the function is IMMUTABLE or STABLE, ignore this with a reason',
    },
    generated: {
      message: 'column {{column}} is a stored generated column: {{table}} is rewritten under an ACCESS EXCLUSIVE lock to compute it',
      hint: 'add a plain column, fill it with a trigger for new rows and a batched backfill for old ones',
    },
    beforeEleven: {
      message:
        'column {{column}} gets a DEFAULT: before PostgreSQL 11 (the fleet runs {{version}}), that rewrites {{table}} under an ACCESS EXCLUSIVE lock',
      hint: 'add the column without the default, then SET DEFAULT for new rows and backfill old rows in batches',
    },
  },
  check(context) {
    for (const { type, body, statement } of nodesOf(context, 'up')) {
      if (type !== 'AlterTableStmt') continue;
      const relation = body.relation as RangeVar | undefined;
      if (isCreated(relation, context.createdInUp)) continue;
      let added = -1;
      for (const command of alterTableCommands(body)) {
        if (command.subtype !== 'AT_AddColumn') continue;
        added++;
        const column = columnDefOf(command);
        const data = { column: sqlName(String(column?.colname ?? '')), table: sqlName(relation?.relname, 'the table') };
        const typeName = lastName((column?.typeName as { names?: unknown } | undefined)?.names);
        const constraints = constraintsOf(column);
        const defaults = constraints.filter((constraint) => constraint.contype === 'CONSTR_DEFAULT');
        const generated = constraints.find((constraint) => constraint.contype === 'CONSTR_GENERATED');
        const identity = constraints.some((constraint) => constraint.contype === 'CONSTR_IDENTITY');
        const unsafe = defaults.map((constraint) => firstUnsafeCall(constraint.raw_expr)).find(Boolean);
        if (unsafe) {
          context.report({
            messageId: unsafe.kind === 'volatile' ? 'volatile' : 'unknownFunction',
            data: { ...data, what: `${unsafe.name}()` },
            at: clausePlace(statement, new RegExp(`\\b${escapeRegExp(unsafe.name.split('.').pop() ?? '')}\\s*\\(`, 'i')),
          });
        } else if (SERIAL_TYPES.has(typeName) || identity) {
          context.report({
            messageId: 'volatile',
            data: { ...data, what: identity ? 'an identity column, i.e. nextval()' : `${typeName}, i.e. nextval()` },
            at: identity ? clausePlace(statement, /\bGENERATED\b/i) : clausePlace(statement, new RegExp(`\\b${typeName}\\b`, 'i')),
          });
        } else if (generated && (generated as { generated_kind?: string }).generated_kind !== 'v') {
          context.report({ messageId: 'generated', data, at: clausePlace(statement, /\bGENERATED\b/i) });
        } else if (defaults.length > 0 && context.settings.pgVersion < 11 && !defaults.every((d) => isNullConstant(d.raw_expr))) {
          context.report({
            messageId: 'beforeEleven',
            data: { ...data, version: context.settings.pgVersion },
            at: clausePlace(statement, ADD_COLUMN, added),
          });
        }
      }
    }
  },
});

function isNullConstant(expression: unknown): boolean {
  return Boolean((expression as { A_Const?: { isnull?: boolean } } | undefined)?.A_Const?.isnull);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
