/**
 * The columns a table has after the earlier migrations of a timeline, as far as their UP sections
 * say: the CREATE TABLE's column list, then ADD COLUMN, DROP COLUMN and RENAMEs. Folded only when
 * create-existing-table fires, once per timeline as the other earlier folds are.
 * Names are as the parser gives them (unquoted ones already folded), like every key of lint.
 */
import type { Migration, Statement } from '../migrations/types.js';
import { parseStatements } from '../sql/parser.js';
import { byteOffsetMapper } from '../sql/source-text.js';
import { alterTableCommands, columnDefOf, droppedNames, type RangeVar, unwrap } from './ast.js';
import { tableKey } from './constraints.js';
import { type EarlierFold, foldEarlier } from './earlier-fold.js';
import { maskStringsAndComments } from './place.js';

type Json = Record<string, unknown>;

/** undefined: the columns are not all known (CREATE TABLE AS, LIKE, INHERITS, PARTITION OF, OF type). */
type Columns = Set<string> | undefined;

/** A CREATE TABLE's own column names, in order; undefined when it gets columns from elsewhere too. */
export function columnNamesOf(body: Json): string[] | undefined {
  if (body.partbound || body.ofTypename || ((body.inhRelations as unknown[] | undefined) ?? []).length > 0) return undefined;
  const names: string[] = [];
  for (const element of (body.tableElts as Json[] | undefined) ?? []) {
    if (element.TableLikeClause) return undefined;
    const column = element.ColumnDef as { colname?: string } | undefined;
    if (column?.colname) names.push(column.colname);
  }
  return names;
}

/** The earlier migrations' tables and their columns, folded once per timeline (earlier-fold.ts). */
const columnsFold: EarlierFold<Map<string, Columns>> = {
  empty: () => new Map(),
  add: (tables, migration) => {
    for (const statement of migration.up?.statements ?? []) {
      for (const node of statement.nodes) {
        const [type, body] = unwrap(node);
        applyNode(tables, type, body);
      }
    }
  },
};

/**
 * The columns of `relation` once `earlier` (oldest first) have run; undefined when no earlier
 * CREATE TABLE of it lists them all. The fold's own set: read it, never change it.
 */
export function columnsBefore(earlier: readonly Migration[], relation: RangeVar | undefined): ReadonlySet<string> | undefined {
  const wanted = tableKey(relation);
  return wanted ? foldEarlier(columnsFold, earlier).get(wanted) : undefined;
}

function applyNode(tables: Map<string, Columns>, type: string, body: Json): void {
  if (type === 'CreateStmt') {
    const table = tableKey(body.relation as RangeVar | undefined);
    if (!table || tables.has(table)) return;
    const names = columnNamesOf(body);
    tables.set(table, names ? new Set(names) : undefined);
  } else if (type === 'CreateTableAsStmt') {
    const table = tableKey((body.into as { rel?: RangeVar } | undefined)?.rel);
    if (table && !tables.has(table)) tables.set(table, undefined);
  } else if (type === 'AlterTableStmt') {
    const columns = tables.get(tableKey(body.relation as RangeVar | undefined) ?? '');
    if (!columns) return;
    for (const command of alterTableCommands(body)) {
      const added = columnDefOf(command)?.colname;
      if (command.subtype === 'AT_AddColumn' && typeof added === 'string') columns.add(added);
      else if (command.subtype === 'AT_DropColumn' && command.name) columns.delete(command.name);
    }
  } else if (type === 'RenameStmt') {
    const table = tableKey(body.relation as RangeVar | undefined);
    if (!table || !tables.has(table) || typeof body.newname !== 'string') return;
    if (body.renameType === 'OBJECT_TABLE') {
      const columns = tables.get(table);
      tables.delete(table);
      tables.set(body.newname, columns);
    } else if (body.renameType === 'OBJECT_COLUMN' && typeof body.subname === 'string') {
      const columns = tables.get(table);
      if (columns?.delete(body.subname)) columns.add(body.newname);
    }
  } else if (type === 'DropStmt' && body.removeType === 'OBJECT_TABLE') {
    for (const name of droppedNames(body)) tables.delete(name.slice(name.lastIndexOf('.') + 1));
  }
}

/**
 * Each column definition of the `nodeIndex`-th node of `statement` (a CREATE TABLE), by column
 * name, as written: `category VARCHAR(64) NOT NULL DEFAULT 'x'`. The statement's text is parsed
 * again on its own, so the parser's locations (UTF-8 byte offsets) are offsets in that text; a
 * definition with a comment in it is left out (pasted on one line, the comment would swallow the
 * rest), as is any the text cannot be sliced for.
 */
export function columnDefinitionTexts(statement: Statement, nodeIndex: number): Map<string, string> {
  const found = new Map<string, string>();
  let parsed: ReturnType<typeof parseStatements>;
  try {
    parsed = parseStatements(statement.sql);
  } catch {
    return found;
  }
  if (parsed.length !== statement.nodes.length) return found;
  const [type, body] = unwrap(parsed[nodeIndex]?.node ?? {});
  if (type !== 'CreateStmt') return found;
  const sql = statement.sql;
  const masked = maskStringsAndComments(sql);
  const toIndex = byteOffsetMapper(sql);
  for (const element of (body.tableElts as Json[] | undefined) ?? []) {
    const column = element.ColumnDef as { colname?: string; location?: number } | undefined;
    if (!column?.colname || typeof column.location !== 'number' || column.location < 0) continue;
    let start: number;
    try {
      start = toIndex(column.location);
    } catch {
      continue;
    }
    const end = definitionEnd(masked, start);
    if (end === undefined) continue;
    const text = sql.slice(start, end).trim();
    if (text === '' || hasComment(text)) continue;
    found.set(column.colname, oneLine(text));
  }
  return found;
}

/** Runs of white space outside quotes as one space: the definition reads on one line of a hint. */
function oneLine(text: string): string {
  let out = '';
  let quote = '';
  for (const char of text) {
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === "'" || char === '"') quote = char;
    else if (/\s/.test(char)) {
      if (!out.endsWith(' ')) out += ' ';
      continue;
    }
    out += char;
  }
  return out;
}

/** True when `text` has a `--` or `/*` comment outside its quotes (a dollar quote counts as one: rare, and not sliced). */
function hasComment(text: string): boolean {
  let quote = '';
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === "'" || char === '"') quote = char;
    else if (char === '$' || (char === '-' && text[index + 1] === '-') || (char === '/' && text[index + 1] === '*')) return true;
  }
  return false;
}

/** The index of the comma or closing parenthesis that ends the definition starting at `start`. */
function definitionEnd(masked: string, start: number): number | undefined {
  let depth = 0;
  for (let index = start; index < masked.length; index++) {
    const char = masked[index];
    if (char === '(') depth++;
    else if (char === ')') {
      if (depth === 0) return index;
      depth--;
    } else if (char === ',' && depth === 0) return index;
  }
  return undefined;
}
