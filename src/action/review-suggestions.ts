/**
 * Lint's fixes on a pull request: for the lines the PR changed, each fix becomes a review comment
 * with a ```suggestion block, which the author applies with one click. When the token may not
 * review (a fork's read-only token answers 403), the same fixes go into the sticky comment as
 * diffs instead. A push that changes nothing repeats no suggestion: those already on the PR are
 * left out.
 */
import { type LineChange, lineChangeOf } from '../lint/fix-suggestion.js';
import type { LintResult } from '../lint/types.js';
import type { ChangedLines } from './changed-lines.js';

export interface Suggestion extends LineChange {
  /** As lint's findings name it: relative to the working directory (the repository's root in a workflow). */
  file: string;
  rule: string;
  message: string;
  description: string;
}

export interface ReviewComment {
  path: string;
  line: number;
  start_line?: number;
  side: 'RIGHT';
  start_side?: 'RIGHT';
  body: string;
}

export interface PullReviewsApi {
  listReviewComments(page: number): Promise<Array<{ path: string; line?: number; body: string }>>;
  createReview(review: {
    commit_id?: string;
    event: 'COMMENT';
    body: string;
    comments: ReviewComment[];
  }): Promise<{ id: number; html_url: string }>;
}

export type ReviewResult =
  | { outcome: 'posted'; count: number; url: string }
  | { outcome: 'already-posted' }
  | { outcome: 'not-allowed'; reason: string }
  | { outcome: 'failed'; reason: string };

/** Suggestions in one review, at most. */
const MAX_SUGGESTIONS = 50;

/** Hidden in each comment's body: how a later run knows a suggestion is already on the PR. */
const SUGGESTION_MARKER = '<!-- tenant-migrate:suggestion -->';

/** The fixes of findings whose every line the PR added or changed, one per finding, in file order. */
export function suggestionsFor(lint: LintResult, changed: ChangedLines): Suggestion[] {
  const suggestions: Suggestion[] = [];
  const taken = new Set<string>();
  for (const finding of lint.findings) {
    const source = lint.sources?.[finding.file];
    const lines = changed.get(finding.file);
    if (!finding.fix || source === undefined || !lines) continue;
    const change = lineChangeOf(source, finding.fix);
    if (!change) continue;
    let inDiff = true;
    for (let line = change.startLine; line <= change.endLine; line++) inDiff &&= lines.has(line);
    // Two findings may carry one fix (a lock_timeout for two statements): it is offered once.
    const key = `${finding.file}:${change.startLine}:${change.endLine}:${change.after.join('\n')}`;
    if (!inDiff || taken.has(key)) continue;
    taken.add(key);
    suggestions.push({ ...change, file: finding.file, rule: finding.rule, message: finding.message, description: finding.fix.description });
  }
  return suggestions;
}

export function reviewComment(suggestion: Suggestion, repositoryPath: string): ReviewComment {
  const fence = fenceFor(suggestion.after);
  const body = [
    SUGGESTION_MARKER,
    `**tenant-migrate lint: \`${suggestion.rule}\`**: ${suggestion.message}`,
    '',
    `${suggestion.description}:`,
    '',
    `${fence}suggestion`,
    ...suggestion.after,
    fence,
  ].join('\n');
  const range = suggestion.startLine < suggestion.endLine ? { start_line: suggestion.startLine, start_side: 'RIGHT' as const } : {};
  return { path: repositoryPath, line: suggestion.endLine, ...range, side: 'RIGHT', body };
}

/**
 * One review holding every suggestion not yet on the PR. Never throws: a 403 (or 404) is a token
 * that may not review, anything else a failure; both leave the suggestions to the sticky comment.
 */
export async function postReviewSuggestions(
  api: PullReviewsApi,
  suggestions: readonly Suggestion[],
  options: { commit?: string; repositoryPath?: (file: string) => string } = {},
): Promise<ReviewResult> {
  const pathOf = options.repositoryPath ?? ((file: string) => file);
  try {
    const existing = await existingSuggestions(api);
    const comments = suggestions
      .map((suggestion) => reviewComment(suggestion, pathOf(suggestion.file)))
      .filter((comment) => !existing.has(`${comment.path}:${comment.line}:${comment.body}`));
    if (comments.length === 0) return { outcome: 'already-posted' };
    // One review stays readable (and within what GitHub takes in one request); the rest come with the next push.
    const posted = comments.slice(0, MAX_SUGGESTIONS);
    const more = comments.length - posted.length;
    const review = await api.createReview({
      ...(options.commit ? { commit_id: options.commit } : {}),
      event: 'COMMENT',
      body:
        `tenant-migrate lint can fix ${posted.length === 1 ? 'one finding' : `${posted.length} findings`} on lines this pull request changed: each suggestion below applies with one click.` +
        (more > 0
          ? ` ${more} more ${more === 1 ? 'comes' : 'come'} with the next run (\`tenant-migrate lint --fix\` applies the safe ones at once).`
          : ''),
      comments: posted,
    });
    return { outcome: 'posted', count: posted.length, url: review.html_url };
  } catch (error) {
    const status = (error as { status?: number }).status;
    const message = String((error as Error)?.message ?? error).split('\n')[0];
    if (status === 403 || status === 404) {
      return { outcome: 'not-allowed', reason: `the token may not review this pull request (HTTP ${status}: ${message})` };
    }
    return { outcome: 'failed', reason: `GitHub's API failed${status ? ` with HTTP ${status}` : ''}: ${message}` };
  }
}

async function existingSuggestions(api: PullReviewsApi): Promise<Set<string>> {
  const seen = new Set<string>();
  for (let page = 1; page <= 50; page++) {
    const comments = await api.listReviewComments(page);
    for (const comment of comments) {
      if (comment.body.includes(SUGGESTION_MARKER)) seen.add(`${comment.path}:${comment.line}:${comment.body}`);
    }
    if (comments.length < 100) break;
  }
  return seen;
}

/** The same fixes as diffs, for the sticky comment when no review could be posted. */
export function suggestionsMarkdown(suggestions: readonly Suggestion[]): string {
  if (suggestions.length === 0) return '';
  const lines = ['### Suggested fixes', '', 'For lines this pull request changed (`tenant-migrate lint --fix` applies the safe ones):', ''];
  for (const suggestion of suggestions) {
    const where = suggestion.startLine === suggestion.endLine ? `${suggestion.startLine}` : `${suggestion.startLine}-${suggestion.endLine}`;
    const diff = [...suggestion.before.map((line) => `-${line}`), ...suggestion.after.map((line) => `+${line}`)];
    const fence = fenceFor(diff);
    lines.push(`\`${suggestion.file}:${where}\` \`${suggestion.rule}\`: ${suggestion.description}`, '', `${fence}diff`, ...diff, fence, '');
  }
  return lines.join('\n').trimEnd();
}

/** A fence longer than any run of backticks in the text, so SQL with ``` in a comment cannot end the block. */
function fenceFor(lines: readonly string[]): string {
  const longest = Math.max(2, ...lines.map((line) => Math.max(0, ...[...line.matchAll(/`+/g)].map((run) => run[0].length))));
  return '`'.repeat(longest + 1);
}
