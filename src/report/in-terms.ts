/**
 * A report in a face's terms: each error's sentences that are data (messageText, hintText) worded
 * by `terms` (the CLI's flags, the Action's inputs). The library's own wording of the sentence is
 * swapped for the face's wherever it stands, so a message a caller prefixed (`003_x (UP): ...`)
 * keeps its prefix.
 */
import { LIBRARY_TERMS, renderText, type Terms, type Text } from '../messages.js';
import type { FleetReport, StatusReport, TargetError } from './fleet-model.js';
import type { VerifyFinding, VerifyReport } from './verify-model.js';

export function targetErrorInTerms(error: TargetError, terms: Terms): TargetError {
  const swap = (shown: string | undefined, data: Text | undefined) =>
    shown === undefined || data === undefined ? shown : shown.replace(renderText(data, LIBRARY_TERMS), renderText(data, terms));
  if (!error.messageText && !error.hintText) return error;
  const hint = swap(error.hint, error.hintText);
  return { ...error, message: swap(error.message, error.messageText) ?? error.message, ...(hint === undefined ? {} : { hint }) };
}

export function fleetReportInTerms(report: FleetReport, terms: Terms): FleetReport {
  return {
    ...report,
    ...(report.error ? { error: targetErrorInTerms(report.error, terms) } : {}),
    targets: report.targets.map((target) => (target.error ? { ...target, error: targetErrorInTerms(target.error, terms) } : target)),
  };
}

export function statusReportInTerms(report: StatusReport, terms: Terms): StatusReport {
  return {
    ...report,
    ...(report.error ? { error: targetErrorInTerms(report.error, terms) } : {}),
    targets: report.targets.map((row) => (row.error ? { ...row, error: targetErrorInTerms(row.error, terms) } : row)),
  };
}

/** The verify report with each finding's hint worded by `terms` (`--schema-file` in the CLI, the schema-file input in the Action). */
export function verifyReportInTerms(report: VerifyReport, terms: Terms): VerifyReport {
  const finding = (item: VerifyFinding): VerifyFinding => (item.hintText ? { ...item, hint: renderText(item.hintText, terms) } : item);
  return {
    ...report,
    findings: report.findings.map(finding),
    scopes: report.scopes.map((scope) => ({
      ...scope,
      findings: scope.findings.map(finding),
      migrations: scope.migrations.map((migration) => ({ ...migration, findings: migration.findings.map(finding) })),
    })),
  };
}
