/**
 * lint --base and --fix in a pull request's life, as trial B used them: real git repositories in
 * temporary folders, the real parser. A duplicate version the branch makes is the branch's; the
 * base is the merge base; a new migration below the base's newest is out of order; a committed
 * file with an uncommitted edit is left alone by --fix; an unreadable file is one finding.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedSince } from '../../src/migrations/git-base.js';
import { readMigrations } from '../../src/migrations/read-directory.js';
import { cli } from '../support/cli.js';
import { project } from './helpers.js';

const goose = (table: string) =>
  `-- +goose Up\nCREATE TABLE IF NOT EXISTS ${table} (id INT);\n-- +goose Down\nDROP TABLE IF EXISTS ${table};\n`;
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
const at = (finding: { rule: string; file: string }) => `${finding.rule} ${finding.file}`;

describe('duplicate-version: a clash the branch makes is judged, whichever file sorts first', () => {
  it('a new file that sorts before the old one with its version is an error on the new file', async () => {
    const root = repository({ 'migrations/tenant/018_transactions_booked_idx.sql': goose('booked') });
    writeFileSync(join(root, 'migrations/tenant/018_add_payee.sql'), goose('payee'));
    commit(root, 'payee');
    const result = await json(['lint', '--base', 'main'], root);
    expect(result.code).toBe(1);
    expect(result.findings.map(at)).toEqual(['duplicate-version migrations/tenant/018_add_payee.sql']);
    expect(result.findings[0].message).toBe(
      'version 18 is used twice in the tenant scope: migrations/tenant/018_add_payee.sql and migrations/tenant/018_transactions_booked_idx.sql',
    );
    expect(result.summary).toEqual({ files: 2, errors: 1, warnings: 0, existing: 0 });
    // The old file is not "existing, not changed here" because of it.
    expect(result.existing).toEqual([]);

    // Named alone, the new file is still checked against the other files of its directory.
    const named = await json(['lint', 'migrations/tenant/018_add_payee.sql'], root);
    expect(named.code).toBe(1);
    expect(named.findings.map(at)).toEqual(['duplicate-version migrations/tenant/018_add_payee.sql']);
    const namedWithBase = await json(['lint', '--base', 'main', 'migrations/tenant/018_add_payee.sql'], root);
    expect(namedWithBase.findings.map(at)).toEqual(['duplicate-version migrations/tenant/018_add_payee.sql']);
    // Named alone, the old file reports the clash too (it is about both).
    const old = await json(['lint', 'migrations/tenant/018_transactions_booked_idx.sql'], root);
    expect(old.findings.map(at)).toEqual(['duplicate-version migrations/tenant/018_transactions_booked_idx.sql']);
  });

  it('a new file that sorts after the old one, and a changed file, are judged too; two unchanged files stay existing', async () => {
    const root = repository({
      'migrations/tenant/005_a.sql': goose('a'),
      'migrations/tenant/005_b.sql': goose('b'),
      'migrations/tenant/007_c.sql': goose('c'),
    });
    writeFileSync(join(root, 'migrations/tenant/007_d.sql'), goose('d'));
    const result = await json(['lint', '--base', 'main'], root);
    expect(result.findings.map(at)).toEqual(['duplicate-version migrations/tenant/007_d.sql']);
    // The clash both files had on main is the history's, not this branch's.
    expect(result.existing.map(at)).toEqual(['duplicate-version migrations/tenant/005_b.sql']);

    // Changing the file that sorts first makes that clash the branch's as well.
    writeFileSync(join(root, 'migrations/tenant/005_a.sql'), goose('a2'));
    const changed = await json(['lint', '--base', 'main'], root);
    expect(changed.findings.map(at)).toEqual([
      'duplicate-version migrations/tenant/005_a.sql',
      'edited-applied migrations/tenant/005_a.sql',
      'duplicate-version migrations/tenant/007_d.sql',
    ]);
    expect(changed.existing).toEqual([]);
  });
});

describe('--base compares with the merge base of HEAD and the ref', () => {
  /** main gains 003 after feature forked; feature adds 004 and is not rebased. */
  const behind = () => {
    const root = repository({ 'migrations/tenant/001_a.sql': goose('a'), 'migrations/tenant/002_b.sql': goose('b') });
    writeFileSync(join(root, 'migrations/tenant/004_d.sql'), goose('d'));
    commit(root, 'feature: 004');
    git(root, 'checkout', '-q', 'main');
    writeFileSync(join(root, 'migrations/tenant/003_c.sql'), goose('c'));
    commit(root, 'main: a colleague merges 003');
    git(root, 'checkout', '-q', 'feature');
    return root;
  };

  it('a branch behind the ref did not delete what was merged there since it forked', async () => {
    const root = behind();
    const result = await json(['lint', '--base', 'main'], root);
    expect(result.findings).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.summary.files).toBe(3);
    expect(result.stderr).toBe('');
    // What the branch did delete still counts, with the restore hint naming the ref.
    git(root, 'rm', '-q', 'migrations/tenant/002_b.sql');
    const deleted = await json(['lint', '--base', 'main'], root);
    expect(deleted.code).toBe(1);
    expect(
      deleted.findings.map((finding: { file: string; message: string; hint: string }) => [finding.file, finding.message, finding.hint]),
    ).toEqual([
      [
        'migrations/tenant/002_b.sql',
        'this migration exists on main and was deleted',
        'restore it (git checkout main -- migrations/tenant/002_b.sql); to undo it, write a new migration',
      ],
    ]);
  });

  it('verify --base tests what the branch added, and does not see a deletion in what it is behind (changedSince)', async () => {
    const root = behind();
    const dir = join(root, 'migrations');
    const { migrations } = await readMigrations(dir);
    const changes = await changedSince(migrations, dir, 'main');
    expect(changes.added.map((migration) => migration.fileName)).toEqual(['004_d.sql']);
    expect(changes.modified).toEqual([]);
    expect(changes.deleted).toEqual([]);
    expect(changes.note).toBeUndefined();
  });

  it('--fix leaves alone a file on the ref, also one the merge base does not have', async () => {
    const root = behind();
    // The same file is added on the branch as on main (a cherry-pick): on main it may be applied.
    const unsafe = '-- +goose Up\nCREATE TABLE c (id INT);\n-- +goose Down\nDROP TABLE IF EXISTS c;\n';
    git(root, 'checkout', '-q', 'main');
    writeFileSync(join(root, 'migrations/tenant/003_c.sql'), unsafe);
    commit(root, 'main: 003 as applied');
    git(root, 'checkout', '-q', 'feature');
    writeFileSync(join(root, 'migrations/tenant/003_c.sql'), unsafe);
    writeFileSync(join(root, 'migrations/tenant/005_e.sql'), unsafe.replaceAll(' c', ' e'));
    await cli(['lint', '--fix', '--base', 'main'], { cwd: root });
    expect(readFileSync(join(root, 'migrations/tenant/003_c.sql'), 'utf8')).toBe(unsafe);
    expect(readFileSync(join(root, 'migrations/tenant/005_e.sql'), 'utf8')).toContain('CREATE TABLE IF NOT EXISTS e');
  });

  it('without a merge base it compares with the ref itself and says so', async () => {
    const root = repository({ 'migrations/tenant/001_a.sql': goose('a') });
    git(root, 'checkout', '-q', '--orphan', 'unrelated');
    git(root, 'rm', '-rq', '--cached', '.');
    writeFileSync(join(root, 'migrations/tenant/001_a.sql'), goose('a'));
    writeFileSync(join(root, 'migrations/tenant/002_b.sql'), goose('b'));
    commit(root, 'unrelated history');
    git(root, 'rm', '-q', 'migrations/tenant/001_a.sql');
    const result = await json(['lint', '--base', 'main'], root);
    expect(result.findings.map(at)).toEqual(['edited-applied migrations/tenant/001_a.sql']);
    expect(result.stderr).toBe(
      'note: HEAD and main have no common commit (unrelated histories, or a shallow clone: fetch with fetch-depth: 0), so the files were compared with main itself: a migration added there since this branch forked shows as deleted here\n',
    );
  });
});

