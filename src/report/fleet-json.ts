import type { FleetReport, StatusReport } from './fleet-model.js';

/** `--json`: the report as the library returns it (URLs already masked), for scripts and the Action. */
export function renderFleetJson(report: FleetReport | StatusReport): string {
  return JSON.stringify(report, null, 2);
}
