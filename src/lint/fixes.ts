/**
 * Building fixes: text edits on the file's source, by string index. Rules describe the change
 * (insert this before that statement, add IF EXISTS after this keyword); the positions are
 * worked out here, from the statement's line and column.
 */
import type { Statement } from '../migrations/types.js';
import { SourceText } from '../sql/source-text.js';
import { maskStringsAndComments } from './place.js';
import type { Fix, RuleContext } from './types.js';

const sources = new WeakMap<object, SourceText>();

function sourceOf(context: RuleContext): SourceText {
  let source = sources.get(context.file);
  if (!source) {
    source = new SourceText(context.migration.source);
    sources.set(context.file, source);
  }
  return source;
}

/** The string index of a 1-based line and character column. */
export function indexAt(context: RuleContext, line: number, column: number): number {
  const source = sourceOf(context);
  let index = source.lineStart(line);
  for (let seen = 1; seen < column && index < source.text.length; seen++) {
    const code = source.text.charCodeAt(index);
    index += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
  }
  return index;
}

/** Where a statement starts in the file. */
export function statementStart(context: RuleContext, statement: Statement): number {
  return indexAt(context, statement.line, statement.column);
}

/** A new statement on its own line before `statement`, indented like it (safe: it adds, removes nothing). */
export function insertBefore(context: RuleContext, statement: Statement, sql: string, description: string, safe = true): Fix {
  const source = sourceOf(context);
  const start = statementStart(context, statement);
  const lineStart = source.lineStart(statement.line);
  const before = source.text.slice(lineStart, start);
  if (/^\s*$/.test(before)) return { description, safe, edits: [{ start: lineStart, end: lineStart, text: `${before}${sql}\n` }] };
  return { description, safe, edits: [{ start, end: start, text: `${sql} ` }] };
}

/**
 * Inserts `text` right after the `occurrence`-th match of `pattern` in the statement's SQL (strings
 * and comments masked), e.g. ` IF NOT EXISTS` after `CREATE TABLE`. Undefined when it is not found.
 */
export function insertAfterMatch(
  context: RuleContext,
  statement: Statement,
  pattern: RegExp,
  text: string,
  description: string,
  occurrence = 0,
  safe = true,
): Fix | undefined {
  // After goose ENVSUB the SQL is not the file's text: no edit could be placed safely.
  const start = statementStart(context, statement);
  if (context.migration.source.slice(start, start + statement.sql.length) !== statement.sql) return undefined;
  const masked = maskStringsAndComments(statement.sql);
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  let seen = 0;
  for (const match of masked.matchAll(global)) {
    if (seen++ < occurrence) continue;
    const at = start + match.index + match[0].length;
    return { description, safe, edits: [{ start: at, end: at, text }] };
  }
  return undefined;
}

/**
 * The file's own way to run outside a transaction: goose's `-- +goose NO TRANSACTION` as its first
 * line, or the header's `Transaction: none` (in place of a `Transaction:` field, else after the
 * last field). Never safe: the file's other statements lose their transaction too, which its
 * author has to want.
 */
export function runOutsideTransaction(context: RuleContext, description: string): Fix {
  const { migration } = context;
  if (migration.format === 'goose') return { description, safe: false, edits: [{ start: 0, end: 0, text: '-- +goose NO TRANSACTION\n' }] };
  const source = sourceOf(context);
  const field = migration.header.transaction;
  if (field) {
    const start = source.lineStart(field.line);
    return { description, safe: false, edits: [{ start, end: start + source.lineText(field.line).length, text: '-- Transaction: none' }] };
  }
  const lastField = Math.max(0, ...Object.values(migration.header).map((entry) => entry.line));
  const line = lastField > 0 ? lastField + 1 : Math.max(1, migration.up.markerLine);
  const at = line <= source.lineCount ? source.lineStart(line) : source.text.length;
  return { description, safe: false, edits: [{ start: at, end: at, text: '-- Transaction: none\n' }] };
}
