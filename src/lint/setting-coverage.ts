/**
 * Whether a session setting (lock_timeout, statement_timeout) is in force at each UP statement:
 * a plain SET lasts for the session, SET LOCAL (or set_config(..., true)) until its transaction
 * ends, and outside any transaction PostgreSQL ignores SET LOCAL with a warning.
 */
import { functionsCalled, lastName } from './ast.js';
import { transactionsOf } from './transactions.js';
import type { RuleContext } from './types.js';
import { nodesOf, type VisitedNode } from './walk.js';

export interface SettingState {
  /** A non-zero value is in force. */
  covered: boolean;
  /** An earlier SET LOCAL had no effect because no transaction was open. */
  localIgnored: boolean;
}

/** Calls `visit` for each UP node that does not itself change the setting, with the setting's state there. */
export function forEachWithSetting(context: RuleContext, name: string, visit: (visited: VisitedNode, state: SettingState) => void): void {
  const transactions = transactionsOf(context);
  let session = false;
  let local: { transaction: number; value: boolean } | undefined;
  let localIgnored = false;
  for (const visited of nodesOf(context, 'up')) {
    const transaction = transactions.get(visited)?.id;
    if (local && local.transaction !== transaction) local = undefined;
    const setting = settingChange(visited, name);
    if (setting !== undefined) {
      if (!setting.local) {
        session = setting.value;
        local = undefined;
      } else if (transaction === undefined) localIgnored ||= setting.value;
      else local = { transaction, value: setting.value };
      continue;
    }
    visit(visited, { covered: local ? local.value : session, localIgnored });
  }
}

/**
 * What a statement does to a setting: `value` true for a non-zero value, false for a reset or
 * 0; `local` for SET LOCAL and set_config(..., true). Undefined when it does not touch it.
 */
export function settingChange(visited: Pick<VisitedNode, 'type' | 'body'>, name: string): { value: boolean; local: boolean } | undefined {
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
  for (const key in expression) {
    const value = (expression as Record<string, unknown>)[key];
    if (key === 'FuncCall') {
      const call = value as { funcname?: unknown; args?: Array<{ A_Const?: { boolval?: { boolval?: boolean } } }> };
      if (lastName(call.funcname) === 'set_config' && call.args?.[2]?.A_Const?.boolval?.boolval === true) return true;
    }
    if (setConfigIsLocal(value)) return true;
  }
  return false;
}
