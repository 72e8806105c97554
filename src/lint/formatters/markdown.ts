/**
 * Markdown for a pull request comment: a one-line verdict, then a table of findings with links
 * to the lines when a base URL is given (e.g. `https://github.com/o/r/blob/<sha>`).
 */
import type { Finding, LintResult } from '../types.js';
import { existingWhere } from './text.js';

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
  // Findings in files or statements the PR did not change (--base): counted and folded away, never the verdict.
  const existing = existingSection(result, options.baseUrl);
  const apart = result.existing?.length ? ` (and ${count(result.existing.length, 'existing finding')}, not changed here)` : '';
  if (errors === 0 && warnings === 0) {
    lines.push(`:white_check_mark: ${count(files, 'migration file')} checked, no problems${apart}.`, ...existing);
    return lines.join('\n');
  }
  const verdict = errors > 0 ? ':x:' : ':warning:';
  lines.push(`${verdict} **${count(errors, 'error')}**, ${count(warnings, 'warning')} in ${count(files, 'migration file')}${apart}.`, '');
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
  lines.push(...existing);
  lines.push('', '<sub>Silence a finding with `-- tenant-migrate-ignore: <rule> <reason>` on the line before the statement.</sub>');
  return lines.join('\n');
}

/** The findings in files (or statements) unchanged since the base, in a folded list (at most 50 shown). */
function existingSection(result: LintResult, baseUrl: string | undefined): string[] {
  const existing = result.existing ?? [];
  if (existing.length === 0) return [];
  const shown = existing
    .slice(0, 50)
    .map((finding) => `- ${where(finding, baseUrl)} ${finding.severity}: ${cell(finding.message)} \`${finding.rule}\``);
  const more = existing.length > 50 ? [`- …and ${existing.length - 50} more`] : [];
  return [
    '',
    `<details><summary>Existing, not changed here: ${count(existing.length, 'finding')} ${existingWhere(result)}</summary>`,
    '',
    ...shown,
    ...more,
    '',
    '</details>',
  ];
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
