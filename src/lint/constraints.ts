/**
 * What the migrations say about constraints: which are added, whether validated, dropped since,
 * on which table, and for CHECKs whether they prove a column NOT NULL. Read from this file's UP
 * and from the migrations before it, so a rule can tell that a constraint added NOT VALID last
 * week was validated since, or that one validated then was dropped (with its table, or by
 * DROP CONSTRAINT) and proves nothing now.
 */
import type { Migration, Statement } from '../migrations/types.js';
import { alterTableCommands, type ConstraintNode, droppedNames, type RangeVar, relationKey, unwrap } from './ast.js';

export interface ConstraintEvent {
  /** `drop`: DROP CONSTRAINT `name`; `dropTable`: the table went, and every constraint on it (no name). */
  kind: 'add' | 'validate' | 'drop' | 'dropTable';
  table: string;
  name: string;
  /** For `add`: added NOT VALID. */
  notValid?: boolean;
  /** For a CHECK (col IS NOT NULL): the column, as the parser gives it. */
  notNullColumn?: string;
  statement: Statement;
}

const cache = new WeakMap<Migration, ConstraintEvent[]>();

/** The constraint events of a migration's UP, in order. */
export function constraintEvents(migration: Migration): ConstraintEvent[] {
  const cached = cache.get(migration);
  if (cached) return cached;
  const events: ConstraintEvent[] = [];
  for (const statement of migration.up.statements) {
    for (const node of statement.nodes) {
      const [type, body] = unwrap(node);
      if (type === 'DropStmt' && body.removeType === 'OBJECT_TABLE') {
        for (const name of droppedNames(body)) {
          events.push({ kind: 'dropTable', table: name.slice(name.lastIndexOf('.') + 1), name: '', statement });
        }
        continue;
      }
      if (type !== 'AlterTableStmt') continue;
      const table = tableKey(body.relation as RangeVar | undefined);
      if (!table) continue;
      for (const command of alterTableCommands(body)) {
        if (command.subtype === 'AT_ValidateConstraint' && command.name) {
          events.push({ kind: 'validate', table, name: command.name, statement });
        } else if (command.subtype === 'AT_DropConstraint' && command.name) {
          events.push({ kind: 'drop', table, name: command.name, statement });
        } else if (command.subtype === 'AT_AddConstraint') {
          const constraint = command.def?.Constraint as ConstraintNode | undefined;
          if (!constraint?.conname) continue;
          events.push({
            kind: 'add',
            table,
            name: constraint.conname,
            notValid: Boolean(constraint.skip_validation),
            notNullColumn: constraint.contype === 'CONSTR_CHECK' ? isNotNullColumn(constraint.raw_expr) : undefined,
            statement,
          });
        }
      }
    }
  }
  cache.set(migration, events);
  return events;
}

/**
 * A table by bare name (migrations of a fleet name tables the same way in every file), as the
 * parser gives it: unquoted names are already folded, so `"Orders"` and `orders` stay apart.
 */
export function tableKey(relation: RangeVar | undefined): string | undefined {
  return relation?.relname ? relation.relname : relationKey(relation);
}

/** `col IS NOT NULL` -> `col`. */
function isNotNullColumn(expression: unknown): string | undefined {
  const test = (
    expression as { NullTest?: { nulltesttype?: string; arg?: { ColumnRef?: { fields?: Array<{ String?: { sval?: string } }> } } } }
  )?.NullTest;
  if (test?.nulltesttype !== 'IS_NOT_NULL') return undefined;
  const fields = test.arg?.ColumnRef?.fields ?? [];
  return fields.length === 1 ? fields[0].String?.sval : undefined;
}

/**
 * True when a validated CHECK (column IS NOT NULL) on `table` exists once `until` has run: added
 * validated, or added NOT VALID and then validated, in earlier migrations or earlier in this UP,
 * and not dropped after (DROP CONSTRAINT of its name, or DROP TABLE of its table).
 */
export function hasValidatedNotNullCheck(
  earlier: readonly Migration[],
  migration: Migration,
  until: Statement,
  table: string,
  column: string,
): boolean {
  const events: ConstraintEvent[] = [];
  for (const previous of earlier) events.push(...constraintEvents(previous));
  const order = migration.up.statements;
  const limit = order.indexOf(until);
  for (const event of constraintEvents(migration)) {
    if (order.indexOf(event.statement) >= limit) break;
    events.push(event);
  }
  const notNullChecks = new Map<string, boolean>();
  for (const event of events) {
    if (event.table !== table) continue;
    if (event.kind === 'add' && event.notNullColumn === column) notNullChecks.set(event.name, !event.notValid);
    else if (event.kind === 'validate' && notNullChecks.has(event.name)) notNullChecks.set(event.name, true);
    else if (event.kind === 'drop') notNullChecks.delete(event.name);
    else if (event.kind === 'dropTable') notNullChecks.clear();
  }
  return [...notNullChecks.values()].some(Boolean);
}
