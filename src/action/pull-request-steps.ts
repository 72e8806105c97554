/**
 * The steps `command: check` and `command: lint` share on a pull request: lint against the PR's
 * base (so edits to applied migrations are caught), then the reporting: fix suggestions, one
 * sticky comment, annotations on the file lines, the outputs, the job summary and the step's
 * verdict under fail-on. check runs verify between the two (run-check.ts); lint does not, so it
 * needs no database. Lint and verify decide whether the step fails; the comment and the summary
 * are reporting, and a failure of theirs is a note.
 */

import { isTenantMigrateError } from '../errors.js';
import { lintMigrations } from '../lint/lint-migrations.js';
import type { LintResult } from '../lint/types.js';
import { type CheckCommand, type CheckRenderOptions, type CheckReport, renderCheckMarkdown } from '../report/check-report.js';
import type { VerifyReport } from '../report/verify-model.js';
import { shortRef } from '../short-sha.js';
import { type AnnotationCandidate, selectAnnotations } from './annotations.js';
import { changedLines, workingDirectoryPath } from './changed-lines.js';
import { fitComment } from './comment-size.js';
import { emitAnnotations } from './emit-annotations.js';
import { allVerifyFindings, checkCounts, failureReason } from './fail-on.js';
import type { ActionInputs } from './inputs.js';
import { writeSummary } from './job-summary.js';
import type { ActionPort, PullRequestPayload } from './port.js';
import { checkReportOutput } from './report-output.js';
import { postReviewSuggestions, suggestionsFor, suggestionsMarkdown } from './review-suggestions.js';
import { commentMarker, type StickyResult, upsertStickyComment } from './sticky-comment.js';

export interface LintedPullRequest {
  lint: LintResult;
  /** The base lint compared against; undefined when it is not in the checkout (see `missingBase`). */
  base?: string;
  /**
   * The base commit that is not in the checkout (actions/checkout's default fetch-depth: 1): lint
   * ran without it, so edits to applied migrations were not checked, and the step fails.
   */
  missingBase?: string;
  /** What the reader should know (a missing base commit, no comment on a fork): the summary and the comment show them. */
  notes: string[];
}

/** What verify gave, for check; lint has none. */
export interface VerifyOutcome {
  verify?: VerifyReport;
  /** Verify could not run at all. */
  verifyError?: string;
}

/** What the job summary points to for the rest of a report cut to GitHub's limit. */
const RUN_LOCALLY: Record<CheckCommand, string> = {
  check: '`tenant-migrate lint` and `tenant-migrate verify`',
  lint: '`tenant-migrate lint`',
};

/**
 * Notes go to the log as plain lines and to the summary: as ::warning they would take the place
 * of a finding's annotation (GitHub shows 10 per kind).
 */
function noter(port: ActionPort, notes: string[]): (text: string) => void {
  return (text) => {
    notes.push(text);
    port.log(text);
  };
}

/**
 * Lint against the PR's base (or base-ref). Without the base commit in the checkout, lint alone,
 * so the findings are still reported, with `missingBase` set: the publish step fails the check
 * (the CLI refuses with BASE_REF_NOT_FOUND), since edits to applied migrations went unchecked.
 */
export async function lintPullRequest(port: ActionPort, inputs: ActionInputs): Promise<LintedPullRequest> {
  const notes: string[] = [];
  const note = noter(port, notes);
  let base = inputs.base ?? port.github.pullRequest?.base?.sha;
  let missingBase: string | undefined;
  let lint: LintResult;
  try {
    lint = await lintMigrations({ dir: inputs.dir, base });
  } catch (error) {
    if (!(isTenantMigrateError(error) && error.code === 'BASE_REF_NOT_FOUND')) throw error;
    missingBase = base;
    base = undefined;
    lint = await lintMigrations({ dir: inputs.dir });
  }
  for (const text of lint.notes ?? []) note(text);
  return { lint, base, notes, ...(missingBase ? { missingBase } : {}) };
}

