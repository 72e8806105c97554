/**
 * A rollback of the master must not drop the table the tenants are listed from: its DOWN would
 * delete every tenant row, and no later run (the `migrate` of a goose `redo`, the next deploy)
 * could find the tenants again. Refused as part of the master's plan, unless the run is of the
 * master alone (`--target master`), which says the user means it. Pure.
 */
import { droppedNames } from '../lint/ast.js';
import { hintFields, text } from '../messages.js';
import type { Migration } from '../migrations/types.js';
import { parseStatements } from '../sql/parser.js';
import { rangeVarsIn } from '../sql/range-vars.js';
import { DEFAULT_TENANTS_QUERY } from './options.js';
import type { Plan } from './plan.js';

/** The tables a tenants query reads (bare names, lower case): `tenants` for the default query. */
export function tablesOfQuery(query: string | undefined): string[] {
  let statements: ReturnType<typeof parseStatements>;
  try {
    statements = parseStatements(query ?? DEFAULT_TENANTS_QUERY);
  } catch {
    return []; // the query's own run reports its syntax error
  }
  const names = new Set(statements.flatMap((statement) => rangeVarsIn(statement.node).map((range) => range.relname.toLowerCase())));
  return [...names];
}

/** The first DOWN among the plan's steps that drops one of `tables`, as the plan's refusal. */
export function guardTenantsTable(plan: Plan, tables: readonly string[]): Plan {
  if (plan.refusal || plan.direction !== 'down' || tables.length === 0) return plan;
  for (const step of plan.steps) {
    const table = droppedTable(step, tables);
    if (!table) continue;
    return {
      ...plan,
      steps: [],
      toVersion: plan.fromVersion,
      refusal: {
        code: 'ROLLBACK_DROPS_TENANTS',
        message: `rolling back ${step.name} on the master drops table ${table}, which lists the tenants: every tenant row would be lost, and no later run could find the tenants`,
        ...hintFields(
          text(
            'rollback.tenants-table',
            'roll back the tenants only ({option:target=tenants}); to drop the table all the same, roll back the master on its own ({option:target=master})',
            { option: 'target' },
          ),
        ),
        migration: step.name,
        file: step.path,
      },
    };
  }
  return plan;
}

function droppedTable(step: Migration, tables: readonly string[]): string | undefined {
  for (const statement of step.down?.statements ?? []) {
    for (const node of statement.nodes) {
      const drop = (node as { DropStmt?: Record<string, unknown> }).DropStmt;
      if (drop?.removeType !== 'OBJECT_TABLE') continue;
      const hit = droppedNames(drop).find((name) => tables.includes(name.split('.').at(-1)!.toLowerCase()));
      if (hit) return hit;
    }
  }
  return undefined;
}
