import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_KEY_IGNORED } from '../../src/lint/config.js';
import { lintMigrations } from '../../src/lint/lint-migrations.js';
import { cli } from '../support/cli.js';
import { headerFile, lintOne, ofRule, project, where } from './helpers.js';

const LOCK = "SET lock_timeout = '5s';";

describe('inline suppressions', () => {
  it('silences the named rule on the statement that follows, all its lines, and nothing else', async () => {
    const up = [
      LOCK,
      '-- tenant-migrate-ignore: destructive the column has been unused since 4.2',
      'ALTER TABLE users',
      '  DROP COLUMN IF EXISTS legacy;',
      'ALTER TABLE users DROP COLUMN IF EXISTS other;',
    ].join('\n');
    const result = await lintOne(headerFile(up));
    expect(where(result, 'destructive')).toEqual(['13:19']);
  });

  it('takes several ids, stacked comments, a trailing comment, and skips a goose StatementBegin', async () => {
    const up = [
      '-- tenant-migrate-ignore: rename, require-lock-timeout moving to the new name in one release',
      'ALTER TABLE users RENAME COLUMN a TO b;',
      '-- tenant-migrate-ignore: destructive backed up',
      '-- a plain comment between',
      'TRUNCATE audit;',
      'ALTER TABLE users RENAME COLUMN c TO d; -- tenant-migrate-ignore: rename reason',
    ].join('\n');
    const result = await lintOne(headerFile(up));
    expect(ofRule(result, 'rename')).toEqual([]);
    expect(ofRule(result, 'destructive')).toEqual([]);
    // The lock_timeout suppression covers the first statement only.
    expect(where(result, 'require-lock-timeout')).toEqual(['13:1', '14:1']);

    const goose = [
      '-- +goose Up',
      '-- tenant-migrate-ignore: require-idempotent the function is replaced by name below',
      '-- +goose StatementBegin',
      'CREATE FUNCTION f() RETURNS int AS $$ SELECT 1 $$ LANGUAGE sql;',
      '-- +goose StatementEnd',
      '-- +goose Down',
      'DROP FUNCTION IF EXISTS f();',
    ].join('\n');
    expect(ofRule(await lintOne(goose), 'require-idempotent')).toEqual([]);
  });

  it('silences a finding at a section marker, and a whole file with tenant-migrate-ignore-file', async () => {
    const marker = headerFile('SELECT 1;', '-- nothing to run').replace(
      '\n-- ==================== DOWN',
      '\n-- tenant-migrate-ignore: require-down nothing to undo\n-- ==================== DOWN',
    );
    expect(ofRule(await lintOne(marker), 'require-down')).toEqual([]);
    const file = `-- tenant-migrate-ignore-file: require-down irreversible data fix\n${headerFile('SELECT 1;', null)}`;
    const result = await lintOne(file);
    expect(ofRule(result, 'require-down')).toEqual([]);
  });

  it('does not silence another rule, or a statement further away', async () => {
    const up = ['-- tenant-migrate-ignore: rename', LOCK, 'ALTER TABLE users RENAME COLUMN a TO b;'].join('\n');
    expect(where(await lintOne(headerFile(up)), 'rename')).toEqual(['11:1']);
    const other = ['-- tenant-migrate-ignore: destructive', 'ALTER TABLE users RENAME COLUMN a TO b;'].join('\n');
    expect(where(await lintOne(headerFile(other)), 'rename')).toEqual(['10:1']);
  });
});

describe('ignore comments that name no rule', () => {
  it('warn at the unknown id, with "did you mean", and the finding it meant stays', async () => {
    const up = [
      LOCK,
      '-- tenant-migrate-ignore: rename, destructve the column is unused',
      'ALTER TABLE users DROP COLUMN IF EXISTS legacy;',
    ].join('\n');
    const result = await lintOne(headerFile(up));
    expect(ofRule(result, 'ignore-comment')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        line: 10,
        column: 35,
        endLine: 10,
        endColumn: 45,
        message: 'the ignore comment names "destructve", which is not a lint rule, so it silences nothing: did you mean destructive?',
        hint: 'write destructive',
      }),
    ]);
    expect(where(result, 'destructive')).toEqual(['11:19']);
  });

  it('counts columns in characters after non-ASCII SQL, and checks file-wide comments too', async () => {
    const up = [LOCK, "UPDATE users SET note = 'été' WHERE note IS NULL; -- tenant-migrate-ignore: nonsense why"].join('\n');
    const file = `-- tenant-migrate-ignore-file: require-dwn irreversible\n${headerFile(up)}`;
    const result = await lintOne(file);
    expect(ofRule(result, 'ignore-comment').map((finding) => [finding.line, finding.column, finding.hint])).toEqual([
      [1, 32, 'write require-down'],
      [11, 77, expect.stringContaining('the rules are: require-down,')],
    ]);
  });

  it('says nothing about comments that name real rules', async () => {
    const up = [LOCK, '-- tenant-migrate-ignore: destructive, Rename reason', 'ALTER TABLE users DROP COLUMN IF EXISTS legacy;'].join('\n');
    expect(ofRule(await lintOne(headerFile(up)), 'ignore-comment')).toEqual([]);
  });
});

