/**
 * Fleet and status reports as terminal text: a table with one row per target, then every
 * failure in full (message and hint), then a one-line summary CI logs end with.
 */

import { type FailureGroup, groupFailures, NAMES_SHOWN, namesByKey, namesOf } from './failure-groups.js';
import { fleetCounts } from './fleet-counts.js';
import type { FleetReport, PlannedStep, StatusReport, TargetError, TargetResult, TargetStatusRow } from './fleet-model.js';
import { renderRolloutText, runRecordLines } from './rollout-text.js';
import { statusCounts } from './status-counts.js';

export function formatMs(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)}s`;
  return `${Math.floor(ms / 60_000)}m${Math.round((ms % 60_000) / 1000)}s`;
}

export function formatVersion(version: number | null): string {
  return version === null ? '-' : String(version);
}

/** Columns padded to their widest cell. */
export function textTable(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column])))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

export function formatTargetError(error: TargetError): string {
  const lines = [`  error: ${error.message} [${error.code}]`];
  if (error.detail) lines.push(...error.detail.split('\n').map((line) => `  ${line}`));
  if (error.hint) lines.push(`  hint: ${error.hint}`);
  return lines.join('\n');
}

/** A failure of the whole run (not one target's), as the last lines before the summary. */
function formatRunError(error: TargetError): string {
  return `\nerror: ${error.message} [${error.code}]${error.detail ? `\n${error.detail}` : ''}${error.hint ? `\nhint: ${error.hint}` : ''}`;
}

/** The default tenants query's rows that said they were inactive: left out, and said so. */
export function inactiveLine(inactive: number | undefined): string | undefined {
  if (!inactive) return undefined;
  return `${inactive} tenant row${inactive === 1 ? '' : 's'} left out as inactive (active/is_active/enabled false, an inactive status, or deleted_at set)`;
}

function where(target: { url: string; schema?: string }): string {
  return `${target.url || 'no URL'}${target.schema ? ` schema ${target.schema}` : ''}`;
}

/**
 * The STATUS column: an interrupt's targets say so rather than failed or skipped, and a redo's
 * target that was rolled back and applied again says `redone`, as the summary line counts it
 * (the JSON keeps `"status": "applied"`, which scripts read).
 */
export function statusCell(target: TargetResult, redo = false): string {
  if (redo && target.status === 'applied') return 'redone';
  if (target.error?.code !== 'INTERRUPTED') return target.status;
  return target.status === 'failed' ? 'interrupted' : target.status === 'skipped' ? 'not started' : target.status;
}

export function fleetSummaryLine(report: FleetReport): string {
  const counts = fleetCounts(report);
  const parts = [
    counts.applied ? `${counts.applied} ${report.redo ? 'redone' : 'migrated'}` : '',
    counts.rolledBack ? `${counts.rolledBack} rolled back` : '',
    counts.planned ? `${counts.planned} with work to do` : '',
    counts.upToDate ? `${counts.upToDate} ${report.command === 'migrate' ? 'up to date' : 'with nothing to roll back'}` : '',
    counts.failed ? `${counts.failed} failed` : '',
    counts.skipped ? `${counts.skipped} skipped` : '',
    counts.interrupted ? `${counts.interrupted} interrupted` : '',
    counts.notStarted ? `${counts.notStarted} not started` : '',
  ].filter(Boolean);
  const outcome = report.interrupted ? ` -- INTERRUPTED by ${report.interrupted.signal}` : report.ok ? '' : ' -- FAILED';
  const steps = counts.migrationsRun;
  const head = `${report.redo ? 'redo' : report.command}${report.dryRun ? ' (dry run, nothing changed)' : ''}${report.shard ? ` shard ${report.shard}` : ''}`;
  return `${head}: ${report.targets.length} target${report.targets.length === 1 ? '' : 's'}${parts.length ? `, ${parts.join(', ')}` : ''}; ${steps} migration${steps === 1 ? '' : 's'} run in ${formatMs(report.durationMs)}${outcome}`;
}

/** Past this many targets the text report shows counts instead of a row per target (the JSON has every row). */
export const TEXT_TABLE_LIMIT = 50;

/** Goose versions taken over, said once per set of versions: 300 tenants adopting 1 and 2 are one line, not 300. */
function adoptionLines(report: FleetReport): string[] {
  const groups = namesByKey(
    report.targets,
    (target) => (target.adopted && target.adopted.length > 0 ? target.adopted.join(', ') : undefined),
    (target) => target.name,
  );
  const verb = report.dryRun ? 'would adopt' : 'adopted';
  return groups.map((group) => `\n${whoOf(group)}: ${verb} goose versions ${group.key} (counted as applied, not re-run)`);
}

function createdSchemaLines(targets: readonly TargetResult[]): string[] {
  const created = targets.filter((target) => target.createdSchema);
  if (created.length <= NAMES_SHOWN) {
    return created.map((target) => `\n${target.name}: schema ${target.schema} did not exist and was created (--create-missing)`);
  }
  const group = { names: created.slice(0, NAMES_SHOWN).map((target) => target.name), count: created.length };
  return [
    `\n${created.length.toLocaleString('en-US')} targets' schemas did not exist and were created (--create-missing): ${namesOf(group)}`,
  ];
}

