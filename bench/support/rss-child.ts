/**
 * One command over the fleet in a process of its own, for the rss part of bench/scale.bench.ts,
 * as the CLI runs it: `apply` (migrate, then its text report), `plan` (migrate --dry-run, for
 * fleets too large to apply here: every ledger read, every target planned, nothing written, then
 * its text report) or `status`. Prints the process's peak resident memory.
 */
import { fleetStatus, migrateFleet } from '../../src/fleet/index.js';
import { renderFleetText } from '../../src/report/fleet-text.js';

const [dir, masterUrl, mode] = process.argv.slice(2);
const started = performance.now();
let summary: string;
if (mode === 'status') {
  const status = await fleetStatus({ dir, masterUrl, target: 'tenants' });
  summary = `status ${status.targets.length} targets`;
} else {
  const report = await migrateFleet({ dir, masterUrl, target: 'tenants', dryRun: mode === 'plan' });
  const text = renderFleetText(report);
  const failed = report.targets.filter((target) => target.status === 'failed').length;
  summary = `migrate${mode === 'plan' ? ' --dry-run' : ''} ${report.targets.length} targets, ${failed} failed, report ${text.split('\n').length} lines`;
}
const ms = performance.now() - started;
const peakMb = process.resourceUsage().maxRSS / 1024;
console.log(`peak RSS ${peakMb.toFixed(0)} MB (${summary}; ${(ms / 1000).toFixed(1)}s)`);
