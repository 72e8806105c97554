/** `runs` and `runs show ID` as text, markdown and JSON: the run's header, then its merged fleet report. */
import { renderFleetMarkdown } from './fleet-markdown.js';
import { formatMs, renderFleetText, textTable } from './fleet-text.js';
import { jsonDetail } from './json-detail.js';
import { type RunHeader, type RunListRow, type RunReport, type RunState, runState } from './run-model.js';

function when(iso: string | null): string {
  return iso ? iso.replace('T', ' ').replace(/\.\d+Z$/, 'Z') : '-';
}

function duration(run: Pick<RunHeader, 'startedAt' | 'endedAt'>): string {
  return run.endedAt ? formatMs(Date.parse(run.endedAt) - Date.parse(run.startedAt)) : 'running';
}

function headerLines(run: RunReport): string[] {
  const { run: info, parts } = run;
  const lines = [
    `run ${info.id}: ${info.command}, started ${when(info.startedAt)}${info.startedBy ? ` by ${info.startedBy}` : ''}, ${info.endedAt ? `ended ${when(info.endedAt)} (${duration(info)})` : 'not ended'}${run.report.interrupted ? `, interrupted by ${run.report.interrupted.signal}` : ''}`,
    `commit ${info.gitCommit ?? 'unknown'}${info.retryOf ? `; retries the failed targets of run ${info.retryOf}` : ''}`,
  ];
  if (parts.length > 1 || (parts[0] && parts[0].part !== 'all')) {
    lines.push(
      `parts (${parts.length}): ${parts.map((part) => `${part.part} ${part.endedAt === null ? 'running' : part.ok ? 'ok' : 'FAILED'}`).join(', ')}`,
    );
  }
  if (run.unfinished > 0) lines.push(`${run.unfinished} target(s) not finished (pending, or running in a part that has not ended)`);
  return lines;
}

export function renderRunText(run: RunReport): string {
  // The header names the run: no "recorded: tenant-migrate runs show ID" under its own report.
  const { runId: _runId, ...report } = run.report;
  return `${headerLines(run).join('\n')}\n\n${renderFleetText(report)}`;
}

export function renderRunMarkdown(run: RunReport): string {
  return `${headerLines(run)
    .map((line) => `${line}  `)
    .join('\n')}\n\n${renderFleetMarkdown(run.report)}`;
}

export function renderRunJson(run: RunReport): string {
  return JSON.stringify(run, jsonDetail, 2);
}

/** A redo's targets that were rolled back and applied again are counted `redone`, as its report says (`counts` in JSON keeps `applied`). */
function countsText(counts: Record<string, number>, command?: string): string {
  // Known statuses in a reading order, then any other the record holds: a count is never dropped.
  const known = ['applied', 'rolled-back', 'up-to-date', 'planned', 'failed', 'skipped', 'running', 'pending'];
  const order = [...known, ...Object.keys(counts).filter((status) => !known.includes(status))];
  const parts = order
    .filter((status) => counts[status])
    .map(
      (status) =>
        `${counts[status]} ${status === 'skipped' ? 'not tried' : status === 'applied' && command === 'redo' ? 'redone' : status}`,
    );
  return parts.join(', ') || 'no targets';
}

function listedState(row: RunListRow): RunState {
  return runState({
    ended: row.endedAt !== null,
    runningParts: row.running,
    unfinishedTargets: (row.counts.pending ?? 0) + (row.counts.running ?? 0),
    interrupted: row.interrupted !== undefined,
    failed: (row.counts.failed ?? 0) + (row.counts.skipped ?? 0) + (row.failedParts ?? 0) > 0,
  });
}

export function renderRunListText(rows: readonly RunListRow[]): string {
  if (rows.length === 0) return 'no runs recorded yet (migrate, rollback and redo record each run in the master database)';
  return textTable(
    ['ID', 'COMMAND', 'STARTED', 'TIME', 'BY', 'COMMIT', 'STATE', 'TARGETS'],
    rows.map((row) => [
      row.id,
      row.command,
      when(row.startedAt),
      duration(row),
      row.startedBy ?? '-',
      row.gitCommit ? row.gitCommit.slice(0, 12) : '-',
      listedState(row),
      `${countsText(row.counts, row.command)}${row.parts > 1 ? ` (${row.parts} parts)` : ''}`,
    ]),
  );
}

export function renderRunListMarkdown(rows: readonly RunListRow[]): string {
  if (rows.length === 0) return '_No runs recorded yet._';
  const lines = ['| Run | Command | Started | Time | By | Commit | State | Targets |', '| --- | --- | --- | --- | --- | --- | --- | --- |'];
  for (const row of rows) {
    lines.push(
      `| \`${row.id}\` | ${row.command} | ${when(row.startedAt)} | ${duration(row)} | ${row.startedBy ?? '-'} | ${row.gitCommit ? `\`${row.gitCommit.slice(0, 12)}\`` : '-'} | ${listedState(row)} | ${countsText(row.counts, row.command)} |`,
    );
  }
  return lines.join('\n');
}

export function runListJson(rows: readonly RunListRow[]): string {
  return JSON.stringify(
    rows.map((row) => ({ ...row, state: listedState(row) })),
    null,
    2,
  );
}
