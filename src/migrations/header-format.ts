/**
 * The header format our Python-runner users write:
 *
 *   -- Migration: 002_add_email_verification
 *   -- Version: 002
 *   -- Scope: host
 *   -- ==================== UP ====================
 *   ...
 *   -- ==================== DOWN ====================
 *   ...
 */
import { type FileLayout, firstColumn, holdsSql, type SectionLayout, splitLines } from './layout.js';

const SECTION_MARKER = /^\s*--\s*=+\s*(UP|DOWN)\s*=+\s*$/i;
/**
 * `-- UP` / `-- DOWN` without the = signs (the Python runner guide's short snippets). The runner
 * reads only the banner (`--\s*=+\s*UP\s*=+`): without one it runs the whole file, DOWN SQL too,
 * as the UP, and finds no DOWN. So these are not markers here either; lint says so, once.
 */
const SHORT_MARKER = /^\s*--\s*(UP|DOWN)\s*:?\s*$/i;
const BANNER = { up: '-- ==================== UP ====================', down: '-- ==================== DOWN ====================' };
const HEADER_FIELD = /^\s*--\s*([A-Za-z][A-Za-z -]*?)\s*:\s*(.*?)\s*$/;
/** Values of a `Transaction:` header that mean "run outside a transaction". */
const NO_TRANSACTION = /^(none|no|off|false|disabled?)$/i;

export function looksLikeHeaderFormat(text: string): boolean {
  return /^\s*--\s*=+\s*UP\s*=+\s*$/im.test(text) || /^\s*--\s*Migration\s*:/im.test(text) || /^\s*--\s*UP\s*:?\s*$/im.test(text);
}

export function readHeaderLayout(text: string): FileLayout {
  const layout: FileLayout = { format: 'header', header: {}, transaction: true, problems: [] };
  const lines = splitLines(text);
  let current: SectionLayout | undefined;
  let currentStart = 0;
  const close = (end: number) => {
    if (current && end > currentStart) current.ranges.push({ start: currentStart, end, block: false, envsub: false });
  };

  const shortMarkers: Array<{ direction: 'up' | 'down'; line: number; column: number; text: string }> = [];
  // A statement outside any section is one finding, not one per line: set while its `;` is still to come.
  let outsideStatement = false;
  for (const line of lines) {
    const short = SHORT_MARKER.exec(line.text);
    if (short) {
      const direction = short[1].toLowerCase() as 'up' | 'down';
      shortMarkers.push({ direction, line: line.number, column: firstColumn(line.text), text: line.text.trim() });
      if (!current) continue;
    }
    const marker = SECTION_MARKER.exec(line.text);
    if (marker) {
      close(line.start);
      const direction = marker[1].toLowerCase() as 'up' | 'down';
      if (layout[direction]) {
        layout.problems.push({
          code: 'DUPLICATE_SECTION',
          message: `a second ${direction.toUpperCase()} marker (the first is on line ${layout[direction]?.markerLine})`,
          line: line.number,
          column: 1,
          hint: 'a migration has one UP and at most one DOWN section',
        });
      } else if (direction === 'down' && !layout.up) {
        layout.problems.push({
          code: 'DOWN_BEFORE_UP',
          message: 'the DOWN marker comes before the UP marker',
          line: line.number,
          column: 1,
          hint: 'put the UP section first, then the DOWN section',
        });
      }
      current = { markerLine: line.number, ranges: [] };
      layout[direction] ??= current;
      currentStart = line.end;
      continue;
    }
    if (current) continue;
    const field = HEADER_FIELD.exec(line.text);
    if (field && !/^\+goose/i.test(field[1])) {
      const key = field[1].toLowerCase();
      layout.header[key] ??= { value: field[2], line: line.number };
      continue;
    }
    if (holdsSql(line.text)) {
      const continues = outsideStatement;
      outsideStatement = !line.text.trimEnd().endsWith(';');
      if (continues) continue;
      layout.problems.push({
        code: 'TEXT_OUTSIDE_SECTION',
        message: 'SQL before the UP marker belongs to no section',
        line: line.number,
        column: firstColumn(line.text),
        hint: 'move it under "-- ==================== UP ====================" (or DOWN)',
      });
    }
  }
  close(text.length);

  const transaction = layout.header.transaction;
  if (transaction && NO_TRANSACTION.test(transaction.value)) layout.transaction = false;
  if (shortMarkers.length > 0) {
    const named = shortMarkers.map((marker) => `"${marker.text}" (line ${marker.line})`);
    const first = shortMarkers[0];
    layout.problems.push({
      code: 'SHORT_SECTION_MARKER',
      message: `${named.join(' and ')} ${shortMarkers.length > 1 ? 'are not section markers' : 'is not a section marker'}: the Python runner and tenant-migrate read only the banners "${BANNER.up}" and "${BANNER.down}" (any number of = signs on both sides), so the runner would run ${layout.up ? 'the SQL under it as part of the section it is in' : 'the whole file, DOWN statements too, as the UP, and find no DOWN'}`,
      line: first.line,
      column: first.column,
      hint: shortMarkers
        .map((marker) => `write "${BANNER[marker.direction]}" instead of "${marker.text}" on line ${marker.line}`)
        .join('; '),
    });
    // The one finding says it all: no "SQL before the UP marker" for each statement under `-- UP`.
    if (!layout.up) {
      layout.problems = layout.problems.filter((problem) => problem.code !== 'TEXT_OUTSIDE_SECTION');
      return layout;
    }
  }
  if (!layout.up) {
    layout.problems.push({
      code: 'NO_UP_SECTION',
      message: 'no UP section: the file has no "-- ==================== UP ====================" marker',
      line: 1,
      column: 1,
      hint: 'add the UP marker before the SQL that applies the migration',
    });
  }
  return layout;
}
