/**
 * Which tables are partitioned (created with PARTITION BY) by the time a statement runs: read
 * from the earlier migrations of the timeline and from this UP before the statement. PostgreSQL
 * refuses CREATE INDEX CONCURRENTLY on a partitioned table, so the index rules must know.
 */
import { droppedNames, type RangeVar, unwrap } from './ast.js';
import { tableKey } from './constraints.js';
import { type EarlierFold, foldEarlier } from './earlier-fold.js';
import type { RuleContext } from './types.js';
import { nodesOf, type VisitedNode } from './walk.js';

type Json = Record<string, unknown>;

interface Partitioning {
  /** Partitioned tables, by bare name as the parser gives it (as tableKey). */
  tables: Set<string>;
  /** Indexes on a partitioned table (partitioned indexes), by bare name, with their table. */
  indexes: Map<string, string>;
}

/** The last part of a name as droppedNames gives it (parser output: unquoted names already folded). */
const bare = (name: string) => name.split('.').pop() ?? name;

/** Applies one node to what is partitioned. */
function apply(state: Partitioning, type: string, body: Json): void {
  if (type === 'CreateStmt') {
    const table = tableKey(body.relation as RangeVar | undefined);
    if (table && body.partspec) state.tables.add(table);
  } else if (type === 'IndexStmt') {
    const table = tableKey(body.relation as RangeVar | undefined);
    if (table && body.idxname && state.tables.has(table)) state.indexes.set(String(body.idxname), table);
  } else if (type === 'DropStmt' && body.removeType === 'OBJECT_TABLE') {
    for (const name of droppedNames(body)) {
      state.tables.delete(bare(name));
      for (const [index, table] of state.indexes) if (table === bare(name)) state.indexes.delete(index);
    }
  } else if (type === 'DropStmt' && body.removeType === 'OBJECT_INDEX') {
    for (const name of droppedNames(body)) state.indexes.delete(bare(name));
  }
}

const copyOf = (state: Partitioning): Partitioning => ({ tables: new Set(state.tables), indexes: new Map(state.indexes) });

/** The earlier migrations' part, folded once per timeline (earlier-fold.ts). */
const earlierFold: EarlierFold<Partitioning> = {
  empty: () => ({ tables: new Set(), indexes: new Map() }),
  add: (state, migration) => {
    for (const statement of migration.up.statements) {
      for (const node of statement.nodes) {
        const [type, body] = unwrap(node);
        apply(state, type, body);
      }
    }
  },
};

/** What is partitioned when `visited` runs: after the earlier migrations and this UP before it. */
function partitioningAt(context: RuleContext, visited: VisitedNode): Partitioning {
  const state = copyOf(foldEarlier(earlierFold, context.earlier));
  for (const node of nodesOf(context, 'up')) {
    if (node === visited) break;
    apply(state, node.type, node.body);
  }
  return state;
}

/** True when `relation` is a partitioned table when `visited` runs. */
export function isPartitioned(context: RuleContext, relation: RangeVar | undefined, visited: VisitedNode): boolean {
  const table = tableKey(relation);
  return table !== undefined && partitioningAt(context, visited).tables.has(table);
}

/** The names among `names` (as droppedNames gives them) that are indexes of a partitioned table when `visited` runs. */
export function partitionedIndexes(context: RuleContext, names: readonly string[], visited: VisitedNode): string[] {
  const { indexes } = partitioningAt(context, visited);
  return names.filter((name) => indexes.has(bare(name)));
}
