/**
 * An ActionPort that records what the Action did, for running `run(port)` in-process: inputs
 * from a plain object, outputs, log lines, annotations, the summary and the step's failure kept.
 * The GitHub API is still real HTTP: the comments go to a loopback server (github-api-server.ts).
 */

import type { AnnotationCandidate } from '../../src/action/annotations.js';
import { issueCommentsApi, pullReviewsApi } from '../../src/action/github-api.js';
import type { ActionPort, PullRequestPayload } from '../../src/action/port.js';

export interface RecordingPort extends ActionPort {
  outputs: Record<string, string>;
  logs: string[];
  warnings: string[];
  annotations: AnnotationCandidate[];
  secrets: string[];
  summaryText: string;
  /** The step's failure message, when it failed. */
  failure: string | undefined;
}

export function recordingPort(
  inputs: Record<string, string>,
  options: { env?: NodeJS.ProcessEnv; pullRequest?: PullRequestPayload; apiUrl?: string; eventName?: string } = {},
): RecordingPort {
  const port: RecordingPort = {
    outputs: {},
    logs: [],
    warnings: [],
    annotations: [],
    secrets: [],
    summaryText: '',
    failure: undefined,
    input: (name) => inputs[name] ?? '',
    output: (name, value) => {
      port.outputs[name] = value;
    },
    fail: (message) => {
      port.failure = message;
    },
    secret: (value) => {
      port.secrets.push(value);
    },
    log: (line) => {
      port.logs.push(line);
    },
    warning: (message) => {
      port.warnings.push(message);
    },
    annotate: (annotation) => {
      port.annotations.push(annotation);
    },
    group: (_title, work) => work(),
    summary: async (markdown) => {
      port.summaryText += markdown;
    },
    github: {
      eventName: options.eventName ?? (options.pullRequest ? 'pull_request' : 'push'),
      pullRequest: options.pullRequest,
      repo: { owner: 'acme', repo: 'fleet-app' },
      sha: 'f'.repeat(40),
      serverUrl: 'https://github.com',
      runId: 9000000001,
      issueComments: (token, issueNumber) =>
        issueCommentsApi(token, { owner: 'acme', repo: 'fleet-app' }, issueNumber, options.apiUrl ?? 'http://127.0.0.1:9'),
      pullReviews: (token, pullNumber) =>
        pullReviewsApi(token, { owner: 'acme', repo: 'fleet-app' }, pullNumber, options.apiUrl ?? 'http://127.0.0.1:9'),
    },
    env: options.env ?? {},
  };
  return port;
}