/** One name, or `N targets: a, b, c, d, e and N-5 more`. */
function whoOf(group: { names: string[]; count: number }): string {
  return group.count === 1 ? group.names[0] : `${group.count.toLocaleString('en-US')} targets (${namesOf(group)})`;
}

export function renderFleetText(report: FleetReport): string {
  if (report.nothingToRetry) return nothingToRetryLine(report);
  const out: string[] = [];
  const large = report.targets.length > TEXT_TABLE_LIMIT;
  // The outcome first, so a long log is read from its first line; again at the end, where CI logs are read.
  if (large) out.push(fleetSummaryLine(report), '', tableLeftOut(report.targets.length));
  else if (report.targets.length > 0) {
    out.push(
      textTable(
        ['TARGET', 'KIND', 'STATUS', 'FROM', 'TO', report.dryRun ? 'PLANNED' : 'RUN', 'TIME'],
        report.targets.map((target) => [
          target.schema ? `${target.name} (${target.schema})` : target.name,
          target.kind,
          statusCell(target, report.redo),
          formatVersion(target.fromVersion),
          formatVersion(target.toVersion),
          String(report.dryRun ? (target.planned?.length ?? 0) : target.applied.length),
          formatMs(target.durationMs),
        ]),
      ),
    );
  }
  if (report.rollout) out.push(`\n${renderRolloutText(report.rollout, report.targets, report)}`);
  if (report.dryRun) out.push(...plannedSections(report.targets));
  out.push(...adoptionLines(report), ...createdSchemaLines(report.targets));
  out.push(...lockRetryLines(report.targets));
  const failed = report.targets.filter((target) => target.status === 'failed');
  out.push(
    ...failureSections(
      'FAILED',
      failed.filter((target) => target.error?.code !== 'INTERRUPTED'),
    ),
    ...failureSections(
      'INTERRUPTED',
      failed.filter((target) => target.error?.code === 'INTERRUPTED'),
    ),
  );
  const skipped = report.targets.filter((target) => target.status === 'skipped');
  for (const kind of ['master', 'tenant'] as const) {
    const ofKind = skipped.filter((target) => target.kind === kind);
    if (ofKind.length > 0)
      out.push(`\nskipped ${kind === 'master' ? 'the master' : `${ofKind.length} tenant(s)`}: ${ofKind[0].error?.message ?? ''}`);
  }
  const inactive = inactiveLine(report.inactiveTenants);
  if (inactive) out.push(`\n${inactive}`);
  if (report.tenantsNote) out.push(`\nnote: ${report.tenantsNote}`);
  if (report.error) out.push(formatRunError(report.error));
  out.push(`\n${fleetSummaryLine(report)}`);
  out.push(...runRecordLines(report), ...redoRetryLines(report));
  return out.join('\n');
}

/** --retry-failed of a run with nothing left to retry: no target tried, no run recorded. */
export function nothingToRetryLine(report: FleetReport): string {
  const run = report.retryOf ?? 'last';
  return report.nothingToRetry === 'ok'
    ? `nothing to retry: run ${run} was ok (no target tried, no run recorded)`
    : `nothing to retry: every target of run ${run} finished, applied or up to date (no target tried, no run recorded)`;
}

/**
 * A redo that failed: as an interrupted one does, name the retry that redoes only the failed and
 * not tried targets. Not when a failed target was left rolled back (its UP failed after its DOWN):
 * redo would take that one a version further down, and its own hint says migrate.
 */
function redoRetryLines(report: FleetReport): string[] {
  if (!report.redo || report.ok || report.dryRun || report.interrupted || report.error || !report.runId) return [];
  const failed = report.targets.filter((target) => target.status === 'failed');
  if (failed.length === 0) return [];
  const leftDown = failed.some((target) => {
    const downs = target.applied.filter((step) => step.direction === 'down').length;
    return downs > target.applied.length - downs;
  });
  if (leftDown) return [];
  return [
    `hint: redo with --retry-failed ${report.runId} redoes only the failed and not tried targets; the others were redone (rolled back and applied again), and the same command again would redo them once more`,
  ];
}

