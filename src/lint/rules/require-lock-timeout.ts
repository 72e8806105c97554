import { functionsCalled, isCreated, type RangeVar } from '../ast.js';
import type { Rule } from '../types.js';
import { nodesOf, type VisitedNode } from '../walk.js';

export const requireLockTimeout: Rule = {
  id: 'require-lock-timeout',
  severity: 'warning',
  description: 'A statement that takes a strong lock on an existing table comes after SET lock_timeout.',
  docs: {
    kind: 'sections',
    rationale:
      'An ALTER TABLE waits for its lock behind any long query, and every query that arrives after it queues behind it: one slow report stalls the whole table. A lock_timeout makes the migration give up quickly instead, to be retried.',
    flagged: `-- ==================== UP ====================
ALTER TABLE orders ADD COLUMN IF NOT EXISTS note TEXT;`,
    fixed: `-- ==================== UP ====================
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN IF NOT EXISTS note TEXT;`,
  },
  check(context) {
    let timeoutSet = false;
    const unguarded: VisitedNode[] = [];
    for (const visited of nodesOf(context, 'up')) {
      const setting = lockTimeoutSetting(visited);
      if (setting !== undefined) {
        timeoutSet = setting;
        continue;
      }
      if (timeoutSet) continue;
      const relation = lockedRelation(visited);
      if (relation && !isCreated(relation, context.createdInUp)) unguarded.push(visited);
    }
    if (unguarded.length === 0) return;
    const [first] = unguarded;
    const others = unguarded.length - 1;
    context.report({
      message: `${describe(first)} takes a lock on ${lockedRelation(first)?.relname ?? 'an existing table'} with no lock_timeout set${
        others > 0 ? ` (and ${others} more statement${others === 1 ? '' : 's'} after it)` : ''
      }`,
      hint: "put SET lock_timeout = '5s'; before it, so a busy table makes the migration fail fast instead of stalling every query",
      at: { statement: first.statement },
    });
  },
};

/** True for `SET lock_timeout = <non-zero>`, false for a reset or 0, undefined for anything else. */
function lockTimeoutSetting({ type, body }: VisitedNode): boolean | undefined {
  if (type === 'VariableSetStmt' && String(body.name ?? '').toLowerCase() === 'lock_timeout') {
    if (body.kind !== 'VAR_SET_VALUE') return false;
    const args = body.args as Array<{ A_Const?: { sval?: { sval?: string }; ival?: { ival?: number } } }> | undefined;
    const value = args?.[0]?.A_Const;
    if (!value) return true;
    // The parser leaves out zero values: `SET lock_timeout = 0` has an empty `ival`.
    const text = value.sval?.sval ?? String(value.ival?.ival ?? 0);
    return !/^\s*0+\s*(ms|s|min)?\s*$/i.test(text);
  }
  if (type === 'SelectStmt' && JSON.stringify(body).includes('"lock_timeout"') && functionsCalled(body).includes('set_config')) return true;
  return undefined;
}

function lockedRelation({ type, body }: VisitedNode): RangeVar | undefined {
  switch (type) {
    case 'AlterTableStmt':
    case 'CreateTrigStmt':
    case 'RenameStmt':
      return body.relation as RangeVar | undefined;
    case 'IndexStmt':
      return body.concurrent ? undefined : (body.relation as RangeVar | undefined);
    case 'TruncateStmt':
    case 'LockStmt': {
      const relations = (body.relations as Array<{ RangeVar?: RangeVar }> | undefined) ?? [];
      return relations[0]?.RangeVar;
    }
    default:
      return undefined;
  }
}

function describe({ type, body }: VisitedNode): string {
  const names: Record<string, string> = {
    AlterTableStmt: 'ALTER TABLE',
    CreateTrigStmt: 'CREATE TRIGGER',
    RenameStmt: 'a RENAME',
    TruncateStmt: 'TRUNCATE',
    LockStmt: 'LOCK TABLE',
  };
  if (type === 'IndexStmt') return body.unique ? 'CREATE UNIQUE INDEX' : 'CREATE INDEX';
  return names[type] ?? type;
}
