import type { Section, Statement } from '../migrations/types.js';
import { type AlterTableCommand, alterTableCommands, isCreated, type RangeVar, unwrap } from './ast.js';
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
export function nodesOf(context: RuleContext, direction?: 'up' | 'down'): VisitedNode[] {
  let all = visitedByFile.get(context.file);
  if (!all) {
    // Unwrapped once per file and shared by every rule.
    all = [];
    for (const { statement, section } of context.statements) {
      for (const node of statement.nodes) {
        const [type, body] = unwrap(node);
        all.push({ type, body, statement, section });
      }
    }
    visitedByFile.set(context.file, all);
  }
  return direction ? all.filter((visited) => visited.section.direction === direction) : all;
}

const visitedByFile = new WeakMap<object, VisitedNode[]>();

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
