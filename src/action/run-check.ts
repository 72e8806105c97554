/**
 * `command: check` on a pull request: lint (against the PR's base, so edits to applied
 * migrations are caught) and verify on throwaway databases, then one sticky comment, a job
 * summary, annotations on the file lines and the outputs. Lint and verify decide whether the
 * step fails; the comment and the summary are reporting, and a failure of theirs is a note.
 */

import { isTenantMigrateError } from '../errors.js';
import { lintMigrations } from '../lint/lint-migrations.js';
import type { LintResult } from '../lint/types.js';
import { type CheckRenderOptions, type CheckReport, renderCheckMarkdown } from '../report/check-report.js';
import { verifyReportInTerms } from '../report/in-terms.js';
import type { VerifyReport } from '../report/verify-model.js';
import { describeVerifyEvent } from '../report/verify-progress.js';
import { verifyMigrations } from '../verify/verify-migrations.js';
import { type AnnotationCandidate, selectAnnotations } from './annotations.js';
import { changedLines } from './changed-lines.js';
import { fitComment } from './comment-size.js';
import { emitAnnotations } from './emit-annotations.js';
import { allVerifyFindings, checkCounts, failureReason } from './fail-on.js';
import type { ActionInputs } from './inputs.js';
import { writeSummary } from './job-summary.js';
import type { ActionPort, PullRequestPayload } from './port.js';
import { checkReportOutput } from './report-output.js';
import { postReviewSuggestions, suggestionsFor, suggestionsMarkdown } from './review-suggestions.js';
import { registerConnectionSecrets } from './secrets.js';
import { commentMarker, type StickyResult, upsertStickyComment } from './sticky-comment.js';
import { ACTION_TERMS } from './terms.js';

export async function runCheck(port: ActionPort, inputs: ActionInputs): Promise<void> {
  registerConnectionSecrets(port, [inputs.ephemeralUrl]);
  const { github } = port;
  const pullRequest = github.pullRequest;
  // Notes go to the log as plain lines and to the summary: as ::warning they would take the
  // place of a finding's annotation (GitHub shows 10 per kind).
  const notes: string[] = [];
  const note = (text: string) => {
    notes.push(text);
    port.log(text);
  };
  let base = inputs.base ?? pullRequest?.base?.sha;

  let lint: LintResult;
  try {
    lint = await lintMigrations({ dir: inputs.dir, base });
  } catch (error) {
    if (!(isTenantMigrateError(error) && error.code === 'BASE_REF_NOT_FOUND')) throw error;
    note(
      `The base commit ${base} is not in the checkout, so edits to applied migrations were not checked: use actions/checkout with fetch-depth: 0.`,
    );
    base = undefined;
    lint = await lintMigrations({ dir: inputs.dir });
  }
  for (const text of lint.notes ?? []) note(text);

  let verify: VerifyReport | undefined;
  let verifyError: string | undefined;
  await port.group('verify on throwaway databases', async () => {
    try {
      const verified = await verifyMigrations({
        dir: inputs.dir,
        ephemeral: inputs.ephemeral,
        ephemeralUrl: inputs.ephemeralUrl,
        postgresImage: inputs.postgresImage,
        schemaFile: inputs.schemaFile,
        strict: inputs.strict,
        base,
        onProgress: (event) => {
          for (const line of describeVerifyEvent(event)) port.log(line);
        },
      });
      verify = verifyReportInTerms(verified, ACTION_TERMS);
    } catch (error) {
      verifyError = isTenantMigrateError(error) ? error.format(ACTION_TERMS) : String((error as Error)?.message ?? error);
      // The summary shows it in full and the step's failure names it: no annotation of its own.
      port.log(`verify did not run: ${verifyError}`);
    }
  });

  const { errors, warnings } = lint.summary;
  const reason = failureReason(inputs.failOn, checkCounts(lint.summary, verify, verifyError));
  const failed = reason !== undefined;
  const suggestions = await offerFixes(port, inputs, { pullRequest, lint, base, note });
  const report: CheckReport = { lint, verify, verifyError, failed, notes, suggestions };

  const repository = `${github.serverUrl}/${github.repo.owner}/${github.repo.repo}`;
  const commit = pullRequest?.head?.sha ?? github.sha;
  const renderOptions: CheckRenderOptions = {
    blobUrl: commit ? `${repository}/blob/${commit}` : undefined,
    commit,
    runUrl: github.runId ? `${repository}/actions/runs/${github.runId}` : undefined,
  };

  // Warnings this step prints itself: each takes one of the 10 warning annotations.
  const ownWarnings: string[] = [];
  let commentUrl = '';
  if (inputs.comment && pullRequest && inputs.githubToken) {
    const result = await postComment(port, inputs, pullRequest, report, renderOptions);
    if (result.outcome === 'skipped') {
      note(`No pull request comment: ${result.reason}.`);
    } else if (result.outcome === 'failed') {
      // Not expected (GitHub down, a 5xx, a 422): worth a warning, and the check goes on.
      notes.push(`No pull request comment: ${result.reason}.`);
      ownWarnings.push(notes[notes.length - 1]);
    } else {
      commentUrl = result.url;
      port.log(`${result.outcome} the pull request comment: ${result.url}`);
    }
  } else if (inputs.comment && !pullRequest) {
    note('Not a pull_request event: the report is in the job summary only.');
  }

  // core.setFailed prints one more error annotation: room is kept for it.
  const { shown, hidden } = selectAnnotations(annotationCandidates(lint, verify), {
    error: failed ? 1 : 0,
    warning: ownWarnings.length,
  });
  emitAnnotations(port, shown);
  for (const warning of ownWarnings) port.warning(warning);
  if (hidden.length > 0) {
    notes.push(
      `GitHub shows 10 annotations of each kind; ${hidden.length} more finding${hidden.length === 1 ? ' is' : 's are'} listed below.`,
    );
  }

  // Outputs before the summary: they are what later steps read, and small.
  port.output('report', checkReportOutput({ lint: { findings: lint.findings, summary: lint.summary }, verify, verifyError, failed }));
  port.output('lint-errors', String(errors));
  port.output('lint-warnings', String(warnings));
  port.output('comment-url', commentUrl);
  await writeSummary(
    port,
    renderCheckMarkdown(report, renderOptions),
    'The `report` output holds the findings; run `tenant-migrate lint` and `tenant-migrate verify` locally for the whole report.',
  );
  if (reason) port.fail(`tenant-migrate check failed: ${reason}`);
}

