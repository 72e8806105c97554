import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { headerFile, project } from './helpers.js';

const clean = headerFile('CREATE TABLE IF NOT EXISTS tags (id INT);', 'DROP TABLE IF EXISTS tags;');
// Its own table: a DOWN that dropped 001's tags would be a destructive finding of its own.
const broken = headerFile('CREATE TABLE labels (id INT);', 'DROP TABLE IF EXISTS labels;', { Migration: '002_broken', Version: '002' });
const risky = headerFile('ALTER TABLE users RENAME COLUMN a TO b;', 'SELECT 1;', { Migration: '003_risky', Version: '003' });

describe('tenant-migrate lint', () => {
  it('exits 0 on clean files, also with warnings only', async () => {
    const root = project({ 'migrations/tenant/001_change.sql': clean, 'migrations/tenant/003_risky.sql': risky });
    const result = await cli(['lint'], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('migrations/tenant/003_risky.sql:9:1  warning');
    expect(result.stdout).toContain('2 files checked: 0 errors, 2 warnings');
  });

  it('exits 1 when any finding is an error, and 0 again once that rule is turned off with --rule', async () => {
    const root = project({ 'migrations/tenant/001_change.sql': clean, 'migrations/tenant/002_broken.sql': broken });
    const failing = await cli(['lint', '--format', 'json'], { cwd: root });
    expect(failing.code).toBe(1);
    expect(JSON.parse(failing.stdout).summary).toEqual({ files: 2, errors: 1, warnings: 0 });
    const relaxed = await cli(['lint', '--rule', 'require-idempotent=warning'], { cwd: root });
    expect(relaxed.code).toBe(0);
  });

  it('exits 2 for usage errors: unknown rule, bad level, unknown format, missing path or directory', async () => {
    const root = project({ 'migrations/tenant/001_change.sql': clean });
    const unknownRule = await cli(['lint', '--rule', 'require-dwon=off'], { cwd: root });
    expect(unknownRule.code).toBe(2);
    expect(unknownRule.stderr).toContain('unknown lint rule "require-dwon"');
    expect(unknownRule.stderr).toContain('did you mean require-down?');
    expect((await cli(['lint', '--rule', 'rename=loud'], { cwd: root })).code).toBe(2);
    expect((await cli(['lint', '--rule', 'rename'], { cwd: root })).code).toBe(2);
    expect((await cli(['lint', '--format', 'xml'], { cwd: root })).code).toBe(2);
    const missing = await cli(['lint', 'migrations/tenant/009_nope.sql'], { cwd: root });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file or directory: migrations/tenant/009_nope.sql');
    expect((await cli(['lint', '--dir', 'elsewhere'], { cwd: root })).code).toBe(2);
  });

  it('reports only on the paths given, relative to the working directory', async () => {
    const root = project({
      'migrations/tenant/001_change.sql': clean,
      'migrations/tenant/002_broken.sql': broken,
      'migrations/tenant/003_risky.sql': risky,
    });
    const one = await cli(['lint', 'migrations/tenant/003_risky.sql', '--format', 'json'], { cwd: root });
    expect(one.code).toBe(0);
    const parsed = JSON.parse(one.stdout);
    expect(parsed.summary.files).toBe(1);
    expect(new Set(parsed.findings.map((finding: { file: string }) => finding.file))).toEqual(new Set(['migrations/tenant/003_risky.sql']));
    const folder = await cli(['lint', join(root, 'migrations/tenant'), '--format', 'json'], { cwd: root });
    expect(JSON.parse(folder.stdout).summary.files).toBe(3);
  });

  it('lints a file outside the migrations directory on its own', async () => {
    const root = project({
      'drafts/tenant/001_change.sql': broken.replace('002_broken', '001_change').replace('Version: 002', 'Version: 001'),
    });
    const result = await cli(['lint', 'drafts/tenant/001_change.sql', '--format', 'json'], { cwd: root });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).findings.map((finding: { rule: string; file: string }) => [finding.rule, finding.file])).toEqual([
      ['require-idempotent', 'drafts/tenant/001_change.sql'],
    ]);
  });

  it('lints a folder outside --dir as a migrations directory of its own, not merged into ./migrations', async () => {
    const second = clean
      .replace(/001_change/, '002_more')
      .replace('Version: 001', 'Version: 002')
      .replace(/tags/g, 'more_tags');
    const root = project({
      'migrations/tenant/001_change.sql': clean,
      'migrations/tenant/002_more.sql': second,
      // Another service's migrations: the same versions, its own timeline.
      'billing/db/tenant/001_change.sql': clean,
      'billing/db/tenant/002_broken.sql': broken,
      // A goose user's flat directory.
      'flat/00001_init.sql': '-- +goose Up\nCREATE TABLE IF NOT EXISTS a (id int);\n-- +goose Down\nDROP TABLE IF EXISTS a;\n',
      'flat/00002_next.sql': '-- +goose Up\nCREATE TABLE IF NOT EXISTS b (id int);\n-- +goose Down\nDROP TABLE IF EXISTS b;\n',
    });
    const rulesOf = (stdout: string) =>
      JSON.parse(stdout).findings.map((finding: { rule: string; file: string }) => [finding.rule, finding.file]);
    const billing = await cli(['lint', 'billing/db', '--json'], { cwd: root });
    expect(billing.code).toBe(1);
    expect(rulesOf(billing.stdout)).toEqual([['require-idempotent', 'billing/db/tenant/002_broken.sql']]);
    expect(JSON.parse(billing.stdout).summary).toEqual({ files: 2, errors: 1, warnings: 0 });
    const flat = await cli(['lint', 'flat', '--json'], { cwd: root });
    expect(flat.code).toBe(0);
    expect(JSON.parse(flat.stdout)).toEqual({ ok: true, findings: [], summary: { files: 2, errors: 0, warnings: 0 } });
    // With a path inside --dir too: each directory keeps its own versions.
    const both = await cli(['lint', 'flat', 'billing/db', 'migrations/tenant/002_more.sql', '--json'], { cwd: root });
    expect(rulesOf(both.stdout)).toEqual([['require-idempotent', 'billing/db/tenant/002_broken.sql']]);
    expect(JSON.parse(both.stdout).summary).toEqual({ files: 5, errors: 1, warnings: 0 });
    // A duplicate inside the other directory is still one.
    const dup = project({ 'other/tenant/001_a.sql': clean, 'other/tenant/001_b.sql': clean.replace(/001_change/, '001_b') });
    const duplicate = await cli(['lint', 'other', '--json'], { cwd: dup });
    expect(rulesOf(duplicate.stdout).map(([rule]: string[]) => rule)).toContain('duplicate-version');
  });

  it('prints each format', async () => {
    const root = project({ 'migrations/tenant/002_broken.sql': broken });
    const github = await cli(['lint', '--format', 'github'], { cwd: root });
    expect(github.stdout).toMatch(/^::error file=migrations\/tenant\/002_broken.sql,line=9,col=1,/);
    const sarif = await cli(['lint', '--format', 'sarif'], { cwd: root });
    expect(JSON.parse(sarif.stdout).runs[0].results[0].ruleId).toBe('require-idempotent');
    const markdown = await cli(['lint', '--format', 'markdown', '--link-base', 'https://github.com/a/b/blob/sha'], { cwd: root });
    expect(markdown.stdout).toContain('(https://github.com/a/b/blob/sha/migrations/tenant/002_broken.sql#L9)');
    expect(markdown.code).toBe(1);
  });

  it('explains every option in --help', async () => {
    const help = await cli(['lint', '--help']);
    for (const option of ['--format', '--base', '--rule', '--link-base', '--dir', 'tenant-migrate-ignore', 'Exit codes']) {
      expect(help.stdout).toContain(option);
    }
  });
});

