/**
 * The fleet as pictures GitHub renders in a job summary: a Mermaid pie of the tenants by version
 * (after a deploy or rollback, or as status reads them), and the rollout's phases in order, each
 * with its outcome (a failed phase red, one not tried grey). Placed above the tables.
 */
import type { FleetReport, StatusReport, TargetResult } from './fleet-model.js';
import type { RolloutPhase } from './rollout-model.js';
import { outcomeWords, phaseOutcome } from './rollout-text.js';

const CLASSES = [
  'classDef ok fill:#dafbe1,stroke:#1a7f37,color:#1f2328',
  'classDef failed fill:#ffebe9,stroke:#cf222e,color:#1f2328',
  'classDef skipped fill:#f6f8fa,stroke:#8c959f,color:#57606a',
];

/** Text inside a quoted Mermaid label: no quotes, no markup. */
function label(text: string): string {
  return text.replace(/["<>]/g, '').replace(/[\r\n]+/g, ' ');
}

function block(lines: readonly string[]): string {
  return ['```mermaid', ...lines, '```'].join('\n');
}

/** Slices in version order, the unknown ones last. */
function pie(title: string, counts: Map<string, number>): string | undefined {
  if (counts.size === 0) return undefined;
  const order = (key: string) => {
    const version = /^version (\d+)$/.exec(key);
    return version ? Number(version[1]) : Number.MAX_SAFE_INTEGER;
  };
  const slices = [...counts.entries()].sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b));
  return block([`pie showData title ${label(title)}`, ...slices.map(([key, count]) => `  "${label(key)}" : ${count}`)]);
}

function versionKey(version: number | null): string {
  return version === null ? 'no version' : `version ${version}`;
}

/** After a run: where each tenant stands (a failed one at the version it stopped at; one not tried: unknown). */
export function tenantVersionPie(targets: readonly TargetResult[]): string | undefined {
  const counts = new Map<string, number>();
  for (const target of targets) {
    if (target.kind !== 'tenant') continue;
    const key = target.status === 'skipped' ? 'not tried' : versionKey(target.toVersion);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return pie('Tenants by version after the run', counts);
}

export function statusVersionPie(report: StatusReport): string | undefined {
  const counts = new Map<string, number>();
  for (const target of report.targets) {
    if (target.kind !== 'tenant') continue;
    const key = target.error ? 'unreachable' : versionKey(target.currentVersion);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return pie('Tenants by version', counts);
}

function phaseClass(counts: Record<string, number>): string {
  if (counts.failed) return 'failed';
  const tried = Object.entries(counts).some(([status, count]) => status !== 'skipped' && count > 0);
  return tried || Object.keys(counts).length === 0 ? 'ok' : 'skipped';
}

/** The master, then each phase of the rollout, left to right, with its outcome. */
export function rolloutFlow(report: FleetReport): string | undefined {
  const phases: RolloutPhase[] = report.rollout?.phases ?? [];
  if (phases.length === 0) return undefined;
  const nodes: string[] = [];
  const master = report.targets.find((target) => target.kind === 'master');
  if (master) {
    const state = master.status === 'failed' ? 'failed' : master.status === 'skipped' ? 'skipped' : 'ok';
    nodes.push(`m["master<br/>${label(master.status)}"]:::${state}`);
  }
  for (const [index, phase] of phases.entries()) {
    const counts = phaseOutcome(phase, report.targets);
    nodes.push(`p${index}["${label(phase.name)}<br/>${label(outcomeWords(counts, report.command))}"]:::${phaseClass(counts)}`);
  }
  const lines = ['flowchart LR', `  ${nodes.join(' --> ')}`, ...CLASSES.map((line) => `  ${line}`)];
  return block(lines);
}

/** Both pictures for a deploy or rollback summary, or '' when there is nothing to draw. */
export function fleetCharts(report: FleetReport): string {
  const charts = [rolloutFlow(report), tenantVersionPie(report.targets)].filter(Boolean);
  return charts.length > 0 ? `${charts.join('\n\n')}\n\n` : '';
}

export function statusCharts(report: StatusReport): string {
  const chart = statusVersionPie(report);
  return chart ? `${chart}\n\n` : '';
}
