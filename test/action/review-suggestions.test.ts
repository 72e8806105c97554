/**
 * Lint's fixes on a pull request, through the bundled Action against the loopback GitHub API: a
 * review with one-click suggestions on the lines the PR changed when the token may review, and
 * the same fixes as diffs in the sticky comment when it answers 403.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseUnifiedDiff } from '../../src/action/changed-lines.js';
import { pullReviewsApi } from '../../src/action/github-api.js';
import { postReviewSuggestions, type Suggestion, suggestionsFor } from '../../src/action/review-suggestions.js';
import { lineChangeOf } from '../../src/lint/fix-suggestion.js';
import { lintMigrations } from '../../src/lint/lint-migrations.js';
import { headerFile, project } from '../lint/helpers.js';
import { eventFile, makeWorkspace, runAction } from '../support/action-runner.js';
import { serverUrl } from '../support/database.js';
import { type FakeGitHub, startFakeGitHub } from '../support/github-api-server.js';

const accounts = headerFile('CREATE TABLE IF NOT EXISTS accounts (id BIGINT);', 'DROP TABLE IF EXISTS accounts;');
// Not idempotent: require-idempotent's fix adds IF NOT EXISTS on line 9 (the first UP line).
const invoices = headerFile('CREATE TABLE invoices (id BIGINT, total NUMERIC(12, 2));', 'DROP TABLE IF EXISTS invoices;', {
  Migration: '002_create_invoices',
  Version: '002',
});
const INVOICES = 'migrations/tenant/002_create_invoices.sql';
// A transactional migration (no `Transaction: none`) on a table an earlier one made. Line 9 has two
// safe fixes (SET LOCAL lock_timeout before it, IF NOT EXISTS in it); line 10 one safe fix (IF NOT
// EXISTS) and two that --fix does not apply: CONCURRENTLY (here a concurrently-in-transaction
// error) and a plain SET statement_timeout (its size is the author's call).
const CATEGORY = 'migrations/tenant/002_add_category.sql';
const category = headerFile(
  'ALTER TABLE accounts ADD COLUMN category TEXT;\nCREATE INDEX idx_accounts_category ON accounts (category);',
  'DROP INDEX IF EXISTS idx_accounts_category;\nALTER TABLE accounts DROP COLUMN IF EXISTS category;',
  { Migration: '002_add_category', Version: '002' },
);
const everyLine = new Set(Array.from({ length: 20 }, (_, index) => index + 1));

/** The file with the suggestions applied, as GitHub applies them: each replaces its lines. */
function applySuggestions(text: string, suggestions: readonly Suggestion[]): string {
  const lines = text.split('\n');
  for (const suggestion of [...suggestions].sort((a, b) => b.startLine - a.startLine)) {
    lines.splice(suggestion.startLine - 1, suggestion.endLine - suggestion.startLine + 1, ...suggestion.after);
  }
  return lines.join('\n');
}

