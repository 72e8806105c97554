import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AnnotationCandidate, selectAnnotations, targetFailureAnnotations } from '../../src/action/annotations.js';
import { fitComment, GITHUB_COMMENT_LIMIT } from '../../src/action/comment-size.js';
import { readInputs } from '../../src/action/inputs.js';
import { secretsToRegister } from '../../src/action/secrets.js';
import { COMMENT_MARKER, commentMarker, type IssueCommentsApi, upsertStickyComment } from '../../src/action/sticky-comment.js';
import { isTrivialPassword } from '../../src/db/connection-url.js';
import { A_PERSON, ACTIONS_BOT, type FakeGitHub, startFakeGitHub } from '../support/github-api-server.js';

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

  it('keeps room for the annotations the step prints itself (setFailed is an error)', () => {
    const errors = Array.from({ length: 12 }, (_, index) => ({ severity: 'error' as const, line: index + 1, title: 't', message: 'm' }));
    const { shown, hidden } = selectAnnotations(errors, { error: 1 });
    expect(shown).toHaveLength(9);
    expect(hidden).toHaveLength(3);
    expect(selectAnnotations(errors, { error: 12 }).shown).toHaveLength(0);
  });

  it('groups targets that failed at the same line with the same message, largest group first', () => {
    const atLine = {
      code: 'MIGRATION_FAILED' as const,
      message: 'up 002_x failed at m/tenant/002_x.sql:3:1: division by zero',
      file: 'm/tenant/002_x.sql',
      line: 3,
    };
    const failed = [
      ...Array.from({ length: 7 }, (_, index) => ({ name: `t${index}`, kind: 'tenant' as const, error: atLine })),
      {
        name: 'gone',
        kind: 'tenant' as const,
        error: { code: 'DATABASE_MISSING' as const, message: 'the database at h:5432/gone does not exist' },
      },
    ];
    const annotations = targetFailureAnnotations('deploy', failed);
    expect(annotations).toHaveLength(2);
    const group = annotations.find((annotation) => annotation.weight === 7);
    expect(group).toMatchObject({ severity: 'error', file: 'm/tenant/002_x.sql', line: 3 });
    expect(group?.message).toMatch(/^7 tenants failed at m\/tenant\/002_x.sql:3 \(t0, t1, t2, t3, t4 and 2 more\): error: up 002_x failed/);
    expect(annotations.find((annotation) => annotation.weight === undefined)?.message).toMatch(/^gone: error: the database/);
    expect(selectAnnotations(annotations, { error: 9 }).shown[0]).toBe(group);
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
      dir: 'migrations',
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
      /input "command" is "apply"; expected one of check, lint, deploy, status, rollback, report$/,
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
      tokenLogin: async () => {
        try {
          return ((await call('GET', '/user')) as { login: string }).login;
        } catch {
          return undefined;
        }
      },
      listComments: (page) => call('GET', `/repos/o/r/issues/${issue}/comments?per_page=100&page=${page}`),
      createComment: (body) => call('POST', `/repos/o/r/issues/${issue}/comments`, { body }),
      updateComment: (id, body) => call('PATCH', `/repos/o/r/issues/comments/${id}`, { body }),
    };
  };

  it('finds its own comment past the first page of 100 and edits it', async () => {
    for (let index = 0; index < 150; index++) {
      github.comments.set(index + 1, { id: index + 1, body: `chatter ${index}`, issue: 7, user: A_PERSON });
    }
    github.comments.set(500, { id: 500, body: `${COMMENT_MARKER}\nold report`, issue: 7, user: ACTIONS_BOT });
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

  it("leaves a person's comment that quotes the marker alone and writes its own", async () => {
    github.comments.set(600, { id: 600, body: `Why does ${COMMENT_MARKER} show up?`, issue: 9, user: A_PERSON });
    const result = await upsertStickyComment(api(9), 'report');
    expect(result.outcome).toBe('created');
    expect(github.comments.get(600)?.body).toBe(`Why does ${COMMENT_MARKER} show up?`);
    expect(await upsertStickyComment(api(9), 'report 2')).toMatchObject({ outcome: 'updated', id: (result as { id: number }).id });
  });

  it("finds its comment again when a person's access token wrote it", async () => {
    github.tokenOwner = A_PERSON;
    try {
      github.comments.set(700, {
        id: 700,
        body: `${COMMENT_MARKER}\nquoted by someone else`,
        issue: 11,
        user: { ...A_PERSON, login: 'other-dev' },
      });
      const first = await upsertStickyComment(api(11), 'report');
      expect(first.outcome).toBe('created');
      expect(await upsertStickyComment(api(11), 'report 2')).toMatchObject({ outcome: 'updated', id: (first as { id: number }).id });
      expect([...github.comments.values()].filter((comment) => comment.issue === 11)).toHaveLength(2);
      expect(github.comments.get(700)?.body).toBe(`${COMMENT_MARKER}\nquoted by someone else`);
    } finally {
      github.tokenOwner = ACTIONS_BOT;
    }
  });

  it('keeps one comment per migrations directory', async () => {
    const first = await upsertStickyComment(api(10), 'apps', commentMarker('migrations'));
    const second = await upsertStickyComment(api(10), 'billing', commentMarker('services/billing/migrations'));
    expect(first.outcome).toBe('created');
    expect(second.outcome).toBe('created');
    expect(await upsertStickyComment(api(10), 'billing 2', commentMarker('./services/billing/migrations/'))).toMatchObject({
      outcome: 'updated',
      id: (second as { id: number }).id,
    });
    expect(await upsertStickyComment(api(10), 'apps 2', commentMarker('migrations'))).toMatchObject({
      outcome: 'updated',
      id: (first as { id: number }).id,
    });
    const bodies = [...github.comments.values()].filter((comment) => comment.issue === 10).map((comment) => comment.body);
    expect(bodies).toEqual([`${COMMENT_MARKER}\napps 2`, `${commentMarker('services/billing/migrations')}\nbilling 2`]);
  });

  it('builds markers that stay valid HTML comments and keeps the default one', () => {
    expect(commentMarker('migrations')).toBe('<!-- tenant-migrate:check -->');
    expect(commentMarker('./migrations/')).toBe('<!-- tenant-migrate:check -->');
    expect(commentMarker('db--old>x')).toBe('<!-- tenant-migrate:check dir=db%2D-old%3Ex -->');
    expect(commentMarker('db/a')).not.toContain(COMMENT_MARKER);
  });

  it("gives command lint markers of its own, which never find check's comment", async () => {
    expect(commentMarker('migrations', 'lint')).toBe('<!-- tenant-migrate:lint -->');
    expect(commentMarker('db--old>x', 'lint')).toBe('<!-- tenant-migrate:lint dir=db%2D-old%3Ex -->');
    const check = await upsertStickyComment(api(12), 'check', commentMarker('migrations'));
    const lint = await upsertStickyComment(api(12), 'lint', commentMarker('migrations', 'lint'));
    expect(lint).toMatchObject({ outcome: 'created' });
    expect((lint as { id: number }).id).not.toBe((check as { id: number }).id);
    expect(github.comments.get((check as { id: number }).id)?.body).toBe(`${COMMENT_MARKER}\ncheck`);
  });

  it('reports any other API failure as failed, with the status, instead of throwing', async () => {
    github.failStatus = 500;
    try {
      const result = await upsertStickyComment(api(11), 'report');
      expect(result).toMatchObject({ outcome: 'failed' });
      expect((result as { reason: string }).reason).toMatch(/HTTP 500/);
    } finally {
      github.failStatus = undefined;
    }
  });

  it('says the API could not be reached when nothing answers, rather than inventing an HTTP status', async () => {
    const unreachable: IssueCommentsApi = {
      tokenLogin: async () => undefined,
      // What octokit throws when the request gets no answer: status 500 and fetch's own error as cause.
      listComments: async () => {
        throw Object.assign(new Error('fetch failed'), { status: 500, cause: { code: 'ECONNREFUSED' } });
      },
      createComment: async () => ({ id: 0, html_url: '' }),
      updateComment: async () => ({ id: 0, html_url: '' }),
    };
    const result = await upsertStickyComment(unreachable, 'report');
    expect(result).toMatchObject({ outcome: 'failed' });
    expect((result as { reason: string }).reason).toBe(
      "GitHub's API could not be reached (ECONNREFUSED); the report is in the job summary",
    );
  });
});

