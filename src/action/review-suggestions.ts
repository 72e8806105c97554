/**
 * Lint's fixes on a pull request: for the lines the PR changed, the safe fixes (those `lint --fix`
 * applies) become review comments with a ```suggestion block, one per range of lines (the fixes
 * on the same lines merged), which the author applies with one click. When the token may not
 * review (a fork's read-only token answers 403), the same fixes go into the sticky comment as
 * diffs instead. A push that changes nothing repeats no suggestion: those already on the PR are
 * left out.
 */
import { type LineChange, lineChangeOf } from '../lint/fix-suggestion.js';
import type { Finding, Fix, LintResult, TextEdit } from '../lint/types.js';
import type { ChangedLines } from './changed-lines.js';

export interface Suggestion extends LineChange {
  /** As lint's findings name it: relative to the working directory (the repository's root in a workflow). */
  file: string;
  rule: string;
  message: string;
  description: string;
  /** When the suggestion merges the fixes of several findings on the same lines: each of them (the first is also `rule`...). */
  parts?: SuggestionPart[];
}

export interface SuggestionPart {
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
  /** The paths (in the repository) of every file the pull request changes. */
  listFiles(): Promise<string[]>;
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

/**
 * The safe fixes (what `lint --fix` would apply) of findings whose every line the PR added or
 * changed, merged into one suggestion per range of lines: GitHub cannot apply two suggestions on
 * one line together, so the fixes touching the same lines are applied together, as --fix applies
 * them (edits that overlap one already taken are left for the next run), and offered at once. A
 * fix that is not safe (CONCURRENTLY in a migration that runs in a transaction, a header change)
 * is never a one-click suggestion: its finding's hint says what to do.
 */
export function suggestionsFor(lint: LintResult, changed: ChangedLines): Suggestion[] {
  const byFile = new Map<string, Array<{ finding: Finding; fix: Fix; change: LineChange }>>();
  for (const finding of lint.findings) {
    const source = lint.sources?.[finding.file];
    const lines = changed.get(finding.file);
    if (!finding.fix?.safe || source === undefined || !lines) continue;
    const change = lineChangeOf(source, finding.fix);
    if (!change) continue;
    let inDiff = true;
    for (let line = change.startLine; line <= change.endLine; line++) inDiff &&= lines.has(line);
    if (!inDiff) continue;
    byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), { finding, fix: finding.fix, change }]);
  }
  const suggestions: Suggestion[] = [];
  for (const [file, fixes] of byFile) {
    const source = lint.sources?.[file] ?? '';
    // Fixes whose lines overlap form one group (a range of lines), in file order.
    const groups: Array<{ endLine: number; members: typeof fixes }> = [];
    for (const entry of [...fixes].sort((a, b) => a.change.startLine - b.change.startLine)) {
      const last = groups[groups.length - 1];
      if (last && entry.change.startLine <= last.endLine) {
        last.members.push(entry);
        last.endLine = Math.max(last.endLine, entry.change.endLine);
      } else groups.push({ endLine: entry.change.endLine, members: [entry] });
    }
    for (const group of groups) {
      const taken: TextEdit[] = [];
      const parts: SuggestionPart[] = [];
      const seen = new Set<string>();
      // As --fix: in the order of their first edit, skipping a fix that overlaps one taken.
      for (const { finding, fix } of [...group.members].sort((a, b) => firstStart(a.fix) - firstStart(b.fix))) {
        // Two findings may carry one fix (a lock_timeout for two statements): it is applied once.
        const key = JSON.stringify(fix.edits);
        if (seen.has(key)) continue;
        if (fix.edits.some((edit) => taken.some((other) => conflict(edit, other)))) continue;
        seen.add(key);
        taken.push(...fix.edits);
        parts.push({ rule: finding.rule, message: finding.message, description: fix.description });
      }
      const change = lineChangeOf(source, { description: '', safe: true, edits: taken });
      if (!change || parts.length === 0) continue;
      const [first] = parts;
      suggestions.push({ ...change, file, ...first, ...(parts.length > 1 ? { parts } : {}) });
    }
  }
  return suggestions;
}

