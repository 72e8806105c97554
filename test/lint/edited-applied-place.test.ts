/**
 * edited-applied points at the first statement the branch changed (on a pull request, line 1 is
 * usually outside the diff, and an annotation there is not shown beside the edit); line 1 only
 * when no statement changed (a header or annotation edit). Real git repositories in temporary
 * folders, the real parser.
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
const repository = (files: Record<string, string>) => {
  const root = project(files);
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'main');
  git(root, 'checkout', '-q', '-b', 'feature');
  return root;
};
type Shown = { rule: string; line: number; column: number; endLine: number; endColumn: number };
const editedAt = async (root: string, extra: string[] = []) => {
  const result = await cli(['lint', '--base', 'main', '--format', 'json', ...extra], { cwd: root });
  const findings = (JSON.parse(result.stdout).findings as Shown[]).filter((finding) => finding.rule === 'edited-applied');
  return findings.map((finding) => `${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn}`);
};

const FILE = 'migrations/host/002_add_email_verification.sql';
const UP = [
  "SET LOCAL lock_timeout = '5s';",
  'ALTER TABLE users ADD COLUMN IF NOT EXISTS email_verified BOOLEAN;',
  'ALTER TABLE users ADD COLUMN IF NOT EXISTS verified_at TIMESTAMPTZ;',
].join('\n');
const DOWN = 'ALTER TABLE users DROP COLUMN IF EXISTS verified_at;\nALTER TABLE users DROP COLUMN IF EXISTS email_verified;';
const applied = headerFile(UP, DOWN, { Migration: '002_add_email_verification', Version: '002', Scope: 'host' });

describe('edited-applied: where it points', () => {
  it('the trial: a changed UP statement (line 11 of a header-format file), in text, json and github formats', async () => {
    const root = repository({ [FILE]: applied });
    expect(applied.split('\n')[10]).toBe('ALTER TABLE users ADD COLUMN IF NOT EXISTS verified_at TIMESTAMPTZ;');
    writeFileSync(join(root, FILE), applied.replace('verified_at TIMESTAMPTZ;', 'verified_at TIMESTAMP;'));
    expect(await editedAt(root)).toEqual(['11:1-11:65']);
    const text = await cli(['lint', '--base', 'main'], { cwd: root });
    expect(text.stdout).toContain(`${FILE}:11:1  error  this migration exists on main and was changed`);
    const github = await cli(['lint', '--base', 'main', '--format', 'github'], { cwd: root });
    expect(github.stdout).toContain(`::error file=${FILE},line=11,col=1,endLine=11,endColumn=65,title=edited-applied::`);
    // With --cache (today's statements read lazily), the second run points at the same place.
    const cache = ['--cache', '--cache-location', join(root, '.cache')];
    expect(await editedAt(root, cache)).toEqual(['11:1-11:65']);
    expect(await editedAt(root, cache)).toEqual(['11:1-11:65']);
  });

  it('a statement added, a DOWN statement changed, a statement spanning lines', async () => {
    const root = repository({ [FILE]: applied });
    writeFileSync(join(root, FILE), applied.replace(DOWN, `${DOWN}\nDROP INDEX IF EXISTS idx_verified;`));
    expect(await editedAt(root)).toEqual(['16:1-16:34']);
    writeFileSync(join(root, FILE), applied.replace('DROP COLUMN IF EXISTS email_verified', 'DROP COLUMN email_verified'));
    expect(await editedAt(root)).toEqual(['15:1-15:45']);
    writeFileSync(
      join(root, FILE),
      applied.replace('ADD COLUMN IF NOT EXISTS email_verified BOOLEAN', 'ADD COLUMN IF NOT EXISTS\n  email_verified BOOL'),
    );
    expect(await editedAt(root)).toEqual(['10:1-11:22']);
  });

  it('statements removed at the end of a section: the last line of the last one left', async () => {
    const root = repository({ [FILE]: applied });
    writeFileSync(join(root, FILE), applied.replace('\nALTER TABLE users ADD COLUMN IF NOT EXISTS verified_at TIMESTAMPTZ;', ''));
    expect(await editedAt(root)).toEqual(['10:1-10:66']);
  });

  it('a re-indent or a comment is no edit; the first real change after them is the place', async () => {
    const root = repository({ [FILE]: applied });
    const edited = applied
      .replace("SET LOCAL lock_timeout = '5s';", "-- keep it short\nSET LOCAL   lock_timeout = '5s';")
      .replace('verified_at TIMESTAMPTZ;', 'verified_at TIMESTAMP;');
    writeFileSync(join(root, FILE), edited);
    expect(await editedAt(root)).toEqual(['12:1-12:65']);
  });

  it('counts columns in characters: a changed statement after non-ASCII text on its line', async () => {
    const before = ['-- +goose Up', "SELECT 'é'; SELECT 1;", '-- +goose Down', 'SELECT 1;', ''].join('\n');
    const root = repository({ 'migrations/tenant/001_a.sql': before });
    writeFileSync(join(root, 'migrations/tenant/001_a.sql'), before.replace("SELECT 'é'; SELECT 1;", "SELECT 'é'; SELECT 2;"));
    expect(await editedAt(root)).toEqual(['2:13-2:21']);
  });

  it('only the header or an annotation changed (no statement did): line 1, as before', async () => {
    const goose = ['-- +goose NO TRANSACTION', '-- +goose Up', 'SELECT 1;', '-- +goose Down', 'SELECT 1;', ''].join('\n');
    const root = repository({ 'migrations/tenant/001_a.sql': goose });
    writeFileSync(join(root, 'migrations/tenant/001_a.sql'), goose.replace('-- +goose NO TRANSACTION\n', ''));
    expect(await editedAt(root)).toEqual(['1:1-1:13']);
  });
});
