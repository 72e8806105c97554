/**
 * Which tables are partitioned (created with PARTITION BY) by the time a statement runs: read
 * from the earlier migrations of the timeline and from this UP before the statement. PostgreSQL
 * refuses CREATE INDEX CONCURRENTLY on a partitioned table, so the index rules must know.
 */
import type { Migration } from '../migrations/types.js';
import { droppedNames, type RangeVar, unwrap } from './ast.js';
import { tableKey } from './constraints.js';
import type { RuleContext } from './types.js';
import { nodesOf, type VisitedNode } from './walk.js';

type Json = Record<string, unknown>;

/** Applies one node to the set of partitioned tables (by bare lower-case name, as tableKey). */
function apply(partitioned: Set<string>, type: string, body: Json): void {
  if (type === 'CreateStmt') {
    const table = tableKey(body.relation as RangeVar | undefined);
    if (table && body.partspec) partitioned.add(table);
  } else if (type === 'DropStmt' && body.removeType === 'OBJECT_TABLE') {
    for (const name of droppedNames(body)) partitioned.delete(name.split('.').pop()?.toLowerCase() ?? name);
  }
}

function partitionedAfter(earlier: readonly Migration[]): Set<string> {
  const partitioned = new Set<string>();
  for (const migration of earlier) {
    for (const statement of migration.up.statements) {
      for (const node of statement.nodes) {
        const [type, body] = unwrap(node);
        apply(partitioned, type, body);
      }
    }
  }
  return partitioned;
}

/** True when `relation` is a partitioned table when `visited` runs. */
export function isPartitioned(context: RuleContext, relation: RangeVar | undefined, visited: VisitedNode): boolean {
  const table = tableKey(relation);
  if (!table) return false;
  const partitioned = partitionedAfter(context.earlier);
  for (const node of nodesOf(context, 'up')) {
    if (node === visited) break;
    apply(partitioned, node.type, node.body);
  }
  return partitioned.has(table);
}
