import { fleetCounts } from './fleet-counts.js';
import type { FleetReport, StatusReport } from './fleet-model.js';
import { jsonDetail } from './json-detail.js';
import { statusCounts } from './status-counts.js';

/** `--json`: the report as the library returns it (URLs already masked), for scripts and the Action. */
export function renderFleetJson(report: FleetReport | StatusReport): string {
  return JSON.stringify(report, jsonDetail, 2);
}

/** `status --json`: the report with its counts first (`summary`), as the text's summary line gives them. */
export function renderStatusJson(report: StatusReport): string {
  const { ok, ...rest } = report;
  return JSON.stringify({ ok, summary: statusCounts(report), ...rest }, jsonDetail, 2);
}

/** `migrate --json` (and rollback): the report with its counts first (`summary`), as the text's summary line gives them. */
export function renderMigrateJson(report: FleetReport): string {
  const { command, ok, ...rest } = report;
  return JSON.stringify({ command, ok, summary: fleetCounts(report), ...rest }, jsonDetail, 2);
}
