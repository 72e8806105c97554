/**
 * A loopback HTTP server standing in for the GitHub REST API: it keeps issue comments in memory
 * with their authors (a `user` object, as GitHub returns it), records every request, and can be
 * told to answer comment writes with 403 (a fork's token) or every comment call with an error.
 * Like GitHub, it refuses (403) an edit of a comment someone else wrote. Pull-request reviews are
 * kept too (POST .../pulls/N/reviews with line comments, GET .../pulls/N/comments lists them),
 * refused when the token is read-only or may not review; GET .../pulls/N/files lists `pullFiles`.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: unknown;
}

export interface CommentAuthor {
  login: string;
  id: number;
  type: 'Bot' | 'User';
}

/** The author of comments written through this API: the default GITHUB_TOKEN's identity. */
export const ACTIONS_BOT: CommentAuthor = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
export const A_PERSON: CommentAuthor = { login: 'jane-dev', id: 1001, type: 'User' };

export interface FakeComment {
  id: number;
  body: string;
  issue: number;
  user: CommentAuthor;
}

export interface FakeReviewComment {
  id: number;
  pull: number;
  path: string;
  line: number;
  start_line?: number;
  side?: string;
  body: string;
  commit_id?: string;
}

export interface FakeGitHub {
  url: string;
  requests: RecordedRequest[];
  comments: Map<number, FakeComment>;
  /** When true, creating or editing a comment answers 403 like a read-only token. */
  readOnly: boolean;
  /** When true, creating a review answers 403 (a token that may comment but not review). */
  reviewsForbidden: boolean;
  reviews: Array<{ id: number; pull: number; body: string; event: string; commit_id?: string }>;
  reviewComments: FakeReviewComment[];
  /**
   * The files of the pull request, as GET .../pulls/N/files lists them (paths in the repository);
   * undefined answers that call with 500.
   */
  pullFiles: string[] | undefined;
  /** When set, every comment call (list, create, edit) answers this HTTP status, as in an outage. */
  failStatus: number | undefined;
  /**
   * Whose token the Action uses: the default GITHUB_TOKEN (github-actions[bot], for which
   * GET /user answers 403 as for any installation token) or a person's access token.
   */
  tokenOwner: CommentAuthor;
  close(): Promise<void>;
}

export async function startFakeGitHub(): Promise<FakeGitHub> {
  let nextId = 1000;
  const fake: FakeGitHub = {
    url: '',
    requests: [],
    comments: new Map(),
    readOnly: false,
    reviewsForbidden: false,
    reviews: [],
    reviewComments: [],
    pullFiles: undefined,
    failStatus: undefined,
    tokenOwner: ACTIONS_BOT,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server: Server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const body = raw ? JSON.parse(raw) : undefined;
    const url = new URL(request.url ?? '/', 'http://localhost');
    fake.requests.push({ method: request.method ?? 'GET', path: url.pathname + url.search, headers: request.headers, body });
    const send = (status: number, payload: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(payload));
    };
    const htmlUrl = (id: number, issue: number) =>
      `https://github.example/${url.pathname.split('/')[2]}/${url.pathname.split('/')[3]}/pull/${issue}#issuecomment-${id}`;

    if (fake.failStatus !== undefined && url.pathname.includes('/comments')) {
      return send(fake.failStatus, { message: fake.failStatus >= 500 ? 'Server Error' : 'Validation Failed' });
    }
    if (url.pathname === '/user' && request.method === 'GET') {
      if (fake.tokenOwner.type === 'Bot') return send(403, { message: 'Resource not accessible by integration' });
      return send(200, fake.tokenOwner);
    }
    const list = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname);
    const edit = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (list && request.method === 'GET') {
      const issue = Number(list[3]);
      const page = Number(url.searchParams.get('page') ?? '1');
      const perPage = Number(url.searchParams.get('per_page') ?? '30');
      const all = [...fake.comments.values()].filter((comment) => comment.issue === issue);
      return send(
        200,
        all.slice((page - 1) * perPage, page * perPage).map((comment) => ({ ...comment, html_url: htmlUrl(comment.id, issue) })),
      );
    }
    if (list && request.method === 'POST') {
      if (fake.readOnly) return send(403, { message: 'Resource not accessible by integration' });
      const issue = Number(list[3]);
      const comment = { id: nextId++, body: String(body?.body ?? ''), issue, user: fake.tokenOwner };
      fake.comments.set(comment.id, comment);
      return send(201, { ...comment, html_url: htmlUrl(comment.id, issue) });
    }
    if (edit && request.method === 'PATCH') {
      if (fake.readOnly) return send(403, { message: 'Resource not accessible by integration' });
      const comment = fake.comments.get(Number(edit[3]));
      if (!comment) return send(404, { message: 'Not Found' });
      if (comment.user.login !== fake.tokenOwner.login) return send(403, { message: 'Resource not accessible by integration' });
      comment.body = String(body?.body ?? '');
      return send(200, { ...comment, html_url: htmlUrl(comment.id, comment.issue) });
    }
    const reviews = /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/reviews$/.exec(url.pathname);
    const reviewComments = /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/comments$/.exec(url.pathname);
    if (reviewComments && request.method === 'GET') {
      const pull = Number(reviewComments[3]);
      const page = Number(url.searchParams.get('page') ?? '1');
      const perPage = Number(url.searchParams.get('per_page') ?? '30');
      const all = fake.reviewComments.filter((comment) => comment.pull === pull);
      return send(200, all.slice((page - 1) * perPage, page * perPage));
    }
    const pullFiles = /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/files$/.exec(url.pathname);
    if (pullFiles && request.method === 'GET') {
      if (!fake.pullFiles) return send(500, { message: 'Server Error' });
      const page = Number(url.searchParams.get('page') ?? '1');
      const perPage = Number(url.searchParams.get('per_page') ?? '30');
      const files = fake.pullFiles.slice((page - 1) * perPage, page * perPage);
      return send(
        200,
        files.map((filename) => ({ filename, status: 'modified' })),
      );
    }
    if (reviews && request.method === 'POST') {
      if (fake.readOnly || fake.reviewsForbidden) return send(403, { message: 'Resource not accessible by integration' });
      const pull = Number(reviews[3]);
      const comments = (body?.comments ?? []) as Array<Omit<FakeReviewComment, 'id' | 'pull'>>;
      // GitHub answers 422 for a comment without a path, a line or a body.
      if (comments.some((comment) => !comment.path || !Number.isInteger(comment.line) || !comment.body)) {
        return send(422, { message: 'Unprocessable Entity' });
      }
      const review = { id: nextId++, pull, body: String(body?.body ?? ''), event: String(body?.event ?? ''), commit_id: body?.commit_id };
      fake.reviews.push(review);
      for (const comment of comments) fake.reviewComments.push({ ...comment, id: nextId++, pull, commit_id: body?.commit_id });
      return send(200, { id: review.id, html_url: `https://github.example/pull/${pull}#pullrequestreview-${review.id}` });
    }
    send(404, { message: `no fake for ${request.method} ${url.pathname}` });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}
