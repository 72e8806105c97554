/**
 * Fleet and status reports as GitHub-flavoured markdown, for the Action's job summary: a
 * headline, the failures first (they are what a reader came for), then the per-target table,
 * folded when the fleet is large.
 */

import { groupFailures, namesOf } from './failure-groups.js';
import { fleetCharts, statusCharts } from './fleet-mermaid.js';
import type { FleetReport, StatusReport, TargetError } from './fleet-model.js';
import {
  fleetSummaryLine,
  formatMs,
  formatVersion,
  inactiveLine,
  nothingToRetryLine,
  statusCell,
  statusSummaryLine,
  uncheckedLine,
} from './fleet-text.js';

/** Tables longer than this go into a <details> block so the summary stays readable. */
const FOLD_ROWS = 25;

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function table(header: string[], rows: string[][]): string {
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (const row of rows) lines.push(`| ${row.map(cell).join(' | ')} |`);
  return lines.join('\n');
}

function fold(summary: string, body: string, rows: number): string {
  return rows > FOLD_ROWS ? `<details><summary>${summary}</summary>\n\n${body}\n\n</details>` : body;
}

/**
 * GitHub refuses a job summary over 1 MiB: the CLI's markdown stays under it with room for what
 * the workflow adds. Rows of the per-target table past the budget are left out, and it says so.
 */
export const MARKDOWN_LIMIT_BYTES = 1_000_000;

/** One row per cause of failure: the targets it hit (count, first names) and the error. */
function failureTable(targets: ReadonlyArray<{ name: string; url: string; schema?: string; error?: TargetError }>): string {
  const groups = groupFailures(targets);
  return table(
    ['Targets', 'Error'],
    groups.map((group) =>
      group.count === 1
        ? [`\`${group.first.name}\``, errorText(group.first.error)]
        : [
            `${group.count.toLocaleString('en-US')}: ${namesOf(group, (name) => `\`${name}\``)}`,
            errorText({ ...group.first.error, message: group.message, hint: group.hint, detail: group.detail }) +
              (group.first.error.message === group.message ? '' : `<br>e.g. \`${group.first.name}\`: ${group.first.error.message}`),
          ],
    ),
  );
}

/** The per-target table, folded when long, with as many rows as the size limit leaves room for. */
function targetTable(header: string[], rows: string[][], before: readonly string[]): string {
  let budget = MARKDOWN_LIMIT_BYTES - Buffer.byteLength(before.join('\n')) - 2_000;
  const kept: string[][] = [];
  for (const row of rows) {
    const size = Buffer.byteLength(row.join(' | ')) + 8;
    if (size > budget) break;
    budget -= size;
    kept.push(row);
  }
  const left = rows.length - kept.length;
  const note =
    left > 0
      ? `\n\n${left.toLocaleString('en-US')} of ${rows.length.toLocaleString('en-US')} targets left out to stay under GitHub's 1 MiB summary limit; the JSON report lists every target.`
      : '';
  return `${fold(`All ${rows.length} targets`, table(header, kept), rows.length)}${note}`;
}

function errorText(error: TargetError): string {
  const at = error.file ? ` (\`${error.file}${error.line ? `:${error.line}` : ''}\`)` : '';
  const detail = error.detail ? `<br>\`${error.detail.replace(/`/g, "'")}\`` : '';
  return `**${error.code}**${at}: ${error.message}${detail}${error.hint ? `<br>_hint: ${error.hint}_` : ''}`;
}