describe('out-of-order: a migration the branch adds must come after the newest on the base', () => {
  it('flags a new version below the newest of its scope on the ref (goose, flat), and not one above it', async () => {
    const root = repository({ 'migrations/00030_a.sql': goose('a'), 'migrations/00040_z40.sql': goose('z40') });
    writeFileSync(join(root, 'migrations/00035_z35.sql'), goose('z35'));
    commit(root, 'feature: 35');
    const result = await json(['lint', '--base', 'main'], root);
    expect(result.code).toBe(1);
    expect(
      result.findings.map((finding: { rule: string; file: string; message: string; hint: string; severity: string }) => [
        finding.rule,
        finding.severity,
        finding.file,
        finding.message,
        finding.hint,
      ]),
    ).toEqual([
      [
        'out-of-order',
        'error',
        'migrations/00035_z35.sql',
        'version 35 is older than 40 (migrations/00040_z40.sql), the newest migration on main: where that one is applied, migrate refuses this one as out of order',
        'give it a version after 40 (rename the file; tenant-migrate create picks the next one); if it must run after migrations/00040_z40.sql anyway, deploy it with tenant-migrate migrate --allow-out-of-order',
      ],
    ]);
    // Without --base lint cannot tell new from old: nothing to say.
    expect((await json(['lint'], root)).findings).toEqual([]);
    git(root, 'mv', 'migrations/00035_z35.sql', 'migrations/00041_z35.sql');
    expect((await json(['lint', '--base', 'main'], root)).findings).toEqual([]);
  });

  it('compares with the ref tip (a migration merged after the fork counts), per scope folder, and names a version taken there', async () => {
    const root = repository({ 'migrations/tenant/005_a.sql': goose('a'), 'migrations/host/009_h.sql': goose('h') });
    // Scope folders are numbered independently: tenant 006 is after tenant 005, though host has 009.
    writeFileSync(join(root, 'migrations/tenant/006_b.sql'), goose('b'));
    writeFileSync(join(root, 'migrations/tenant/007_c.sql'), goose('c'));
    commit(root, 'feature: 006, 007');
    expect((await json(['lint', '--base', 'main'], root)).findings).toEqual([]);
    git(root, 'checkout', '-q', 'main');
    writeFileSync(join(root, 'migrations/tenant/007_x.sql'), goose('x'));
    writeFileSync(join(root, 'migrations/tenant/008_y.sql'), goose('y'));
    commit(root, 'main: a colleague merges 007 and 008');
    git(root, 'checkout', '-q', 'feature');
    const result = await json(['lint', '--base', 'main'], root);
    expect(result.findings.map((finding: { file: string; rule: string }) => [finding.file, finding.rule])).toEqual([
      ['migrations/tenant/006_b.sql', 'out-of-order'],
      ['migrations/tenant/007_c.sql', 'out-of-order'],
    ]);
    expect(result.findings[0].message).toContain('older than 8 (migrations/tenant/008_y.sql), the newest tenant migration on main');
    // The version the newest there has, taken by a file this branch does not have.
    writeFileSync(join(root, 'migrations/tenant/008_d.sql'), goose('d'));
    const taken = await json(['lint', '--base', 'main', 'migrations/tenant/008_d.sql'], root);
    expect(taken.findings.map((finding: { rule: string; message: string }) => [finding.rule, finding.message])).toEqual([
      [
        'out-of-order',
        'version 8 is also used on main by migrations/tenant/008_y.sql (merged there since this branch forked): after the merge one of the two is skipped on every database',
      ],
    ]);
    // The rule can be turned off like any other.
    expect((await json(['lint', '--base', 'main', '--rule', 'out-of-order=off'], root)).findings).toEqual([]);
  });
});

