/**
 * lint --base on a branch that edits an applied migration: edited-applied is the branch's error,
 * and so are the findings of the statements it changed or added; the findings of the statements
 * it left as they were (compared as the checksum compares them, not by bytes) are listed with
 * the existing ones. Real git repositories in temporary folders, the real parser.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { headerFile, project } from './helpers.js';

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' },
  });
/** A repository whose main holds `files`, checked out on a new branch `feature`. */
const repository = (files: Record<string, string>) => {
  const root = project(files);
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'main');
  git(root, 'checkout', '-q', '-b', 'feature');
  return root;
};
const json = async (args: string[], cwd: string) => {
  const result = await cli([...args, '--format', 'json'], { cwd });
  return { code: result.code, ...JSON.parse(result.stdout) };
};
type Shown = { rule: string; line: number; column: number; severity: string };
const at = (finding: Shown) => `${finding.line}:${finding.column} ${finding.rule}`;
const FILE = 'migrations/tenant/001_tags.sql';

describe('lint --base judges an edited applied file statement by statement', () => {
  const applied = [
    '-- +goose Up',
    'CREATE TABLE tags (id INT);',
    'ALTER TABLE users ADD COLUMN tag_id INT;',
    '-- +goose Down',
    'DROP TABLE tags;',
    '',
  ].join('\n');

  it("lists the unchanged statements' findings as existing, judges the added statement's and edited-applied", async () => {
    const root = repository({ [FILE]: applied });
    // Re-indented and commented (the same statement for the checksum), one statement added, DOWN as it was.
    const edited = [
      '-- +goose Up',
      '-- the tags of a user',
      'CREATE TABLE tags (',
      '  id INT',
      ');',
      'ALTER TABLE users ADD COLUMN tag_id INT;',
      'DROP VIEW old_tags;',
      '-- +goose Down',
      'DROP TABLE tags;',
      '',
    ].join('\n');
    writeFileSync(join(root, FILE), edited);
    const result = await json(['lint', '--base', 'main'], root);
    expect(result.code).toBe(1);
    expect(result.findings.map(at)).toEqual(['7:1 edited-applied', '7:1 require-idempotent', '7:1 require-lock-timeout']);
    expect(result.existing.map(at)).toEqual([
      '3:1 require-idempotent',
      '6:1 require-lock-timeout',
      '6:19 require-idempotent',
      '9:1 require-idempotent',
    ]);
    expect(result.summary).toEqual({ files: 1, errors: 2, warnings: 1, existing: 4 });

    // The text and the pull request comment say where the existing findings are.
    const text = await cli(['lint', '--base', 'main'], { cwd: root });
    expect(text.stdout).toContain(
      'existing, not changed here (4 findings in statements unchanged since the base; --all reports them as findings):\n' +
        `  ${FILE}:3:1  error  CREATE TABLE without IF NOT EXISTS (in UP) fails when it runs twice  [require-idempotent]`,
    );
    expect(text.stdout).toContain('1 file checked: 2 errors, 1 warning (and 4 existing, not changed here)');
    const markdown = (await cli(['lint', '--base', 'main', '--format', 'markdown'], { cwd: root })).stdout;
    expect(markdown).toContain('<summary>Existing, not changed here: 4 findings in statements unchanged since the base</summary>');

    // With --cache, a file whose findings are reused (its statements not parsed up front) is split the same way.
    const cacheLocation = join(root, '.lint-cache');
    await cli(['lint', '--base', 'main', '--cache', '--cache-location', cacheLocation], { cwd: root });
    writeFileSync(join(root, 'migrations/tenant/002_more.sql'), applied.replaceAll('tags', 'more'));
    const cached = await json(['lint', '--base', 'main', '--cache', '--cache-location', cacheLocation], root);
    expect(cached.findings.filter((finding: { file: string }) => finding.file === FILE).map(at)).toEqual(result.findings.map(at));
    expect(cached.existing.filter((finding: { file: string }) => finding.file === FILE).map(at)).toEqual(result.existing.map(at));

    // --all judges every finding, as before.
    const all = await json(['lint', '--base', 'main', '--all', FILE], root);
    expect(all.findings).toHaveLength(7);
    expect(all.existing).toBeUndefined();
  });

  it('a changed statement is judged; the same statement copied is new the second time', async () => {
    const root = repository({ [FILE]: applied });
    writeFileSync(
      join(root, FILE),
      applied
        .replace('ADD COLUMN tag_id INT', 'ADD COLUMN tag_id BIGINT')
        .replace('DROP TABLE tags;', 'DROP TABLE tags;\nDROP TABLE tags;'),
    );
    const result = await json(['lint', '--base', 'main'], root);
    expect(result.findings.map(at)).toEqual([
      '3:1 edited-applied',
      '3:1 require-lock-timeout',
      '3:19 require-idempotent',
      '6:1 require-idempotent',
    ]);
    expect(result.existing.map(at)).toEqual(['2:1 require-idempotent', '5:1 require-idempotent']);
  });

  it('a finding the edit brings about on an unchanged statement is judged (a SET lock_timeout removed, NO TRANSACTION dropped)', async () => {
    const guarded = [
      '-- +goose Up',
      "SET LOCAL lock_timeout = '5s';",
      'ALTER TABLE users ADD COLUMN IF NOT EXISTS tag_id INT;',
      '-- +goose Down',
      'ALTER TABLE users DROP COLUMN IF EXISTS tag_id;',
      '',
    ].join('\n');
    const concurrent = [
      '-- +goose NO TRANSACTION',
      '-- +goose Up',
      "SET lock_timeout = '5s';",
      'CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_tags ON users (tag_id);',
      '-- +goose Down',
      'DROP INDEX CONCURRENTLY IF EXISTS idx_tags;',
      '',
    ].join('\n');
    const root = repository({ [FILE]: guarded, 'migrations/tenant/002_idx.sql': concurrent });
    writeFileSync(join(root, FILE), guarded.replace("SET LOCAL lock_timeout = '5s';\n", ''));
    writeFileSync(join(root, 'migrations/tenant/002_idx.sql'), concurrent.replace('-- +goose NO TRANSACTION\n', ''));
    const result = await json(['lint', '--base', 'main'], root);
    const rules = (finding: Shown & { file: string }) => `${finding.file} ${at(finding)}`;
    expect(result.findings.map(rules)).toEqual([
      `${FILE} 2:1 edited-applied`,
      `${FILE} 2:1 require-lock-timeout`,
      'migrations/tenant/002_idx.sql 1:1 edited-applied',
      'migrations/tenant/002_idx.sql 3:14 concurrently-in-transaction',
      'migrations/tenant/002_idx.sql 5:12 concurrently-in-transaction',
    ]);
    // What the base version was flagged for there too stays existing.
    expect(result.existing.map(rules)).toEqual(['migrations/tenant/002_idx.sql 3:1 require-statement-timeout']);
  });

  it('a finding outside statements (a missing header field) is existing when the base version had it', async () => {
    const header = headerFile('CREATE TABLE tags (id INT);', 'DROP TABLE IF EXISTS tags;', { Description: '' });
    const root = repository({ [FILE]: header.replace('001_change', '001_tags') });
    writeFileSync(join(root, FILE), header.replace('001_change', '001_tags').replace('(id INT)', '(id BIGINT)'));
    const result = await json(['lint', '--base', 'main'], root);
    expect(result.findings.map(at)).toEqual(['8:1 edited-applied', '8:1 require-idempotent']);
    expect(result.existing.map((finding: Shown) => finding.rule)).toEqual(['header']);
  });

  it('a comment-only edit is no edit: the whole file stays existing, as before', async () => {
    const root = repository({ [FILE]: applied });
    writeFileSync(join(root, FILE), applied.replace('-- +goose Up\n', '-- +goose Up\n-- applied everywhere since 2025\n'));
    const result = await json(['lint', '--base', 'main'], root);
    expect(result.code).toBe(0);
    expect(result.findings).toEqual([]);
    expect(result.existing).toHaveLength(4);
    const text = await cli(['lint', '--base', 'main'], { cwd: root });
    expect(text.stdout).toContain('existing, not changed here (4 findings in files unchanged since the base;');
  });
});
