/**
 * The bundled Action as the runner runs it, on a pull_request event: lint + verify on a real
 * PostgreSQL, one sticky comment on a loopback GitHub API, the summary, outputs and annotations.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMENT_MARKER } from '../../src/action/sticky-comment.js';
import { bundledActionDir, eventFile, makeWorkspace, runAction } from '../support/action-runner.js';
import { adminQuery, serverUrl, uniqueName } from '../support/database.js';
import { type FakeGitHub, startFakeGitHub } from '../support/github-api-server.js';

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
  afterAll(async () => {
    await github.close();
    await adminQuery(`DROP ROLE IF EXISTS ${role.name}`);
  });

  const check = async (workspace: ReturnType<typeof makeWorkspace>, extraInputs: Record<string, string> = {}, actionDir = bundledActionDir()) =>
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

      const posts = github.requests.filter((request) => request.method === 'POST');
      expect(posts).toHaveLength(1);
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
      expect(run.stdout).toMatch(/::warning::No pull request comment: the token may not write to this pull request/);
      expect(run.summary).toContain('No pull request comment');
      expect(run.summary).toContain('tenant-migrate check: passed');
      expect(run.outputs['comment-url']).toBe('');
      expectNoPassword(run);
    } finally {
      github.readOnly = false;
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
