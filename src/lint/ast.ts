/**
 * Small readers over libpg-query's JSON AST, so rules say what they look for
 * (`alterTableCommands(node)`) rather than how the parser nests it.
 */
import type { StatementNode } from '../sql/parser.js';

type Json = Record<string, unknown>;

/** The node's type and body: `{ CreateStmt: {...} }` -> `['CreateStmt', {...}]`. */
export function unwrap(node: StatementNode): [string, Json] {
  for (const key in node) return [key, node[key] as Json];
  return ['', {}];
}

export interface RangeVar {
  schemaname?: string;
  relname?: string;
}

/** `schema.name` or `name`, lower-cased as PostgreSQL folds unquoted names. */
export function relationKey(relation: RangeVar | undefined): string | undefined {
  if (!relation?.relname) return undefined;
  const name = relation.relname.toLowerCase();
  return relation.schemaname ? `${relation.schemaname.toLowerCase()}.${name}` : name;
}

/** True when `relation` is one of `created` (matching with or without a schema). */
export function isCreated(relation: RangeVar | undefined, created: ReadonlySet<string>): boolean {
  const key = relationKey(relation);
  if (!key) return false;
  if (created.has(key)) return true;
  const bare = relation?.relname?.toLowerCase() ?? '';
  // `CREATE TABLE t` then `ALTER TABLE public.t`: the search path usually makes them one table.
  return created.has(bare) || (relation?.schemaname === undefined && [...created].some((name) => name.endsWith(`.${bare}`)));
}

export interface AlterTableCommand {
  subtype: string;
  name?: string;
  def?: Json;
  missing_ok?: boolean;
  /** Index of the command in the statement, for finding its clause in the text. */
  index: number;
}

export function alterTableCommands(body: Json): AlterTableCommand[] {
  const cmds = (body.cmds as Array<{ AlterTableCmd?: Json }> | undefined) ?? [];
  return cmds.flatMap((cmd, index) => (cmd.AlterTableCmd ? [{ ...(cmd.AlterTableCmd as object), index } as AlterTableCommand] : []));
}

export interface ConstraintNode {
  contype: string;
  conname?: string;
  skip_validation?: boolean;
  raw_expr?: Json;
}

export function constraintsOf(columnDef: Json | undefined): ConstraintNode[] {
  const constraints = (columnDef?.constraints as Array<{ Constraint?: ConstraintNode }> | undefined) ?? [];
  return constraints.flatMap((entry) => (entry.Constraint ? [entry.Constraint] : []));
}

export function columnDefOf(command: AlterTableCommand): Json | undefined {
  return command.def?.ColumnDef as Json | undefined;
}

/** The last name of a type or function name list: `pg_catalog.int4` -> `int4`. */
export function lastName(names: unknown): string {
  const list = (names as Array<{ String?: { sval?: string } }> | undefined) ?? [];
  return list.length > 0 ? (list[list.length - 1].String?.sval ?? '').toLowerCase() : '';
}

/** Every function called anywhere inside an expression. */
export function functionsCalled(expression: unknown, found: string[] = []): string[] {
  if (Array.isArray(expression)) {
    for (const item of expression) functionsCalled(item, found);
  } else if (expression && typeof expression === 'object') {
    for (const [key, value] of Object.entries(expression)) {
      if (key === 'FuncCall') found.push(lastName((value as Json).funcname));
      functionsCalled(value, found);
    }
  }
  return found;
}

/** What a DropStmt drops, e.g. `OBJECT_TABLE` -> `TABLE`. */
export function objectKind(removeType: unknown): string {
  return String(removeType ?? '')
    .replace(/^OBJECT_/, '')
    .replace(/_/g, ' ');
}

/** The names a DropStmt lists, as written (`schema.name`). */
export function droppedNames(body: Json): string[] {
  const objects = (body.objects as unknown[] | undefined) ?? [];
  return objects.map((object) => {
    const entry = object as Json;
    if (entry.List) {
      const items = ((entry.List as Json).items as Array<{ String?: { sval?: string } }> | undefined) ?? [];
      return items.map((item) => item.String?.sval ?? '').join('.');
    }
    if (entry.String) return String((entry.String as Json).sval ?? '');
    if (entry.TypeName) return lastName((entry.TypeName as Json).names);
    return '';
  });
}