export function renderFleetMarkdown(report: FleetReport): string {
  const icon = report.ok ? ':white_check_mark:' : ':x:';
  const out = [
    `### ${icon} tenant-migrate ${report.redo ? 'redo' : report.command}${report.dryRun ? ' (dry run)' : ''}${report.shard ? `, shard ${report.shard}` : ''}`,
    '',
  ];
  if (report.nothingToRetry) return [...out, nothingToRetryLine(report), ''].join('\n');
  out.push(fleetSummaryLine(report), '');
  if (report.error) out.push(`> [!CAUTION]\n> ${errorText(report.error)}`, '');
  // The pictures (the rollout's phases, the tenants by version) under the summary line, above the tables.
  const charts = fleetCharts(report);
  if (charts) out.push(charts.trimEnd(), '');
  const failed = report.targets.filter((target) => target.status === 'failed');
  if (failed.length > 0) {
    out.push(`#### ${report.interrupted ? 'Failed or interrupted' : 'Failed'} (${failed.length})`, '', failureTable(failed), '');
  }
  const skipped = report.targets.filter((target) => target.status === 'skipped');
  if (skipped.length > 0) out.push(`${skipped.length} target(s) skipped: ${skipped[0].error?.message ?? ''}`, '');
  const inactive = inactiveLine(report.inactiveTenants);
  if (inactive) out.push(`${inactive}.`, '');
  if (report.tenantsNote) out.push(`> [!NOTE]\n> ${report.tenantsNote}.`, '');
  const rows = report.targets.map((target) => [
    `\`${target.name}\`${target.schema ? ` (schema \`${target.schema}\`)` : ''}`,
    target.kind,
    statusCell(target, report.redo),
    `${formatVersion(target.fromVersion)} → ${formatVersion(target.toVersion)}`,
    (report.dryRun ? (target.planned ?? []) : target.applied).map((step) => step.name).join(', ') || '-',
    formatMs(target.durationMs),
  ]);
  if (rows.length > 0)
    out.push(targetTable(['Target', 'Kind', 'Status', 'Version', report.dryRun ? 'Would run' : 'Ran', 'Time'], rows, out), '');
  return out.join('\n');
}

export function renderStatusMarkdown(report: StatusReport): string {
  const icon = report.ok ? ':white_check_mark:' : ':warning:';
  const out = [`### ${icon} tenant-migrate status${report.shard ? `, shard ${report.shard}` : ''}`, '', statusSummaryLine(report), ''];
  const inactive = inactiveLine(report.inactiveTenants);
  if (inactive) out.push(`${inactive}.`, '');
  const unchecked = uncheckedLine(report);
  if (unchecked) out.push(`> [!NOTE]\n> ${unchecked.replace(/^note: /, '')}.`, '');
  if (report.error) out.push(`> [!CAUTION]\n> ${errorText(report.error)}`, '');
  const charts = statusCharts(report);
  if (charts) out.push(charts.trimEnd(), '');
  // The matrix at a glance: how many targets sit at each version.
  const byVersion = new Map<string, number>();
  for (const target of report.targets) {
    const key = target.error ? 'error' : `${target.kind} ${formatVersion(target.currentVersion)}`;
    byVersion.set(key, (byVersion.get(key) ?? 0) + 1);
  }
  if (byVersion.size > 0) {
    out.push(
      table(
        ['Version', 'Targets'],
        [...byVersion.entries()].map(([version, count]) => [version, String(count)]),
      ),
      '',
    );
  }
  const failing = report.targets.filter((target) => target.error);
  if (failing.length > 0) out.push(`#### Errors (${failing.length})`, '', failureTable(failing), '');
  const rows = report.targets.map((target) => [
    `\`${target.name}\`${target.schema ? ` (schema \`${target.schema}\`)` : ''}`,
    target.kind,
    target.error ? 'error' : formatVersion(target.currentVersion),
    formatVersion(target.latestVersion),
    target.error ? '-' : String(target.pending),
    target.error ? errorText(target.error) : target.drift.map((item) => `${item.version} ${item.kind}`).join(', ') || '-',
    target.lastAppliedAt ?? '-',
  ]);
  if (rows.length > 0)
    out.push(targetTable(['Target', 'Kind', 'Version', 'Latest', 'Pending', 'Drift / error', 'Last applied'], rows, out), '');
  return out.join('\n');
}
