/**
 * Markdown for a pull request comment: a one-line verdict, then a table of findings with links
 * to the lines when a base URL is given (e.g. `https://github.com/o/r/blob/<sha>`).
 */
import type { Finding, LintResult } from '../types.js';

export interface MarkdownFormatOptions {
  /** Prefix for file links: `${baseUrl}/${file}#L${line}`. Without it, locations are plain code. */
  baseUrl?: string;
  /** Heading; empty string for none. */
  title?: string;
  /** Rows before the table is cut short (a comment has a size limit). Default 100. */
  maxFindings?: number;
}

export function formatMarkdown(result: LintResult, options: MarkdownFormatOptions = {}): string {
  const { files, errors, warnings } = result.summary;
  const title = options.title ?? 'tenant-migrate lint';
  const lines: string[] = [];
  if (title) lines.push(`### ${title}`, '');
  if (errors === 0 && warnings === 0) {
    lines.push(`:white_check_mark: ${count(files, 'migration file')} checked, no problems.`);
    return lines.join('\n');
  }
  const verdict = errors > 0 ? ':x:' : ':warning:';
  lines.push(`${verdict} **${count(errors, 'error')}**, ${count(warnings, 'warning')} in ${count(files, 'migration file')}.`, '');
  const max = options.maxFindings ?? 100;
  const ordered = [...result.findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  lines.push('| | Rule | Where | Problem |', '|---|---|---|---|');
  for (const finding of ordered.slice(0, max)) {
    const icon = finding.severity === 'error' ? ':x:' : ':warning:';
    const problem = finding.hint ? `${cell(finding.message)}<br>_${cell(finding.hint)}_` : cell(finding.message);
    lines.push(`| ${icon} | \`${finding.rule}\` | ${where(finding, options.baseUrl)} | ${problem} |`);
  }
  if (ordered.length > max) {
    lines.push('', `…and ${ordered.length - max} more: run \`tenant-migrate lint\` to see them all.`);
  }
  lines.push('', '<sub>Silence a finding with `-- tenant-migrate-ignore: <rule> <reason>` on the line before the statement.</sub>');
  return lines.join('\n');
}

function where(finding: Finding, baseUrl: string | undefined): string {
  const label = `${finding.file}:${finding.line}:${finding.column}`;
  if (!baseUrl) return `\`${cell(label)}\``;
  const path = finding.file
    .replace(/\\/g, '/')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
  const lines = finding.endLine > finding.line ? `#L${finding.line}-L${finding.endLine}` : `#L${finding.line}`;
  return `[${cell(label).replace(/[[\]]/g, '\\$&')}](${baseUrl.replace(/\/+$/, '')}/${path}${lines})`;
}

/** Text safe inside a table cell: no pipes, no line breaks, no raw HTML. */
function cell(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

function count(value: number, word: string): string {
  return `${value} ${word}${value === 1 ? '' : 's'}`;
}
