/**
 * What fails the check under `fail-on`, for lint and verify alike:
 * - `error`: a lint error, or verify failing (a migration that fails, does not undo, or could not run);
 * - `warning`: the above, or a lint warning, or a verify warning (not idempotent, no DOWN...);
 * - `never`: nothing; the check only reports.
 */
import type { LintSummary } from '../lint/types.js';
import type { VerifyFinding, VerifyReport } from '../report/verify-model.js';
import type { FailOn } from './inputs.js';

export interface CheckCounts {
  lintErrors: number;
  lintWarnings: number;
  /** Verify failed: an error finding, or it did not run at all. */
  verifyFailed: boolean;
  verifyDidNotRun: boolean;
  verifyWarnings: number;
}

export function checkCounts(lint: LintSummary, verify: VerifyReport | undefined, verifyError: string | undefined): CheckCounts {
  return {
    lintErrors: lint.errors,
    lintWarnings: lint.warnings,
    verifyFailed: verifyError !== undefined || verify?.ok === false,
    verifyDidNotRun: verifyError !== undefined,
    verifyWarnings: verify ? allVerifyFindings(verify).filter((finding) => finding.severity === 'warning').length : 0,
  };
}

export function allVerifyFindings(verify: VerifyReport): VerifyFinding[] {
  return [...verify.findings, ...verify.scopes.flatMap((scope) => [...scope.findings, ...scope.migrations.flatMap((m) => m.findings)])];
}

/** Why the check fails under `failOn`, or undefined when it passes. */
export function failureReason(failOn: FailOn, counts: CheckCounts): string | undefined {
  if (failOn === 'never') return undefined;
  const reasons: string[] = [];
  if (counts.lintErrors > 0) reasons.push(plural(counts.lintErrors, 'lint error'));
  if (counts.verifyFailed) reasons.push(counts.verifyDidNotRun ? 'verify did not run' : 'verify failed');
  if (failOn === 'warning') {
    if (counts.lintWarnings > 0) reasons.push(plural(counts.lintWarnings, 'lint warning'));
    if (counts.verifyWarnings > 0) reasons.push(plural(counts.verifyWarnings, 'verify warning'));
  }
  return reasons.length > 0 ? `${reasons.join(', ')} (fail-on: ${failOn})` : undefined;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
