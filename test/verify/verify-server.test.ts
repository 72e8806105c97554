/**
 * verifyMigrations on the test server (the `server` provider): every verdict the check gives,
 * on real PostgreSQL, with the exact message a reviewer reads.
 */
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { MigrationResult, VerifyReport } from '../../src/report/verify-model.js';
import { renderVerifyReport } from '../../src/report/verify-render.js';
import { type VerifyOptions, verifyMigrations } from '../../src/verify/verify-migrations.js';
import { cli } from '../support/cli.js';
import { adminQuery, serverUrl } from '../support/database.js';
import { CREATE_USERS, headerMigration, migrationDir } from './support/migration-dir.js';

const dirs: string[] = [];
const createdDatabases: string[] = [];

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function verify(files: Record<string, string>, options: Partial<VerifyOptions> = {}): Promise<VerifyReport> {
  const dir = migrationDir(files);
  dirs.push(dir);
  return verifyMigrations({
    dir,
    ephemeral: 'server',
    ephemeralUrl: serverUrl(),
    onProgress: (event) => {
      if (event.type === 'database-created') createdDatabases.push(event.database);
    },
    ...options,
  });
}

function migration(report: VerifyReport, name: string): MigrationResult {
  const found = report.scopes.flatMap((scope) => scope.migrations).find((m) => m.name === name);
  if (!found) throw new Error(`${name} is not in the report`);
  return found;
}

const ADD_EMAIL_VERIFIED_UP = 'ALTER TABLE users ADD COLUMN IF NOT EXISTS email_verified BOOLEAN DEFAULT FALSE;';

