/**
 * lint --fix (safe fixes written, re-parsed, never on a file applied on --base) and --base
 * judging only what the branch changes (unchanged files' findings listed apart; --all as before).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_IGNORED_WITHOUT_BASE } from '../../src/cli/commands/lint.js';
import { replayCachedLint } from '../../src/cli/replay-lint.js';
import { cli } from '../support/cli.js';
import { project } from './helpers.js';

const goose = (up: string) => `-- +goose Up\n${up}\n-- +goose Down\nDROP TABLE IF EXISTS tags;\n`;
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' },
  });

describe('lint --fix', () => {
  it('adds the guards and the lock_timeout, keeps the file parsing, and lints it clean', async () => {
    const root = project({
      'migrations/tenant/001_tags.sql': goose('CREATE TABLE tags (id INT);\nALTER TABLE users ADD COLUMN tag_id INT;\nDROP VIEW old_tags;'),
    });
    const before = await cli(['lint', '--format', 'json'], { cwd: root });
    expect(JSON.parse(before.stdout).summary.errors).toBe(3);
    // Outside git (a temporary folder), --fix refuses and only --fix-all fixes: see below.
    const fixed = await cli(['lint', '--fix-all'], { cwd: root });
    expect(fixed.code).toBe(0);
    expect(fixed.stderr).toMatch(/fixed migrations\/tenant\/001_tags\.sql: \d+ fixes applied/);
    expect(readFileSync(join(root, 'migrations/tenant/001_tags.sql'), 'utf8')).toBe(
      goose(
        "CREATE TABLE IF NOT EXISTS tags (id INT);\nSET LOCAL lock_timeout = '5s';\nALTER TABLE users ADD COLUMN IF NOT EXISTS tag_id INT;\nDROP VIEW IF EXISTS old_tags;",
      ),
    );
    expect(fixed.stdout).toContain('1 file checked: no problems');
  });

  it('writes SET LOCAL lock_timeout inside the transaction, as the create templates do, and a plain SET in a NO TRANSACTION file', async () => {
    const alter = 'ALTER TABLE users ADD COLUMN IF NOT EXISTS tag_id INT;';
    const root = project({
      'migrations/tenant/001_in.sql': goose(alter),
      'migrations/tenant/002_out.sql': `-- +goose NO TRANSACTION\n${goose(alter)}`,
    });
    const fixed = await cli(['lint', '--fix-all'], { cwd: root });
    expect(readFileSync(join(root, 'migrations/tenant/001_in.sql'), 'utf8')).toBe(goose(`SET LOCAL lock_timeout = '5s';\n${alter}`));
    // Outside a transaction SET LOCAL has no effect (PostgreSQL ignores it with a warning).
    expect(readFileSync(join(root, 'migrations/tenant/002_out.sql'), 'utf8')).toBe(
      `-- +goose NO TRANSACTION\n${goose(`SET lock_timeout = '5s';\n${alter}`)}`,
    );
    expect(fixed.stdout).toContain('2 files checked: no problems');
  });

  it('does not apply what is only a suggestion (OR REPLACE, CONCURRENTLY inside a transaction)', async () => {
    const text = goose("SET lock_timeout = '5s';\nCREATE VIEW v AS SELECT 1;\nDROP INDEX IF EXISTS idx_old;");
    const root = project({ 'migrations/tenant/001_tags.sql': text });
    await cli(['lint', '--fix-all'], { cwd: root });
    expect(readFileSync(join(root, 'migrations/tenant/001_tags.sql'), 'utf8')).toBe(text);
  });

  it('never touches a file that exists on --base (it is applied), and fixes the new one', async () => {
    const old = goose('CREATE TABLE tags (id INT);');
    const root = project({ 'migrations/tenant/001_tags.sql': old });
    git(root, 'init', '-q', '-b', 'main');
    git(root, 'add', '.');
    git(root, 'commit', '-q', '-m', 'base');
    writeFileSync(join(root, 'migrations/tenant/002_more.sql'), goose('CREATE TABLE more (id INT);').replace('tags', 'more'));
    await cli(['lint', '--fix', '--base', 'main', '--all'], { cwd: root });
    expect(readFileSync(join(root, 'migrations/tenant/001_tags.sql'), 'utf8')).toBe(old);
    expect(readFileSync(join(root, 'migrations/tenant/002_more.sql'), 'utf8')).toContain('CREATE TABLE IF NOT EXISTS more');
  });
});

describe('lint --fix without --base leaves alone what may be applied', () => {
  const commitAll = (root: string) => {
    git(root, 'add', '.');
    git(root, 'commit', '-q', '-m', 'applied');
  };

  it('in a git work tree: fixes new files, leaves committed ones (unchanged, a comment edit, or an uncommitted edit: it may be applied), and says so', async () => {
    const applied = goose('CREATE TABLE tags (id INT);');
    const commented = goose('CREATE TABLE notes (id INT);').replace('tags;', 'notes;');
    const edited = goose('CREATE TABLE labels (id INT);').replace('tags;', 'labels;');
    const root = project({
      'migrations/tenant/001_tags.sql': applied,
      'migrations/tenant/002_notes.sql': commented,
      'migrations/tenant/003_labels.sql': edited,
    });
    git(root, 'init', '-q', '-b', 'main');
    commitAll(root);
    const withComment = commented.replace('-- +goose Up\n', '-- +goose Up\n-- notes for people\n');
    writeFileSync(join(root, 'migrations/tenant/002_notes.sql'), withComment);
    writeFileSync(join(root, 'migrations/tenant/003_labels.sql'), edited.replace('(id INT)', '(id BIGINT)'));
    writeFileSync(join(root, 'migrations/tenant/004_more.sql'), goose('CREATE TABLE more (id INT);').replace('tags;', 'more;'));

    const fixed = await cli(['lint', '--fix'], { cwd: root });
    expect(readFileSync(join(root, 'migrations/tenant/001_tags.sql'), 'utf8')).toBe(applied);
    expect(readFileSync(join(root, 'migrations/tenant/002_notes.sql'), 'utf8')).toBe(withComment);
    // Committed, so possibly applied: an uncommitted edit is drift to stop, not a licence for more (trial B P5).
    expect(readFileSync(join(root, 'migrations/tenant/003_labels.sql'), 'utf8')).toBe(edited.replace('(id INT)', '(id BIGINT)'));
    expect(readFileSync(join(root, 'migrations/tenant/004_more.sql'), 'utf8')).toContain('CREATE TABLE IF NOT EXISTS more');
    expect(fixed.stderr).not.toContain('fixed migrations/tenant/003_labels.sql');
    expect(fixed.stderr).toContain('fixed migrations/tenant/004_more.sql: 1 fix applied');
    expect(fixed.stderr).toContain(
      'note: 3 files with fixes were left as they are: committed at HEAD, so possibly applied already (a fix would be drift); ' +
        'this one has uncommitted edits, which an applied migration must not get either: migrations/tenant/003_labels.sql;',
    );
    expect(fixed.stderr).toContain('with --base REF, --fix fixes the files added since REF; --fix-all fixes every file');
    // The committed files' findings are still reported: nothing was fixed there.
    expect(fixed.code).toBe(1);
    expect(fixed.stdout).toContain('migrations/tenant/001_tags.sql:2:1  error  CREATE TABLE without IF NOT EXISTS');

    // --fix-all fixes the committed files too.
    await cli(['lint', '--fix-all'], { cwd: root });
    expect(readFileSync(join(root, 'migrations/tenant/001_tags.sql'), 'utf8')).toContain('CREATE TABLE IF NOT EXISTS tags');
  });

  it('in a repository without a commit yet, every file is new and fixed', async () => {
    const root = project({ 'migrations/tenant/001_tags.sql': goose('CREATE TABLE tags (id INT);') });
    git(root, 'init', '-q', '-b', 'main');
    const fixed = await cli(['lint', '--fix'], { cwd: root });
    expect(fixed.code).toBe(0);
    expect(fixed.stderr).not.toContain('left as they are');
    expect(readFileSync(join(root, 'migrations/tenant/001_tags.sql'), 'utf8')).toContain('CREATE TABLE IF NOT EXISTS tags');
  });

  it('outside git it refuses (usage error pointing at a git checkout or --fix-all, not --base) and writes nothing', async () => {
    const text = goose('CREATE TABLE tags (id INT);');
    const root = project({ 'migrations/tenant/001_tags.sql': text });
    const refused = await cli(['lint', '--fix'], { cwd: root });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('is not inside a git work tree, so --fix cannot tell the migrations already applied from new ones');
    expect(refused.stderr).toContain(
      'hint: run it in a git checkout of these migrations (there --fix leaves committed files alone, and with --base those on the ref the fleet is deployed from), or pass --fix-all to fix every file here, applied ones too: only for files no database has run yet',
    );
    // --base is a git ref: outside git it is an error of its own, so the hint does not send the user there.
    expect(refused.stderr).not.toContain('pass --base');
    expect(refused.stdout).toBe('');
    expect(readFileSync(join(root, 'migrations/tenant/001_tags.sql'), 'utf8')).toBe(text);
    const withBase = await cli(['lint', '--fix', '--base', 'main'], { cwd: root });
    expect(withBase.code).toBe(2);
    expect(withBase.stderr).toContain('NOT_A_GIT_REPOSITORY');
    // What the hint offers does work here: --fix-all fixes the file.
    const all = await cli(['lint', '--fix-all'], { cwd: root });
    expect(all.stderr).toContain('fixed migrations/tenant/001_tags.sql');
    expect(readFileSync(join(root, 'migrations/tenant/001_tags.sql'), 'utf8')).toContain('CREATE TABLE IF NOT EXISTS tags');
  });
});

describe('lint --base judges what the branch changes', () => {
  const setup = () => {
    const root = project({ 'migrations/tenant/001_tags.sql': goose('CREATE TABLE tags (id INT);') });
    git(root, 'init', '-q', '-b', 'main');
    git(root, 'add', '.');
    git(root, 'commit', '-q', '-m', 'base');
    git(root, 'checkout', '-q', '-b', 'feature');
    return root;
  };

  it('findings in unchanged files are counted and listed apart, not errors; --all reports them as before', async () => {
    const root = setup();
    const judged = await cli(['lint', '--base', 'main'], { cwd: root });
    expect(judged.code).toBe(0);
    expect(judged.stdout).toContain('existing, not changed here (1 finding in files unchanged since the base');
    expect(judged.stdout).toContain('migrations/tenant/001_tags.sql:2:1  error  CREATE TABLE without IF NOT EXISTS');
    expect(judged.stdout).toContain('1 file checked: no problems (and 1 existing, not changed here)');
    const json = JSON.parse((await cli(['lint', '--base', 'main', '--format', 'json'], { cwd: root })).stdout);
    expect(json.summary).toEqual({ files: 1, errors: 0, warnings: 0, existing: 1 });
    expect(json.existing.map((finding: { rule: string }) => finding.rule)).toEqual(['require-idempotent']);
    // The pull request comment counts them too, and lists them folded away.
    const markdown = (await cli(['lint', '--base', 'main', '--format', 'markdown'], { cwd: root })).stdout;
    expect(markdown).toContain(':white_check_mark: 1 migration file checked, no problems (and 1 existing finding, not changed here).');
    expect(markdown).toContain('<summary>Existing, not changed here: 1 finding in files unchanged since the base</summary>');
    expect(markdown).toContain('- `migrations/tenant/001_tags.sql:2:1` error: CREATE TABLE without IF NOT EXISTS');
    const all = await cli(['lint', '--base', 'main', '--all'], { cwd: root });
    expect(all.code).toBe(1);
    expect(all.stdout).toContain('1 file checked: 1 error, 0 warnings');
  });

  it('--all without --base changes nothing and says so on stderr, as --cache --fix does; with --base it says nothing', async () => {
    const root = setup();
    const plain = await cli(['lint'], { cwd: root });
    const all = await cli(['lint', '--all'], { cwd: root });
    expect(all.stderr).toBe(`${ALL_IGNORED_WITHOUT_BASE}\n`);
    expect(all.stderr).toContain('note: --all is ignored without --base');
    expect(all.stdout).toBe(plain.stdout);
    expect(all.code).toBe(plain.code);
    // With --json too: stdout stays the report alone.
    const json = await cli(['lint', '--all', '--json'], { cwd: root });
    expect(json.stderr).toBe(`${ALL_IGNORED_WITHOUT_BASE}\n`);
    expect(JSON.parse(json.stdout).summary).toEqual({ files: 1, errors: 1, warnings: 0 });
    expect((await cli(['lint', '--base', 'main', '--all'], { cwd: root })).stderr).toBe('');
    expect(plain.stderr).toBe('');
    // A cached run replays the note with the report.
    await cli(['lint', '--all', '--cache'], { cwd: root });
    expect(replayCachedLint(['lint', '--all', '--cache'], root, process.env, false)?.stderr).toBe(`${ALL_IGNORED_WITHOUT_BASE}\n`);
  });

  it('an ignore comment added to an applied file is not an edit of its SQL, and silences the finding', async () => {
    const root = setup();
    writeFileSync(
      join(root, 'migrations/tenant/001_tags.sql'),
      goose('-- tenant-migrate-ignore: require-idempotent applied everywhere long ago\nCREATE TABLE tags (id INT);'),
    );
    const result = await cli(['lint', '--base', 'main', '--all', '--format', 'json'], { cwd: root });
    expect(JSON.parse(result.stdout).findings).toEqual([]);
    expect(result.code).toBe(0);
  });

  it('a changed file: edited-applied and the findings of its changed statements are judged (base-statements.test.ts has more)', async () => {
    const root = setup();
    writeFileSync(join(root, 'migrations/tenant/001_tags.sql'), goose('CREATE TABLE tags (id BIGINT);'));
    const json = JSON.parse((await cli(['lint', '--base', 'main', '--format', 'json'], { cwd: root })).stdout);
    expect(json.findings.map((finding: { rule: string }) => finding.rule)).toEqual(['edited-applied', 'require-idempotent']);
  });
});

describe('lint --fix keeps the file conventions', () => {
  it('writes the lines it adds with CRLF in a CRLF file, and keeps a UTF-8 BOM', async () => {
    const crlf = goose('ALTER TABLE users ADD COLUMN tag_id INT;').replace(/\n/g, '\r\n');
    const bom = `\uFEFF${goose('ALTER TABLE users ADD COLUMN tag_id INT;')}`;
    const root = project({ 'migrations/tenant/001_crlf.sql': crlf, 'migrations/tenant/002_bom.sql': bom });
    const fixed = await cli(['lint', '--fix-all'], { cwd: root });
    expect(fixed.stderr).toContain('fixed migrations/tenant/001_crlf.sql');
    expect(fixed.stderr).toContain('fixed migrations/tenant/002_bom.sql');
    const crlfAfter = readFileSync(join(root, 'migrations/tenant/001_crlf.sql'), 'utf8');
    expect(crlfAfter).toBe(
      goose("SET LOCAL lock_timeout = '5s';\nALTER TABLE users ADD COLUMN IF NOT EXISTS tag_id INT;").replace(/\n/g, '\r\n'),
    );
    expect(crlfAfter.replace(/\r\n/g, '')).not.toContain('\n');
    const bomAfter = readFileSync(join(root, 'migrations/tenant/002_bom.sql'));
    expect([...bomAfter.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bomAfter.toString('utf8')).toBe(
      `\uFEFF${goose("SET LOCAL lock_timeout = '5s';\nALTER TABLE users ADD COLUMN IF NOT EXISTS tag_id INT;")}`,
    );
    expect(fixed.stdout).toContain('2 files checked: no problems');
  });
});
