/**
 * Small readers over libpg-query's JSON AST, so rules say what they look for
 * (`alterTableCommands(node)`) rather than how the parser nests it.
 */
import type { StatementNode } from '../sql/parser.js';
import { quoteIdentifier, quoteQualified } from '../sql/quote.js';

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

/**
 * `schema.name` or `name`, exactly as the parser gives them: it has already folded unquoted names
 * to lower case (`Orders` is `orders`) and kept quoted ones as written (`"Orders"` is `Orders`), so
 * `"Orders"` and `orders` are two tables, as in PostgreSQL. Never fold these again.
 */
export function relationKey(relation: RangeVar | undefined): string | undefined {
  if (!relation?.relname) return undefined;
  const name = relation.relname;
  return relation.schemaname ? `${relation.schemaname}.${name}` : name;
}

/**
 * The relation as SQL names it in a message, a hint or a fix: `orders`, `"user"`,
 * `billing."Invoices"` (each part quoted only when PostgreSQL needs it); `fallback` when unnamed.
 */
export function sqlRelation(relation: RangeVar | undefined, fallback = ''): string {
  return relation?.relname ? quoteQualified(relation.schemaname, relation.relname) : fallback;
}

/** A column, constraint, index or other name as SQL: quoted when PostgreSQL needs it; `fallback` when unnamed. */
export function sqlName(name: string | undefined, fallback = ''): string {
  return name ? quoteIdentifier(name) : fallback;
}

/** True when `relation` is one of `created` (matching with or without a schema). */
export function isCreated(relation: RangeVar | undefined, created: ReadonlySet<string>): boolean {
  const key = relationKey(relation);
  if (!key) return false;
  if (created.has(key)) return true;
  const bare = relation?.relname ?? '';
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

/**
 * The commands of an ALTER TABLE. Kept per statement node: seven rules and the lock table read
 * them for every ALTER TABLE, and copying each command every time was a tenth of lint's rule time.
 * Shared, so read-only.
 */
export function alterTableCommands(body: Json): readonly AlterTableCommand[] {
  let commands = commandsByBody.get(body);
  if (!commands) {
    const cmds = (body.cmds as Array<{ AlterTableCmd?: Json }> | undefined) ?? [];
    commands = cmds.flatMap((cmd, index) => (cmd.AlterTableCmd ? [{ ...(cmd.AlterTableCmd as object), index } as AlterTableCommand] : []));
    commandsByBody.set(body, commands);
  }
  return commands;
}

const commandsByBody = new WeakMap<Json, readonly AlterTableCommand[]>();

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
    // for...in, not Object.entries: trees are walked for every statement, and the pairs' arrays add up.
    for (const key in expression) {
      const value = (expression as Json)[key];
      if (key === 'FuncCall') found.push(lastName((value as Json).funcname));
      if (value && typeof value === 'object') functionsCalled(value, found);
    }
  }
  return found;
}

/** Object kinds whose SQL spelling is not the enum's name with spaces (`OBJECT_MATVIEW` is `MATERIALIZED VIEW`). */
const OBJECT_KEYWORDS: Record<string, string> = {
  OBJECT_MATVIEW: 'MATERIALIZED VIEW',
  OBJECT_FDW: 'FOREIGN DATA WRAPPER',
  OBJECT_FOREIGN_SERVER: 'SERVER',
  OBJECT_STATISTIC_EXT: 'STATISTICS',
  OBJECT_OPCLASS: 'OPERATOR CLASS',
  OBJECT_OPFAMILY: 'OPERATOR FAMILY',
  OBJECT_TSCONFIGURATION: 'TEXT SEARCH CONFIGURATION',
  OBJECT_TSDICTIONARY: 'TEXT SEARCH DICTIONARY',
  OBJECT_TSPARSER: 'TEXT SEARCH PARSER',
  OBJECT_TSTEMPLATE: 'TEXT SEARCH TEMPLATE',
};

