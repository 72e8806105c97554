/**
 * Positions inside a statement. A finding about one clause of a long `ALTER TABLE` should point
 * at that clause, not at the statement's first word; the parser's node locations are byte
 * offsets in the section's text, so the clause is found in the statement's own text instead,
 * with strings and comments masked so a keyword inside them never matches.
 */
import type { Statement } from '../migrations/types.js';
import { countCodePoints } from '../sql/source-text.js';
import type { Place } from './types.js';

/**
 * `ADD COLUMN` may be written `ADD name type`; the n-th added column is the n-th `ADD` that is not
 * followed by a constraint keyword.
 */
export const ADD_COLUMN = /\bADD\b(?!\s+(CONSTRAINT|PRIMARY|UNIQUE|CHECK|FOREIGN|EXCLUDE|GENERATED|VALUE)\b)(\s+COLUMN\b)?/i;

export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export function statementSpan(statement: Statement): Span {
  return { line: statement.line, column: statement.column, endLine: statement.endLine, endColumn: statement.endColumn };
}

/** The span of the `occurrence`-th match of `pattern` in the statement, or the whole statement. */
export function clausePlace(statement: Statement, pattern: RegExp, occurrence = 0): Place {
  const masked = maskStringsAndComments(statement.sql);
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  let seen = 0;
  for (const match of masked.matchAll(global)) {
    if (seen++ < occurrence) continue;
    const start = positionIn(statement, match.index);
    const end = positionIn(statement, match.index + match[0].length);
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  }
  return { statement };
}

/** The line and column of a string index of the statement's text. */
export function positionIn(statement: Statement, index: number): { line: number; column: number } {
  const text = statement.sql;
  const lastBreak = text.lastIndexOf('\n', index - 1);
  if (lastBreak === -1) return { line: statement.line, column: statement.column + countCodePoints(text, 0, index) };
  let line = statement.line;
  for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) line++;
  return { line, column: countCodePoints(text, lastBreak + 1, index) + 1 };
}

/** Replaces the insides of quotes, dollar quotes and comments with spaces, keeping every index. */
export function maskStringsAndComments(sql: string): string {
  const out = sql.split('');
  const blank = (from: number, to: number) => {
    for (let index = from; index < to; index++) if (out[index] !== '\n') out[index] = ' ';
  };
  let index = 0;
  while (index < sql.length) {
    const char = sql[index];
    if (char === '-' && sql[index + 1] === '-') {
      const end = sql.indexOf('\n', index);
      const stop = end === -1 ? sql.length : end;
      blank(index, stop);
      index = stop;
    } else if (char === '/' && sql[index + 1] === '*') {
      const end = sql.indexOf('*/', index + 2);
      const stop = end === -1 ? sql.length : end + 2;
      blank(index, stop);
      index = stop;
    } else if (char === "'" || char === '"') {
      let end = index + 1;
      while (end < sql.length) {
        if (sql[end] === char) {
          if (sql[end + 1] === char) end += 2;
          else break;
        } else end++;
      }
      blank(index + 1, end);
      index = end + 1;
    } else if (char === '$') {
      const tag = /^\$[A-Za-z_]*\$/.exec(sql.slice(index, index + 64));
      if (!tag) {
        index++;
        continue;
      }
      const end = sql.indexOf(tag[0], index + tag[0].length);
      const stop = end === -1 ? sql.length : end;
      blank(index + tag[0].length, stop);
      index = stop + tag[0].length;
    } else index++;
  }
  return out.join('');
}