describe('--fix without --base leaves alone a committed file with an uncommitted edit', () => {
  it('names it, writes nothing to it, and --base says what the edit is', async () => {
    const applied = '-- +goose Up\nCREATE TABLE audit_log (id INT, action TEXT NOT NULL);\n-- +goose Down\nDROP TABLE audit_log;\n';
    const root = repository({ 'migrations/host/005_add_audit_log.sql': applied });
    const dirty = applied.replace('action TEXT NOT NULL', 'action TEXT NOT NULL, detail TEXT');
    writeFileSync(join(root, 'migrations/host/005_add_audit_log.sql'), dirty);
    const fixed = await cli(['lint', '--fix'], { cwd: root });
    expect(readFileSync(join(root, 'migrations/host/005_add_audit_log.sql'), 'utf8')).toBe(dirty);
    expect(fixed.stderr).not.toContain('fixed migrations/host/005_add_audit_log.sql');
    expect(fixed.stderr).toContain(
      'note: 1 file with fixes was left as they are: committed at HEAD, so possibly applied already (a fix would be drift); ' +
        'this one has uncommitted edits, which an applied migration must not get either: migrations/host/005_add_audit_log.sql; ' +
        'with --base REF, --fix fixes the files added since REF; --fix-all fixes every file\n',
    );
    expect(fixed.code).toBe(1);
    const withBase = await json(['lint', '--fix', '--base', 'main'], root);
    expect(readFileSync(join(root, 'migrations/host/005_add_audit_log.sql'), 'utf8')).toBe(dirty);
    expect(withBase.findings.map(at)).toContain('edited-applied migrations/host/005_add_audit_log.sql');
  });
});

