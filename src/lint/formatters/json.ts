import type { LintResult } from '../types.js';

/** `{ findings: [...], summary: {...} }`: the stable shape scripts read. Sources are left out. */
export function formatJson(result: LintResult): string {
  const shape = (finding: LintResult['findings'][number]) => ({
    rule: finding.rule,
    severity: finding.severity,
    file: finding.file,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    message: finding.message,
    ...(finding.hint ? { hint: finding.hint } : {}),
  });
  const findings = result.findings.map(shape);
  const existing = result.existing ? { existing: result.existing.map(shape) } : {};
  return JSON.stringify({ findings, summary: result.summary, ...existing }, null, 2);
}
