import type { LintResult } from '../types.js';
import { summaryLine } from './text.js';

/**
 * GitHub Actions workflow commands: each finding becomes an annotation on the file and line of
 * the pull request diff. Values are escaped as the runner expects (% CR LF, and : , in properties).
 */
export function formatGithub(result: LintResult): string {
  const lines = result.findings.map((finding) => {
    const properties = [
      `file=${escapeProperty(finding.file)}`,
      `line=${finding.line}`,
      `col=${finding.column}`,
      `endLine=${finding.endLine}`,
      `endColumn=${finding.endColumn}`,
      `title=${escapeProperty(finding.rule)}`,
    ].join(',');
    const message = finding.hint ? `${finding.message}\nhint: ${finding.hint}` : finding.message;
    return `::${finding.severity} ${properties}::${escapeData(message)}`;
  });
  lines.push(summaryLine(result));
  return lines.join('\n');
}

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
