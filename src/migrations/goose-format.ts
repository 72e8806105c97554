/**
 * goose's annotated format, read as goose reads it: `-- +goose Up` / `Down` open sections,
 * `StatementBegin` / `StatementEnd` keep a block whole (a function body, a DO block),
 * `NO TRANSACTION` runs the file outside a transaction and `ENVSUB ON|OFF` toggles `${VAR}`
 * substitution. Annotations are case-insensitive.
 */
import type { ErrorCode } from '../error-codes.js';
import { type FileLayout, firstColumn, holdsSql, type SectionLayout, splitLines } from './layout.js';

const ANNOTATION = /^\s*--\s*\+goose\s+(.*?)\s*$/i;

export function looksLikeGooseFormat(text: string): boolean {
  return /^\s*--\s*\+goose\s/im.test(text);
}

export function readGooseLayout(text: string): FileLayout {
  const layout: FileLayout = { format: 'goose', header: {}, transaction: true, problems: [] };
  let section: SectionLayout | undefined;
  let envsub = false;
  /** Where the free SQL since the last annotation starts. */
  let freeStart = 0;
  /**
   * The open StatementBegin block: its line, where its SQL starts, and the parts of it where
   * ENVSUB is on (goose substitutes line by line, so a block may switch it on and off inside).
   */
  let block: { line: number; start: number; envsubSpans: Array<{ start: number; end: number }>; envsubFrom?: number } | undefined;

  const closeFree = (end: number) => {
    if (section && end > freeStart) section.ranges.push({ start: freeStart, end, block: false, envsub, semicolonRequired: true });
  };
  const problem = (code: ErrorCode, message: string, line: number, hint: string, column = 1) =>
    layout.problems.push({ code, message, line, column, hint });

  for (const line of splitLines(text)) {
    const annotation = ANNOTATION.exec(line.text);
    if (!annotation) {
      if (!section && holdsSql(line.text)) {
        problem(
          'TEXT_OUTSIDE_SECTION',
          'SQL before "-- +goose Up" belongs to no section',
          line.number,
          'start the file with "-- +goose Up" and put every statement under it or under "-- +goose Down"',
          firstColumn(line.text),
        );
      }
      continue;
    }
    const command = annotation[1].replace(/\s+/g, ' ').toLowerCase();
    switch (command) {
      case 'up':
      case 'down': {
        if (block) {
          problem(
            'UNTERMINATED_BLOCK',
            `"-- +goose StatementBegin" on line ${block.line} has no StatementEnd`,
            block.line,
            'close the block with "-- +goose StatementEnd" before the next section',
          );
          block = undefined;
        } else closeFree(line.start);
        if (layout[command]) {
          problem(
            'DUPLICATE_SECTION',
            `a second "-- +goose ${annotation[1]}" (the first is on line ${layout[command]?.markerLine})`,
            line.number,
            'a migration has one Up and at most one Down section',
          );
        } else if (command === 'down' && !layout.up) {
          problem('DOWN_BEFORE_UP', '"-- +goose Down" comes before "-- +goose Up"', line.number, 'put the Up section first');
        }
        section = { markerLine: line.number, ranges: [] };
        layout[command] ??= section;
        freeStart = line.end;
        break;
      }
      case 'statementbegin':
        if (!section) {
          problem(
            'TEXT_OUTSIDE_SECTION',
            '"-- +goose StatementBegin" outside any section',
            line.number,
            'put it under "-- +goose Up" or "-- +goose Down"',
          );
        } else if (block) {
          problem(
            'NESTED_BLOCK',
            `"-- +goose StatementBegin" inside the block opened on line ${block.line}`,
            line.number,
            'close the first block with "-- +goose StatementEnd"',
          );
        } else {
          closeFree(line.start);
          block = { line: line.number, start: line.end, envsubSpans: [], envsubFrom: envsub ? line.end : undefined };
        }
        break;
      case 'statementend':
        if (!block) {
          problem(
            'UNMATCHED_STATEMENT_END',
            '"-- +goose StatementEnd" without a StatementBegin',
            line.number,
            'remove it, or add "-- +goose StatementBegin" where the block starts',
          );
        } else {
          if (block.envsubFrom !== undefined) block.envsubSpans.push({ start: block.envsubFrom, end: line.start });
          const spans = block.envsubSpans;
          section?.ranges.push({ start: block.start, end: line.start, block: true, envsub: spans.length > 0, envsubSpans: spans });
          block = undefined;
        }
        freeStart = line.end;
        break;
      case 'no transaction':
        layout.transaction = false;
        break;
      case 'envsub on':
      case 'envsub off':
        if (!block) closeFree(line.start);
        envsub = command === 'envsub on';
        if (block && envsub) block.envsubFrom ??= line.end;
        if (block && !envsub && block.envsubFrom !== undefined) {
          block.envsubSpans.push({ start: block.envsubFrom, end: line.start });
          block.envsubFrom = undefined;
        }
        if (!block) freeStart = line.end;
        break;
      default:
        problem(
          'UNKNOWN_ANNOTATION',
          `unknown goose annotation "${annotation[1]}"`,
          line.number,
          'goose knows Up, Down, StatementBegin, StatementEnd, NO TRANSACTION and ENVSUB ON|OFF',
        );
    }
  }

  if (block) {
    problem(
      'UNTERMINATED_BLOCK',
      `"-- +goose StatementBegin" on line ${block.line} has no StatementEnd`,
      block.line,
      'close the block with "-- +goose StatementEnd"',
    );
  } else closeFree(text.length);
  if (!layout.up) {
    problem(
      'NO_UP_SECTION',
      'no "-- +goose Up" annotation: the file has no UP section',
      1,
      'add "-- +goose Up" before the SQL that applies the migration',
    );
  }
  return layout;
}
