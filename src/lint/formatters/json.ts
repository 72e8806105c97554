import type { LintResult } from '../types.js';

/** `{ findings: [...], summary: {...} }`: the stable shape scripts read. Sources are left out. */
export function formatJson(result: LintResult): string {
  const findings = result.findings.map((finding) => ({
    rule: finding.rule,
    severity: finding.severity,
    file: finding.file,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    message: finding.message,
    ...(finding.hint ? { hint: finding.hint } : {}),
  }));
  return JSON.stringify({ findings, summary: result.summary }, null, 2);
}
