import type { AnnotationCandidate } from './annotations.js';
import type { ActionPort } from './port.js';

/** Prints annotations as the runner reads them (`::error file=...,line=...::message`). */
export function emitAnnotations(port: ActionPort, annotations: readonly AnnotationCandidate[]): void {
  for (const annotation of annotations) port.annotate(annotation);
}