describe('lint fixes as lines', () => {
  it('turns an insertion in a line, and a new line before one, into whole-line changes', () => {
    const source = 'SELECT 1;\n  CREATE TABLE t (a INT);\nSELECT 2;\n';
    const inLine = source.indexOf('TABLE') + 'TABLE'.length;
    expect(
      lineChangeOf(source, { description: 'guard', safe: true, edits: [{ start: inLine, end: inLine, text: ' IF NOT EXISTS' }] }),
    ).toEqual({
      startLine: 2,
      endLine: 2,
      before: ['  CREATE TABLE t (a INT);'],
      after: ['  CREATE TABLE IF NOT EXISTS t (a INT);'],
    });
    const lineStart = source.indexOf('  CREATE');
    const before = { start: lineStart, end: lineStart, text: "  SET lock_timeout = '5s';\n" };
    expect(lineChangeOf(source, { description: 'timeout', safe: true, edits: [before] })).toEqual({
      startLine: 2,
      endLine: 2,
      before: ['  CREATE TABLE t (a INT);'],
      after: ["  SET lock_timeout = '5s';", '  CREATE TABLE t (a INT);'],
    });
  });

  it('reads the added lines of each file from a unified diff', () => {
    const diff = [
      'diff --git a/m/001.sql b/m/001.sql',
      '--- a/m/001.sql',
      '+++ b/m/001.sql',
      '@@ -3,0 +4,2 @@ x',
      '+a',
      '+b',
      '@@ -9 +11 @@',
      '-c',
      '+d',
      'diff --git a/m/002.sql b/m/002.sql',
      '--- a/m/002.sql',
      '+++ /dev/null',
      '@@ -1,3 +0,0 @@',
    ].join('\n');
    expect(parseUnifiedDiff(diff)).toEqual(new Map([['m/001.sql', new Set([4, 5, 11])]]));
  });

  it('offers a fix only where the PR changed every line it touches', async () => {
    const root = project({ [INVOICES]: invoices });
    const lint = await lintMigrations({ dir: 'migrations', cwd: root, config: false });
    expect(suggestionsFor(lint, new Map([[INVOICES, new Set([9])]]))).toMatchObject([
      {
        file: INVOICES,
        rule: 'require-idempotent',
        startLine: 9,
        endLine: 9,
        after: ['CREATE TABLE IF NOT EXISTS invoices (id BIGINT, total NUMERIC(12, 2));'],
      },
    ]);
    expect(suggestionsFor(lint, new Map([[INVOICES, new Set([8, 10])]]))).toEqual([]);
    expect(suggestionsFor(lint, new Map())).toEqual([]);
  });
});

describe('suggestions are what lint --fix applies', () => {
  it('offers only the safe fixes, those on one line merged into one suggestion, and they write what --fix writes', async () => {
    const files = { 'migrations/tenant/001_change.sql': accounts, [CATEGORY]: category };
    const root = project(files);
    const lint = await lintMigrations({ dir: 'migrations', cwd: root, config: false });
    // The findings carry the unsafe fixes too: the suggestions leave them out.
    expect(lint.findings.filter((finding) => finding.file === CATEGORY && finding.fix?.safe === false).map((f) => f.rule)).toEqual(
      expect.arrayContaining(['require-concurrent-index', 'require-statement-timeout']),
    );
    const suggestions = suggestionsFor(lint, new Map([[CATEGORY, everyLine]]));
    expect(suggestions).toEqual([
      {
        file: CATEGORY,
        startLine: 9,
        endLine: 9,
        before: ['ALTER TABLE accounts ADD COLUMN category TEXT;'],
        after: ["SET LOCAL lock_timeout = '5s';", 'ALTER TABLE accounts ADD COLUMN IF NOT EXISTS category TEXT;'],
        rule: 'require-lock-timeout',
        message: expect.any(String),
        description: "add SET LOCAL lock_timeout = '5s' before it",
        parts: [
          { rule: 'require-lock-timeout', message: expect.any(String), description: "add SET LOCAL lock_timeout = '5s' before it" },
          { rule: 'require-idempotent', message: expect.any(String), description: 'add IF NOT EXISTS' },
        ],
      },
      {
        file: CATEGORY,
        startLine: 10,
        endLine: 10,
        before: ['CREATE INDEX idx_accounts_category ON accounts (category);'],
        after: ['CREATE INDEX IF NOT EXISTS idx_accounts_category ON accounts (category);'],
        rule: 'require-idempotent',
        message: expect.any(String),
        description: 'add IF NOT EXISTS',
      },
    ]);
    expect(JSON.stringify(suggestions)).not.toMatch(/CONCURRENTLY|statement_timeout/);

    // lint --fix on the same files writes the same text, and the result has no concurrently-in-transaction error.
    const fixedRoot = project(files);
    await lintMigrations({ dir: 'migrations', cwd: fixedRoot, config: false, fixAll: true });
    const fixed = readFileSync(join(fixedRoot, CATEGORY), 'utf8');
    expect(applySuggestions(category, suggestions)).toBe(fixed);
    const relinted = await lintMigrations({ dir: 'migrations', cwd: fixedRoot, config: false });
    expect(relinted.findings.map((finding) => finding.rule)).not.toContain('concurrently-in-transaction');
    expect(relinted.findings.filter((finding) => finding.fix?.safe)).toEqual([]);
  });
});

