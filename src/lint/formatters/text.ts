import { codeFrame } from '../../sql/code-frame.js';
import { SourceText } from '../../sql/source-text.js';
import type { Finding, LintResult } from '../types.js';

export interface TextFormatOptions {
  /** File texts by `Finding.file`, for a code frame under each finding (default: `result.sources`). */
  sources?: Record<string, string>;
  /** ANSI colors for a terminal. */
  color?: boolean;
}

/** As a compiler prints: `file:line:column  severity  message  [rule]`, a code frame, a hint. */
export function formatText(result: LintResult, options: TextFormatOptions = {}): string {
  const sources = options.sources ?? result.sources ?? {};
  // One line index per file, however many findings it has.
  const texts = new Map<string, SourceText>();
  const textOf = (file: string) => {
    const source = sources[file];
    if (source === undefined) return undefined;
    let text = texts.get(file);
    if (!text) {
      text = new SourceText(source);
      texts.set(file, text);
    }
    return text;
  };
  const paint = (code: string, text: string) => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const blocks = result.findings.map((finding) => {
    const severity = finding.severity === 'error' ? paint('31', 'error') : paint('33', 'warning');
    const lines = [`${paint('1', location(finding))}  ${severity}  ${finding.message}  ${paint('2', `[${finding.rule}]`)}`];
    const source = textOf(finding.file);
    if (source) lines.push(indent(codeFrame(source, finding.line, finding.column, 1)));
    if (finding.hint) lines.push(`  hint: ${finding.hint}`);
    return lines.join('\n');
  });
  if (result.existing && result.existing.length > 0) {
    // Listed apart, one line each: applied and unchanged, so nobody should act on them in this change.
    blocks.push(
      [
        `existing, not changed here (${plural(result.existing.length, 'finding')} ${existingWhere(result)}; --all reports them as findings):`,
        ...result.existing.map((finding) => `  ${location(finding)}  ${finding.severity}  ${finding.message}  [${finding.rule}]`),
      ].join('\n'),
    );
  }
  blocks.push(summaryLine(result));
  return blocks.join('\n\n');
}

export function summaryLine(result: LintResult): string {
  const { files, errors, warnings, existing } = result.summary;
  const checked = `${files} file${files === 1 ? '' : 's'} checked`;
  const apart = existing ? ` (and ${existing} existing, not changed here)` : '';
  if (errors === 0 && warnings === 0) return `${checked}: no problems${apart}`;
  return `${checked}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}${apart}`;
}

/**
 * Where the existing findings are: in files unchanged since the base, in the statements an edited
 * file kept as they were there, or both.
 */
export function existingWhere(result: LintResult): string {
  const inStatements = result.existingStatements ?? 0;
  if (inStatements === 0) return 'in files unchanged since the base';
  return inStatements === (result.existing?.length ?? 0)
    ? 'in statements unchanged since the base'
    : 'in files or statements unchanged since the base';
}

export function location(finding: Finding): string {
  return `${finding.file}:${finding.line}:${finding.column}`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}
