import { SourceText } from './source-text.js';

/**
 * A few lines of the file around a position, with a caret under the column, as compilers print
 * them. The caret is placed by characters, so it lines up under non-ASCII text in a terminal.
 */
export function codeFrame(source: string | SourceText, line: number, column: number, context = 2): string {
  const text = typeof source === 'string' ? new SourceText(source) : source;
  const first = Math.max(1, line - context);
  const last = Math.min(text.lineCount, line + context);
  const width = String(last).length;
  const rows: string[] = [];
  for (let number = first; number <= last; number++) {
    const marker = number === line ? '>' : ' ';
    const content = text.lineText(number).replace(/\t/g, ' ');
    rows.push(`${marker} ${String(number).padStart(width)} | ${content}`.trimEnd());
    if (number === line) rows.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, column - 1))}^`);
  }
  return rows.join('\n');
}
