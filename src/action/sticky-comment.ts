/**
 * One comment per pull request, found again by a hidden marker and edited in place on every
 * push, so a PR never collects a pile of bot comments. A fork's read-only token answers 403:
 * that is reported as "skipped" for the caller to say so, not thrown.
 */
export const COMMENT_MARKER = '<!-- tenant-migrate:check -->';

export interface IssueCommentsApi {
  listComments(page: number): Promise<Array<{ id: number; body?: string | null; html_url: string }>>;
  createComment(body: string): Promise<{ id: number; html_url: string }>;
  updateComment(id: number, body: string): Promise<{ id: number; html_url: string }>;
}

export type StickyResult = { outcome: 'created' | 'updated'; url: string; id: number } | { outcome: 'skipped'; reason: string };

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
    throw error;
  }
}

async function findMarked(api: IssueCommentsApi, marker: string): Promise<number | undefined> {
  for (let page = 1; page <= 50; page++) {
    const comments = await api.listComments(page);
    const found = comments.find((comment) => comment.body?.includes(marker));
    if (found) return found.id;
    if (comments.length < 100) return undefined;
  }
  return undefined;
}
