/**
 * The `report` output as JSON, kept to a size the runner accepts (an output may hold 1 MB, and
 * every output of a job counts toward its total). A big run loses its least useful parts first,
 * says what it left out in `omitted`, and keeps the counts and the failures.
 */
import type { LintResult } from '../lint/types.js';
import type { FleetReport, StatusReport, TargetResult, TargetStatusRow } from '../report/fleet-model.js';
import { jsonDetail } from '../report/json-detail.js';
import type { VerifyReport } from '../report/verify-model.js';
import { utf8Length } from './comment-size.js';

/** Half the runner's 1 MB per output: room for the other outputs and the job's total. */
export const REPORT_OUTPUT_LIMIT_BYTES = 512 * 1024;

export interface CheckReportData {
  lint: Pick<LintResult, 'findings' | 'summary'>;
  verify?: VerifyReport;
  verifyError?: string;
  failed: boolean;
}

/** check: first the statement traces go (SQL text and locks of every statement), then the lint findings past what fits. */
export function checkReportOutput(data: CheckReportData, limitBytes = REPORT_OUTPUT_LIMIT_BYTES): string {
  const full = JSON.stringify(data);
  if (utf8Length(full) <= limitBytes) return full;
  const omitted: string[] = [];
  let verify = data.verify;
  if (verify) {
    const statements = verify.scopes.reduce((sum, scope) => sum + scope.migrations.reduce((n, m) => n + m.statements.length, 0), 0);
    verify = {
      ...verify,
      scopes: verify.scopes.map((scope) => ({ ...scope, migrations: scope.migrations.map((m) => ({ ...m, statements: [] })) })),
    };
    omitted.push(`verify: the traces of ${statements} statement(s) (statements[] emptied), to stay under ${limitBytes} bytes`);
  }
  const findings = data.lint.findings;
  const build = (kept: number, notes: string[]) =>
    JSON.stringify({ ...data, lint: { ...data.lint, findings: findings.slice(0, kept) }, verify, omitted: notes });
  if (utf8Length(build(findings.length, omitted)) <= limitBytes) return build(findings.length, omitted);
  const note = (kept: number) => `lint: ${findings.length - kept} of ${findings.length} findings (summary keeps the counts)`;
  const kept = largestFitting(findings.length, (count) => utf8Length(build(count, [...omitted, note(count)])) <= limitBytes);
  return build(kept, [...omitted, note(kept)]);
}

/** deploy and rollback: targets that went well leave first (the counts stay), then failed ones past what fits. */
export function fleetReportOutput(report: FleetReport, limitBytes = REPORT_OUTPUT_LIMIT_BYTES): string {
  return fitTargets(report, (target: TargetResult) => target.status === 'failed' || target.status === 'skipped', limitBytes);
}

/** status: rows without an error, drift or pending migration leave first. */
export function statusReportOutput(report: StatusReport, limitBytes = REPORT_OUTPUT_LIMIT_BYTES): string {
  return fitTargets(
    report,
    (row: TargetStatusRow) => Boolean(row.error) || row.drift.length > 0 || row.pending > 0 || row.outOfOrder.length > 0,
    limitBytes,
  );
}

function fitTargets<T, R extends { targets: T[] }>(report: R, keepFirst: (target: T) => boolean, limitBytes: number): string {
  const full = JSON.stringify(report, jsonDetail);
  if (utf8Length(full) <= limitBytes) return full;
  const { targets } = report;
  const counts = targets.reduce<Record<string, number>>((all, target) => {
    const status = String((target as { status?: string }).status ?? ((target as { error?: unknown }).error ? 'error' : 'ok'));
    all[status] = (all[status] ?? 0) + 1;
    return all;
  }, {});
  // The interesting targets first, in their order; then the rest, as many as fit.
  const ordered = [...targets.filter(keepFirst), ...targets.filter((target) => !keepFirst(target))];
  const build = (kept: number) =>
    JSON.stringify(
      {
        ...report,
        targets: ordered.slice(0, kept),
        targetCounts: counts,
        omitted: [
          `${targets.length - kept} of ${targets.length} targets, to stay under ${limitBytes} bytes (targetCounts counts them all)`,
        ],
      },
      jsonDetail,
    );
  return build(largestFitting(ordered.length, (count) => utf8Length(build(count)) <= limitBytes));
}

/** The largest n in 0..max with fits(n), for a fits that holds up to some n and fails above it. */
function largestFitting(max: number, fits: (n: number) => boolean): number {
  let low = 0;
  let high = max;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(middle)) low = middle;
    else high = middle - 1;
  }
  return low;
}
