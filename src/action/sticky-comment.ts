/**
 * One comment per pull request, command (check, lint) and migrations directory, found again by a
 * hidden marker and edited in place on every push, so a PR never collects a pile of bot comments.
 * Only comments a bot wrote count: a person who pastes the marker into their own comment must not
 * have it overwritten (nor have the 403 of that edit taken for a fork's token). A fork's read-only
 * token answers 403: that is reported as "skipped"; any other failure of the API as "failed", with
 * what GitHub said. Nothing here throws: the comment is never worth the check's results.
 */
import type { CheckCommand } from '../report/check-report.js';

export const COMMENT_MARKER = '<!-- tenant-migrate:check -->';

const DEFAULT_DIR = 'migrations';

/**
 * The marker for a migrations directory and command: the default directory keeps the plain
 * marker (the comments of earlier versions are found again); another one adds its path, so two
 * check jobs of one repository (two directories) keep a comment each. `command: lint` has a
 * marker of its own, so a lint job and a check job on one pull request never overwrite each
 * other's comment (a lint that finishes last would drop check's verify report).
 */
export function commentMarker(migrationsDir: string, command: CheckCommand = 'check'): string {
  const dir = migrationsDir
    .trim()
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/\/+$/, '');
  // check's plain marker is COMMENT_MARKER.
  if (dir === DEFAULT_DIR || dir === '') return `<!-- tenant-migrate:${command} -->`;
  // "--" may not appear inside an HTML comment, and ">" could end it early.
  return `<!-- tenant-migrate:${command} dir=${dir.replace(/-(?=-)/g, '%2D').replace(/>/g, '%3E')} -->`;
}

export interface IssueComment {
  id: number;
  body?: string | null;
  html_url: string;
  /** The author; GitHub's `type` is `Bot` for github-actions[bot] and GitHub Apps, `User` for people. */
  user?: { login?: string; type?: string } | null;
}

export interface IssueCommentsApi {
  /** The login behind the token when it is a person's (an access token); undefined for a bot's. */
  tokenLogin(): Promise<string | undefined>;
  listComments(page: number): Promise<IssueComment[]>;
  createComment(body: string): Promise<{ id: number; html_url: string }>;
  updateComment(id: number, body: string): Promise<{ id: number; html_url: string }>;
}

export type StickyResult =
  | { outcome: 'created' | 'updated'; url: string; id: number }
  | { outcome: 'skipped'; reason: string }
  | { outcome: 'failed'; reason: string };

export async function upsertStickyComment(api: IssueCommentsApi, body: string, marker = COMMENT_MARKER): Promise<StickyResult> {
  const text = body.includes(marker) ? body : `${marker}\n${body}`;
  try {
    const existing = await findMarked(api, marker);
    if (existing) {
      const updated = await api.updateComment(existing, text);
      return { outcome: 'updated', url: updated.html_url, id: updated.id };
    }
    const created = await api.createComment(text);
    return { outcome: 'created', url: created.html_url, id: created.id };
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 403 || status === 404) {
      return {
        outcome: 'skipped',
        reason:
          status === 403
            ? 'the token may not write to this pull request (a fork PR gets a read-only token); the report is in the job summary'
            : 'the pull request was not found with this token; the report is in the job summary',
      };
    }
    // Octokit's message is GitHub's answer plus a documentation link; the first line is enough.
    const message = String((error as Error)?.message ?? error).split('\n')[0];
    // Octokit reports a request that got no answer at all (refused, DNS, TLS) as HTTP 500 too.
    const cause = String((error as { cause?: { code?: string; message?: string } }).cause?.code ?? '');
    if (/ECONNREFUSED|ENOTFOUND|ETIMEDOUT|ECONNRESET|EAI_AGAIN/.test(cause) || /fetch failed|bad port/i.test(message)) {
      return { outcome: 'failed', reason: `GitHub's API could not be reached (${cause || message}); the report is in the job summary` };
    }
    return {
      outcome: 'failed',
      reason: `GitHub's API failed${status ? ` with HTTP ${status}` : ''}: ${message}; the report is in the job summary`,
    };
  }
}

async function findMarked(api: IssueCommentsApi, marker: string): Promise<number | undefined> {
  // Asked for only when a person's comment carries the marker: with a personal access token our
  // own comments are a person's too, and they must be found again like a bot's.
  let tokenLogin: Promise<string | undefined> | undefined;
  const ours = async (comment: IssueComment) => {
    if (!comment.body?.includes(marker)) return false;
    if (comment.user?.type === 'Bot') return true;
    tokenLogin ??= api.tokenLogin();
    const login = await tokenLogin;
    return login !== undefined && comment.user?.login === login;
  };
  for (let page = 1; page <= 50; page++) {
    const comments = await api.listComments(page);
    for (const comment of comments) if (await ours(comment)) return comment.id;
    if (comments.length < 100) return undefined;
  }
  return undefined;
}
