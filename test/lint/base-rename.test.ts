/**
 * lint --base on a branch that renames an applied migration: same scope folder and version, so
 * to the runner (whose ledger keys on them) the same migration whatever git's rename detection
 * says. With the same SQL (the checksum's notion) it is neither deleted nor new: a note says so,
 * as status does ("renamed (now <file>)"), and its findings are existing. With other SQL it is an
 * edit of that applied migration, judged statement by statement. Real git repositories in
 * temporary folders, the real parser.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
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
const commit = (root: string, message: string) => {
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', message);
};
/** A repository whose main holds `files`, checked out on a new branch `feature`. */
const repository = (files: Record<string, string>) => {
  const root = project(files);
  git(root, 'init', '-q', '-b', 'main');
  commit(root, 'main');
  git(root, 'checkout', '-q', '-b', 'feature');
  return root;
};
const json = async (args: string[], cwd: string) => {
  const result = await cli([...args, '--format', 'json'], { cwd });
  return { code: result.code, stderr: result.stderr, ...JSON.parse(result.stdout) };
};
type Shown = { rule: string; line: number; column: number; file: string; message: string };
const at = (finding: Shown) => `${finding.file}:${finding.line}:${finding.column} ${finding.rule}`;

const OLD = 'migrations/tenant/003_create_order_items.sql';
const NEW = 'migrations/tenant/003_create_order_line_items.sql';
const UP = 'CREATE TABLE IF NOT EXISTS "Order Items" (id INT);\nALTER TABLE transactions ADD COLUMN IF NOT EXISTS note TEXT;';
const DOWN = 'DROP TABLE IF EXISTS "Order Items";';
const fields = (name: string) => ({ Migration: name, Version: '003' });
const history = {
  'migrations/tenant/001_create_transactions.sql': headerFile(
    'CREATE TABLE IF NOT EXISTS transactions (id INT);',
    'DROP TABLE IF EXISTS transactions;',
    {
      Migration: '001_create_transactions',
      Version: '001',
    },
  ),
  [OLD]: headerFile(UP, DOWN, fields('003_create_order_items')),
};