/** What a DropStmt drops, as SQL spells it: `OBJECT_TABLE` -> `TABLE`, `OBJECT_MATVIEW` -> `MATERIALIZED VIEW`. */
export function objectKind(removeType: unknown): string {
  const type = String(removeType ?? '');
  return OBJECT_KEYWORDS[type] ?? type.replace(/^OBJECT_/, '').replace(/_/g, ' ');
}

/** Kinds named `name ON table`: the parser lists the table's parts, then the name. */
const NAMED_ON_TABLE = new Set(['OBJECT_TRIGGER', 'OBJECT_POLICY', 'OBJECT_RULE']);

/**
 * The objects a DropStmt lists, as SQL would name them: `schema.name`, `f(integer, text)`,
 * `trg ON schema.users`, `(integer AS text)`, `ops USING btree`. The names come as the parser
 * gives them (to match by); `quoted`, each name part as SQL must write it (to show): `"user"`.
 */
export function droppedNames(body: Json, quoted = false): string[] {
  const objects = (body.objects as unknown[] | undefined) ?? [];
  const removeType = String(body.removeType ?? '');
  const nameOf = quoted ? quotedNameOf : plainNameOf;
  return objects.map((object) => {
    const entry = object as Json;
    if (entry.List) {
      const items = ((entry.List as Json).items as Json[] | undefined) ?? [];
      const names = items.map(nameOf);
      if (NAMED_ON_TABLE.has(removeType) && names.length > 1) {
        return `${names[names.length - 1]} ON ${names.slice(0, -1).join('.')}`;
      }
      if (removeType === 'OBJECT_CAST' && names.length === 2) return `(${names[0]} AS ${names[1]})`;
      if (removeType === 'OBJECT_TRANSFORM' && names.length === 2) return `FOR ${names[0]} LANGUAGE ${names[1]}`;
      if ((removeType === 'OBJECT_OPCLASS' || removeType === 'OBJECT_OPFAMILY') && names.length > 1) {
        return `${names.slice(1).join('.')} USING ${names[0]}`;
      }
      return names.join('.');
    }
    if (entry.ObjectWithArgs) {
      const withArgs = entry.ObjectWithArgs as Json;
      const name = ((withArgs.objname as Json[] | undefined) ?? []).map(nameOf).join('.');
      if (withArgs.args_unspecified) return name;
      const args = ((withArgs.objargs as Json[] | undefined) ?? []).map(nameOf);
      return `${name}(${args.join(', ')})`;
    }
    return nameOf(entry);
  });
}

/** PostgreSQL's internal names of the built-in types, as people write them. */
const TYPE_NAMES: Record<string, string> = {
  int2: 'smallint',
  int4: 'integer',
  int8: 'bigint',
  float4: 'real',
  float8: 'double precision',
  bool: 'boolean',
  bpchar: 'character',
  varchar: 'character varying',
  timestamptz: 'timestamp with time zone',
  timetz: 'time with time zone',
};

const plainNameOf = (node: Json) => nameOf(node, false);
const quotedNameOf = (node: Json) => nameOf(node, true);

/** A name node (`String`) or a type (`TypeName`), as written; `pg_catalog.int4` reads `integer`. */
function nameOf(node: Json, quoted: boolean): string {
  if (node.String) {
    const name = String((node.String as Json).sval ?? '');
    return quoted ? quoteIdentifier(name) : name;
  }
  if (node.TypeName) {
    const typeName = node.TypeName as Json;
    const names = ((typeName.names as Json[] | undefined) ?? []).map((part) => nameOf(part, false));
    const array = ((typeName.arrayBounds as unknown[] | undefined) ?? []).map(() => '[]').join('');
    if (names[0] === 'pg_catalog' && names.length === 2) return `${TYPE_NAMES[names[1]] ?? names[1]}${array}`;
    return `${(quoted ? names.map(quoteIdentifier) : names).join('.')}${array}`;
  }
  return '';
}
