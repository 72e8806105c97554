import type { Statement } from '../../migrations/types.js';
import { functionsCalled, isCreated, lastName, type RangeVar } from '../ast.js';
import { defineRule } from '../types.js';
import { nodesOf, type VisitedNode } from '../walk.js';

export const requireLockTimeout = defineRule({
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
  messages: {
    missing: {
      message: '{{what}} takes a lock on {{table}} with no lock_timeout set',
      hint: "put SET lock_timeout = '5s'; before it, so a busy table makes the migration fail fast instead of stalling every query",
    },
    localIgnored: {
      message: '{{what}} takes a lock on {{table}} with no lock_timeout set',
      hint: "this migration runs outside a transaction, where SET LOCAL has no effect: write SET lock_timeout = '5s'; before it",
    },
  },
  check(context) {
    const inTransaction = context.migration.transaction;
    let timeoutSet = false;
    // Outside a transaction, SET LOCAL lasts for its own statement only (PostgreSQL warns and ignores
    // it): it covers the rest of a goose block, which is sent as one implicit transaction, and no more.
    let localTo: Statement | undefined;
    let localIgnored = false;
    const reported = new Set<Statement>();
    for (const visited of nodesOf(context, 'up')) {
      const setting = lockTimeoutSetting(visited);
      if (setting !== undefined) {
        if (setting.local && !inTransaction) {
          localTo = setting.value ? visited.statement : undefined;
          localIgnored ||= setting.value;
        } else {
          timeoutSet = setting.value;
          localTo = undefined;
        }
        continue;
      }
      if (timeoutSet || localTo === visited.statement || reported.has(visited.statement)) continue;
      const relation = lockedRelation(visited);
      if (!relation || isCreated(relation, context.createdInUp)) continue;
      // One finding per statement, so a suppression on one statement leaves the others reported.
      reported.add(visited.statement);
      context.report({
        messageId: localIgnored ? 'localIgnored' : 'missing',
        data: { what: describe(visited), table: relation.relname ?? 'an existing table' },
        at: { statement: visited.statement },
      });
    }
  },
});

/**
 * What a statement does to lock_timeout: `value` true for a non-zero timeout, false for a reset or
 * 0; `local` for SET LOCAL and set_config(..., true). Undefined when it does not touch it.
 */
function lockTimeoutSetting({ type, body }: VisitedNode): { value: boolean; local: boolean } | undefined {
  if (type === 'VariableSetStmt' && String(body.name ?? '').toLowerCase() === 'lock_timeout') {
    const local = body.is_local === true;
    if (body.kind !== 'VAR_SET_VALUE') return { value: false, local };
    const args = body.args as Array<{ A_Const?: { sval?: { sval?: string }; ival?: { ival?: number } } }> | undefined;
    const value = args?.[0]?.A_Const;
    if (!value) return { value: true, local };
    // The parser leaves out zero values: `SET lock_timeout = 0` has an empty `ival`.
    const text = value.sval?.sval ?? String(value.ival?.ival ?? 0);
    return { value: !/^\s*0+\s*(ms|s|min)?\s*$/i.test(text), local };
  }
  if (type === 'SelectStmt' && JSON.stringify(body).includes('"lock_timeout"') && functionsCalled(body).includes('set_config')) {
    return { value: true, local: setConfigIsLocal(body) };
  }
  return undefined;
}

/** set_config's third argument: `true` makes the setting last until the end of the transaction only. */
function setConfigIsLocal(expression: unknown): boolean {
  if (Array.isArray(expression)) return expression.some(setConfigIsLocal);
  if (!expression || typeof expression !== 'object') return false;
  for (const [key, value] of Object.entries(expression)) {
    if (key === 'FuncCall') {
      const call = value as { funcname?: unknown; args?: Array<{ A_Const?: { boolval?: { boolval?: boolean } } }> };
      if (lastName(call.funcname) === 'set_config' && call.args?.[2]?.A_Const?.boolval?.boolval === true) return true;
    }
    if (setConfigIsLocal(value)) return true;
  }
  return false;
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
