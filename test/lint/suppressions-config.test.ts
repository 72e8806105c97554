import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintMigrations } from '../../src/lint/lint-migrations.js';
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

  it('turns a rule off so its findings (even reading problems) disappear', async () => {
    const result = await lintOne(headerFile('SELEC 1;'), { rules: { 'syntax-error': 'off' } });
    expect(result.findings).toEqual([]);
  });
});
