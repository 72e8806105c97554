/**
 * The bundled Action as the runner runs it, on a pull_request event: lint + verify on a real
 * PostgreSQL, one sticky comment on a loopback GitHub API, the summary, outputs and annotations.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { COMMENT_MARKER, commentMarker } from '../../src/action/sticky-comment.js';
import { bundledActionDir, eventFile, makeWorkspace, runAction } from '../support/action-runner.js';
import { adminQuery, serverUrl, uniqueName } from '../support/database.js';
import { A_PERSON, type FakeGitHub, startFakeGitHub } from '../support/github-api-server.js';

const header = (version: string, name: string, scope: string, up: string, down: string) => `-- Migration: ${version}_${name}
-- Version: ${version}
-- Description: ${name.replace(/_/g, ' ')}
-- Author: Jane Dev <jane@acme.example>
-- Date: 2026-11-20
-- Scope: ${scope}

-- ==================== UP ====================
${up}

-- ==================== DOWN ====================
${down}
`;

const baseFiles = {
  'migrations/master/001_create_tenants.sql': header(
    '001',
    'create_tenants',
    'master',
    'CREATE TABLE IF NOT EXISTS tenants (id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL UNIQUE, database_url TEXT, active BOOLEAN NOT NULL DEFAULT TRUE);',
    'DROP TABLE IF EXISTS tenants;',
  ),
  'migrations/tenant/001_create_accounts.sql': header(
    '001',
    'create_accounts',
    'tenant',
    'CREATE TABLE IF NOT EXISTS accounts (id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL);',
    'DROP TABLE IF EXISTS accounts;',
  ),
};

// Not idempotent (no IF NOT EXISTS): an error-level lint finding on line 9.
const invoicesWithError = header(
  '002',
  'create_invoices',
  'tenant',
  'CREATE TABLE invoices (id BIGSERIAL PRIMARY KEY, account_id BIGINT NOT NULL, total NUMERIC(12, 2) NOT NULL);',
  'DROP TABLE IF EXISTS invoices;',
);
const invoicesClean = invoicesWithError.replace('CREATE TABLE invoices', 'CREATE TABLE IF NOT EXISTS invoices');

describe('the Action: check on a pull request', () => {
  let github: FakeGitHub;
  let role: { name: string; password: string; url: string };

  beforeAll(async () => {
    github = await startFakeGitHub();
    // A role with a password, so the test can prove the password is never printed.
    const name = uniqueName('action_role');
    const password = `Pw-${name}-s3cret`;
    await adminQuery(`CREATE ROLE ${name} LOGIN CREATEDB PASSWORD '${password}'`);
    const url = new URL(serverUrl());
    url.username = name;
    url.password = password;
    role = { name, password, url: url.toString() };
  });
  beforeEach(() => {
    github.comments.clear();
    github.requests.length = 0;
  });
  afterAll(async () => {
    await github.close();
    await adminQuery(`DROP ROLE IF EXISTS ${role.name}`);
  });

  const check = async (
    workspace: ReturnType<typeof makeWorkspace>,
    extraInputs: Record<string, string> = {},
    actionDir = bundledActionDir(),
  ) =>
    runAction({
      actionDir,
      workspace: workspace.dir,
      eventName: 'pull_request',
      eventPath: eventFile('pull_request.synchronize.json', workspace),
      sha: workspace.headSha,
      apiUrl: github.url,
      inputs: {
        command: 'check',
        'migrations-dir': 'migrations',
        ephemeral: 'server',
        'ephemeral-url': role.url,
        'github-token': 'ghs_fake_token_for_tests',
        comment: 'true',
        'fail-on': 'error',
        ...extraInputs,
      },
    });

  // The runner consumes ::add-mask:: commands (that is how it learns what to hide) and shows
  // every other line: the password may appear in the former only, and must be registered there.
  const expectNoPassword = (run: Awaited<ReturnType<typeof check>>) => {
    const shown = run.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
    expect(run.stdout).toContain(`::add-mask::${role.password}`);
    for (const text of [shown, run.stderr, run.summary, JSON.stringify(run.outputs)]) {
      expect(text).not.toContain(role.password);
    }
  };

  it('comments once, updates the same comment on the next push, writes summary, outputs and annotations', async () => {
    const workspace = makeWorkspace(baseFiles, { 'migrations/tenant/002_create_invoices.sql': invoicesWithError });
    try {
      const first = await check(workspace);
      expect(first.code).toBe(1);
      expectNoPassword(first);

      // The issue comment; the other POST is the review holding require-idempotent's fix (review-suggestions.test.ts).
      const posts = github.requests.filter((request) => request.method === 'POST' && request.path.includes('/issues/'));
      expect(posts).toHaveLength(1);
      expect(github.requests.filter((request) => request.method === 'POST').map((request) => request.path)).toEqual([
        '/repos/acme/fleet-app/pulls/42/reviews',
        '/repos/acme/fleet-app/issues/42/comments',
      ]);
      expect(posts[0].path).toBe('/repos/acme/fleet-app/issues/42/comments');
      expect(posts[0].headers.authorization).toMatch(/ghs_fake_token_for_tests/);
      const [comment] = [...github.comments.values()];
      expect(comment.body).toContain(COMMENT_MARKER);
      expect(comment.body).toContain('tenant-migrate check: failed');
      expect(comment.body).toContain('require-idempotent');
      expect(comment.body).toContain(
        `https://github.com/acme/fleet-app/blob/${workspace.headSha}/migrations/tenant/002_create_invoices.sql#L9`,
      );
      // Only the migration the PR adds is verified; the older one is set-up.
      expect(comment.body).toContain('002_create_invoices');

      expect(first.stdout).toMatch(
        /::error title=tenant-migrate lint%3A require-idempotent,file=migrations\/tenant\/002_create_invoices.sql,line=9,/,
      );
      expect(first.summary).toContain('tenant-migrate check: failed');
      expect(first.outputs['lint-errors']).toBe('1');
      expect(first.outputs['comment-url']).toBe(`https://github.example/acme/fleet-app/pull/42#issuecomment-${comment.id}`);
      const report = JSON.parse(first.outputs.report);
      expect(report.lint.summary.errors).toBe(1);
      expect(report.verify.ok).toBe(true);

      // The author fixes the file and pushes again: the same comment is edited, no second one appears.
      const second = await check({ ...workspace, ...makeHeadCommit(workspace.dir, invoicesClean) });
      expect(second.code).toBe(0);
      expectNoPassword(second);
      expect(github.comments.size).toBe(1);
      const patches = github.requests.filter((request) => request.method === 'PATCH');
      expect(patches).toHaveLength(1);
      expect(patches[0].path).toBe(`/repos/acme/fleet-app/issues/comments/${comment.id}`);
      expect(github.comments.get(comment.id)?.body).toContain('tenant-migrate check: passed');
      expect(second.outputs['lint-errors']).toBe('0');
    } finally {
      rmSync(workspace.dir, { recursive: true, force: true });
    }
  });

  it('degrades to the summary when the token may not comment (a fork PR answers 403)', async () => {
    const workspace = makeWorkspace(baseFiles, { 'migrations/tenant/002_create_invoices.sql': invoicesClean });
    github.readOnly = true;
    try {
      const run = await check(workspace);
      expect(run.code).toBe(0);
      // A plain log line, not a ::warning:: (that would take the place of a finding's annotation).
      expect(run.stdout).toMatch(/^No pull request comment: the token may not write to this pull request/m);
      expect(run.stdout).not.toMatch(/^::warning/m);
      expect(run.summary).toContain('No pull request comment');
      expect(run.summary).toContain('tenant-migrate check: passed');
      expect(run.outputs['comment-url']).toBe('');
      expectNoPassword(run);
    } finally {
      github.readOnly = false;
      rmSync(workspace.dir, { recursive: true, force: true });
    }
  });

  it('goes on when the comment call fails (a 500): a warning and a note, the summary and every output', async () => {
    const workspace = makeWorkspace(baseFiles, { 'migrations/tenant/002_create_invoices.sql': invoicesWithError });
    github.failStatus = 500;
    try {
      const run = await check(workspace);
      // Failed by the lint error, not by the API.
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/^::warning::No pull request comment: GitHub's API failed with HTTP 500/m);
      expect(run.stdout).toMatch(/^::error::tenant-migrate check failed: 1 lint error \(fail-on: error\)/m);
      expect(`${run.stdout}${run.stderr}`).not.toMatch(/HttpError|at .*\.js:\d+/);
      expect(run.summary).toContain('tenant-migrate check: failed');
      expect(run.summary).toContain('No pull request comment: GitHub');
      expect(run.outputs['lint-errors']).toBe('1');
      expect(run.outputs['comment-url']).toBe('');
      expect(JSON.parse(run.outputs.report).verify.ok).toBe(true);
      expectNoPassword(run);
    } finally {
      github.failStatus = undefined;
      rmSync(workspace.dir, { recursive: true, force: true });
    }
  });

  it('prints at most 10 error annotations in all when there are more findings, the failure included', async () => {
    const many = Object.fromEntries(
      Array.from({ length: 12 }, (_, index) => {
        const version = String(index + 2).padStart(3, '0');
        return [
          `migrations/tenant/${version}_create_t${index}.sql`,
          header(version, `create_t${index}`, 'tenant', `CREATE TABLE t${index} (id BIGINT);`, `DROP TABLE IF EXISTS t${index};`),
        ];
      }),
    );
    const workspace = makeWorkspace(baseFiles, many);
    try {
      const run = await check(workspace, { comment: 'false' });
      expect(run.code).toBe(1);
      expect(run.outputs['lint-errors']).toBe('12');
      const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error'));
      expect(errors).toHaveLength(10);
      expect(errors.at(-1)).toMatch(/^::error::tenant-migrate check failed: 12 lint errors/);
      // 3 lint errors past the 9 shown, and 2 of verify's 12 not-idempotent warnings past 10.
      expect(run.stdout.split('\n').filter((line) => line.startsWith('::warning'))).toHaveLength(10);
      expect(run.summary).toContain('5 more findings are listed below');
      expect(run.summary).toContain('012_create_t10');
    } finally {
      rmSync(workspace.dir, { recursive: true, force: true });
    }
  });

  it("never edits a person's comment that holds the marker, and keeps one comment per migrations directory", async () => {
    // Someone pasted the raw comment into their own: editing it would answer 403.
    github.comments.set(1, { id: 1, body: `quoting: ${COMMENT_MARKER}`, issue: 42, user: A_PERSON });
    const moved = (prefix: string) => Object.fromEntries(Object.entries(baseFiles).map(([path, text]) => [`${prefix}${path}`, text]));
    const workspace = makeWorkspace(
      { ...baseFiles, ...moved('billing/') },
      { 'migrations/tenant/002_create_invoices.sql': invoicesClean, 'billing/migrations/tenant/002_create_invoices.sql': invoicesClean },
    );
    try {
      const apps = await check(workspace);
      expect(apps.code).toBe(0);
      expect(apps.summary).not.toContain('No pull request comment');
      const billing = await check(workspace, { 'migrations-dir': 'billing/migrations' });
      expect(billing.code).toBe(0);
      const again = await check(workspace, { 'migrations-dir': 'billing/migrations' });
      expect(again.outputs['comment-url']).toBe(billing.outputs['comment-url']);

      expect(github.comments.get(1)?.body).toBe(`quoting: ${COMMENT_MARKER}`);
      const ours = [...github.comments.values()].filter((comment) => comment.user.type === 'Bot');
      expect(ours).toHaveLength(2);
      expect(ours[0].body.startsWith(COMMENT_MARKER)).toBe(true);
      expect(ours[1].body.startsWith(commentMarker('billing/migrations'))).toBe(true);
      expect(github.requests.filter((request) => request.method === 'PATCH')).toHaveLength(1);
    } finally {
      rmSync(workspace.dir, { recursive: true, force: true });
    }
  });

  it('runs from a copy of action.yml and dist/ alone, without node_modules', async () => {
    const bare = mkdtempSync(join(tmpdir(), 'tm-bare-action-'));
    cpSync(join(bundledActionDir(), 'action.yml'), join(bare, 'action.yml'));
    cpSync(join(bundledActionDir(), 'dist'), join(bare, 'dist'), { recursive: true });
    const workspace = makeWorkspace(baseFiles, { 'migrations/tenant/002_create_invoices.sql': invoicesWithError });
    try {
      const run = await check(workspace, { comment: 'false' }, bare);
      expect(run.stderr).not.toMatch(/Cannot find (module|package)/);
      expect(run.code).toBe(1);
      expect(run.outputs['lint-errors']).toBe('1');
      expect(JSON.parse(run.outputs.report).verify.ok).toBe(true);
      expect(run.summary).toContain('002_create_invoices');
    } finally {
      rmSync(bare, { recursive: true, force: true });
      rmSync(workspace.dir, { recursive: true, force: true });
    }
  });
});

/** A new head commit on the workspace with the fixed file; returns its SHA. */
function makeHeadCommit(dir: string, text: string): { headSha: string } {
  writeFileSync(join(dir, 'migrations/tenant/002_create_invoices.sql'), text);
  execFileSync('git', ['commit', '-qam', 'fix'], { cwd: dir });
  return { headSha: execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim() };
}
