/**
 * The `check` report: lint and verify together, as the PR comment and the job summary show it;
 * for the Action's `lint` command, the lint part alone. Pure: the Action gathers the results,
 * this renders them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { formatLint } from '../lint/formatters/index.js';
import type { LintResult } from '../lint/types.js';
import { templatesDir } from '../templates-dir.js';
import type { VerifyReport } from './verify-model.js';
import { renderVerifyReport } from './verify-render.js';

/** The Action's commands that report on a pull request: check (lint and verify), and lint alone. */
export type CheckCommand = 'check' | 'lint';

export interface CheckReport {
  /** check: lint and verify; lint: lint alone (no verify section, none expected). Default check. */
  command?: CheckCommand;
  lint: LintResult;
  /** check: undefined when verify could not run at all (see `verifyError`). */
  verify?: VerifyReport;
  verifyError?: string;
  /** Why the check failed or passed under `fail-on`. */
  failed: boolean;
  /** Things the reader should know: a fork PR without a comment, a base ref that was missing. */
  notes: string[];
  /**
   * What the check could not judge (the base commit missing, so edits to applied migrations went
   * unchecked): never "passed"; when it did not fail (fail-on: never), the verdict is "incomplete".
   */
  incomplete?: string;
  /** Lint's fixes as diffs, when they could not be posted as review suggestions (markdown, see review-suggestions.ts). */
  suggestions?: string;
}

export interface CheckRenderOptions {
  /** Hidden marker that finds the sticky comment again. */
  marker?: string;
  /** `https://github.com/o/r/blob/<sha>`: lint findings link to their lines. */
  blobUrl?: string;
  commit?: string;
  runUrl?: string;
}

export function renderCheckMarkdown(report: CheckReport, options: CheckRenderOptions = {}): string {
  const lint = formatLint(report.lint, 'markdown', { baseUrl: options.blobUrl, title: 'Lint' });
  const verify = report.command === 'lint' ? '' : verifySection(report);
  const view = {
    marker: options.marker ?? '',
    command: report.command ?? 'check',
    verdictIcon: report.failed ? ':x:' : report.incomplete ? ':warning:' : ':white_check_mark:',
    verdict: verdictLine(report),
    notes: report.notes,
    lint,
    suggestions: report.suggestions ?? '',
    verify,
    commit: options.commit?.slice(0, 12),
    runUrl: options.runUrl,
  };
  return `${template()(view)
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

function verdictLine(report: CheckReport): string {
  const { errors, warnings } = report.lint.summary;
  const parts = [`${errors} lint error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`];
  if (report.command !== 'lint') parts.push(verifyVerdict(report.verify));
  if (report.incomplete) parts.push(report.incomplete);
  return `${report.failed ? 'failed' : report.incomplete ? 'incomplete' : 'passed'} (${parts.join('; ')})`;
}

function verifySection(report: CheckReport): string {
  return report.verify
    ? renderVerifyReport(report.verify, 'markdown')
    : `### :x: Verify did not run\n\n${'```'}\n${report.verifyError ?? 'unknown error'}\n${'```'}`;
}

function verifyVerdict(verify: VerifyReport | undefined): string {
  if (!verify) return 'verify did not run';
  const migrations = verify.scopes.flatMap((scope) => scope.migrations);
  // Only a DOWN that was run and restored the catalog counts: no DOWN, or a run that never got
  // that far (null), is not "verified reversible".
  const reversible = migrations.filter((migration) => migration.reversible === true).length;
  return migrations.length === 0
    ? 'no migration to verify'
    : `${reversible} of ${migrations.length} migration${migrations.length === 1 ? '' : 's'} verified reversible`;
}

let compiled: Handlebars.TemplateDelegate | undefined;
function template(): Handlebars.TemplateDelegate {
  compiled ??= Handlebars.create().compile(readFileSync(join(templatesDir(), 'report', 'check-comment.md.hbs'), 'utf8'), {
    noEscape: true,
  });
  return compiled;
}
