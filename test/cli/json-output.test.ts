/**
 * `--json` on every command that reports (lint, verify, show, migrate, rollback, status), and a
 * JSON object on stdout when the command cannot run at all: scripts read stdout and always get
 * JSON back, with the exit code they get without --json.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonFailure } from '../../src/cli/json-failure.js';
import { CLI_TERMS } from '../../src/cli/terms.js';
import { goose, TENANTS_TABLE, writeMigrations } from '../fleet/support/fleet.js';
import { cli } from '../support/cli.js';
import { createTestDatabase, queryDatabase, serverUrl, type TestDatabase } from '../support/database.js';

const NOWHERE = 'postgresql://deploy:secret@127.0.0.1:9/master';

function parsed(stdout: string): Record<string, unknown> & { ok?: boolean; error?: Record<string, unknown> } {
  return JSON.parse(stdout);
}

let files: ReturnType<typeof writeMigrations>;
beforeAll(() => {
  files = writeMigrations({
    'master/001_plans.sql': goose('CREATE TABLE IF NOT EXISTS plans (id int);', 'DROP TABLE IF EXISTS plans;'),
  });
});
afterAll(() => files.remove());

describe('--json when the command reports', () => {
  let master: TestDatabase;
  beforeAll(async () => {
    master = await createTestDatabase('i11_json');
    await queryDatabase(master.url, TENANTS_TABLE);
  });
  afterAll(() => master.drop());
  const fleet = (...args: string[]) => cli([...args, '--dir', files.dir, '--master-url', master.url, '--json']);

  it('lint --json is lint --format json', async () => {
    const json = await cli(['lint', '--dir', files.dir, '--json']);
    const format = await cli(['lint', '--dir', files.dir, '--format', 'json']);
    expect(json.code).toBe(0);
    expect(json.stdout).toBe(format.stdout);
    expect(parsed(json.stdout)).toMatchObject({ findings: [], summary: { files: 1, errors: 0 } });
  });

  it('verify --json is verify --format json', async () => {
    const result = await cli(['verify', '--dir', files.dir, '--ephemeral', 'server', '--ephemeral-url', serverUrl(), '--quiet', '--json']);
    expect(result.code).toBe(0);
    const report = parsed(result.stdout) as { ok: boolean; results: Array<{ status: string }> };
    expect(report.ok).toBe(true);
    expect(JSON.stringify(report)).toContain('001_plans');
  });

  it('show --json prints the migration', async () => {
    const result = await cli(['show', `${files.dir}/master/001_plans.sql`, '--json']);
    expect(result.code).toBe(0);
    expect(parsed(result.stdout)).toMatchObject({ version: 1, scope: 'master' });
  });

  it('migrate, status and rollback --json print their reports', async () => {
    const migrate = await fleet('migrate');
    expect(migrate.code).toBe(0);
    expect(parsed(migrate.stdout)).toMatchObject({ ok: true });
    const counts = { targets: 1, applied: 0, rolledBack: 0, planned: 0, upToDate: 0, failed: 0, skipped: 0, interrupted: 0, notStarted: 0 };
    expect(parsed(migrate.stdout).summary).toEqual({ ...counts, applied: 1, migrationsRun: 1 });
    const status = await fleet('status');
    expect(status.code).toBe(0);
    expect(parsed(status.stdout)).toMatchObject({ ok: true, targets: [{ name: 'master', currentVersion: 1 }] });
    // The counts the text's summary line gives, for scripts that should not count rows themselves.
    expect(parsed(status.stdout).summary).toEqual({ targets: 1, upToDate: 1, behind: 0, pending: 0, drift: 0, outOfOrder: 0, failing: 0 });
    const rollback = await fleet('rollback');
    expect(rollback.code).toBe(0);
    expect(parsed(rollback.stdout)).toMatchObject({ ok: true });
    expect(parsed(rollback.stdout).summary).toEqual({ ...counts, rolledBack: 1, migrationsRun: 1 });
  });
});

describe('--json when the command cannot run', () => {
  let bare: TestDatabase;
  beforeAll(async () => {
    bare = await createTestDatabase('i11_json_bare');
  });
  afterAll(() => bare.drop());

  it.each(['status', 'migrate', 'rollback'])('%s: an unreachable master is a JSON report with the error (exit 1)', async (command) => {
    const result = await cli([command, '--dir', files.dir, '--master-url', NOWHERE, '--connect-timeout', '1s', '--json']);
    expect(result.code).toBe(1);
    const report = parsed(result.stdout);
    expect(report.ok).toBe(false);
    expect(report.error).toMatchObject({ code: 'CONNECT_FAILED' });
    expect(result.stdout).not.toContain('secret');
  });

  it.each(['status', 'migrate'])('%s: a master without a tenants table is a JSON report with the error (exit 1)', async (command) => {
    const result = await cli([command, '--dir', files.dir, '--master-url', bare.url, '--json']);
    expect(result.code).toBe(1);
    expect(parsed(result.stdout).error).toMatchObject({ code: 'TENANTS_TABLE_MISSING' });
    expect(String(parsed(result.stdout).error?.hint)).toContain('--tenants-query');
  });

  it.each(['status', 'migrate', 'rollback'])(
    '%s: a malformed URL is a JSON error on stdout, the text on stderr (exit 2)',
    async (command) => {
      const result = await cli([command, '--dir', files.dir, '--master-url', 'not-a-url', '--json']);
      expect(result.code).toBe(2);
      expect(parsed(result.stdout)).toMatchObject({ ok: false, error: { code: 'BAD_DATABASE_URL' } });
      expect(result.stderr).toContain('[BAD_DATABASE_URL]');
    },
  );

  it('a bad option value, found while parsing, is a JSON error naming the option (exit 2)', async () => {
    const result = await cli(['status', '--concurrency', 'abc', '--master-url', NOWHERE, '--json']);
    expect(result.code).toBe(2);
    expect(parsed(result.stdout)).toEqual({
      ok: false,
      error: {
        code: 'BAD_OPTION',
        message: '--concurrency is "abc"; expected a whole number of at least 1',
        option: 'concurrency',
        messageId: 'option.invalid',
      },
    });
  });

  it('an unknown flag is a JSON usage error (exit 2)', async () => {
    const result = await cli(['migrate', '--dry-rn', '--master-url', NOWHERE, '--json']);
    expect(result.code).toBe(2);
    expect(parsed(result.stdout).error).toMatchObject({ code: 'USAGE' });
    expect(String(parsed(result.stdout).error?.message)).toContain('did you mean --dry-run?');
  });

  it('lint, show and verify: a path that is not there, or no server, is a JSON error', async () => {
    const lint = await cli(['lint', 'no/such/file.sql', '--dir', files.dir, '--json']);
    expect(lint.code).toBe(2);
    expect(parsed(lint.stdout)).toMatchObject({ ok: false, error: { code: 'PATH_NOT_FOUND' } });
    const lintFormat = await cli(['lint', 'no/such/file.sql', '--dir', files.dir, '--format=json']);
    expect(parsed(lintFormat.stdout)).toMatchObject({ ok: false, error: { code: 'PATH_NOT_FOUND' } });
    const show = await cli(['show', 'no/such/file.sql', '--json']);
    expect(show.code).toBe(2);
    expect(parsed(show.stdout)).toMatchObject({ ok: false, error: { code: 'FILE_NOT_FOUND' } });
    const verify = await cli(['verify', '--dir', files.dir, '--ephemeral', 'server', '--json'], {
      env: { TENANT_MIGRATE_EPHEMERAL_URL: '' },
    });
    expect(verify.code).toBe(1);
    expect(parsed(verify.stdout)).toMatchObject({ ok: false, error: { code: 'EPHEMERAL_URL_MISSING', option: 'ephemeralUrl' } });
    expect(String(parsed(verify.stdout).error?.hint)).toContain('--ephemeral-url');
  });

  it('several broken migration files: the JSON error lists each problem at its own place, and the heading names no one file', async () => {
    const broken = writeMigrations({
      'tenant/001_ok.sql': goose('CREATE TABLE IF NOT EXISTS ok (id int);'),
      'tenant/002_syntax.sql': goose('CREATE TABLE IF NOT EXISTS t (id int;'),
      'tenant/003_no_up.sql': 'SELECT 1;\n',
    });
    try {
      const result = await cli(['migrate', '--dir', broken.dir, '--master-url', NOWHERE, '--json']);
      expect(result.code).toBe(1);
      const error = parsed(result.stdout).error as {
        code: string;
        message: string;
        location?: string;
        problems: Array<{ code: string; location: string }>;
      };
      expect(error).toMatchObject({ code: 'INVALID_MIGRATIONS', message: '2 problems in 2 migration files' });
      expect(error.location).toBeUndefined();
      expect(error.problems.map((problem) => [problem.code, problem.location.replace(/^.*tenant\//, '')])).toEqual([
        ['SQL_SYNTAX', expect.stringMatching(/^002_syntax\.sql:2:\d+$/)],
        ['NO_UP_SECTION', expect.stringMatching(/^003_no_up\.sql:1:1$/)],
      ]);
      const text = await cli(['migrate', '--dir', broken.dir, '--master-url', NOWHERE]);
      expect(text.stderr).toMatch(/^error: 2 problems in 2 migration files \[INVALID_MIGRATIONS\]/m);
    } finally {
      broken.remove();
    }
  });

  it('without --json the error stays on stderr and stdout is empty', async () => {
    const result = await cli(['status', '--dir', files.dir, '--master-url', 'not-a-url']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('[BAD_DATABASE_URL]');
  });
});

describe('the JSON error object', () => {
  it('a crash is INTERNAL_ERROR with its message', () => {
    expect(jsonFailure(new TypeError('x is not a function'), CLI_TERMS)).toEqual({
      ok: false,
      error: { code: 'INTERNAL_ERROR', message: 'x is not a function' },
    });
  });
});
