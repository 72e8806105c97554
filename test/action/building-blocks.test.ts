import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AnnotationCandidate, selectAnnotations } from '../../src/action/annotations.js';
import { fitComment, GITHUB_COMMENT_LIMIT } from '../../src/action/comment-size.js';
import { readInputs } from '../../src/action/inputs.js';
import { COMMENT_MARKER, type IssueCommentsApi, upsertStickyComment } from '../../src/action/sticky-comment.js';
import { type FakeGitHub, startFakeGitHub } from '../support/github-api-server.js';

describe('annotations', () => {
  it('shows at most 10 per kind, errors first by file and line, and keeps the rest for the summary', () => {
    const make = (severity: AnnotationCandidate['severity'], count: number) =>
      Array.from({ length: count }, (_, index) => ({
        severity,
        file: 'a.sql',
        line: count - index,
        title: 't',
        message: `${severity} ${index}`,
      }));
    const { shown, hidden } = selectAnnotations([...make('warning', 12), ...make('error', 11), ...make('notice', 2)]);
    expect(shown.filter((a) => a.severity === 'error')).toHaveLength(10);
    expect(shown.filter((a) => a.severity === 'warning')).toHaveLength(10);
    expect(shown.filter((a) => a.severity === 'notice')).toHaveLength(2);
    expect(hidden).toHaveLength(3);
    expect(shown[0]).toMatchObject({ severity: 'error', line: 1 });
    expect(hidden.map((a) => a.line)).toEqual([11, 11, 12]);
  });
});

describe('comment size', () => {
  it('leaves a short comment alone', () => {
    expect(fitComment('hello', 'see the summary')).toBe('hello');
  });

  it('cuts a long one under the limit, closes open blocks and points at the summary', () => {
    const body = `# report\n<details>\n\n\`\`\`sql\n${'SELECT 1;\n'.repeat(20_000)}\`\`\`\n</details>\n`;
    const fitted = fitComment(body, 'The full report is in the job summary.');
    expect(fitted.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(fitted).toContain('The full report is in the job summary.');
    expect((fitted.match(/```/g) ?? []).length % 2).toBe(0);
    expect(fitted.split('<details>').length).toBe(fitted.split('</details>').length);
  });
});

describe('inputs', () => {
  const from = (values: Record<string, string>) => (name: string) => values[name] ?? '';

  it('reads defaults and typed values', () => {
    expect(readInputs(from({}))).toMatchObject({
      command: 'check',
      migrationsDir: 'migrations',
      target: 'all',
      ephemeral: 'auto',
      comment: true,
      failOn: 'error',
    });
    expect(readInputs(from({ command: 'deploy', concurrency: '4', shard: '2/3', to: '7', comment: 'false' }))).toMatchObject({
      command: 'deploy',
      concurrency: 4,
      shard: '2/3',
      to: 7,
      comment: false,
    });
  });

  it('names the input and the allowed values when one is wrong', () => {
    expect(() => readInputs(from({ command: 'apply' }))).toThrow(
      /input "command" is "apply"; expected one of check, deploy, status, rollback/,
    );
    expect(() => readInputs(from({ concurrency: '0' }))).toThrow(/input "concurrency"/);
    expect(() => readInputs(from({ shard: '3' }))).toThrow(/expected i\/n/);
    expect(() => readInputs(from({ comment: 'maybe' }))).toThrow(/input "comment"/);
  });
});

describe('sticky comment', () => {
  let github: FakeGitHub;
  beforeAll(async () => {
    github = await startFakeGitHub();
  });
  afterAll(() => github.close());

  /** The same calls octokit makes, with fetch: enough to test the search across pages. */
  const api = (issue: number): IssueCommentsApi => {
    const call = async (method: string, path: string, body?: unknown) => {
      const response = await fetch(`${github.url}${path}`, { method, body: body ? JSON.stringify(body) : undefined });
      if (!response.ok) throw Object.assign(new Error(`HTTP ${response.status}`), { status: response.status });
      return response.json();
    };
    return {
      listComments: (page) => call('GET', `/repos/o/r/issues/${issue}/comments?per_page=100&page=${page}`),
      createComment: (body) => call('POST', `/repos/o/r/issues/${issue}/comments`, { body }),
      updateComment: (id, body) => call('PATCH', `/repos/o/r/issues/comments/${id}`, { body }),
    };
  };

  it('finds its own comment past the first page of 100 and edits it', async () => {
    for (let index = 0; index < 150; index++) github.comments.set(index + 1, { id: index + 1, body: `chatter ${index}`, issue: 7 });
    github.comments.set(500, { id: 500, body: `${COMMENT_MARKER}\nold report`, issue: 7 });
    const result = await upsertStickyComment(api(7), 'new report');
    expect(result).toMatchObject({ outcome: 'updated', id: 500 });
    expect(github.comments.get(500)?.body).toBe(`${COMMENT_MARKER}\nnew report`);
    expect([...github.comments.values()].filter((comment) => comment.body.includes(COMMENT_MARKER))).toHaveLength(1);
  });

  it('reports a read-only token as skipped instead of failing', async () => {
    github.readOnly = true;
    try {
      const result = await upsertStickyComment(api(8), 'report');
      expect(result.outcome).toBe('skipped');
    } finally {
      github.readOnly = false;
    }
  });
});