/**
 * Lint's fixes for the lines the PR changed, as review suggestions; when they cannot be posted,
 * the markdown of the same fixes as diffs, for the sticky comment. Never throws.
 */
async function offerFixes(
  port: ActionPort,
  inputs: ActionInputs,
  run: { pullRequest?: PullRequestPayload; lint: LintResult; base?: string; note: (text: string) => void },
): Promise<string | undefined> {
  const { pullRequest, lint, base, note } = run;
  if (!inputs.comment || !pullRequest || !inputs.githubToken || !base || !lint.findings.some((finding) => finding.fix)) return undefined;
  let lines: Awaited<ReturnType<typeof changedLines>>;
  try {
    lines = await changedLines(process.cwd(), base, inputs.dir);
  } catch (error) {
    note(
      `No fix suggestions: the lines this pull request changed could not be read (${String((error as Error)?.message ?? error).split('\n')[0]}).`,
    );
    return undefined;
  }
  const suggestions = suggestionsFor(lint, lines.changed);
  if (suggestions.length === 0) return undefined;
  const result = await postReviewSuggestions(port.github.pullReviews(inputs.githubToken, pullRequest.number), suggestions, {
    commit: pullRequest.head?.sha,
    repositoryPath: lines.repositoryPath,
  });
  if (result.outcome === 'posted') {
    port.log(`posted ${result.count} fix suggestion${result.count === 1 ? '' : 's'} as a review: ${result.url}`);
    return undefined;
  }
  if (result.outcome === 'already-posted') {
    port.log('the fix suggestions are already on the pull request');
    return undefined;
  }
  note(`The fixes are listed in this comment, not as review suggestions: ${result.reason}.`);
  return suggestionsMarkdown(suggestions);
}

/** Renders and posts the sticky comment; never throws (any failure comes back as `failed`). */
async function postComment(
  port: ActionPort,
  inputs: ActionInputs,
  pullRequest: PullRequestPayload,
  report: CheckReport,
  renderOptions: CheckRenderOptions,
): Promise<StickyResult> {
  try {
    const marker = commentMarker(inputs.dir);
    const body = fitComment(
      renderCheckMarkdown(report, { ...renderOptions, marker }),
      'The full report is in the job summary of this run.',
    );
    return await upsertStickyComment(port.github.issueComments(inputs.githubToken ?? '', pullRequest.number), body, marker);
  } catch (error) {
    return { outcome: 'failed', reason: `the comment could not be written: ${String((error as Error)?.message ?? error).split('\n')[0]}` };
  }
}

function annotationCandidates(lint: LintResult, verify: VerifyReport | undefined): AnnotationCandidate[] {
  const candidates: AnnotationCandidate[] = lint.findings.map((finding) => ({
    severity: finding.severity,
    file: finding.file,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    title: `tenant-migrate lint: ${finding.rule}`,
    message: finding.hint ? `${finding.message}\n${finding.hint}` : finding.message,
  }));
  for (const finding of verify ? allVerifyFindings(verify) : []) {
    if (finding.code === 'skipped') continue;
    candidates.push({
      severity: finding.severity === 'info' ? 'notice' : finding.severity,
      file: finding.file,
      line: finding.line,
      column: finding.column,
      title: `tenant-migrate verify: ${finding.code}`,
      message: finding.message,
    });
  }
  return candidates;
}
