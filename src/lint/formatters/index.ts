import type { LintResult } from '../types.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatMarkdown, type MarkdownFormatOptions } from './markdown.js';
import { formatSarif, type SarifFormatOptions } from './sarif.js';
import { formatText, type TextFormatOptions } from './text.js';

export type LintFormat = 'text' | 'json' | 'github' | 'sarif' | 'markdown';
export const LINT_FORMATS: readonly LintFormat[] = ['text', 'json', 'github', 'sarif', 'markdown'];

export type FormatOptions = TextFormatOptions & MarkdownFormatOptions & SarifFormatOptions;

/** Renders a lint result; pure, so the CLI and the Action print the same thing. */
export function formatLint(result: LintResult, format: LintFormat, options: FormatOptions = {}): string {
  switch (format) {
    case 'text':
      return formatText(result, options);
    case 'json':
      return formatJson(result);
    case 'github':
      return formatGithub(result);
    case 'sarif':
      return formatSarif(result, options);
    case 'markdown':
      return formatMarkdown(result, options);
  }
}
