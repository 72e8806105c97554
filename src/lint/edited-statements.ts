/**
 * With --base, a pull request that edits an applied migration is an error (`edited-applied`),
 * but the findings of the statements it left as they were are not its own: they were there on
 * the base, and listing them as this change's errors buries the lines it did write. So the
 * findings of an edited file are judged statement by statement.
 *
 * A statement is unchanged when the base version of the file has one with the same SQL in the
 * same section, compared in the runner's checksum form (`canonicalSql`: comments, whitespace and
 * line ends left out, so an ignore comment or a re-indent is not an edit). The n-th occurrence of
 * a statement here pairs with the n-th there, so a copy the branch adds is new. A finding of an
 * unchanged statement is existing only if the base version had the same finding (rule and message
 * id) on that statement: what a statement is flagged for can depend on the rest of the file (a
 * `SET lock_timeout` removed above it, a `NO TRANSACTION` annotation added), and a finding the
 * edit brought about is the edit's. Findings outside any statement (a header field, a missing
 * DOWN) are matched with those outside statements there. `edited-applied` itself is always judged.
 */
import { canonicalSql } from '../migrations/checksum.js';
import type { Migration, Statement } from '../migrations/types.js';
import { type Span, statementSpan } from './place.js';
import type { Finding } from './types.js';

/** An edited file: today's version, the base's, and the findings lint gives the base's. */
export interface EditedFile {
  head: Migration;
  base: Migration;
  baseFindings: readonly Finding[];
}

/** The rule whose findings are the edit itself: never existing. */
const EDIT_RULE = 'edited-applied';

/**
 * The findings of edited files split: `existing` holds those of statements unchanged since the
 * base that the base version had too; every other finding is `judged`. `edited` maps a finding's
 * file (as findings write it) to the file; findings of other files are judged.
 */
export function splitEditedFindings(
  findings: readonly Finding[],
  edited: ReadonlyMap<string, EditedFile>,
): { judged: Finding[]; existing: Finding[] } {
  const judged: Finding[] = [];
  const existing: Finding[] = [];
  const matchers = new Map<string, (finding: Finding) => boolean>();
  for (const finding of findings) {
    const file = edited.get(finding.file);
    if (!file || finding.rule === EDIT_RULE) {
      judged.push(finding);
      continue;
    }
    let matcher = matchers.get(finding.file);
    if (!matcher) {
      matcher = baseMatcher(file);
      matchers.set(finding.file, matcher);
    }
    (matcher(finding) ? existing : judged).push(finding);
  }
  return { judged, existing };
}

/**
 * For one edited file: true for a finding that the base version had on the same unchanged
 * statement (or outside statements), each base finding matching at most once.
 */
function baseMatcher(file: EditedFile): (finding: Finding) => boolean {
  const headStatements = located(file.head);
  const baseStatements = located(file.base);
  // Today's statement -> its unchanged counterpart on the base (by index in `baseStatements`).
  const pairs = pairUnchanged(headStatements, baseStatements);
  // What the base's findings say, by the base statement they sit in (-1: outside statements).
  const left = new Map<number, string[]>();
  for (const finding of file.baseFindings) {
    if (finding.rule === EDIT_RULE) continue;
    const index = statementAt(baseStatements, finding);
    left.set(index, [...(left.get(index) ?? []), whatItSays(finding)]);
  }
  return (finding) => {
    const index = statementAt(headStatements, finding);
    const counterpart = index === -1 ? -1 : pairs.get(index);
    if (counterpart === undefined) return false;
    const said = left.get(counterpart);
    const at = said?.indexOf(whatItSays(finding)) ?? -1;
    if (!said || at === -1) return false;
    said.splice(at, 1);
    return true;
  };
}

interface LocatedStatement {
  statement: Statement;
  /** Section and canonical SQL: equal keys are the same statement. */
  key: string;
}

function located(migration: Migration): LocatedStatement[] {
  const statements: LocatedStatement[] = [];
  for (const section of [migration.up, migration.down]) {
    if (!section) continue;
    for (const statement of section.statements) {
      statements.push({ statement, key: `${section.direction}\u0000${canonicalSql(statement.sql)}` });
    }
  }
  return statements;
}

/** The n-th statement with a key here paired with the n-th with that key there. */
function pairUnchanged(head: readonly LocatedStatement[], base: readonly LocatedStatement[]): Map<number, number> {
  const waiting = new Map<string, number[]>();
  base.forEach(({ key }, index) => {
    waiting.set(key, [...(waiting.get(key) ?? []), index]);
  });
  const pairs = new Map<number, number>();
  head.forEach(({ key }, index) => {
    const counterpart = waiting.get(key)?.shift();
    if (counterpart !== undefined) pairs.set(index, counterpart);
  });
  return pairs;
}

/**
 * Where an edit of an applied file is to be shown (a pull request's annotation sits beside it only
 * inside the diff): the first statement, UP then DOWN, that differs from the base version's at the
 * same place (compared as the checksum compares them), or the one now where the base had one
 * more; the end of the last statement of a section that lost its last ones. Undefined when every
 * statement is as it was (only the header changed, or a section went): then line 1.
 */
export function firstChangedStatement(head: Migration, base: Migration): Span | undefined {
  for (const direction of ['up', 'down'] as const) {
    const now = head[direction]?.statements ?? [];
    const then = base[direction]?.statements ?? [];
    for (let index = 0; index < Math.max(now.length, then.length); index++) {
      if (index < now.length && index < then.length && canonicalSql(now[index].sql) === canonicalSql(then[index].sql)) continue;
      if (index < now.length) return statementSpan(now[index]);
      // Statements removed at the end: the last line of the last one left is beside the deletion.
      const last = now[now.length - 1];
      return last ? { line: last.endLine, column: 1, endLine: last.endLine, endColumn: last.endColumn } : undefined;
    }
  }
  return undefined;
}

/** The index of the statement a finding starts in, or -1. */
function statementAt(statements: readonly LocatedStatement[], finding: Finding): number {
  return statements.findIndex(({ statement }) => {
    const afterStart = finding.line > statement.line || (finding.line === statement.line && finding.column >= statement.column);
    const beforeEnd = finding.line < statement.endLine || (finding.line === statement.endLine && finding.column <= statement.endColumn);
    return afterStart && beforeEnd;
  });
}

/** Rule and message id (the message for reading problems, which have none): what a finding says, wherever it is. */
function whatItSays(finding: Finding): string {
  return `${finding.rule}\u0000${finding.messageId ?? finding.message}`;
}
