/**
 * Splits SQL text into statements with PostgreSQL's parser, so that semicolons inside strings,
 * dollar-quoted function bodies and comments never cut a statement in two.
 */
import { parseStatements, SqlSyntaxError, type StatementNode } from './parser.js';
import { byteOffsetMapper, codePointOffsetToIndex } from './source-text.js';

export interface SqlPiece {
  /** The statement's text, without leading comments or its terminating semicolon. */
  sql: string;
  /** String index of the statement's first character in the split text. */
  start: number;
  /** String index just past its last character (before the semicolon). */
  end: number;
  node: StatementNode;
}

/** A syntax error at a string index of the split text. */
export class SqlSplitError extends Error {
  readonly index: number;
  constructor(message: string, index: number) {
    super(message);
    this.name = 'SqlSplitError';
    this.index = index;
  }
}

export function splitSql(text: string): SqlPiece[] {
  let raw: ReturnType<typeof parseStatements>;
  try {
    raw = parseStatements(text);
  } catch (error) {
    if (error instanceof SqlSyntaxError) {
      // "at end of input" is reported past the trailing blank lines, which would put it on the
      // next annotation's line; the unfinished statement's last character is where to look.
      const end = lastMeaningfulIndex(text);
      const index = error.codePointOffset === undefined ? end : Math.min(codePointOffsetToIndex(text, error.codePointOffset), end);
      throw new SqlSplitError(error.message, index);
    }
    throw error;
  }
  const toIndex = byteOffsetMapper(text);
  return raw.map((statement) => {
    const rangeStart = toIndex(statement.byteStart);
    const rangeEnd = statement.byteLength === undefined ? text.length : toIndex(statement.byteStart + statement.byteLength);
    const start = skipCommentsAndSpace(text, rangeStart, rangeEnd);
    const end = trimEnd(text, start, rangeEnd);
    return { sql: text.slice(start, end), start, end, node: statement.node };
  });
}

/** Skips whitespace, `--` line comments and nested `/* *\/` block comments. */
export function skipCommentsAndSpace(text: string, from: number, to: number): number {
  let index = from;
  while (index < to) {
    const char = text[index];
    if (char === ' ' || char === '\t' || char === '\n' || char === '\r' || char === '\f') {
      index++;
    } else if (char === '-' && text[index + 1] === '-') {
      const newline = text.indexOf('\n', index);
      index = newline === -1 ? to : newline + 1;
    } else if (char === '/' && text[index + 1] === '*') {
      let depth = 1;
      index += 2;
      while (index < to && depth > 0) {
        if (text[index] === '/' && text[index + 1] === '*') {
          depth++;
          index += 2;
        } else if (text[index] === '*' && text[index + 1] === '/') {
          depth--;
          index += 2;
        } else index++;
      }
    } else break;
  }
  return Math.min(index, to);
}

function trimEnd(text: string, start: number, end: number): number {
  let index = end;
  while (index > start && /\s/.test(text[index - 1])) index--;
  if (index > start && text[index - 1] === ';') index--;
  while (index > start && /\s/.test(text[index - 1])) index--;
  return index;
}

/** Where "syntax error at end of input" points: just after the last character that is not space. */
function lastMeaningfulIndex(text: string): number {
  let index = text.length;
  while (index > 0 && /\s/.test(text[index - 1])) index--;
  return index;
}