function tableLeftOut(count: number): string {
  return `(${count.toLocaleString('en-US')} targets: the table of one row per target is left out past ${TEXT_TABLE_LIMIT}; --json lists every target)`;
}

/**
 * Drift of a large fleet, which its table would have shown per target: one section per set of
 * drifted files (the same edit shows on every tenant it reached), with the count and the first
 * names; `status --tenant NAME` shows one target's drift in full.
 */
function driftSections(targets: readonly TargetStatusRow[]): string[] {
  const groups = namesByKey(
    targets,
    // By migration name: the section stands without the table's version columns beside it.
    (target) => (target.drift.length === 0 ? undefined : driftText(target.drift, (item) => item.name)),
    (target) => target.name,
  );
  return groups.map(
    (group) => `\nDRIFT ${group.count.toLocaleString('en-US')} target${group.count === 1 ? '' : 's'}: ${namesOf(group)}\n  ${group.key}`,
  );
}

/** A target's drift as its table cell says it: `7 changed, 8 renamed (now 008_y.sql)`. */
function driftText(
  drift: TargetStatusRow['drift'],
  label: (item: TargetStatusRow['drift'][number]) => string = (item) => String(item.version),
): string {
  return drift
    .map((item) => `${label(item)} ${item.kind}${item.file ? ` (${item.kind === 'renamed' ? 'now' : 'as'} ${item.file})` : ''}`)
    .join(', ');
}

