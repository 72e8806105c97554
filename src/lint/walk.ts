import type { Section, Statement } from '../migrations/types.js';
import { type AlterTableCommand, alterTableCommands, isCreated, type RangeVar, relationKey, unwrap } from './ast.js';
import { type Creation, creationsOf, existingRelations } from './existing.js';
import type { RuleContext } from './types.js';

export interface VisitedNode {
  /** e.g. `CreateStmt`. */
  type: string;
  body: Record<string, unknown>;
  statement: Statement;
  section: Section;
}

/**
 * Every parsed node of the file's statements (a goose block holds several), UP then DOWN, or only
 * one direction: the safety rules look at UP alone, since DOWN runs in a rollback where a fast,
 * certain undo matters more than avoiding a lock.
 */
export function nodesOf(context: RuleContext, direction?: 'up' | 'down'): readonly VisitedNode[] {
  let visited = visitedByFile.get(context.file);
  if (!visited) {
    // Unwrapped once per file and shared by every rule, as are the two directions' lists.
    const all: VisitedNode[] = [];
    for (const { statement, section } of context.statements) {
      for (const node of statement.nodes) {
        const [type, body] = unwrap(node);
        all.push({ type, body, statement, section });
      }
    }
    visited = {
      all,
      up: all.filter((node) => node.section.direction === 'up'),
      down: all.filter((node) => node.section.direction === 'down'),
    };
    visitedByFile.set(context.file, visited);
  }
  return direction ? visited[direction] : visited.all;
}

const visitedByFile = new WeakMap<object, { all: VisitedNode[]; up: VisitedNode[]; down: VisitedNode[] }>();

export interface AlterOnExistingTable {
  statement: Statement;
  relation: RangeVar | undefined;
  command: AlterTableCommand;
  /** How many earlier commands of the same subtype the statement has: finds this clause's text. */
  occurrence: number;
}

/**
 * The `ALTER TABLE` commands of one subtype (e.g. `AT_SetNotNull`) that UP runs on tables it did
 * not create: where the safety rules look, since locking a table the migration just made blocks
 * nobody.
 */
export function alterCommandsOnExistingTables(context: RuleContext, subtype: string): AlterOnExistingTable[] {
  const found: AlterOnExistingTable[] = [];
  for (const { type, body, statement } of nodesOf(context, 'up')) {
    if (type !== 'AlterTableStmt') continue;
    const relation = body.relation as RangeVar | undefined;
    if (isCreated(relation, context.createdInUp)) continue;
    let occurrence = -1;
    for (const command of alterTableCommands(body)) {
      if (command.subtype !== subtype) continue;
      occurrence++;
      found.push({ statement, relation, command, occurrence });
    }
  }
  return found;
}

/**
 * True when UP creates `relation` (a table, view, materialized view, sequence or index) before
 * `visited`: a DROP that comes before the CREATE of the same name still drops what exists.
 */
export function createdBefore(context: RuleContext, relation: RangeVar | undefined, visited: VisitedNode): boolean {
  const key = relationKeyOf(relation);
  if (!key) return false;
  const created = creationOrder(context);
  const at = created.order.get(visited) ?? Number.POSITIVE_INFINITY;
  const bare = relation?.relname ?? '';
  const first = created.first.get(key) ?? (relation?.schemaname === undefined ? created.firstBare.get(bare) : created.first.get(bare));
  return first !== undefined && first < at;
}

interface CreationOrder {
  order: Map<VisitedNode, number>;
  /** `schema.name` or `name` -> index of the first node that creates it. */
  first: Map<string, number>;
  /** bare name -> index of the first node that creates it in any schema. */
  firstBare: Map<string, number>;
  /** Nodes whose CREATE ... IF NOT EXISTS names a relation that existed just before them, with those relations. */
  existed: Map<VisitedNode, Creation[]>;
}

const creationByFile = new WeakMap<object, CreationOrder>();

function creationOrder(context: RuleContext): CreationOrder {
  const cached = creationByFile.get(context.file);
  if (cached) return cached;
  const result: CreationOrder = { order: new Map(), first: new Map(), firstBare: new Map(), existed: new Map() };
  const nodes = nodesOf(context, 'up');
  // A CREATE ... IF NOT EXISTS of what an earlier migration made creates nothing.
  const creations = creationsOf(nodes, () => existingRelations(context));
  nodes.forEach((visited, index) => {
    result.order.set(visited, index);
    const existed = creations[index].filter((creation) => creation.existedFrom !== undefined);
    if (existed.length > 0) result.existed.set(visited, existed);
    for (const { relation, existedFrom } of creations[index]) {
      if (existedFrom !== undefined) continue;
      const key = relationKeyOf(relation);
      if (!key) continue;
      if (!result.first.has(key)) result.first.set(key, index);
      const bare = relation.relname ?? '';
      if (!result.firstBare.has(bare)) result.firstBare.set(bare, index);
    }
  });
  creationByFile.set(context.file, result);
  return result;
}

/**
 * The relations that `visited` (an UP node) creates but that existed just before it, with the
 * migration that made each ('' when this file did): what a CREATE ... IF NOT EXISTS leaves alone.
 */
export function existedBefore(context: RuleContext, visited: VisitedNode): readonly Creation[] {
  return creationOrder(context).existed.get(visited) ?? [];
}

/** As relationKey: names as the parser gives them (unquoted ones already folded), never folded again. */
const relationKeyOf = relationKey;

export { relationsCreatedBy } from './existing.js';
