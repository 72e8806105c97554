/**
 * "syntax error at or near CREATE" on the first word of a line, in the middle of a statement, is
 * almost always the semicolon the line before forgot. Told apart by trying: with a `;` put before
 * that line the SQL parses past it. Each such place is reported as the statement that lacks it,
 * and the search goes on, so one run names every forgotten semicolon of a section.
 */
import { type SqlPiece, SqlSplitError, splitSql } from '../sql/split.js';

/** Words that start a statement (the ones migrations use), as the first word of a line. */
const STATEMENT_WORD =
  /^(ABORT|ALTER|ANALYZE|BEGIN|CALL|CHECKPOINT|CLUSTER|COMMENT|COMMIT|COPY|CREATE|DEALLOCATE|DELETE|DISCARD|DO|DROP|END|EXECUTE|EXPLAIN|GRANT|IMPORT|INSERT|LISTEN|LOCK|MERGE|NOTIFY|PREPARE|REASSIGN|REFRESH|REINDEX|RELEASE|RESET|REVOKE|ROLLBACK|SAVEPOINT|SECURITY|SELECT|SET|SHOW|START|TRUNCATE|UPDATE|VACUUM|WITH)\b/i;

export interface MissingSemicolon {
  /** Start and end (where the `;` belongs) of the statement that lacks it, in the original text. */
  statementStart: number;
  statementEnd: number;
  /** Where the next statement starts, and its first word. */
  nextIndex: number;
  keyword: string;
}

export interface MissingSemicolons {
  missing: MissingSemicolon[];
  /** A syntax error that is not a missing semicolon, after them (index in the original text). */
  error?: SqlSplitError;
}

const MAX_SEMICOLONS = 50;

/** The missing semicolons behind `error` (from `splitSql(text)`), or undefined when it is not one. */
export function findMissingSemicolons(text: string, error: SqlSplitError): MissingSemicolons | undefined {
  const missing: MissingSemicolon[] = [];
  // Where `;` were inserted, in the patched text's indices, ascending (each search goes on past the last).
  const inserted: number[] = [];
  const toOriginal = (index: number) => index - inserted.filter((at) => at < index).length;
  let patched = text;
  let current: SqlSplitError = error;
  while (missing.length < MAX_SEMICOLONS) {
    const at = current.index;
    const lineStart = patched.lastIndexOf('\n', at - 1) + 1;
    const word = STATEMENT_WORD.exec(patched.slice(at));
    if (!word || patched.slice(lineStart, at).trim() !== '' || lineStart === 0) break;
    if (/;\s*$/.test(stripTrailingComments(patched.slice(0, lineStart)))) break;
    const candidate = `${patched.slice(0, lineStart)};${patched.slice(lineStart)}`;
    let pieces: SqlPiece[] | undefined;
    let next: SqlSplitError | undefined;
    try {
      pieces = splitSql(candidate);
    } catch (thrown) {
      if (!(thrown instanceof SqlSplitError)) throw thrown;
      next = thrown;
    }
    // Accepted only if the SQL now parses past the new `;`.
    if (next && next.index <= lineStart + 1) break;
    const before = pieces ?? safeSplit(candidate.slice(0, lineStart + 1));
    const statement = before?.filter((piece) => piece.end <= lineStart).pop();
    if (!statement) break;
    // Every earlier `;` sits before this line, so the pieces' indices are the patched text's.
    missing.push({
      statementStart: toOriginal(statement.start),
      statementEnd: toOriginal(statement.start + codeEnd(patched.slice(statement.start, statement.end))),
      nextIndex: toOriginal(at),
      keyword: word[1].toUpperCase(),
    });
    inserted.push(lineStart);
    patched = candidate;
    if (!next) return { missing };
    current = next;
  }
  if (missing.length === 0) return undefined;
  return { missing, error: new SqlSplitError(current.message, toOriginal(current.index)) };
}

/** Length of `sql` without the comments at its end: the `;` goes after the last word, not after a comment. */
function codeEnd(sql: string): number {
  const lines = sql.split('\n');
  while (lines.length > 1 && /^\s*(--.*)?$/.test(lines[lines.length - 1])) lines.pop();
  const last = lines[lines.length - 1];
  // A `--` outside quotes (an even number of them before it) starts a comment.
  const comment = [...last.matchAll(/--/g)].find((match) => (last.slice(0, match.index).match(/['"]/g) ?? []).length % 2 === 0);
  if (comment) lines[lines.length - 1] = last.slice(0, comment.index);
  return lines.join('\n').trimEnd().length;
}

function safeSplit(text: string): SqlPiece[] | undefined {
  try {
    return splitSql(text);
  } catch {
    return undefined;
  }
}

/** The text without the `--` comments and blank lines at its end (a `;` may hide before them). */
function stripTrailingComments(text: string): string {
  const lines = text.split('\n');
  while (lines.length > 0) {
    const last = lines[lines.length - 1].trim();
    if (last === '' || last.startsWith('--')) lines.pop();
    else break;
  }
  return lines.join('\n');
}
