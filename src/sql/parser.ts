/**
 * The one door to libpg-query, PostgreSQL's own parser compiled to WASM. The module must be
 * loaded once (asynchronously) before any synchronous parse; callers await `loadParser()` at
 * their entry point and then parse synchronously, which keeps linting free of promise overhead.
 */
import { loadModule, parseSync, scanSync } from 'libpg-query';

let loading: Promise<void> | undefined;
let loaded = false;

export function loadParser(): Promise<void> {
  loading ??= loadModule().then(() => {
    loaded = true;
  });
  return loading;
}

/** A parsed statement's node, e.g. `{ CreateStmt: {...} }`. */
export type StatementNode = Record<string, unknown>;

export interface RawStatement {
  node: StatementNode;
  /** UTF-8 byte offset of the statement in the parsed text. */
  byteStart: number;
  /** UTF-8 byte length, or undefined when the statement runs to the end of the text. */
  byteLength?: number;
}

export class SqlSyntaxError extends Error {
  /** Offset of the error in code points from the start of the parsed text, when PostgreSQL gave one. */
  readonly codePointOffset?: number;
  constructor(message: string, codePointOffset?: number) {
    super(message);
    this.name = 'SqlSyntaxError';
    this.codePointOffset = codePointOffset;
  }
}

export function parseStatements(sql: string): RawStatement[] {
  if (!loaded) throw new Error('the SQL parser is not loaded: await loadParser() first');
  if (sql.trim() === '') return [];
  let result: { stmts?: Array<{ stmt: StatementNode; stmt_location?: number; stmt_len?: number }> };
  try {
    result = parseSync(sql) as typeof result;
  } catch (error) {
    const details = (error as { sqlDetails?: { message: string; cursorPosition?: number } }).sqlDetails;
    if (details) throw new SqlSyntaxError(details.message, details.cursorPosition);
    throw new SqlSyntaxError(error instanceof Error ? error.message : String(error));
  }
  return (result.stmts ?? []).map((entry) => ({
    node: entry.stmt,
    byteStart: entry.stmt_location ?? 0,
    byteLength: entry.stmt_len || undefined,
  }));
}

/**
 * The keyword kind of the first token of `text` as PostgreSQL's scanner sees it (0: not a
 * keyword; higher kinds are reserved in more positions), undefined when there is no token.
 */
export function firstTokenKeywordKind(text: string): number | undefined {
  if (!loaded) throw new Error('the SQL parser is not loaded: await loadParser() first');
  return scanSync(text).tokens[0]?.keywordKind;
}
