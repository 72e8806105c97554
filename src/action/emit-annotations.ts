import * as core from '@actions/core';
import type { AnnotationCandidate } from './annotations.js';

/** Prints annotations as the runner reads them (`::error file=...,line=...::message`). */
export function emitAnnotations(annotations: readonly AnnotationCandidate[]): void {
  for (const annotation of annotations) {
    const properties: core.AnnotationProperties = {
      title: annotation.title,
      file: annotation.file,
      startLine: annotation.line,
      // GitHub takes a column only on a one-line annotation.
      startColumn: annotation.endLine === undefined || annotation.endLine === annotation.line ? annotation.column : undefined,
      endLine: annotation.endLine,
    };
    if (annotation.severity === 'error') core.error(annotation.message, properties);
    else if (annotation.severity === 'warning') core.warning(annotation.message, properties);
    else core.notice(annotation.message, properties);
  }
}
