/**
 * What the Action may touch of the runner: its inputs, outputs, log, annotations, job summary,
 * secrets, and GitHub's API and event. `run(port)` (main.ts) sees only this, so tests run the
 * Action in-process with a recording port; actions-port.ts is the one made of @actions/*.
 */
import type { AnnotationCandidate } from './annotations.js';
import type { PullReviewsApi } from './review-suggestions.js';
import type { IssueCommentsApi } from './sticky-comment.js';

export interface ActionPort {
  /** An input's text as the runner passes it ('' when the workflow does not set it). */
  input(name: string): string;
  output(name: string, value: string): void;
  /** Fails the step: one error annotation with this message, and exit code 1. */
  fail(message: string): void;
  /** Masks this text in every later log line. */
  secret(value: string): void;
  log(line: string): void;
  /** A plain ::warning:: line (one of the 10 warning annotations). */
  warning(message: string): void;
  annotate(annotation: AnnotationCandidate): void;
  group<T>(title: string, work: () => Promise<T>): Promise<T>;
  /** Appends to the job summary; throws when the runner has none (a local run). */
  summary(markdown: string): Promise<void>;
  github: GitHubPort;
  env: NodeJS.ProcessEnv;
}

export interface PullRequestPayload {
  number: number;
  base?: { sha?: string };
  head?: { sha?: string };
}

export interface GitHubPort {
  eventName: string;
  pullRequest?: PullRequestPayload;
  repo: { owner: string; repo: string };
  sha: string;
  serverUrl: string;
  runId: number;
  /** The pull request's comments, through the API (GITHUB_API_URL). */
  issueComments(token: string, issueNumber: number): IssueCommentsApi;
  /** The pull request's reviews (review suggestions), through the same API. */
  pullReviews(token: string, pullNumber: number): PullReviewsApi;
}
