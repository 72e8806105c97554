/**
 * Applying fixes to a file's text, ESLint-style: the safe fixes' edits, in order, skipping any
 * fix whose edits overlap one already taken (the next pass, after a re-lint, gets it).
 */
import type { Finding, TextEdit } from './types.js';

export interface AppliedFixes {
  text: string;
  /** How many fixes were applied. */
  applied: number;
}

export function applySafeFixes(text: string, findings: readonly Finding[]): AppliedFixes {
  const fixes = findings.flatMap((finding) => (finding.fix?.safe ? [finding.fix] : []));
  const taken: TextEdit[] = [];
  let applied = 0;
  for (const fix of [...fixes].sort((a, b) => firstStart(a.edits) - firstStart(b.edits))) {
    const overlaps = fix.edits.some((edit) => taken.some((other) => conflict(edit, other)));
    if (overlaps) continue;
    taken.push(...fix.edits);
    applied++;
  }
  let result = text;
  for (const edit of [...taken].sort((a, b) => b.start - a.start))
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return { text: result, applied };
}

/** Overlapping ranges, or two insertions at one point (their order would be a guess). */
function conflict(a: TextEdit, b: TextEdit): boolean {
  return a.start === b.start || (a.start < b.end && b.start < a.end);
}

function firstStart(edits: readonly TextEdit[]): number {
  return Math.min(...edits.map((edit) => edit.start));
}
