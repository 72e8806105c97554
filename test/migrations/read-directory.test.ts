/** Reading a migrations directory: layouts, ordering, duplicate versions, bad files. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TenantMigrateError } from '../../src/errors.js';
import { loadMigrations, readMigrations, timeline } from '../../src/migrations/read-directory.js';

const GOOSE = (sql: string) => `-- +goose Up\n${sql}\n-- +goose Down\nSELECT 0;\n`;
const HEADER = (sql: string) =>
  `-- ==================== UP ====================\n${sql}\n-- ==================== DOWN ====================\nSELECT 0;\n`;

function directory(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'tm-read-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const names = (migrations: { name: string }[]) => migrations.map((migration) => migration.name);

describe('readMigrations', () => {
  it('reads scope folders, host/ as master, and orders each timeline by version', async () => {
    const dir = directory({
      'host/001_accounts.sql': HEADER('SELECT 1;'),
      'host/002_plans.sql': HEADER('SELECT 2;'),
      'tenant/001_tags.sql': GOOSE('SELECT 1;'),
      'both/003_audit.sql': HEADER('SELECT 3;'),
      'tenant/README.md': 'not a migration',
    });
    const set = await readMigrations(dir);
    expect(set.problems).toEqual([]);
    expect(set.layout).toBe('scoped');
    expect(set.migrations.map((migration) => [migration.name, migration.scope, migration.format])).toEqual([
      ['001_accounts', 'master', 'header'],
      ['001_tags', 'tenant', 'goose'],
      ['002_plans', 'master', 'header'],
      ['003_audit', 'both', 'header'],
    ]);
    expect(names(timeline(set.migrations, 'master'))).toEqual(['001_accounts', '002_plans', '003_audit']);
    expect(names(timeline(set.migrations, 'tenant'))).toEqual(['001_tags', '003_audit']);
  });

  it('reads a flat goose directory as applying to master and tenants', async () => {
    const set = await readMigrations(directory({ '00001_init.sql': GOOSE('SELECT 1;'), '00002_more.sql': GOOSE('SELECT 2;') }));
    expect(set.layout).toBe('flat');
    expect(set.migrations.map((migration) => migration.scope)).toEqual(['both', 'both']);
  });

  it('reads an empty directory as empty', async () => {
    const set = await readMigrations(directory({}));
    expect(set).toMatchObject({ layout: 'empty', migrations: [], problems: [] });
  });

  it('a missing directory is DIR_NOT_FOUND', async () => {
    const missing = join(tmpdir(), 'tm-no-such-dir-for-sure');
    await expect(readMigrations(missing)).rejects.toMatchObject({ code: 'DIR_NOT_FOUND' });
    await expect(readMigrations(missing)).rejects.toThrow(missing);
  });

  it('orders numerically whatever the padding: 2 < 10 < 011 < 100, and 14-digit timestamps after', async () => {
    const set = await readMigrations(
      directory({
        '10_ten.sql': GOOSE('SELECT 10;'),
        '2_two.sql': GOOSE('SELECT 2;'),
        '100_hundred.sql': GOOSE('SELECT 100;'),
        '011_eleven.sql': GOOSE('SELECT 11;'),
        '20240101120000_stamp.sql': GOOSE('SELECT 0;'),
        '0001_one.sql': GOOSE('SELECT 1;'),
      }),
    );
    expect(set.problems).toEqual([]);
    expect(names(set.migrations)).toEqual(['0001_one', '2_two', '10_ten', '011_eleven', '100_hundred', '20240101120000_stamp']);
    expect(set.migrations.map((migration) => migration.versionText)).toEqual(['0001', '2', '10', '011', '100', '20240101120000']);
    expect(set.migrations[5].version).toBe(20240101120000);
  });

  it('duplicate versions in one scope folder name both files; folders are numbered independently', async () => {
    const clash = await readMigrations(
      directory({
        'both/001_a.sql': HEADER('SELECT 1;'),
        'tenant/001_b.sql': HEADER('SELECT 1;'),
        'tenant/001_c.sql': HEADER('SELECT 1;'),
        'master/002_c.sql': HEADER('SELECT 1;'),
      }),
    );
    const duplicates = clash.problems.filter((problem) => problem.code === 'DUPLICATE_VERSION');
    expect(duplicates).toHaveLength(1);
    expect(duplicates[0].message).toContain(join('tenant', '001_b.sql'));
    expect(duplicates[0].message).toContain(join('tenant', '001_c.sql'));

    // The Python runner's layout: host/001, tenant/001 and both/001 side by side.
    const fine = await readMigrations(
      directory({ 'host/001_a.sql': HEADER('SELECT 1;'), 'tenant/001_b.sql': HEADER('SELECT 1;'), 'both/001_c.sql': HEADER('SELECT 1;') }),
    );
    expect(fine.problems).toEqual([]);
    // At one version, both/ runs first in each timeline.
    expect(timeline(fine.migrations, 'master').map((migration) => migration.name)).toEqual(['001_c', '001_a']);
    expect(timeline(fine.migrations, 'tenant').map((migration) => migration.name)).toEqual(['001_c', '001_b']);

    const padded = await readMigrations(directory({ '001_a.sql': GOOSE('SELECT 1;'), '1_b.sql': GOOSE('SELECT 1;') }));
    expect(padded.problems.map((problem) => problem.code)).toEqual(['DUPLICATE_VERSION']);
    await expect(loadMigrations(padded.dir)).rejects.toThrow(/001_a\.sql and .*1_b\.sql|1_b\.sql and .*001_a\.sql/);
  });

  it('a file that is not UTF-8 is NOT_UTF8 at the line and column of the first invalid byte', async () => {
    const latin1 = Buffer.concat([Buffer.from("-- +goose Up\nSELECT 1;\nSELECT '"), Buffer.from([0xe9]), Buffer.from("';\n")]);
    const set = await readMigrations(directory({ '001_latin1.sql': latin1, '002_fine.sql': GOOSE('SELECT 2;') }));
    expect(set.problems).toMatchObject([{ code: 'NOT_UTF8', line: 3, column: 9 }]);
    expect(names(set.migrations)).toEqual(['002_fine']);
  });

  it('counts the column in characters: valid non-ASCII text before the invalid byte is one column each', async () => {
    const mixed = Buffer.concat([Buffer.from("\uFEFF-- +goose Up\nSELECT 'é🚀', '"), Buffer.from([0xff]), Buffer.from("';\n")]);
    const set = await readMigrations(directory({ '001_mixed.sql': mixed }));
    expect(set.problems).toMatchObject([{ code: 'NOT_UTF8', line: 2, column: 15 }]);
    const first = await readMigrations(directory({ '001_first.sql': Buffer.from([0xef, 0xbb, 0xbf, 0xc3, 0x28]) }));
    expect(first.problems).toMatchObject([{ code: 'NOT_UTF8', line: 1, column: 1 }]);
  });

  it('a file next to scope folders, and a badly named file, are problems', async () => {
    const set = await readMigrations(
      directory({ 'tenant/001_a.sql': GOOSE('SELECT 1;'), '002_stray.sql': GOOSE('SELECT 1;'), 'tenant/notes.sql': GOOSE('SELECT 1;') }),
    );
    expect(set.problems.map((problem) => problem.code).sort()).toEqual(['FILE_NAME', 'FILE_OUTSIDE_SCOPE_FOLDER']);
  });

  it('ENVSUB ON substitutes from the environment given; OFF leaves the text; an unset variable is an error', async () => {
    const dir = directory({
      '001_on.sql': "-- +goose ENVSUB ON\n-- +goose Up\nCREATE SCHEMA IF NOT EXISTS ${TENANT_SCHEMA};\nSELECT '${REGION:-eu}';\n",
      '002_off.sql': "-- +goose Up\nSELECT '${TENANT_SCHEMA}';\n",
    });
    const set = await readMigrations(dir, { env: { TENANT_SCHEMA: 'acme' } });
    expect(set.problems).toEqual([]);
    expect(set.migrations.map((migration) => migration.up.statements.map((statement) => statement.sql))).toEqual([
      ['CREATE SCHEMA IF NOT EXISTS acme', "SELECT 'eu'"],
      ["SELECT '${TENANT_SCHEMA}'"],
    ]);
    const unset = await readMigrations(dir, { env: {} });
    expect(unset.problems).toMatchObject([{ code: 'ENVSUB_UNSET', line: 3, column: 29 }]);
    expect(unset.problems[0].message).toContain('TENANT_SCHEMA');
  });

  it('NO TRANSACTION and Transaction: none read as transaction false', async () => {
    const set = await readMigrations(
      directory({
        'tenant/001_index.sql': '-- +goose NO TRANSACTION\n-- +goose Up\nCREATE INDEX CONCURRENTLY IF NOT EXISTS i ON t (a);\n',
        'master/001_index.sql': `-- Transaction: none\n${HEADER('CREATE INDEX CONCURRENTLY IF NOT EXISTS i ON t (a);')}`,
        'master/002_plain.sql': HEADER('SELECT 1;'),
      }),
    );
    expect(set.problems).toEqual([]);
    expect(set.migrations.map((migration) => [migration.path.split(/[\\/]/).slice(-2).join('/'), migration.transaction])).toEqual([
      ['master/001_index.sql', false],
      ['tenant/001_index.sql', false],
      ['master/002_plain.sql', true],
    ]);
  });

  it('loadMigrations throws one error listing every problem', async () => {
    const dir = directory({ '001_a.sql': '-- +goose Up\nSELEC 1;\n', '002_b.sql': 'SELECT 1;\n' });
    const error = (await loadMigrations(dir).catch((caught: unknown) => caught)) as TenantMigrateError;
    expect(error).toBeInstanceOf(TenantMigrateError);
    expect(error.code).toBe('INVALID_MIGRATIONS');
    expect(error.message).toBe('2 problems in 2 migration files');
    expect(error.location).toBeUndefined();
    expect(error.problems?.map((problem) => problem.code)).toEqual(['SQL_SYNTAX', 'NO_UP_SECTION']);
    expect(error.format()).toContain(`${join(dir, '001_a.sql')}:2:1: error`);
    expect(error.format()).toContain('[NO_UP_SECTION]');
  });
});