/** Overlapping ranges, or two insertions at one point (their order would be a guess): as apply-fixes.ts. */
function conflict(a: TextEdit, b: TextEdit): boolean {
  return a.start === b.start || (a.start < b.end && b.start < a.end);
}

function firstStart(fix: Fix): number {
  return Math.min(...fix.edits.map((edit) => edit.start));
}

/** What a suggestion fixes, each finding on its own line. */
function partsOf(suggestion: Suggestion): SuggestionPart[] {
  return suggestion.parts ?? [{ rule: suggestion.rule, message: suggestion.message, description: suggestion.description }];
}

export function reviewComment(suggestion: Suggestion, repositoryPath: string): ReviewComment {
  const fence = fenceFor(suggestion.after);
  const parts = partsOf(suggestion);
  const heading =
    parts.length === 1
      ? [`**tenant-migrate lint: \`${suggestion.rule}\`**: ${suggestion.message}`, '', `${suggestion.description}:`]
      : [
          `**tenant-migrate lint** fixes ${parts.length} findings here at once:`,
          '',
          ...parts.map((part) => `- \`${part.rule}\`: ${part.message} (${part.description})`),
        ];
  const body = [SUGGESTION_MARKER, ...heading, '', `${fence}suggestion`, ...suggestion.after, fence].join('\n');
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
      .map((suggestion) => ({ ...reviewComment(suggestion, pathOf(suggestion.file)), findings: partsOf(suggestion).length }))
      .filter((comment) => !existing.has(`${comment.path}:${comment.line}:${comment.body}`));
    if (comments.length === 0) return { outcome: 'already-posted' };
    // One review stays readable (and within what GitHub takes in one request); the rest come with the next push.
    const posted = comments.slice(0, MAX_SUGGESTIONS);
    const more = comments.length - posted.length;
    const findings = posted.reduce((sum, comment) => sum + comment.findings, 0);
    const review = await api.createReview({
      ...(options.commit ? { commit_id: options.commit } : {}),
      event: 'COMMENT',
      body:
        `tenant-migrate lint can fix ${findings === 1 ? 'one finding' : `${findings} findings`} on lines this pull request changed: each suggestion below applies with one click (the safe fixes \`tenant-migrate lint --fix\` makes, those on the same lines merged).` +
        (more > 0
          ? ` ${more} more ${more === 1 ? 'comes' : 'come'} with the next run (\`tenant-migrate lint --fix\` applies the safe ones at once).`
          : ''),
      comments: posted.map(({ findings: _, ...comment }) => comment),
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
  const lines = [
    '### Suggested fixes',
    '',
    'For lines this pull request changed: the safe fixes `tenant-migrate lint --fix` makes, those on the same lines merged:',
    '',
  ];
  for (const suggestion of suggestions) {
    const where = suggestion.startLine === suggestion.endLine ? `${suggestion.startLine}` : `${suggestion.startLine}-${suggestion.endLine}`;
    const diff = [...suggestion.before.map((line) => `-${line}`), ...suggestion.after.map((line) => `+${line}`)];
    const fence = fenceFor(diff);
    const what = partsOf(suggestion)
      .map((part) => `\`${part.rule}\`: ${part.description}`)
      .join('; ');
    lines.push(`\`${suggestion.file}:${where}\` ${what}`, '', `${fence}diff`, ...diff, fence, '');
  }
  return lines.join('\n').trimEnd();
}

/** A fence longer than any run of backticks in the text, so SQL with ``` in a comment cannot end the block. */
function fenceFor(lines: readonly string[]): string {
  const longest = Math.max(2, ...lines.map((line) => Math.max(0, ...[...line.matchAll(/`+/g)].map((run) => run[0].length))));
  return '`'.repeat(longest + 1);
}
