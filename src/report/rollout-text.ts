/**
 * The rollout plan in a report: one line per phase (canary, waves, rest) with how it picks its
 * tenants, what a failure does, and the tenants themselves; after a real run, each phase's
 * outcome, and why the rollout stopped when it did.
 */
import type { FleetReport, TargetResult } from './fleet-model.js';
import type { RolloutPhase, RolloutReport } from './rollout-model.js';

/** Names shown per phase in text; the JSON report lists all. */
const NAMES_SHOWN = 20;

export function listNames(names: readonly string[], shown = NAMES_SHOWN): string {
  if (names.length === 0) return '(none)';
  return names.length <= shown ? names.join(', ') : `${names.slice(0, shown).join(', ')} and ${names.length - shown} more`;
}

export function rolloutHeadline(rollout: RolloutReport): string {
  const parts = [`rollout: ${rollout.phases.length} phase${rollout.phases.length === 1 ? '' : 's'}`];
  if (rollout.onlyWave) parts.push(`wave ${rollout.onlyWave} only (${rollout.outsideWave} tenant(s) of other waves not in this run)`);
  if (rollout.budget) parts.push(`failure budget ${rollout.budget.maxFailures} (--max-failures ${rollout.budget.spec})`);
  if (rollout.shard) parts.push(`shard ${rollout.shard}`);
  return parts.join(', ');
}

/** Per phase: counts of each outcome among its targets. */
export function phaseOutcome(phase: RolloutPhase, targets: readonly TargetResult[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const target of targets) {
    if (target.kind !== 'tenant' || target.wave !== phase.name) continue;
    counts[target.status] = (counts[target.status] ?? 0) + 1;
  }
  return counts;
}

const STATUS_WORDS: Record<string, string> = {
  applied: 'migrated',
  'rolled-back': 'rolled back',
  'up-to-date': 'up to date',
  planned: 'with work to do',
  failed: 'failed',
  skipped: 'not tried',
};

export function outcomeWords(counts: Record<string, number>, command: 'migrate' | 'rollback'): string {
  const order = Object.keys(STATUS_WORDS);
  const entries = Object.entries(counts).sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));
  const words = entries.map(
    ([status, count]) => `${count} ${status === 'applied' && command === 'rollback' ? 'rolled back' : (STATUS_WORDS[status] ?? status)}`,
  );
  return words.length > 0 ? words.join(', ') : 'nothing to run';
}

export function renderRolloutText(
  rollout: RolloutReport,
  targets: readonly TargetResult[],
  options: { dryRun: boolean; command: 'migrate' | 'rollback' },
): string {
  const lines = [rolloutHeadline(rollout)];
  const width = Math.max(...rollout.phases.map((phase) => phase.name.length));
  for (const [index, phase] of rollout.phases.entries()) {
    const how = [
      `${phase.tenants.length} tenant${phase.tenants.length === 1 ? '' : 's'}`,
      phase.selection,
      phase.role === 'rest' ? '' : `on error ${phase.onError}`,
      phase.concurrency ? `concurrency ${phase.concurrency}` : '',
    ].filter(Boolean);
    lines.push(`  ${index + 1}. ${phase.name.padEnd(width)}  ${how.join('; ')}`);
    if (options.dryRun) lines.push(`     ${' '.repeat(width)}  ${listNames(phase.tenants)}`);
    else lines.push(`     ${' '.repeat(width)}  ${outcomeWords(phaseOutcome(phase, targets), options.command)}`);
    if (phase.unknownNames) lines.push(`     ${' '.repeat(width)}  listed but not an active tenant: ${phase.unknownNames.join(', ')}`);
  }
  if (rollout.stopped)
    lines.push(`stopped in ${rollout.stopped.phase} [${rollout.stopped.code}]: ${rollout.stopped.message.replace(/^not tried: /, '')}`);
  return lines.join('\n');
}

/** Where the run is recorded, what it retried, and a record that could not be kept in full. */
export function runRecordLines(report: Pick<FleetReport, 'runId' | 'retryOf' | 'recordWarning'>): string[] {
  const lines: string[] = [];
  if (report.retryOf) lines.push(`retried the failed and not-tried targets of run ${report.retryOf}`);
  if (report.runId) lines.push(`run ${report.runId} recorded: tenant-migrate runs show ${report.runId}`);
  if (report.recordWarning) lines.push(`warning: ${report.recordWarning}`);
  return lines;
}