describe('lint --base and a renamed applied migration', () => {
  it('same version and SQL: no deleted or duplicate-version finding, its findings are existing, a note names the rename', async () => {
    const root = repository(history);
    git(root, 'mv', OLD, NEW);
    writeFileSync(join(root, NEW), headerFile(UP, DOWN, fields('003_create_order_line_items')));
    commit(root, 'rename');
    // Main moves on (the ref's tip is not the merge base): the old name is still there, and not "merged since".
    git(root, 'checkout', '-q', 'main');
    writeFileSync(
      join(root, 'migrations/tenant/004_other.sql'),
      headerFile('SELECT 1;', 'SELECT 1;', { Migration: '004_other', Version: '004' }),
    );
    commit(root, 'other');
    git(root, 'checkout', '-q', 'feature');

    const result = await json(['lint', '--base', 'main'], root);
    expect(result.code).toBe(0);
    expect(result.findings).toEqual([]);
    // The ALTER's missing lock_timeout was on main under the old name: existing, under the new one.
    expect(result.existing.map(at)).toEqual([`${NEW}:10:1 require-lock-timeout`]);
    expect(result.summary).toEqual({ files: 2, errors: 0, warnings: 0, existing: 1 });
    expect(result.stderr).toContain(
      `note: ${OLD} on main is renamed (now ${NEW}), with the same version and SQL: nothing to do for the databases that applied it (the ledger keeps the name it was applied under; status shows it as renamed), so it is neither deleted nor new here`,
    );

    const text = await cli(['lint', '--base', 'main'], { cwd: root });
    expect(text.code).toBe(0);
    expect(text.stdout).not.toContain('was deleted');
    expect(text.stdout).not.toContain('merged there since this branch forked');
    expect(text.stdout).toContain('2 files checked: no problems (and 1 existing, not changed here)');

    // --all still reports the file's own findings, as for any file on the base.
    const all = await json(['lint', '--base', 'main', '--all'], root);
    expect(all.findings.map(at)).toEqual([`${NEW}:10:1 require-lock-timeout`]);
  });

  it('a rename git does not see as one (the file rewritten, only comments kept alike) is still the same migration', async () => {
    const root = repository(history);
    git(root, 'rm', '-q', OLD);
    // Other layout, other header: the same statements for the checksum.
    const rewritten = headerFile(
      `-- the order lines\nCREATE TABLE IF NOT EXISTS "Order Items" (\n  id INT\n);\nALTER TABLE transactions\n  ADD COLUMN IF NOT EXISTS note TEXT;`,
      DOWN,
      { ...fields('003_create_order_line_items'), Description: 'Order lines', Author: 'Someone Else <s@example.com>' },
    );
    writeFileSync(join(root, NEW), rewritten);
    commit(root, 'rewrite');
    const result = await json(['lint', '--base', 'main'], root);
    expect(result.code).toBe(0);
    expect(result.findings).toEqual([]);
    expect(result.existing.map((finding: Shown) => finding.rule)).toEqual(['require-lock-timeout']);
    expect(result.stderr).toContain(`note: ${OLD} on main is renamed (now ${NEW})`);
  });

  it('renamed and changed: edited-applied names the old file, at the changed statement; unchanged statements stay existing', async () => {
    const root = repository(history);
    git(root, 'mv', OLD, NEW);
    const changed = `${UP}\nALTER TABLE transactions ADD COLUMN IF NOT EXISTS item_id INT;`;
    writeFileSync(join(root, NEW), headerFile(changed, DOWN, fields('003_create_order_line_items')));
    commit(root, 'rename and change');
    const result = await json(['lint', '--base', 'main'], root);
    expect(result.code).toBe(1);
    expect(result.findings.map(at)).toEqual([`${NEW}:11:1 edited-applied`, `${NEW}:11:1 require-lock-timeout`]);
    const edit = result.findings.find((finding: Shown) => finding.rule === 'edited-applied');
    expect(edit.message).toMatch(
      new RegExp(
        `^this migration exists on main as ${OLD} and was renamed and changed \\(checksum [0-9a-f]{12} there, [0-9a-f]{12} here\\): same scope folder and version, so it is that applied migration$`,
      ),
    );
    expect(edit.hint).toContain(`git checkout main -- ${OLD}`);
    expect(result.existing.map(at)).toEqual([`${NEW}:10:1 require-lock-timeout`]);
    const rules = [...result.findings, ...result.existing].map((finding: Shown) => finding.rule);
    expect(rules).not.toContain('out-of-order');
    expect(JSON.stringify(result)).not.toContain('was deleted');
    expect(result.stderr).not.toContain('is renamed');
  });

  it('another scope folder is another migration: deleted there, new here', async () => {
    const root = repository(history);
    const moved = 'migrations/host/003_create_order_items.sql';
    execFileSync('mkdir', ['-p', join(root, 'migrations/host')]);
    git(root, 'mv', OLD, moved);
    writeFileSync(join(root, moved), headerFile(UP, DOWN, { ...fields('003_create_order_items'), Scope: 'host' }));
    commit(root, 'move');
    const result = await json(['lint', '--base', 'main'], root);
    expect(result.findings.map(at)).toContain(`${OLD}:1:1 edited-applied`);
    expect(result.stderr).not.toContain('is renamed');
  });

  it('--fix without --base leaves a renamed applied file alone (committed under its old name)', async () => {
    const root = repository({
      'migrations/tenant/003_tags.sql': '-- +goose Up\nCREATE TABLE tags (id INT);\n-- +goose Down\nDROP TABLE IF EXISTS tags;\n',
    });
    git(root, 'mv', 'migrations/tenant/003_tags.sql', 'migrations/tenant/003_create_tags.sql');
    const before = readFileSync(join(root, 'migrations/tenant/003_create_tags.sql'), 'utf8');
    const fixed = await cli(['lint', '--fix'], { cwd: root });
    expect(fixed.stderr).not.toContain('fixed migrations/tenant/003_create_tags.sql');
    expect(readFileSync(join(root, 'migrations/tenant/003_create_tags.sql'), 'utf8')).toBe(before);
    // With --base the same: it is applied under its old name.
    const withBase = await cli(['lint', '--fix', '--base', 'main'], { cwd: root });
    expect(withBase.stderr).not.toContain('fixed migrations/tenant/003_create_tags.sql');
    expect(readFileSync(join(root, 'migrations/tenant/003_create_tags.sql'), 'utf8')).toBe(before);
  });
});

describe('lint --base, a renamed file and what the rename itself brings', () => {
  it("a header that still names the old file is the rename's own finding, judged; the rest stays existing", async () => {
    const root = repository(history);
    git(root, 'mv', OLD, NEW);
    commit(root, 'rename, header left');
    const result = await json(['lint', '--base', 'main'], root);
    expect(result.findings.map((finding: Shown) => `${finding.file} ${finding.rule}`)).toEqual([`${NEW} header`]);
    expect(result.existing.map(at)).toEqual([`${NEW}:10:1 require-lock-timeout`]);
    expect(result.stderr).toContain(`note: ${OLD} on main is renamed (now ${NEW})`);
  });

  it('--cache replays the same judgement and the note', async () => {
    const root = repository(history);
    git(root, 'mv', OLD, NEW);
    writeFileSync(join(root, NEW), headerFile(UP, DOWN, fields('003_create_order_line_items')));
    commit(root, 'rename');
    const first = await cli(['lint', '--base', 'main', '--cache'], { cwd: root });
    const second = await cli(['lint', '--base', 'main', '--cache'], { cwd: root });
    expect(second.code).toBe(first.code);
    expect(second.stdout).toBe(first.stdout);
    expect(second.stderr).toContain(`note: ${OLD} on main is renamed (now ${NEW})`);
    expect(first.stdout).toContain('no problems (and 1 existing, not changed here)');
  });
});