describe('verify on the server provider', () => {
  it('passes a good migration: reversible, idempotent, every statement timed', async () => {
    const report = await verify({
      'master/001_create_users.sql': CREATE_USERS,
      'master/002_add_email_verified.sql': headerMigration(
        ADD_EMAIL_VERIFIED_UP,
        'ALTER TABLE users DROP COLUMN IF EXISTS email_verified;',
      ),
    });
    expect(report.ok).toBe(true);
    expect(report.provider).toBe('server');
    expect(report.scopes.map((scope) => scope.timeline)).toEqual(['master']);
    const added = migration(report, '002_add_email_verified');
    expect(added).toMatchObject({ status: 'passed', reversible: true, idempotent: true, transaction: true, findings: [] });
    expect(added.statements).toHaveLength(1);
    expect(added.statements[0]).toMatchObject({ sql: ADD_EMAIL_VERIFIED_UP.replace(/;$/, ''), line: 7 });
    expect(added.statements[0].durationMs).toBeGreaterThan(0);
  });

  it('reports a DOWN that forgets a column', async () => {
    const report = await verify({
      'master/001_create_users.sql': CREATE_USERS,
      'master/002_add_email_verified.sql': headerMigration(ADD_EMAIL_VERIFIED_UP, 'SELECT 1;'),
    });
    expect(report.ok).toBe(false);
    const added = migration(report, '002_add_email_verified');
    expect(added.status).toBe('failed');
    expect(added.reversible).toBe(false);
    expect(added.findings).toEqual([
      expect.objectContaining({
        code: 'not-reversible',
        severity: 'error',
        message: 'column users.email_verified still exists after DOWN',
      }),
    ]);
  });

  it('reports a DOWN that forgets an index', async () => {
    const report = await verify({
      'master/001_create_users.sql': CREATE_USERS,
      'master/002_index_email.sql': headerMigration(
        `ALTER TABLE users ADD COLUMN IF NOT EXISTS nickname TEXT;
CREATE INDEX IF NOT EXISTS idx_users_email ON users (email);`,
        'ALTER TABLE users DROP COLUMN IF EXISTS nickname;',
      ),
    });
    const indexed = migration(report, '002_index_email');
    expect(indexed.status).toBe('failed');
    expect(indexed.findings.map((finding) => finding.message)).toEqual(['index idx_users_email on users still exists after DOWN']);
  });

  it('reports a table DOWN forgets once, not once per column', async () => {
    const report = await verify({
      'tenant/001_tags.sql': headerMigration('CREATE TABLE IF NOT EXISTS tags (id SERIAL PRIMARY KEY, name TEXT);', 'SELECT 1;'),
    });
    expect(migration(report, '001_tags').findings.map((finding) => finding.message)).toEqual(['table tags still exists after DOWN']);
  });

  it('reports an UP that cannot run again after its DOWN, with file:line, and still verifies the next migration', async () => {
    const report = await verify({
      'master/001_create_users.sql': CREATE_USERS,
      'master/002_seed_admin.sql': headerMigration(
        "INSERT INTO users (id, email) VALUES (1, 'admin@example.com');",
        "UPDATE users SET email = 'removed' WHERE id = 1;",
      ),
      'master/003_add_email_verified.sql': headerMigration(
        ADD_EMAIL_VERIFIED_UP,
        'ALTER TABLE users DROP COLUMN IF EXISTS email_verified;',
      ),
    });
    const seed = migration(report, '002_seed_admin');
    expect(seed.status).toBe('failed');
    expect(seed.reversible).toBe(true);
    const reapply = seed.findings.find((finding) => finding.code === 'reapply-failed');
    expect(reapply).toMatchObject({ severity: 'error', file: seed.path, line: 7 });
    expect(reapply?.message).toMatch(
      /^UP fails when applied again after DOWN: duplicate key value violates unique constraint "users_pkey"/,
    );
    expect(migration(report, '003_add_email_verified').status).toBe('passed');
  });

  it('reports an UP that is not idempotent as a warning, and as an error with strict', async () => {
    const files = {
      'master/001_create_users.sql': CREATE_USERS,
      'master/002_add_email_verified.sql': headerMigration(
        'ALTER TABLE users ADD COLUMN email_verified BOOLEAN DEFAULT FALSE;',
        'ALTER TABLE users DROP COLUMN IF EXISTS email_verified;',
      ),
    };
    const report = await verify(files);
    expect(report.ok).toBe(true);
    const added = migration(report, '002_add_email_verified');
    expect(added).toMatchObject({ status: 'warning', reversible: true, idempotent: false });
    expect(added.findings).toEqual([
      {
        code: 'not-idempotent',
        severity: 'warning',
        message: 'UP is not idempotent: running it a second time fails: column "email_verified" of relation "users" already exists',
        file: added.path,
        line: 7,
        column: 1,
      },
    ]);
    const strict = await verify(files, { strict: true });
    expect(strict.ok).toBe(false);
    expect(migration(strict, '002_add_email_verified').findings[0].severity).toBe('error');
  });

  it('reports an UP whose second run changes the catalog as not idempotent', async () => {
    const report = await verify({
      'master/001_create_users.sql': CREATE_USERS,
      'master/002_widen.sql': headerMigration(
        `DO $$ BEGIN
  IF EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'users' AND column_name = 'note') THEN
    ALTER TABLE users ALTER COLUMN note TYPE VARCHAR(200);
  ELSE
    ALTER TABLE users ADD COLUMN note VARCHAR(100);
  END IF;
END $$;`,
        'ALTER TABLE users DROP COLUMN IF EXISTS note;',
      ),
    });
    const widen = migration(report, '002_widen');
    expect(widen.idempotent).toBe(false);
    expect(widen.findings.map((finding) => finding.message)).toEqual([
      'running UP a second time changes column users.note: `character varying(100) null` becomes `character varying(200) null`',
    ]);
  });

  it('reports a syntax error with file:line:column and runs nothing after it', async () => {
    const report = await verify({
      'tenant/001_create_users.sql': CREATE_USERS,
      'tenant/002_broken.sql': headerMigration(
        'ALTER TABLE users ADD COLUMN IF NOT EXISTS nickname TEXT;\nALTER TABLE users ADDD COLUMN x INT;',
        'SELECT 1;',
      ),
      'tenant/003_later.sql': headerMigration('SELECT 1;', 'SELECT 1;'),
    });
    expect(report.ok).toBe(false);
    const broken = migration(report, '002_broken');
    expect(broken.status).toBe('failed');
    expect(broken.findings).toEqual([expect.objectContaining({ code: 'syntax-error', file: broken.path, line: 8, column: 19 })]);
    expect(broken.findings[0].message).toMatch(/syntax error at or near "ADDD"/);
    expect(migration(report, '003_later')).toMatchObject({ status: 'skipped' });
    expect(renderVerifyReport(report, 'text')).toContain(`${broken.path}:8:19: error: syntax error at or near "ADDD"`);
  });

  it('points a statement PostgreSQL rejects at its line and column in the file', async () => {
    const report = await verify({
      'master/001_create_users.sql': CREATE_USERS,
      'master/002_bad_reference.sql': headerMigration('UPDATE users\n   SET email = lower(emial);', 'SELECT 1;'),
    });
    const bad = migration(report, '002_bad_reference');
    expect(bad.status).toBe('failed');
    expect(bad.findings).toEqual([
      {
        code: 'up-failed',
        severity: 'error',
        message: 'UP failed: column "emial" does not exist; hint: Perhaps you meant to reference the column "users.email".',
        file: bad.path,
        line: 8,
        column: 22,
      },
    ]);
  });

  it('traces an AccessExclusiveLock for an ALTER TABLE on an existing table', async () => {
    const report = await verify({
      'master/001_create_users.sql': CREATE_USERS,
      'master/002_add_email_verified.sql': headerMigration(
        `${ADD_EMAIL_VERIFIED_UP}\nCREATE TABLE IF NOT EXISTS audit (id INT);`,
        'DROP TABLE IF EXISTS audit;\nALTER TABLE users DROP COLUMN IF EXISTS email_verified;',
      ),
    });
    const [alter, create] = migration(report, '002_add_email_verified').statements;
    expect(alter.locks).toContainEqual({ relation: 'users', mode: 'AccessExclusiveLock', existedBefore: true });
    expect(create.locks).toContainEqual({ relation: 'audit', mode: 'AccessExclusiveLock', existedBefore: false });
    expect(create.locks.some((lock) => lock.relation === 'users')).toBe(false);
    expect(renderVerifyReport(report, 'markdown')).toContain('AccessExclusiveLock on users');
  });

  it('runs NO TRANSACTION files statement by statement and says their locks were not traced', async () => {
    const report = await verify({
      'master/001_create_users.sql': CREATE_USERS,
      'master/002_index_concurrently.sql': headerMigration(
        'CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_users_email ON users (email);',
        'DROP INDEX CONCURRENTLY IF EXISTS idx_users_email;',
        '-- Transaction: none',
      ),
    });
    const concurrent = migration(report, '002_index_concurrently');
    expect(concurrent).toMatchObject({ status: 'passed', transaction: false, reversible: true, idempotent: true });
    expect(concurrent.statements[0].locks).toEqual([]);
    expect(concurrent.findings).toEqual([expect.objectContaining({ code: 'no-transaction', severity: 'info' })]);
    expect(renderVerifyReport(report, 'markdown')).toContain('not traced (NO TRANSACTION)');
  });

  it('verifies both timelines, each on its own database', async () => {
    const report = await verify({
      'master/001_create_users.sql': CREATE_USERS,
      'tenant/001_create_users.sql': CREATE_USERS,
      'both/002_notes.sql': headerMigration('CREATE TABLE IF NOT EXISTS notes (id INT);', 'DROP TABLE IF EXISTS notes;'),
    });
    expect(report.scopes.map((scope) => [scope.timeline, scope.migrations.map((m) => m.name)])).toEqual([
      ['master', ['001_create_users', '002_notes']],
      ['tenant', ['001_create_users', '002_notes']],
    ]);
    expect(report.ok).toBe(true);
  });

  it('loads a schema file first: psql meta-commands and unknown owners do not stop it', async () => {
    const schemaDir = migrationDir({
      'schema.sql': `--
-- PostgreSQL database dump
--
\\restrict abc123

SET statement_timeout = 0;
SELECT pg_catalog.set_config('search_path', '', false);

CREATE TABLE public.accounts (
    id bigint NOT NULL,
    name text
);

ALTER TABLE public.accounts OWNER TO production_owner_that_does_not_exist;

\\unrestrict abc123
`,
    });
    dirs.push(schemaDir);
    const report = await verify(
      {
        'tenant/001_account_email.sql': headerMigration(
          'ALTER TABLE accounts ADD COLUMN IF NOT EXISTS email TEXT;',
          'ALTER TABLE accounts DROP COLUMN IF EXISTS email;',
        ),
      },
      { schemaFile: join(schemaDir, 'schema.sql') },
    );
    expect(report.ok).toBe(true);
    expect(migration(report, '001_account_email').statements[0].locks).toContainEqual({
      relation: 'accounts',
      mode: 'AccessExclusiveLock',
      existedBefore: true,
    });
  });

  it('reports a schema file that does not load with its file and line', async () => {
    const schemaDir = migrationDir({ 'schema.sql': 'CREATE TABLE a (id INT);\n\nCREATE TABLE b (id INT REFERENCES missing (id));\n' });
    dirs.push(schemaDir);
    const report = await verify({ 'master/001_create_users.sql': CREATE_USERS }, { schemaFile: join(schemaDir, 'schema.sql') });
    expect(report.ok).toBe(false);
    expect(report.scopes[0].findings).toEqual([
      expect.objectContaining({
        code: 'setup-failed',
        file: join(schemaDir, 'schema.sql'),
        line: 3,
        message: expect.stringContaining('relation "missing" does not exist'),
      }),
    ]);
    expect(report.scopes[0].migrations[0].status).toBe('skipped');
  });

  it('with --base, verifies only what changed and applies the older migrations first', async () => {
    const dir = migrationDir({ 'migrations/master/001_create_users.sql': CREATE_USERS });
    dirs.push(dir);
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: dir });
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-qm', 'base');
    writeFileSync(join(dir, 'migrations/master/002_add_email_verified.sql'), headerMigration(ADD_EMAIL_VERIFIED_UP, 'SELECT 1;'));
    const report = await verifyMigrations({ dir: join(dir, 'migrations'), ephemeral: 'server', ephemeralUrl: serverUrl(), base: 'main' });
    expect(report.base).toBe('main');
    expect(report.scopes).toHaveLength(1);
    expect(report.scopes[0].setupMigrations).toBe(1);
    expect(report.scopes[0].migrations.map((m) => m.name)).toEqual(['002_add_email_verified']);
    expect(report.scopes[0].migrations[0].findings[0].message).toBe('column users.email_verified still exists after DOWN');
  });

  it('with --base, a renamed migration (same scope folder, version and SQL) is not verified again, nor reported deleted', async () => {
    const dir = migrationDir({ 'migrations/master/001_create_users.sql': CREATE_USERS });
    dirs.push(dir);
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: dir });
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-qm', 'base');
    git('mv', 'migrations/master/001_create_users.sql', 'migrations/master/001_create_user_accounts.sql');
    writeFileSync(join(dir, 'migrations/master/002_add_email_verified.sql'), headerMigration(ADD_EMAIL_VERIFIED_UP, 'SELECT 1;'));
    const options = { dir: join(dir, 'migrations'), ephemeral: 'server' as const, ephemeralUrl: serverUrl(), base: 'main' };
    const report = await verifyMigrations(options);
    expect(report.scopes[0].setupMigrations).toBe(1);
    expect(report.scopes[0].migrations.map((m) => m.name)).toEqual(['002_add_email_verified']);
    expect(report.findings.map((finding) => finding.code)).toEqual(['renamed-migration']);
    expect(report.findings[0]).toMatchObject({
      severity: 'info',
      message: expect.stringContaining('001_create_users.sql on main is renamed (now '),
    });

    // Renamed and changed: an edit of that migration, verified as a modified one.
    writeFileSync(
      join(dir, 'migrations/master/001_create_user_accounts.sql'),
      CREATE_USERS.replace('email TEXT NOT NULL', 'email TEXT NOT NULL,\n    name TEXT'),
    );
    const edited = await verifyMigrations(options);
    expect(edited.scopes[0].migrations.map((m) => m.name)).toEqual(['001_create_user_accounts', '002_add_email_verified']);
    expect(edited.findings.map((finding) => finding.code)).not.toContain('deleted-migration');
  });

  it('starts no database when nothing is under test', async () => {
    const report = await verify({});
    expect(report).toMatchObject({ ok: true, provider: 'none', scopes: [] });
  });

  it('leaves no database behind, after passing and after failing runs', async () => {
    expect(createdDatabases.length).toBeGreaterThan(10);
    const left = await adminQuery<{ datname: string }>('SELECT datname FROM pg_database WHERE datname = ANY($1)', [createdDatabases]);
    expect(left.rows).toEqual([]);
  });
});