describe('the Action: fix suggestions on a pull request', () => {
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

  const check = (workspace: ReturnType<typeof makeWorkspace>) =>
    runAction({
      workspace: workspace.dir,
      eventName: 'pull_request',
      eventPath: eventFile('pull_request.synchronize.json', workspace),
      sha: workspace.headSha,
      apiUrl: github.url,
      inputs: {
        command: 'check',
        'migrations-dir': 'migrations',
        ephemeral: 'server',
        'ephemeral-url': serverUrl(),
        'github-token': 'ghs_fake_token_for_tests',
        comment: 'true',
        'fail-on': 'error',
      },
    });

  // lint: the same fixes step as check, with no database.
  const lint = (workspace: ReturnType<typeof makeWorkspace>) =>
    runAction({
      workspace: workspace.dir,
      eventName: 'pull_request',
      eventPath: eventFile('pull_request.synchronize.json', workspace),
      sha: workspace.headSha,
      apiUrl: github.url,
      inputs: { command: 'lint', 'migrations-dir': 'migrations', 'github-token': 'ghs_fake_token_for_tests', 'fail-on': 'error' },
    });

  it('posts one review with a suggestion block on the changed line, and does not repeat it on the next run', async () => {
    const workspace = makeWorkspace({ 'migrations/tenant/001_change.sql': accounts }, { [INVOICES]: invoices });
    try {
      const run = await check(workspace);
      expect(run.code).toBe(1);
      expect(github.reviews).toHaveLength(1);
      expect(github.reviews[0]).toMatchObject({ pull: 42, event: 'COMMENT', commit_id: workspace.headSha });
      expect(github.reviewComments).toHaveLength(1);
      const [comment] = github.reviewComments;
      expect(comment).toMatchObject({ path: INVOICES, line: 9, side: 'RIGHT' });
      expect(comment.start_line).toBeUndefined();
      expect(comment.body).toContain('```suggestion\nCREATE TABLE IF NOT EXISTS invoices (id BIGINT, total NUMERIC(12, 2));\n```');
      expect(comment.body).toContain('require-idempotent');
      const [sticky] = [...github.comments.values()];
      expect(sticky.body).not.toContain('Suggested fixes');
      expect(run.stdout).toMatch(/posted 1 fix suggestion as a review: https:\/\/github.example\/pull\/42#pullrequestreview-/);

      const again = await check(workspace);
      expect(again.code).toBe(1);
      expect(github.reviews).toHaveLength(1);
      expect(again.stdout).toContain('the fix suggestions are already on the pull request');
    } finally {
      rmSync(workspace.dir, { recursive: true, force: true });
    }
  });

  it('posts one suggestion per changed line with every safe fix for it, and no CONCURRENTLY in a transactional migration', async () => {
    const workspace = makeWorkspace({ 'migrations/tenant/001_change.sql': accounts }, { [CATEGORY]: category });
    try {
      const run = await lint(workspace);
      expect(run.code).toBe(1);
      expect(github.reviews).toHaveLength(1);
      expect(github.reviews[0].body).toMatch(/^tenant-migrate lint can fix 3 findings on lines this pull request changed/);
      expect(github.reviewComments.map((comment) => [comment.path, comment.line])).toEqual([
        [CATEGORY, 9],
        [CATEGORY, 10],
      ]);
      const [nine, ten] = github.reviewComments;
      expect(nine.body).toContain('**tenant-migrate lint** fixes 2 findings here at once:');
      expect(nine.body).toContain('- `require-lock-timeout`: ');
      expect(nine.body).toContain('- `require-idempotent`: ');
      expect(nine.body).toContain(
        "```suggestion\nSET LOCAL lock_timeout = '5s';\nALTER TABLE accounts ADD COLUMN IF NOT EXISTS category TEXT;\n```",
      );
      expect(ten.body).toContain('```suggestion\nCREATE INDEX IF NOT EXISTS idx_accounts_category ON accounts (category);\n```');
      for (const comment of github.reviewComments) expect(comment.body).not.toMatch(/CONCURRENTLY|statement_timeout/);

      // A token that may not review: the same merged fixes as diffs in the comment.
      github.reviewComments.length = 0;
      github.reviewsForbidden = true;
      await lint(workspace);
      const [sticky] = [...github.comments.values()];
      expect(sticky.body).toContain(
        `\`${CATEGORY}:9\` \`require-lock-timeout\`: add SET LOCAL lock_timeout = '5s' before it; \`require-idempotent\`: add IF NOT EXISTS`,
      );
      expect(sticky.body).toContain(
        "```diff\n-ALTER TABLE accounts ADD COLUMN category TEXT;\n+SET LOCAL lock_timeout = '5s';\n+ALTER TABLE accounts ADD COLUMN IF NOT EXISTS category TEXT;\n```",
      );
      expect(sticky.body.split('### Suggested fixes')[1]).not.toMatch(/\+.*CONCURRENTLY/);
    } finally {
      github.reviewsForbidden = false;
      rmSync(workspace.dir, { recursive: true, force: true });
    }
  });

  it('posts at most 50 suggestions in one review; the next run posts the rest, the one after nothing', async () => {
    const suggestions: Suggestion[] = Array.from({ length: 60 }, (_, index) => ({
      file: INVOICES,
      rule: 'require-idempotent',
      message: 'm',
      description: 'add IF NOT EXISTS',
      startLine: index + 1,
      endLine: index + 1,
      before: [`CREATE TABLE t${index} (a INT);`],
      after: [`CREATE TABLE IF NOT EXISTS t${index} (a INT);`],
    }));
    const api = pullReviewsApi('ghs_fake_token_for_tests', { owner: 'acme', repo: 'fleet-app' }, 42, github.url);
    expect(await postReviewSuggestions(api, suggestions)).toMatchObject({ outcome: 'posted', count: 50 });
    expect(github.reviews[0].body).toContain('10 more come with the next run');
    expect(await postReviewSuggestions(api, suggestions)).toMatchObject({ outcome: 'posted', count: 10 });
    expect(await postReviewSuggestions(api, suggestions)).toEqual({ outcome: 'already-posted' });
    expect(github.reviewComments.map((comment) => comment.line)).toEqual(Array.from({ length: 60 }, (_, index) => index + 1));
  });

  it('puts the fixes into the sticky comment as diffs when the token may not review (403)', async () => {
    const workspace = makeWorkspace({ 'migrations/tenant/001_change.sql': accounts }, { [INVOICES]: invoices });
    github.reviewsForbidden = true;
    try {
      const run = await check(workspace);
      expect(run.code).toBe(1);
      expect(github.reviews).toHaveLength(0);
      const [sticky] = [...github.comments.values()];
      expect(sticky.body).toContain('### Suggested fixes');
      expect(sticky.body).toContain(
        '```diff\n-CREATE TABLE invoices (id BIGINT, total NUMERIC(12, 2));\n+CREATE TABLE IF NOT EXISTS invoices (id BIGINT, total NUMERIC(12, 2));\n```',
      );
      expect(sticky.body).toContain(`\`${INVOICES}:9\``);
      expect(sticky.body).toMatch(/not as review suggestions: the token may not review this pull request \(HTTP 403/);
    } finally {
      github.reviewsForbidden = false;
      rmSync(workspace.dir, { recursive: true, force: true });
    }
  });
});