/** Why a check without its base commit is no pass: the step's failure (or, under fail-on: never, a warning) says it. */
export function missingBaseProblem(base: string): string {
  return `BASE_REF_NOT_FOUND: the base commit ${shortRef(base)} is not in the checkout, so edits to applied migrations were not checked (hint: check out with actions/checkout's fetch-depth: 0)`;
}

/**
 * Everything after lint (and verify): the verdict under fail-on, fix suggestions, the sticky
 * comment, annotations, the outputs and the job summary; then the step fails when fail-on says so.
 * `notes` is the report's list: what a step adds to it shows in what is rendered after that step.
 */
export async function publishPullRequestReport(
  port: ActionPort,
  inputs: ActionInputs,
  command: CheckCommand,
  linted: LintedPullRequest,
  verified: VerifyOutcome = {},
): Promise<void> {
  const { github } = port;
  const pullRequest = github.pullRequest;
  const { lint, base, notes, missingBase } = linted;
  const { verify, verifyError } = verified;
  const note = noter(port, notes);
  const { reason, failed, baseProblem } = pullRequestVerdict(inputs, linted, verified);
  // Warnings this step prints itself: each takes one of the 10 warning annotations.
  const ownWarnings: string[] = [];
  if (baseProblem) {
    notes.unshift(`:warning: **Edits to applied migrations were not checked.** ${baseProblem.replace(/^BASE_REF_NOT_FOUND: t/, 'T')}.`);
    port.log(baseProblem);
    if (!failed) ownWarnings.push(baseProblem);
  }
  const scope = missingBase ? await pullRequestFiles(port, inputs, pullRequest, note) : undefined;
  const suggestions = await offerFixes(port, inputs, { pullRequest, lint, base, note });
  const report: CheckReport = {
    command,
    lint,
    verify,
    verifyError,
    failed,
    notes,
    suggestions,
    ...(baseProblem ? { incomplete: 'edits to applied migrations not checked' } : {}),
  };
  const renderOptions = renderOptionsOf(github);
  const comment = await publishComment(port, inputs, command, report, renderOptions, note);
  if (comment.warning) ownWarnings.push(comment.warning);
  publishAnnotations(port, { lint, verify, failed, scope, ownWarnings, notes });

  // Outputs before the summary: they are what later steps read, and small.
  port.output('report', checkReportOutput({ lint: { findings: lint.findings, summary: lint.summary }, verify, verifyError, failed }));
  port.output('lint-errors', String(lint.summary.errors));
  port.output('lint-warnings', String(lint.summary.warnings));
  port.output('comment-url', comment.url);
  await writeSummary(
    port,
    renderCheckMarkdown(report, renderOptions),
    `The \`report\` output holds the findings; run ${RUN_LOCALLY[command]} locally for the whole report.`,
  );
  if (reason) port.fail(`tenant-migrate ${command} failed: ${reason}`);
}

/**
 * Whether the step fails, and why. A check that could not judge edits to applied migrations does
 * not pass, as the CLI exits 2; fail-on: never (report only) keeps that to a warning. Pure.
 */
function pullRequestVerdict(
  inputs: ActionInputs,
  linted: LintedPullRequest,
  verified: VerifyOutcome,
): { reason?: string; failed: boolean; baseProblem?: string } {
  const findingsReason = failureReason(inputs.failOn, checkCounts(linted.lint.summary, verified.verify, verified.verifyError));
  const baseProblem = linted.missingBase ? missingBaseProblem(linted.missingBase) : undefined;
  const reason = [inputs.failOn === 'never' ? undefined : baseProblem, findingsReason].filter(Boolean).join('; ') || undefined;
  return { ...(reason ? { reason } : {}), failed: reason !== undefined, ...(baseProblem ? { baseProblem } : {}) };
}

/** Links in the rendered report: the files at the pull request's head, the run. */
function renderOptionsOf(github: ActionPort['github']): CheckRenderOptions {
  const repository = `${github.serverUrl}/${github.repo.owner}/${github.repo.repo}`;
  const commit = github.pullRequest?.head?.sha ?? github.sha;
  return {
    blobUrl: commit ? `${repository}/blob/${commit}` : undefined,
    commit,
    runUrl: github.runId ? `${repository}/actions/runs/${github.runId}` : undefined,
  };
}