describe('secrets', () => {
  it('registers every URL, and the password alone only when it is not a trivial word', () => {
    expect(secretsToRegister(['postgresql://app:Str0ng+pw@db:5432/app', undefined])).toEqual([
      'postgresql://app:Str0ng+pw@db:5432/app',
      'Str0ng+pw',
      'Str0ng%2Bpw',
    ]);
    for (const url of [
      'postgresql://postgres:postgres@db/x',
      'postgresql://app:app@db/x',
      'postgresql://u:abc@db/x',
      'postgresql://u:orders@db/orders',
    ]) {
      expect(secretsToRegister([url])).toEqual([url]);
    }
  });

  it('judges a password trivial by length, common defaults, and the user or database name', () => {
    expect(isTrivialPassword('pg1', 'postgresql://u:pg1@h/d')).toBe(true);
    expect(isTrivialPassword('Password', 'postgresql://u:Password@h/d')).toBe(true);
    expect(isTrivialPassword('tenant', 'postgresql://tenant:tenant@h/d')).toBe(true);
    expect(isTrivialPassword('s3cret-enough', 'postgresql://u:s3cret-enough@h/d')).toBe(false);
    expect(isTrivialPassword('longer-pw', "host=h password='longer-pw'")).toBe(false);
  });
});

describe('action.yml', () => {
  // `yaml` comes with vite (vitest) and testcontainers; the runner parses action.yml as YAML 1.2 too.
  const manifest = async () => {
    const { parse } = await import('yaml');
    return parse(readFileSync(join(import.meta.dirname, '..', '..', 'action.yml'), 'utf8')) as {
      runs: { using: string; main: string };
      inputs: Record<string, { description: string; default?: string }>;
      outputs: Record<string, { description: string }>;
    };
  };

  it('parses, and declares exactly the inputs the Action reads', async () => {
    const action = await manifest();
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    const read: string[] = [];
    readInputs((name) => {
      read.push(name);
      return '';
    });
    expect(Object.keys(action.inputs).sort()).toEqual([...new Set(read)].sort());
    for (const input of Object.values(action.inputs)) expect(input.description.length).toBeGreaterThan(10);
  });

  it('declares every output the Action sets', async () => {
    const action = await manifest();
    expect(Object.keys(action.outputs).sort()).toEqual([
      'applied',
      'comment-url',
      'failed-targets',
      'lint-errors',
      'lint-warnings',
      'report',
      'run-id',
    ]);
  });
});
