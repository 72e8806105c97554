/**
 * verify with a schema dump per scope: the master and the tenants of a fleet have different
 * schemas, so `--schema-file master=... --schema-file tenant=...` loads each into its own
 * throwaway database (one plain `--schema-file FILE` still serves both). A migration that fails on
 * a missing relation without a schema file gets a hint that says to pass one.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_TERMS } from '../../src/action/terms.js';
import { CLI_TERMS } from '../../src/cli/terms.js';
import { TenantMigrateError } from '../../src/errors.js';
import { OPTIONS } from '../../src/options/catalogue.js';
import { verifyReportInTerms } from '../../src/report/in-terms.js';
import { schemaFilesFrom } from '../../src/verify/schema-files.js';
import { verifyMigrations } from '../../src/verify/verify-migrations.js';
import { cli } from '../support/cli.js';
import { serverUrl } from '../support/database.js';

const goose = (up: string, down: string) => `-- +goose Up\n${up}\n-- +goose Down\n${down}\n`;

let project: string;
beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'tenant-migrate-schema-files-'));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(project, path)), { recursive: true });
    writeFileSync(join(project, path), text);
  };
  // Each scope alters a table that only its own production schema has.
  write(
    'migrations/master/001_plan_tier.sql',
    goose('ALTER TABLE plans ADD COLUMN IF NOT EXISTS tier text;', 'ALTER TABLE plans DROP COLUMN IF EXISTS tier;'),
  );
  write(
    'migrations/tenant/001_order_note.sql',
    goose('ALTER TABLE orders ADD COLUMN IF NOT EXISTS note text;', 'ALTER TABLE orders DROP COLUMN IF EXISTS note;'),
  );
  write('master.sql', 'CREATE TABLE public.plans (id integer PRIMARY KEY);\n');
  write('tenant.sql', 'CREATE TABLE public.orders (id integer PRIMARY KEY);\n');
  write('both.sql', 'CREATE TABLE public.plans (id integer PRIMARY KEY);\nCREATE TABLE public.orders (id integer PRIMARY KEY);\n');
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

const verify = (...args: string[]) =>
  cli(['verify', '--ephemeral', 'server', '--ephemeral-url', serverUrl(), '--quiet', ...args], { cwd: project });

describe('verify --schema-file per scope', () => {
  it('loads master=FILE into the master database and tenant=FILE into the tenant one', async () => {
    const result = await verify('--schema-file', 'master=master.sql', '--schema-file', 'tenant=tenant.sql');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('2 migrations verified: 2 passed');
  });

  it('still takes one file for both, and host= for the master', async () => {
    expect((await verify('--schema-file', 'both.sql')).code).toBe(0);
    expect((await verify('--schema-file', 'host=master.sql', '--schema-file', 'tenant=tenant.sql')).code).toBe(0);
    // A scoped file wins over the plain one for its scope.
    expect((await verify('--schema-file', 'master.sql', '--schema-file', 'tenant=tenant.sql')).code).toBe(0);
  });

  it('without a schema file for a scope, a missing relation there says to pass one, with that scope', async () => {
    const result = await verify('--schema-file', 'master=master.sql');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('✅ 001_plan_tier  passed');
    expect(result.stdout).toMatch(/migrations\/tenant\/001_order_note\.sql:2:\d+: error: UP failed: relation "orders" does not exist/);
    expect(result.stdout).toContain(
      'hint: the relation may exist in production but not in the empty throwaway database: pass a pg_dump --schema-only of the tenant database with --schema-file tenant=tenant.sql',
    );
    expect(result.stdout).not.toContain('master=master.sql');
  });

  it('a dump that already holds a migration: its DOWN finding says so, and to verify with --base', async () => {
    writeFileSync(join(project, 'applied.sql'), 'CREATE TABLE public.plans (id integer PRIMARY KEY, tier text);\n');
    const result = await verify('--schema-file', 'master=applied.sql', '--schema-file', 'tenant=tenant.sql');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/error: column plans\.tier is missing after DOWN \(it existed before UP\)/);
    expect(result.stdout).toContain(
      'hint: UP changed nothing: the schema file already holds what this migration makes (a dump of production includes the applied migrations); verify only those added since with --base',
    );
  });

  it('no hint once a schema file was given for that scope', async () => {
    const result = await verify('--schema-file', 'master=tenant.sql', '--schema-file', 'tenant=tenant.sql', '--json');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    const master = report.scopes.find((scope: { timeline: string }) => scope.timeline === 'master');
    const finding = master.migrations[0].findings[0];
    expect(finding).toMatchObject({ code: 'up-failed', message: 'UP failed: relation "plans" does not exist' });
    expect(finding.hint).toBeUndefined();
  });

  it('in the Action the hint names the schema-file input', async () => {
    const report = await verifyMigrations({ dir: join(project, 'migrations'), ephemeral: 'server', ephemeralUrl: serverUrl() });
    const hints = (terms: typeof CLI_TERMS) =>
      verifyReportInTerms(report, terms).scopes.flatMap((scope) =>
        scope.migrations.flatMap((migration) => migration.findings.map((f) => f.hint)),
      );
    expect(hints(ACTION_TERMS)).toEqual([
      expect.stringContaining('with schema-file: master=master.sql'),
      expect.stringContaining('with schema-file: tenant=tenant.sql'),
    ]);
    expect(hints(CLI_TERMS)[0]).toContain('with --schema-file master=master.sql');
  });

  it('two files for one scope are a usage error (exit 2), before any database is made', async () => {
    const result = await verify('--schema-file', 'tenant=a.sql', '--schema-file', 'tenant=b.sql');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('error: --schema-file names more than one file for tenant [BAD_OPTION]');
    expect(result.stderr).toContain(
      'hint: give one file, or one per scope: --schema-file master=master.sql and --schema-file tenant=tenant.sql',
    );
    const missing = await verify('--schema-file', 'tenant=nowhere.sql');
    expect(missing.stderr).toMatch(/cannot read the schema file nowhere\.sql: .*\[SCHEMA_FILE_NOT_FOUND\]/);
  });

  it('schemaFilesFrom: plain, scoped, host', () => {
    expect(schemaFilesFrom('dump.sql')).toEqual({ master: 'dump.sql', tenant: 'dump.sql' });
    expect(schemaFilesFrom(['host=m.sql', 'tenant=t.sql'])).toEqual({ master: 'm.sql', tenant: 't.sql' });
    expect(schemaFilesFrom(['all.sql', 'tenant=t.sql'])).toEqual({ master: 'all.sql', tenant: 't.sql' });
    expect(schemaFilesFrom(undefined)).toEqual({});
    expect(() => schemaFilesFrom(['a.sql', 'b.sql'])).toThrow(TenantMigrateError);
  });

  it("the Action's schema-file input takes one entry per line", () => {
    const entries = OPTIONS.schemaFile.parse('master=db/master.sql\ntenant=db/tenant.sql\n');
    expect(schemaFilesFrom(entries)).toEqual({ master: 'db/master.sql', tenant: 'db/tenant.sql' });
    expect(schemaFilesFrom(OPTIONS.schemaFile.parse('schema.sql'))).toEqual({ master: 'schema.sql', tenant: 'schema.sql' });
  });
});
