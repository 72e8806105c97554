import type { LintResult } from '../types.js';

/**
 * `{ ok, findings: [...], summary: {...} }`: the stable shape scripts read. Sources are left out.
 * `ok` is what the exit code says (true: exit 0, no error-level finding), as in the JSON of an
 * error that stopped lint (`{ ok: false, error }`) and of the other commands.
 */
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
  return JSON.stringify({ ok: result.summary.errors === 0, findings, summary: result.summary, ...existing }, null, 2);
}
