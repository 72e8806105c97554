import { functionsCalled, lastName } from '../ast.js';
import { insertBefore } from '../fixes.js';
import { blocksWrites, locksTaken } from '../locks.js';
import { transactionsOf } from '../transactions.js';
import { defineRule } from '../types.js';
import { createdBefore, nodesOf, type VisitedNode } from '../walk.js';

export const requireLockTimeout = defineRule({
  id: 'require-lock-timeout',
  severity: 'warning',
  fixable: true,
  description:
    'A statement that takes a lock blocking writes (SHARE or stronger) on an existing table, index or view comes after SET lock_timeout.',
  docs: {
    kind: 'sections',
    rationale:
      'An ALTER TABLE (or DROP INDEX, REINDEX, CLUSTER, REFRESH MATERIALIZED VIEW, VACUUM FULL, CREATE INDEX, a foreign key...) waits for its lock behind any long query, and every query that arrives after it queues behind it: one slow report stalls the whole table. A lock_timeout makes the migration give up quickly instead, to be retried. Statements whose lock lets writes through (VALIDATE CONSTRAINT, CONCURRENTLY, SET STATISTICS) need none.',
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
    const transactions = transactionsOf(context);
    let session = false;
    // SET LOCAL lasts until its transaction ends; outside one PostgreSQL warns and ignores it.
    let local: { transaction: number; value: boolean } | undefined;
    let localIgnored = false;
    let fixed = false;
    const reported = new Set<unknown>();
    for (const visited of nodesOf(context, 'up')) {
      const transaction = transactions.get(visited)?.id;
      if (local && local.transaction !== transaction) local = undefined;
      const setting = lockTimeoutSetting(visited);
      if (setting !== undefined) {
        if (!setting.local) {
          session = setting.value;
          local = undefined;
        } else if (transaction === undefined) localIgnored ||= setting.value;
        else local = { transaction, value: setting.value };
        continue;
      }
      const covered = local ? local.value : session;
      if (covered || reported.has(visited.statement)) continue;
      const lock = locksTaken(visited).find((taken) => blocksWrites(taken.mode) && !createdBefore(context, taken.relation, visited));
      if (!lock) continue;
      // One finding per statement, so a suppression on one statement leaves the others reported.
      reported.add(visited.statement);
      const fix = fixed
        ? undefined
        : insertBefore(context, visited.statement, "SET lock_timeout = '5s';", "add SET lock_timeout = '5s' before it");
      fixed = true;
      context.report({
        messageId: localIgnored ? 'localIgnored' : 'missing',
        data: { what: lock.what, table: lock.relation.relname ?? 'an existing table' },
        at: { statement: visited.statement },
        ...(fix ? { fix } : {}),
      });
    }
  },
});

/**
 * What a statement does to lock_timeout: `value` true for a non-zero timeout, false for a reset or
 * 0; `local` for SET LOCAL and set_config(..., true). Undefined when it does not touch it.
 */
export function lockTimeoutSetting(visited: VisitedNode, name = 'lock_timeout'): { value: boolean; local: boolean } | undefined {
  const { type, body } = visited;
  if (type === 'VariableSetStmt' && String(body.name ?? '').toLowerCase() === name) {
    const local = body.is_local === true;
    if (body.kind !== 'VAR_SET_VALUE') return { value: false, local };
    const args = body.args as Array<{ A_Const?: { sval?: { sval?: string }; ival?: { ival?: number } } }> | undefined;
    const value = args?.[0]?.A_Const;
    if (!value) return { value: true, local };
    // The parser leaves out zero values: `SET lock_timeout = 0` has an empty `ival`.
    const text = value.sval?.sval ?? String(value.ival?.ival ?? 0);
    return { value: !/^\s*0+\s*(ms|s|min)?\s*$/i.test(text), local };
  }
  if (type === 'SelectStmt' && JSON.stringify(body).includes(`"${name}"`) && functionsCalled(body).includes('set_config')) {
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