describe('rule levels', () => {
  const risky = headerFile('ALTER TABLE users RENAME COLUMN a TO b;');

  it('reads tenant-migrate.config.json in the working directory', async () => {
    const root = project({
      'migrations/tenant/001_change.sql': risky,
      'tenant-migrate.config.json': JSON.stringify({ lint: { rules: { rename: 'error', 'require-lock-timeout': 'off' } } }),
    });
    const result = await lintMigrations({ dir: 'migrations', cwd: root });
    expect(result.findings.map((finding) => [finding.rule, finding.severity])).toEqual([['rename', 'error']]);
    expect(result.summary).toEqual({ files: 1, errors: 1, warnings: 0 });
  });

  it('reads the "tenant-migrate" key of package.json, and options override it', async () => {
    const root = project({
      'migrations/tenant/001_change.sql': risky,
      'package.json': JSON.stringify({ name: 'app', 'tenant-migrate': { lint: { rules: { rename: 'off' } } } }),
    });
    const fromPackage = await lintMigrations({ dir: 'migrations', cwd: root });
    expect(ofRule(fromPackage, 'rename')).toEqual([]);
    const overridden = await lintMigrations({ dir: 'migrations', cwd: root, rules: { rename: 'error' } });
    expect(ofRule(overridden, 'rename').map((finding) => finding.severity)).toEqual(['error']);
  });

  it('with both a config file and the package.json key, reads the file and says on stderr that the key is ignored', async () => {
    const root = project({
      'migrations/tenant/001_change.sql': risky,
      'tenant-migrate.config.json': JSON.stringify({ lint: { rules: { rename: 'error' } } }),
      'package.json': JSON.stringify({ name: 'app', 'tenant-migrate': { lint: { rules: { rename: 'off' } } } }),
    });
    const both = await lintMigrations({ dir: 'migrations', cwd: root });
    expect(ofRule(both, 'rename').map((finding) => finding.severity)).toEqual(['error']);
    expect(both.notes).toEqual([PACKAGE_KEY_IGNORED]);
    const run = await cli(['lint', '--format', 'json'], { cwd: root });
    expect(run.stderr).toBe(
      'note: tenant-migrate.config.json is used and the "tenant-migrate" key of package.json beside it is ignored ' +
        '(only one of them is read): move its settings into tenant-migrate.config.json and remove the key\n',
    );
    expect(JSON.parse(run.stdout).findings.map((finding: { rule: string }) => finding.rule)).toContain('rename');

    // A package.json without the key, or one that does not parse (it is not read), says nothing.
    writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'app' }));
    expect((await lintMigrations({ dir: 'migrations', cwd: root })).notes).toBeUndefined();
    writeFileSync(join(root, 'package.json'), '{ "name": ');
    expect((await lintMigrations({ dir: 'migrations', cwd: root })).notes).toBeUndefined();
    // The key alone is read, and nothing is said.
    const keyOnly = project({
      'migrations/tenant/001_change.sql': risky,
      'package.json': JSON.stringify({ name: 'app', 'tenant-migrate': { lint: { rules: { rename: 'off' } } } }),
    });
    const fromKey = await cli(['lint', '--format', 'json'], { cwd: keyOnly });
    expect(fromKey.stderr).toBe('');
    expect(JSON.parse(fromKey.stdout).findings.map((finding: { rule: string }) => finding.rule)).not.toContain('rename');
  });

  it('rejects an unknown rule id or level with a hint', async () => {
    const root = project({ 'migrations/tenant/001_change.sql': risky });
    writeFileSync(join(root, 'tenant-migrate.config.json'), JSON.stringify({ lint: { rules: { renames: 'off' } } }));
    await expect(lintMigrations({ dir: 'migrations', cwd: root })).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
      hint: 'did you mean rename?',
    });
    writeFileSync(join(root, 'tenant-migrate.config.json'), JSON.stringify({ lint: { rules: { rename: 'fatal' } } }));
    await expect(lintMigrations({ dir: 'migrations', cwd: root })).rejects.toMatchObject({ code: 'CONFIG_INVALID' });
    writeFileSync(join(root, 'tenant-migrate.config.json'), '{ "lint": ');
    await expect(lintMigrations({ dir: 'migrations', cwd: root })).rejects.toMatchObject({ code: 'CONFIG_INVALID' });
  });

  it('rejects unknown keys instead of ignoring them: "rules" without "lint", a typo inside "lint"', async () => {
    const root = project({
      'migrations/tenant/001_change.sql': risky,
      'package.json': JSON.stringify({ name: 'app', 'tenant-migrate': { rules: { rename: 'off' } } }),
    });
    await expect(lintMigrations({ dir: 'migrations', cwd: root })).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
      message: 'package.json "tenant-migrate": unknown key "rules"',
      hint: expect.stringContaining('rule levels go under "lint"'),
    });
    writeFileSync(join(root, 'tenant-migrate.config.json'), JSON.stringify({ lint: { rule: { rename: 'off' } } }));
    await expect(lintMigrations({ dir: 'migrations', cwd: root })).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
      message: 'tenant-migrate.config.json: unknown key "lint.rule"',
      hint: 'did you mean "lint.rules"?',
    });
    writeFileSync(join(root, 'tenant-migrate.config.json'), JSON.stringify({ $schema: 'x', lint: { rules: { rename: 'off' } } }));
    expect(ofRule(await lintMigrations({ dir: 'migrations', cwd: root }), 'rename')).toEqual([]);
  });

  it('an invalid config is a usage error for the CLI (exit 2)', async () => {
    const root = project({ 'migrations/tenant/001_change.sql': risky, 'tenant-migrate.config.json': '{ "rules": {} }' });
    const result = await cli(['lint'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown key "rules"');
    // Bad JSON names the file once, as its place.
    writeFileSync(join(root, 'tenant-migrate.config.json'), '{');
    const broken = await cli(['lint'], { cwd: root });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^tenant-migrate\.config\.json: error: not valid JSON: .* \[CONFIG_INVALID\]$/m);
  });

  it('turns a rule off so its findings (even reading problems) disappear', async () => {
    const result = await lintOne(headerFile('SELEC 1;'), { rules: { 'syntax-error': 'off' } });
    expect(result.findings).toEqual([]);
  });
});