/** Status of a large fleet: how many targets sit at each version. */
function versionCounts(report: StatusReport): string[] {
  const counts = new Map<string, number>();
  for (const target of report.targets) {
    const key = target.error
      ? 'error'
      : `${target.kind} at ${formatVersion(target.currentVersion)}${target.pending ? `, ${target.pending} pending` : ''}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()].map(([key, count]) => `  ${String(count).padStart(7)}  ${key}`);
}

/**
 * Failures, one section per cause: a cause met by one target is printed as it always was; one
 * met by many is printed once, with the count and the first names.
 */
function failureSections(
  label: string,
  targets: ReadonlyArray<{ name: string; url: string; schema?: string; error?: TargetError }>,
): string[] {
  return groupFailures(targets).map((group) => {
    if (group.count === 1) return `\n${label} ${group.first.name} (${where(group.first)})\n${formatTargetError(group.first.error)}`;
    const error: TargetError = { code: group.code, message: group.message, hint: group.hint, detail: group.detail };
    return `\n${label} ${group.count.toLocaleString('en-US')} targets: ${namesOf(group)}\n${formatTargetError(error)}${exampleLine(group)}`;
  });
}

/**
 * A group's message says `<database>` where each target has its own: the first target's own
 * words too, so the reader sees which database (or schema, or URL) is meant without --json.
 */
function exampleLine(group: FailureGroup): string {
  if (group.first.error.message === group.message) return '';
  return `\n  e.g. ${group.first.name}: ${group.first.error.message}`;
}

/** Migrations that waited for a table lock and were tried again, at most a few lines. */
function lockRetryLines(targets: readonly TargetResult[]): string[] {
  const retried = targets.flatMap((target) =>
    target.applied.filter((step) => step.lockRetries).map((step) => ({ target: target.name, step })),
  );
  if (retried.length === 0) return [];
  const lines = retried
    .slice(0, NAMES_SHOWN)
    .map(
      ({ target, step }) =>
        `${target}: ${step.name} met lock_timeout and was applied at attempt ${step.lockRetries!.attempts} (${formatMs(step.lockRetries!.waitedMs)} waited)`,
    );
  if (retried.length > NAMES_SHOWN) lines.push(`and ${retried.length - NAMES_SHOWN} more migrations applied after lock-timeout retries`);
  return [`\n${lines.join('\n')}`];
}

/** Targets with the same plan are shown once: 200 tenants behind by the same files is one section. */
function plannedSections(targets: readonly TargetResult[]): string[] {
  const groups = new Map<string, { names: string[]; steps: PlannedStep[] }>();
  for (const target of targets) {
    if (!target.planned || target.planned.length === 0) continue;
    const key = target.planned.map((step) => `${step.direction}:${step.file}`).join('\n');
    const group = groups.get(key) ?? { names: [], steps: target.planned };
    group.names.push(target.name);
    groups.set(key, group);
  }
  const sections: string[] = [];
  for (const { names, steps } of groups.values()) {
    const who = names.length <= 5 ? names.join(', ') : `${names.slice(0, 5).join(', ')} and ${names.length - 5} more`;
    const lines = [`\n${who}: would ${steps[0].direction === 'up' ? 'apply' : 'roll back'} ${steps.length} migration(s)`];
    for (const step of steps) {
      lines.push(`  ${step.direction.toUpperCase()} ${step.name}  ${step.file}${step.transaction ? '' : '  (NO TRANSACTION)'}`);
      for (const statement of step.statements) {
        const [first, ...rest] = statement.sql.split('\n');
        lines.push(`    ${`${statement.line}:${statement.column}`.padEnd(8)}${first}`);
        for (const line of rest) lines.push(`    ${' '.repeat(8)}${line}`);
      }
    }
    sections.push(lines.join('\n'));
  }
  return sections;
}

export function statusSummaryLine(report: StatusReport): string {
  const counts = statusCounts(report);
  // A refusal of the whole run (two rows on one ledger, a tenants query that failed) is said too:
  // the counts alone would read as a clean fleet.
  const refused = report.error ? ` -- FAILED: ${report.error.code}` : '';
  return `status${report.shard ? ` shard ${report.shard}` : ''}: ${counts.targets} target${counts.targets === 1 ? '' : 's'}, ${counts.upToDate} up to date, ${counts.behind} behind (${counts.pending} pending), ${counts.drift} with drift, ${counts.outOfOrder} out of order, ${counts.failing} unreachable or failing; ${formatMs(report.durationMs)}${refused}`;
}

export function renderStatusText(report: StatusReport): string {
  const out: string[] = [];
  const large = report.targets.length > TEXT_TABLE_LIMIT;
  if (large) out.push(statusSummaryLine(report), '', tableLeftOut(report.targets.length), ...versionCounts(report));
  else if (report.targets.length > 0) {
    out.push(
      textTable(
        ['TARGET', 'KIND', 'VERSION', 'LATEST', 'PENDING', 'DRIFT', 'LAST APPLIED'],
        report.targets.map((target) => [
          target.schema ? `${target.name} (${target.schema})` : target.name,
          target.kind,
          target.error ? 'ERROR' : formatVersion(target.currentVersion),
          formatVersion(target.latestVersion),
          target.error ? '-' : String(target.pending) + (target.outOfOrder.length ? ` (${target.outOfOrder.length} out of order)` : ''),
          target.drift.length === 0 ? '-' : driftText(target.drift),
          target.lastAppliedAt ? target.lastAppliedAt.replace('T', ' ').replace(/\.\d+Z$/, 'Z') : '-',
        ]),
      ),
    );
  }
  out.push(
    ...failureSections(
      'ERROR',
      report.targets.filter((row) => row.error),
    ),
  );
  if (large) out.push(...driftSections(report.targets));
  const goose = report.targets.filter((row) => row.managedBy === 'goose');
  if (goose.length > NAMES_SHOWN) {
    out.push(
      `\n${namesOf({ names: goose.slice(0, NAMES_SHOWN).map((row) => row.name), count: goose.length })}: managed by goose so far; the next migrate adopts their versions`,
    );
  } else {
    for (const target of goose) out.push(`\n${target.name}: managed by goose so far; the next migrate adopts its versions`);
  }
  const inactive = inactiveLine(report.inactiveTenants);
  if (inactive) out.push(`\n${inactive}`);
  const unchecked = uncheckedLine(report);
  if (unchecked) out.push(`\n${unchecked}`);
  // The run's error is often the master's own (nothing to list tenants from): say it once.
  if (report.error && !report.targets.some((target) => target.error?.message === report.error?.message)) {
    out.push(formatRunError(report.error));
  }
  out.push(`\n${statusSummaryLine(report)}`);
  return out.join('\n');
}

/**
 * Versions applied by another runner (the Python runner's rows, goose's adopted ones) carry no
 * checksum: status cannot see edits to their files, and says so rather than show them as clean.
 */
export function uncheckedLine(report: StatusReport): string | undefined {
  const rows = report.targets.filter((target) => target.unchecked);
  if (rows.length === 0) return undefined;
  const versions = rows.reduce((sum, target) => sum + (target.unchecked ?? 0), 0);
  return `note: ${versions} applied version(s) on ${rows.length} target(s) have no checksum in the ledger (written by another runner, or adopted from goose): an edit to their files cannot be detected`;
}

/** One target's outcome on one line: what the progress log and the Action's step log print. */
export function formatTargetLine(result: TargetResult, redo = false): string {
  const name = result.schema ? `${result.name} (${result.schema})` : result.name;
  if (result.status === 'failed') return `${name} FAILED ${result.error?.code}: ${result.error?.message}`;
  const steps = result.planned?.length ?? result.applied.length;
  // A redo's target that was rolled back and applied again is `redone`, as its report's STATUS says.
  return `${name} ${redo && result.status === 'applied' ? 'redone' : result.status} ${formatVersion(result.fromVersion)} -> ${formatVersion(result.toVersion)} (${steps} migration${steps === 1 ? '' : 's'}, ${formatMs(result.durationMs)})`;
}