describe('edited-applied with --base', () => {
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' },
    });

  it('flags a migration changed or deleted since the base ref, and not one added or untouched', async () => {
    const root = project({
      'migrations/tenant/001_change.sql': clean,
      'migrations/tenant/002_gone.sql': clean
        .replace(/001_change/, '002_gone')
        .replace('Version: 001', 'Version: 002')
        .replace(/tags/g, 'gone'),
      'migrations/tenant/003_same.sql': clean
        .replace(/001_change/, '003_same')
        .replace('Version: 001', 'Version: 003')
        .replace(/tags/g, 'same'),
    });
    git(root, 'init', '-q', '-b', 'main');
    git(root, 'add', '.');
    git(root, 'commit', '-q', '-m', 'base');
    git(root, 'checkout', '-q', '-b', 'feature');
    writeFileSync(join(root, 'migrations/tenant/001_change.sql'), clean.replace('tags (id INT)', 'tags (id BIGINT)'));
    rmSync(join(root, 'migrations/tenant/002_gone.sql'));
    writeFileSync(
      join(root, 'migrations/tenant/004_new.sql'),
      clean
        .replace(/001_change/, '004_new')
        .replace('Version: 001', 'Version: 004')
        .replace(/tags/g, 'new_tags'),
    );

    const result = await cli(['lint', '--base', 'main', '--format', 'json'], { cwd: root });
    const findings = JSON.parse(result.stdout).findings as Array<{ rule: string; file: string; message: string }>;
    expect(findings.map((finding) => [finding.rule, finding.file])).toEqual([
      ['edited-applied', 'migrations/tenant/001_change.sql'],
      ['edited-applied', 'migrations/tenant/002_gone.sql'],
    ]);
    expect(findings[0].message).toMatch(/exists on main and was changed/);
    expect(findings[1].message).toMatch(/exists on main and was deleted/);
    expect(result.code).toBe(1);

    const withoutBase = await cli(['lint'], { cwd: root });
    expect(withoutBase.code).toBe(0);
    expect(findings[0]).toMatchObject({ hint: expect.stringContaining('git checkout main -- migrations/tenant/001_change.sql') });
  });

  it('a --base it cannot read is a usage error (exit 2), not a lint failure (exit 1)', async () => {
    const root = project({ 'migrations/tenant/001_change.sql': clean });
    const notRepository = await cli(['lint', '--base', 'main'], { cwd: root });
    expect(notRepository.code).toBe(2);
    expect(notRepository.stderr).toContain('NOT_A_GIT_REPOSITORY');
    git(root, 'init', '-q', '-b', 'main');
    git(root, 'add', '.');
    git(root, 'commit', '-q', '-m', 'base');
    const badRef = await cli(['lint', '--base', 'no-such-branch'], { cwd: root });
    expect(badRef.code).toBe(2);
    expect(badRef.stderr).toContain('BASE_REF_NOT_FOUND');
  });
});
