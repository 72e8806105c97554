/**
 * `command: check` on a pull request: lint (against the PR's base, so edits to applied
 * migrations are caught) and verify on throwaway databases, then one sticky comment, a job
 * summary, annotations on the file lines and the outputs.
 */
import * as core from '@actions/core';
import { context } from '@actions/github';
import { isTenantMigrateError } from '../errors.js';
import { lintMigrations } from '../lint/lint-migrations.js';
import type { LintResult } from '../lint/types.js';
import { type CheckReport, renderCheckMarkdown } from '../report/check-report.js';
import type { VerifyReport } from '../report/verify-model.js';
import { describeVerifyEvent } from '../report/verify-progress.js';
import { verifyMigrations } from '../verify/verify-migrations.js';
import { type AnnotationCandidate, selectAnnotations } from './annotations.js';
import { fitComment } from './comment-size.js';
import { issueCommentsApi } from './github-api.js';
import type { ActionInputs } from './inputs.js';
import { registerConnectionSecrets } from './secrets.js';
import { COMMENT_MARKER, upsertStickyComment } from './sticky-comment.js';

export async function runCheck(inputs: ActionInputs): Promise<void> {
  registerConnectionSecrets([inputs.ephemeralUrl]);
  const pullRequest = context.payload.pull_request as { number: number; base?: { sha?: string }; head?: { sha?: string } } | undefined;
  const notes: string[] = [];
  let base = inputs.baseRef ?? pullRequest?.base?.sha;

  let lint: LintResult;
  try {
    lint = await lintMigrations({ dir: inputs.migrationsDir, base });
  } catch (error) {
    if (!(isTenantMigrateError(error) && error.code === 'BASE_REF_NOT_FOUND')) throw error;
    notes.push(
      `The base commit ${base} is not in the checkout, so edits to applied migrations were not checked: use actions/checkout with fetch-depth: 0.`,
    );
    core.warning(notes[notes.length - 1]);
    base = undefined;
    lint = await lintMigrations({ dir: inputs.migrationsDir });
  }

  let verify: VerifyReport | undefined;
  let verifyError: string | undefined;
  await core.group('verify on throwaway databases', async () => {
    try {
      verify = await verifyMigrations({
        dir: inputs.migrationsDir,
        ephemeral: inputs.ephemeral,
        ephemeralUrl: inputs.ephemeralUrl,
        postgresImage: inputs.postgresImage,
        schemaFile: inputs.schemaFile,
        base,
        onProgress: (event) => {
          for (const line of describeVerifyEvent(event)) core.info(line);
        },
      });
    } catch (error) {
      verifyError = isTenantMigrateError(error) ? error.format() : String((error as Error)?.message ?? error);
      core.error(`verify did not run: ${verifyError}`);
    }
  });

  const { errors, warnings } = lint.summary;
  const verifyFailed = verifyError !== undefined || verify?.ok === false;
  const failed = inputs.failOn !== 'never' && (errors > 0 || verifyFailed || (inputs.failOn === 'warning' && warnings > 0));
  const report: CheckReport = { lint, verify, verifyError, failed, notes };

  const repository = `${context.serverUrl}/${context.repo.owner}/${context.repo.repo}`;
  const commit = pullRequest?.head?.sha ?? context.sha;
  const renderOptions = {
    blobUrl: commit ? `${repository}/blob/${commit}` : undefined,
    commit,
    runUrl: context.runId ? `${repository}/actions/runs/${context.runId}` : undefined,
  };

  let commentUrl = '';
  if (inputs.comment && pullRequest && inputs.githubToken) {
    const api = issueCommentsApi(inputs.githubToken, context.repo, pullRequest.number);
    const body = fitComment(
      renderCheckMarkdown(report, { ...renderOptions, marker: COMMENT_MARKER }),
      'The full report is in the job summary of this run.',
    );
    const result = await upsertStickyComment(api, body);
    if (result.outcome === 'skipped') {
      notes.push(`No pull request comment: ${result.reason}.`);
      core.warning(notes[notes.length - 1]);
    } else {
      commentUrl = result.url;
      core.info(`${result.outcome} the pull request comment: ${result.url}`);
    }
  } else if (inputs.comment && !pullRequest) {
    notes.push('Not a pull_request event: the report is in the job summary only.');
  }

  const { hidden } = annotate(lint, verify);
  if (hidden.length > 0) {
    notes.push(
      `GitHub shows 10 annotations of each kind; ${hidden.length} more finding${hidden.length === 1 ? ' is' : 's are'} listed below.`,
    );
  }
  await core.summary.addRaw(renderCheckMarkdown(report, renderOptions)).write();

  core.setOutput('report', JSON.stringify({ lint: { findings: lint.findings, summary: lint.summary }, verify, verifyError, failed }));
  core.setOutput('lint-errors', String(errors));
  core.setOutput('lint-warnings', String(warnings));
  core.setOutput('comment-url', commentUrl);
  if (failed) {
    core.setFailed(`tenant-migrate check failed: ${errors} lint error(s), ${warnings} warning(s)${verifyFailed ? ', verify failed' : ''}`);
  }
}

function annotate(lint: LintResult, verify: VerifyReport | undefined) {
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
  const verifyFindings = verify
    ? [...verify.findings, ...verify.scopes.flatMap((scope) => [...scope.findings, ...scope.migrations.flatMap((m) => m.findings)])]
    : [];
  for (const finding of verifyFindings) {
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
  const selection = selectAnnotations(candidates);
  for (const annotation of selection.shown) {
    const properties = {
      title: annotation.title,
      file: annotation.file,
      startLine: annotation.line,
      startColumn: annotation.endLine === undefined || annotation.endLine === annotation.line ? annotation.column : undefined,
      endLine: annotation.endLine,
    };
    if (annotation.severity === 'error') core.error(annotation.message, properties);
    else if (annotation.severity === 'warning') core.warning(annotation.message, properties);
    else core.notice(annotation.message, properties);
  }
  return selection;
}
