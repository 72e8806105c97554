import { alterTableCommands, columnDefOf, constraintsOf, functionsCalled, isCreated, lastName, type RangeVar } from '../ast.js';
import { clausePlace } from '../place.js';
import { defineRule } from '../types.js';
import { nodesOf } from '../walk.js';

/** Built-in and common extension functions PostgreSQL marks VOLATILE. */
const VOLATILE_FUNCTIONS = new Set([
  'random',
  'random_normal',
  'gen_random_uuid',
  'uuidv4',
  'uuidv7',
  'uuid_generate_v1',
  'uuid_generate_v1mc',
  'uuid_generate_v4',
  'gen_random_bytes',
  'clock_timestamp',
  'timeofday',
  'nextval',
  'setval',
  'txid_current',
]);
const SERIAL_TYPES = new Set(['serial', 'serial4', 'bigserial', 'serial8', 'smallserial', 'serial2']);

export const volatileDefault = defineRule({
  id: 'volatile-default',
  severity: 'warning',
  description:
    'ADD COLUMN on an existing table with a volatile DEFAULT (random(), gen_random_uuid(), clock_timestamp(), a serial type...).',
  docs: {
    rationale:
      'Since PostgreSQL 11 a constant default (or now()) is stored once and the column is added instantly. A volatile default must be computed for every row: the whole table is rewritten under an ACCESS EXCLUSIVE lock.',
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
  },
  check(context) {
    for (const { type, body, statement } of nodesOf(context, 'up')) {
      if (type !== 'AlterTableStmt') continue;
      const relation = body.relation as RangeVar | undefined;
      if (isCreated(relation, context.createdInUp)) continue;
      for (const command of alterTableCommands(body)) {
        if (command.subtype !== 'AT_AddColumn') continue;
        const column = columnDefOf(command);
        const name = String(column?.colname ?? '');
        const typeName = lastName((column?.typeName as { names?: unknown } | undefined)?.names);
        const defaults = constraintsOf(column).filter((constraint) => constraint.contype === 'CONSTR_DEFAULT');
        const volatile = defaults.flatMap((constraint) => functionsCalled(constraint.raw_expr)).find((fn) => VOLATILE_FUNCTIONS.has(fn));
        const serial = SERIAL_TYPES.has(typeName);
        if (!volatile && !serial) continue;
        context.report({
          messageId: 'volatile',
          data: { column: name, what: volatile ? `${volatile}()` : `${typeName}, i.e. nextval()`, table: relation?.relname ?? 'the table' },
          at: clausePlace(statement, volatile ? new RegExp(`\\b${volatile}\\s*\\(`, 'i') : new RegExp(`\\b${typeName}\\b`, 'i')),
        });
      }
    }
  },
});
