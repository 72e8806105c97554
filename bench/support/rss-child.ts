/**
 * One fleet run in a process of its own, for the rss part of bench/scale.bench.ts: migrate (real),
 * then status, then the text report; prints the process's peak resident memory.
 */
import { fleetStatus, migrateFleet } from '../../src/fleet/index.js';
import { renderFleetText } from '../../src/report/fleet-text.js';

const [dir, masterUrl, mode] = process.argv.slice(2);
const started = performance.now();
// 'plan': a dry run (reads every ledger, plans every target, writes nothing) for fleets too large to apply here.
const report = await migrateFleet({ dir, masterUrl, target: 'tenants', dryRun: mode === 'plan' });
const text = renderFleetText(report);
const status = await fleetStatus({ dir, masterUrl, target: 'tenants' });
const ms = performance.now() - started;
const failed = report.targets.filter((target) => target.status === 'failed').length;
const peakMb = process.resourceUsage().maxRSS / 1024;
console.log(
  `peak RSS ${peakMb.toFixed(0)} MB (migrate${mode === 'plan' ? ' --dry-run' : ''} ${report.targets.length} targets, ${failed} failed, status ${status.targets.length}, report ${text.split('\n').length} lines; ${(ms / 1000).toFixed(1)}s)`,
);
