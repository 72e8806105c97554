/**
 * A fix as whole lines: the lines its edits touch and what they become. That is the shape of a
 * GitHub review suggestion (it replaces lines start..end of the file) and of a small diff.
 */
import type { Fix } from './types.js';

export interface LineChange {
  /** 1-based, inclusive. */
  startLine: number;
  endLine: number;
  /** The lines as they are (without line ends). */
  before: string[];
  /** What they become; may be more or fewer lines. */
  after: string[];
}

export function lineChangeOf(source: string, fix: Fix): LineChange | undefined {
  if (fix.edits.length === 0) return undefined;
  const starts = lineStarts(source);
  const first = Math.min(...fix.edits.map((edit) => edit.start));
  // An edit that ends right after a line break ends on that line, not the next.
  const last = Math.max(...fix.edits.map((edit) => (edit.end > edit.start ? edit.end - 1 : edit.start)));
  const startLine = lineAt(starts, first);
  const endLine = lineAt(starts, last);
  const from = starts[startLine - 1];
  const lineEnd = endLine < starts.length ? starts[endLine] - 1 : source.length;
  const to = source[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
  let region = source.slice(from, to);
  for (const edit of [...fix.edits].sort((a, b) => b.start - a.start)) {
    region = region.slice(0, edit.start - from) + edit.text + region.slice(Math.min(edit.end, to) - from);
  }
  const before = source.slice(from, to).split(/\r?\n/);
  return { startLine, endLine, before, after: region.split(/\r?\n/) };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

/** The 1-based line holding a string index (binary search over the line starts). */
function lineAt(starts: number[], index: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= index) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}