describe('verify command', () => {
  it('exits 1 on a failing migration and prints the finding with its place', async () => {
    const dir = migrationDir({
      'master/001_create_users.sql': CREATE_USERS,
      'master/002_add_email_verified.sql': headerMigration(ADD_EMAIL_VERIFIED_UP, 'SELECT 1;'),
    });
    dirs.push(dir);
    const result = await cli(['verify', '--dir', dir, '--quiet'], { env: { TENANT_MIGRATE_EPHEMERAL_URL: serverUrl() } });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      `${join(dir, 'master/002_add_email_verified.sql')}:9: error: column users.email_verified still exists after DOWN [not-reversible]`,
    );
  });

  it('exits 0 and writes a markdown report for a pull request comment', async () => {
    const dir = migrationDir({ 'master/001_create_users.sql': CREATE_USERS });
    dirs.push(dir);
    const output = join(dir, 'verify.md');
    const result = await cli([
      'verify',
      '--dir',
      dir,
      '--ephemeral',
      'server',
      '--ephemeral-url',
      serverUrl(),
      '--format',
      'markdown',
      '--output',
      output,
    ]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('master: 001_create_users passed');
    const { readFileSync } = await import('node:fs');
    const markdown = readFileSync(output, 'utf8');
    expect(markdown).toContain('### ✅ tenant-migrate verify: 1 migration verified: 1 passed');
    expect(markdown).toContain('| master | `001_create_users` | ✅ passed | yes | yes |');
  });

  it('refuses --ephemeral server without a URL, with a hint', async () => {
    const dir = migrationDir({ 'master/001_create_users.sql': CREATE_USERS });
    dirs.push(dir);
    const result = await cli(['verify', '--dir', dir, '--ephemeral', 'server'], { env: { TENANT_MIGRATE_EPHEMERAL_URL: '' } });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('[EPHEMERAL_URL_MISSING]');
    expect(result.stderr).toContain('hint: pass --ephemeral-url');
  });
});
