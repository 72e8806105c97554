/**
 * GitHub shows at most 10 annotations of each kind (error, warning, notice) per step. The worst
 * are shown as annotations; the job summary lists every finding, so nothing is lost.
 */
export interface AnnotationCandidate {
  severity: 'error' | 'warning' | 'notice';
  file?: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  title: string;
  message: string;
}

export const ANNOTATIONS_PER_KIND = 10;

export function selectAnnotations(
  candidates: readonly AnnotationCandidate[],
  perKind = ANNOTATIONS_PER_KIND,
): { shown: AnnotationCandidate[]; hidden: AnnotationCandidate[] } {
  const shown: AnnotationCandidate[] = [];
  const hidden: AnnotationCandidate[] = [];
  for (const severity of ['error', 'warning', 'notice'] as const) {
    const ofKind = candidates
      .filter((candidate) => candidate.severity === severity)
      .sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0));
    shown.push(...ofKind.slice(0, perKind));
    hidden.push(...ofKind.slice(perKind));
  }
  return { shown, hidden };
}
