/**
 * GitHub shows at most 10 annotations of each kind (error, warning, notice) per step, and every
 * `::error`, `::warning` and `::notice` counts, the step's own failure message too. The worst
 * are shown as annotations; the job summary lists every finding, so nothing is lost.
 */
import type { TargetError } from '../report/fleet-model.js';
import { formatTargetError } from '../report/fleet-text.js';

export type AnnotationSeverity = 'error' | 'warning' | 'notice';

export interface AnnotationCandidate {
  severity: AnnotationSeverity;
  file?: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  title: string;
  message: string;
  /** How many problems this one annotation stands for (a group of tenants); heavier ones go first. */
  weight?: number;
}

export const ANNOTATIONS_PER_KIND = 10;

/**
 * The annotations to print and the ones left for the summary. `reserved` counts annotations the
 * caller prints itself (core.setFailed is one error): they come off that kind's 10.
 */
export function selectAnnotations(
  candidates: readonly AnnotationCandidate[],
  reserved: Partial<Record<AnnotationSeverity, number>> = {},
): { shown: AnnotationCandidate[]; hidden: AnnotationCandidate[] } {
  const shown: AnnotationCandidate[] = [];
  const hidden: AnnotationCandidate[] = [];
  for (const severity of ['error', 'warning', 'notice'] as const) {
    const room = Math.max(0, ANNOTATIONS_PER_KIND - (reserved[severity] ?? 0));
    const ofKind = candidates
      .filter((candidate) => candidate.severity === severity)
      .sort((a, b) => (b.weight ?? 1) - (a.weight ?? 1) || (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0));
    shown.push(...ofKind.slice(0, room));
    hidden.push(...ofKind.slice(room));
  }
  return { shown, hidden };
}

/**
 * One error annotation per distinct failure of a deploy or rollback: when 200 tenants fail at the
 * same line with the same message, that is one annotation, "200 tenants failed at file:line",
 * naming the first few; a failure of one target keeps the target's name.
 */
export function targetFailureAnnotations(
  command: string,
  failed: ReadonlyArray<{ name: string; kind: 'master' | 'tenant'; error?: TargetError }>,
): AnnotationCandidate[] {
  const groups = new Map<string, { error: TargetError; targets: Array<{ name: string; kind: string }> }>();
  for (const target of failed) {
    if (!target.error) continue;
    const { file, line, code, message, hint } = target.error;
    const key = JSON.stringify([file, line, code, message, hint]);
    const group = groups.get(key) ?? { error: target.error, targets: [] };
    group.targets.push(target);
    groups.set(key, group);
  }
  return [...groups.values()].map(({ error, targets }) => {
    const where = error.file ? ` at ${error.file}${error.line ? `:${error.line}` : ''}` : '';
    const text = formatTargetError(error).replace(/^ {2}/gm, '');
    if (targets.length === 1) {
      return {
        severity: 'error',
        file: error.file,
        line: error.line,
        title: `tenant-migrate ${command}: ${targets[0].name}`,
        message: `${targets[0].name}: ${text}`,
      };
    }
    const noun = targets.every((target) => target.kind === 'tenant') ? 'tenants' : 'targets';
    const names = targets.slice(0, 5).map((target) => target.name);
    const more = targets.length > 5 ? ` and ${targets.length - 5} more` : '';
    return {
      severity: 'error',
      file: error.file,
      line: error.line,
      weight: targets.length,
      title: `tenant-migrate ${command}: ${targets.length} ${noun} failed${where}`,
      message: `${targets.length} ${noun} failed${where} (${names.join(', ')}${more}): ${text}`,
    };
  });
}
