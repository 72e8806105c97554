/**
 * `lint --base <full SHA>` (the Action passes the pull request's base.sha) names the base by its
 * first 12 characters in messages and hints, and the hint's `git checkout` works with it. A ref
 * name (`main`) is named as given. Real git repository in a temp folder.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { project } from './helpers.js';

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' },
  });

const FILE = 'migrations/tenant/001_tags.sql';
const original =
  "-- +goose Up\nSET LOCAL lock_timeout = '5s';\nCREATE TABLE IF NOT EXISTS tags (id INT);\n-- +goose Down\nDROP TABLE IF EXISTS tags;\n";

describe('lint --base with a full commit SHA', () => {
  it('names the base by 12 characters, and its git checkout hint restores the file', async () => {
    const root = project({ [FILE]: original });
    git(root, 'init', '-q', '-b', 'main');
    git(root, 'add', '.');
    git(root, 'commit', '-qm', 'base');
    const sha = git(root, 'rev-parse', 'HEAD').trim();
    expect(sha).toMatch(/^[0-9a-f]{40}$/);
    const short = sha.slice(0, 12);
    writeFileSync(join(root, FILE), original.replace('id INT', 'id INT, name TEXT'));

    const text = await cli(['lint', '--base', sha], { cwd: root });
    expect(text.code).toBe(1);
    const all = text.stdout + text.stderr;
    expect(all).toContain(`this migration exists on ${short} and was changed`);
    expect(all).toContain(`git checkout ${short} -- ${FILE}`);
    expect(all).not.toContain(sha);

    const json = await cli(['lint', '--base', sha, '--format', 'json'], { cwd: root });
    const finding = (JSON.parse(json.stdout) as { findings: Array<{ rule: string; message: string; hint?: string }> }).findings.find(
      (f) => f.rule === 'edited-applied',
    );
    expect(finding?.message).toContain(`exists on ${short} and`);

    // The hint as printed restores the file: git takes the 12 characters.
    git(root, 'checkout', short, '--', FILE);
    expect(readFileSync(join(root, FILE), 'utf8')).toBe(original);

    // A ref name is named as given.
    writeFileSync(join(root, FILE), original.replace('id INT', 'id INT, name TEXT'));
    const named = await cli(['lint', '--base', 'main'], { cwd: root });
    expect(named.stdout + named.stderr).toContain('this migration exists on main and was changed');
  });
});

describe('lint --base <full SHA> on a renamed file', () => {
  it('names the base by 12 characters in the rename note', async () => {
    const root = project({ [FILE]: original });
    git(root, 'init', '-q', '-b', 'main');
    git(root, 'add', '.');
    git(root, 'commit', '-qm', 'base');
    const sha = git(root, 'rev-parse', 'HEAD').trim();
    git(root, 'mv', FILE, 'migrations/tenant/001_create_tags.sql');
    const result = await cli(['lint', '--base', sha], { cwd: root });
    expect(result.stderr).toContain(`note: ${FILE} on ${sha.slice(0, 12)} is renamed (now migrations/tenant/001_create_tags.sql)`);
    expect(result.stdout + result.stderr).not.toContain(sha);
  });
});
