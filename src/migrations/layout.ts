import type { MigrationFormat, MigrationProblem } from './types.js';

/**
 * What a format reader finds in a file before any SQL is parsed: its sections as ranges of the
 * text. A range is either free SQL (split by the parser) or a goose StatementBegin/End block
 * (kept whole).
 */
export interface SqlRange {
  /** String index where the range starts (start of a line). */
  start: number;
  /** String index just past its end. */
  end: number;
  block: boolean;
  /** goose `ENVSUB ON` was in force: `${VAR}` is replaced from the environment. */
  envsub: boolean;
  /**
   * goose free SQL: goose ends a statement only at a semicolon, so a last statement without one
   * is an error there; the header format's runner sends a section whole and needs none.
   */
  semicolonRequired?: boolean;
  /** For a goose block that turns ENVSUB on or off inside: the only parts (string indices) to substitute. */
  envsubSpans?: Array<{ start: number; end: number }>;
}

export interface SectionLayout {
  markerLine: number;
  ranges: SqlRange[];
}

export interface FileLayout {
  format: MigrationFormat;
  header: Record<string, { value: string; line: number }>;
  transaction: boolean;
  up?: SectionLayout;
  down?: SectionLayout;
  problems: Omit<MigrationProblem, 'path'>[];
}

export interface Line {
  /** 1-based line number. */
  number: number;
  text: string;
  start: number;
  /** Index just past the line break (or the end of the text). */
  end: number;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let number = 1;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline + 1;
    lines.push({ number, text: text.slice(start, newline === -1 ? end : newline).replace(/\r$/, ''), start, end });
    if (newline === -1) break;
    start = end;
    number++;
  }
  return lines;
}

/** True for a line that holds SQL: not blank, not only a `--` comment. */
export function holdsSql(line: string): boolean {
  const trimmed = line.trim();
  return trimmed !== '' && !trimmed.startsWith('--');
}

/** Index of the first character that is not a space on the line, as a 1-based column. */
export function firstColumn(line: string): number {
  return line.length - line.trimStart().length + 1;
}