/** The sticky comment, when asked for and possible: its URL, or a warning when GitHub refused it unexpectedly. */
async function publishComment(
  port: ActionPort,
  inputs: ActionInputs,
  command: CheckCommand,
  report: CheckReport,
  renderOptions: CheckRenderOptions,
  note: (text: string) => void,
): Promise<{ url: string; warning?: string }> {
  const pullRequest = port.github.pullRequest;
  if (!inputs.comment) return { url: '' };
  if (!pullRequest) {
    note('Not a pull_request event: the report is in the job summary only.');
    return { url: '' };
  }
  if (!inputs.githubToken) return { url: '' };
  const result = await postComment(port, inputs, command, pullRequest, report, renderOptions);
  if (result.outcome === 'skipped') {
    note(`No pull request comment: ${result.reason}.`);
    return { url: '' };
  }
  if (result.outcome === 'failed') {
    // Not expected (GitHub down, a 5xx, a 422): worth a warning, and the step goes on.
    const warning = `No pull request comment: ${result.reason}.`;
    report.notes.push(warning);
    return { url: '', warning };
  }
  port.log(`${result.outcome} the pull request comment: ${result.url}`);
  return { url: result.url };
}

/**
 * The findings as annotations, within GitHub's 10 of each kind (room kept for the step's own
 * failure and warnings, which are printed here too); a note says how many more the report lists.
 * Without the base, lint cannot tell the PR's files from the fleet's history: only the files the
 * PR changes (from GitHub's API, `scope`) are annotated; when those are unknown, none.
 */
function publishAnnotations(
  port: ActionPort,
  run: {
    lint: LintResult;
    verify: VerifyReport | undefined;
    failed: boolean;
    scope: ReadonlySet<string> | undefined;
    ownWarnings: readonly string[];
    notes: string[];
  },
): void {
  const candidates = annotationCandidates(run.lint, run.verify).filter(
    (candidate) => !run.scope || (candidate.file !== undefined && run.scope.has(candidate.file)),
  );
  const { shown, hidden } = selectAnnotations(candidates, { error: run.failed ? 1 : 0, warning: run.ownWarnings.length });
  emitAnnotations(port, shown);
  for (const warning of run.ownWarnings) port.warning(warning);
  if (hidden.length > 0) {
    run.notes.push(
      `GitHub shows 10 annotations of each kind; ${hidden.length} more finding${hidden.length === 1 ? ' is' : 's are'} listed below.`,
    );
  }
}

/**
 * The files the pull request changes, as lint names them (relative to the working directory),
 * from GitHub's API: what is annotated when the base commit is not there to diff against. An
 * empty set when they cannot be read (no token, not a pull request, the API failed), so that no
 * file of the history is annotated as the PR's own. Never throws.
 */
async function pullRequestFiles(
  port: ActionPort,
  inputs: ActionInputs,
  pullRequest: PullRequestPayload | undefined,
  note: (text: string) => void,
): Promise<Set<string>> {
  const unknown = (why: string) => {
    note(
      `No finding is annotated on the files: without the base commit, the pull request's own files are not known (${why}); the report lists every finding.`,
    );
    return new Set<string>();
  };
  if (!pullRequest || !inputs.githubToken) return unknown(pullRequest ? 'no github-token' : 'not a pull_request event');
  try {
    const names = await port.github.pullReviews(inputs.githubToken, pullRequest.number).listFiles();
    const toWorkingDirectory = await workingDirectoryPath(process.cwd());
    const files = new Set(names.map(toWorkingDirectory));
    note('Only the files this pull request changes (as GitHub lists them) are annotated.');
    return files;
  } catch (error) {
    return unknown(`GitHub's API failed: ${String((error as Error)?.message ?? error).split('\n')[0]}`);
  }
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
  command: CheckCommand,
  pullRequest: PullRequestPayload,
  report: CheckReport,
  renderOptions: CheckRenderOptions,
): Promise<StickyResult> {
  try {
    const marker = commentMarker(inputs.dir, command);
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