describe('one unreadable file is a finding of that file, and the others are linted', () => {
  /**
   * Runs the CLI from source as a user the file's mode shuts out: root reads any file, so as root
   * the run drops to nobody (setpriv), as the trial did with runuser.
   */
  const lintAs = (root: string, args: string[]): { code: number; stdout: string } => {
    const asRoot = process.getuid?.() === 0;
    const bin = join(import.meta.dirname, '../../src/cli/bin.ts');
    const node = [process.execPath, '--import', import.meta.resolve('tsx'), bin, ...args];
    const command = asRoot ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', ...node] : node;
    // tsx keeps its cache under TMPDIR: one that user may write to, inside the project (removed with it).
    const tmp = join(root, '.tmp');
    mkdirSync(tmp, { recursive: true });
    chmodSync(tmp, 0o777);
    try {
      const env = { ...process.env, HOME: root, TMPDIR: tmp };
      const stdout = execFileSync(command[0], command.slice(1), { cwd: root, encoding: 'utf8', env });
      return { code: 0, stdout };
    } catch (error) {
      const failed = error as { status: number; stdout: string };
      return { code: failed.status, stdout: failed.stdout };
    }
  };

  it('reports READ_FAILED at file:1:1 with a hint, lints the rest, exits 1; naming another file lints it alone', () => {
    const root = project({
      'migrations/00033_ok.sql': goose('ok'),
      'migrations/00034_enum_value.sql': goose('enum_value'),
      'migrations/00035_bad.sql': '-- +goose Up\nCREATE TABLE bad (id INT);\n-- +goose Down\nDROP TABLE IF EXISTS bad;\n',
    });
    execFileSync('chmod', ['-R', 'a+rX', root]);
    chmodSync(join(root, 'migrations/00034_enum_value.sql'), 0o000);

    const all = lintAs(root, ['lint', '--format', 'json']);
    expect(all.code).toBe(1);
    const result = JSON.parse(all.stdout);
    expect(result.summary).toEqual({ files: 3, errors: 2, warnings: 0 });
    const unreadable = result.findings.find((finding: { file: string }) => finding.file === 'migrations/00034_enum_value.sql');
    expect(unreadable).toMatchObject({ rule: 'file-format', severity: 'error', line: 1, column: 1 });
    expect(unreadable.message).toMatch(/^cannot read migrations\/00034_enum_value\.sql: EACCES: permission denied/);
    expect(unreadable.hint).toBe(
      'make the file readable by the user that runs tenant-migrate (e.g. chmod a+r), or move it out of the migrations directory',
    );
    // The other files were linted as usual.
    expect(result.findings.map(at)).toContain('require-idempotent migrations/00035_bad.sql');

    const github = lintAs(root, ['lint', '--format', 'github']);
    expect(github.stdout).toMatch(
      /^::error file=migrations\/00034_enum_value\.sql,line=1,col=1,.*::cannot read migrations\/00034_enum_value\.sql: EACCES/m,
    );

    const named = lintAs(root, ['lint', 'migrations/00033_ok.sql', '--format', 'json']);
    expect(named.code).toBe(0);
    expect(JSON.parse(named.stdout)).toEqual({ ok: true, findings: [], summary: { files: 1, errors: 0, warnings: 0 } });
  });
});
