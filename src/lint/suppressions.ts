/**
 * Inline suppressions, in the manner of eslint-disable-next-line:
 *
 *   -- tenant-migrate-ignore: destructive the column is unused since 4.2
 *   ALTER TABLE users DROP COLUMN IF EXISTS legacy;
 *
 * silences the named rules on the statement that follows (all its lines). The same comment at
 * the end of a line of SQL covers that line's statement. `-- tenant-migrate-ignore-file: <ids>`
 * anywhere covers the whole file. Rule ids are separated by commas; the rest is the reason.
 */
import type { Statement } from '../migrations/types.js';
import type { Finding } from './types.js';

const MARKER = 'tenant-migrate-ignore';
const COMMENT = /--\s*tenant-migrate-ignore(-file)?\s*:\s*([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)(?:\s+(.*))?$/i;
const SECTION_LINE = /^\s*--\s*(=+\s*(UP|DOWN)\s*=+|\+goose\s+(up|down))\s*$/i;
const SKIPPED_ANNOTATION = /^\s*--\s*\+goose\s+(statementbegin|envsub\s+\w+)\s*$/i;

export interface Suppression {
  rules: string[];
  reason: string;
  /** Line of the comment. */
  line: number;
  /** The lines it covers; `undefined` for the whole file. */
  from?: number;
  to?: number;
}

/**
 * `statements` is asked for only when the file has an ignore comment: a file whose findings came
 * from lint --cache has its SQL parsed on first reading its statements, and most files have none.
 */
export function findSuppressions(source: string, statementsOf: () => readonly Statement[]): Suppression[] {
  if (!source.includes(MARKER)) return [];
  const statements = statementsOf();
  const lines = source.split('\n');
  const suppressions: Suppression[] = [];
  lines.forEach((text, index) => {
    const match = COMMENT.exec(text);
    if (!match) return;
    const line = index + 1;
    const rules = match[2].split(',').map((id) => id.trim().toLowerCase());
    const reason = (match[3] ?? '').trim();
    if (match[1]) {
      suppressions.push({ rules, reason, line });
      return;
    }
    const before = text.slice(0, match.index).trim();
    const target = before !== '' ? line : nextTargetLine(lines, index + 1);
    if (target === undefined) return;
    const statement = statements.find((candidate) => candidate.line <= target && target <= candidate.endLine);
    // Above a statement, or after its SQL: the whole statement. Above a line inside one (a clause
    // of a long ALTER TABLE): that line only.
    const whole = statement && (before !== '' || statement.line === target);
    suppressions.push({ rules, reason, line, from: whole ? statement.line : target, to: whole ? statement.endLine : target });
  });
  return suppressions;
}

/** The next line that holds SQL or a section marker, past blank lines and ordinary comments. */
function nextTargetLine(lines: string[], fromIndex: number): number | undefined {
  for (let index = fromIndex; index < lines.length; index++) {
    const text = lines[index].trim();
    if (text === '' || SKIPPED_ANNOTATION.test(text)) continue;
    if (text.startsWith('--') && !SECTION_LINE.test(text)) continue;
    return index + 1;
  }
  return undefined;
}

export function isSuppressed(finding: Finding, suppressions: readonly Suppression[]): boolean {
  return suppressions.some(
    (suppression) =>
      suppression.rules.includes(finding.rule) &&
      (suppression.from === undefined || (suppression.from <= finding.line && finding.line <= (suppression.to ?? suppression.from))),
  );
}

/** Ignore comments that name rules but give no reason: their 1-based line and the ids, as written. */
export function reasonlessComments(source: string): Array<{ line: number; ids: string; index: number }> {
  if (!source.includes(MARKER)) return [];
  const found: Array<{ line: number; ids: string; index: number }> = [];
  source.split('\n').forEach((text, lineIndex) => {
    const match = COMMENT.exec(text);
    if (match && !match[3]?.trim()) found.push({ line: lineIndex + 1, ids: match[2], index: match.index });
  });
  return found;
}

/** Every rule id an ignore comment names: its 1-based line and its string index in that line. */
export function namedRuleIds(source: string): Array<{ id: string; line: number; index: number }> {
  if (!source.includes(MARKER)) return [];
  const found: Array<{ id: string; line: number; index: number }> = [];
  source.split('\n').forEach((text, lineIndex) => {
    const match = COMMENT.exec(text);
    if (!match) return;
    // The list starts after the comment's colon; the pattern has no colon before it.
    const listStart = text.indexOf(match[2], match.index + match[0].indexOf(':') + 1);
    for (const id of match[2].matchAll(/[a-z0-9-]+/gi)) {
      found.push({ id: id[0].toLowerCase(), line: lineIndex + 1, index: listStart + id.index });
    }
  });
  return found;
}
