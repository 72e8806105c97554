/** `tenant-migrate create`: the file a user expects, read back by `show --json`. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { createTestDatabase, queryDatabase } from '../support/database.js';

const TODAY = new Date().toISOString().slice(0, 10);
const GOOSE = '-- +goose Up\nSELECT 1;\n-- +goose Down\nSELECT 1;\n';
const HEADER = '-- ==================== UP ====================\nSELECT 1;\n-- ==================== DOWN ====================\nSELECT 1;\n';

/** A git repository with an author configured, and its migrations directory (not created yet). */
function project(files: Record<string, string> = {}) {
  const root = mkdtempSync(join(tmpdir(), 'tm-create-'));
  execFileSync('git', ['init', '-q', root]);
  execFileSync('git', ['config', 'user.name', 'Jane Doe'], { cwd: root });
  execFileSync('git', ['config', 'user.email', 'jane@example.com'], { cwd: root });
  const dir = join(root, 'migrations');
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

async function create(dir: string, ...args: string[]) {
  const result = await cli(['create', ...args, '--dir', dir]);
  const path = /^created (.+)$/m.exec(result.stdout)?.[1];
  return { ...result, path };
}

async function showJson(path: string) {
  const result = await cli(['show', path, '--json']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
}

describe('create', () => {
  it('in an empty directory: 001, header format, scope both, author from git, and show reads it back', async () => {
    const dir = project();
    const result = await create(dir, 'Add email verification to users');
    expect(result.code).toBe(0);
    expect(result.path).toBe(join(dir, '001_add_email_verification_to_users.sql'));
    const shown = await showJson(result.path as string);
    expect(shown).toMatchObject({
      version: 1,
      versionText: '001',
      name: '001_add_email_verification_to_users',
      format: 'header',
      scope: 'both',
      transaction: true,
    });
    expect(shown.header).toEqual({
      migration: '001_add_email_verification_to_users',
      version: '001',
      description: 'Add email verification to users',
      author: 'Jane Doe <jane@example.com>',
      date: TODAY,
      scope: 'both',
    });
    expect(shown.down).toEqual([]);
  });

  it('with 001_ files: next is 002, padded to 3, in the folder of the scope', async () => {
    const dir = project({ 'tenant/001_tags.sql': HEADER, 'tenant/002_more.sql': HEADER, 'master/007_x.sql': HEADER });
    const result = await create(
      dir,
      'add tag colors',
      '--scope',
      'tenant',
      '--template',
      'add-column',
      '--table',
      'tags',
      '--column',
      'color',
    );
    expect(result.path).toBe(join(dir, 'tenant', '003_add_tag_colors.sql'));
    const shown = await showJson(result.path as string);
    expect(shown).toMatchObject({ version: 3, scope: 'tenant', format: 'header', header: { scope: 'tenant', version: '003' } });
    expect(shown.up.map((statement: { sql: string }) => statement.sql)).toContain('ALTER TABLE tags ADD COLUMN IF NOT EXISTS color TEXT');
    expect(shown.down.map((statement: { sql: string }) => statement.sql)).toContain('ALTER TABLE tags DROP COLUMN IF EXISTS color');
  });

  it('with 0005_ files: next is 0006; a both/ file counts in every timeline', async () => {
    const dir = project({ 'master/0004_a.sql': HEADER, 'both/0005_b.sql': HEADER, 'tenant/0002_c.sql': HEADER });
    expect((await create(dir, 'master step', '--scope', 'master')).path).toBe(join(dir, 'master', '0006_master_step.sql'));
    expect((await create(dir, 'tenant step', '--scope', 'tenant')).path).toBe(join(dir, 'tenant', '0006_tenant_step.sql'));
    expect((await create(dir, 'both step', '--scope', 'both')).path).toBe(join(dir, 'both', '0007_both_step.sql'));
  });

  it('reuses host/ for --scope master, and writes Scope: host as the folder says', async () => {
    const dir = project({ 'host/001_a.sql': HEADER, 'tenant/001_b.sql': HEADER });
    const result = await create(dir, 'plans', '--scope', 'master');
    expect(result.path).toBe(join(dir, 'host', '002_plans.sql'));
    expect(existsSync(join(dir, 'master'))).toBe(false);
    const shown = await showJson(result.path as string);
    expect(shown).toMatchObject({ scope: 'master', header: { scope: 'host' } });
  });

  it('in a flat goose directory: goose format, same padding, no --scope needed; --scope master is refused', async () => {
    const dir = project({ '00001_init.sql': GOOSE, '00002_users.sql': GOOSE });
    const result = await create(dir, 'add orders', '--template', 'create-table', '--table', 'orders');
    expect(result.code).toBe(0);
    expect(result.path).toBe(join(dir, '00003_add_orders.sql'));
    const shown = await showJson(result.path as string);
    expect(shown).toMatchObject({ version: 3, format: 'goose', scope: 'both', transaction: true });
    expect(shown.up.map((statement: { sql: string }) => statement.sql.split('\n')[0])).toEqual([
      'CREATE TABLE IF NOT EXISTS orders (',
      'CREATE INDEX IF NOT EXISTS idx_orders_created_at ON orders (created_at)',
    ]);
    expect(shown.down.map((statement: { sql: string }) => statement.sql)).toEqual([
      'DROP INDEX IF EXISTS idx_orders_created_at',
      'DROP TABLE IF EXISTS orders',
    ]);
    const refused = await create(dir, 'other', '--scope', 'master');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('FLAT_DIRECTORY');
  });

  it('add-index runs outside a transaction in both formats', async () => {
    const goose = await create(
      project(),
      'index orders',
      '--format',
      'goose',
      '--template',
      'add-index',
      '--table',
      'orders',
      '--column',
      'customer_id',
    );
    expect(await showJson(goose.path as string)).toMatchObject({ format: 'goose', transaction: false });
    const header = await create(project(), 'index orders', '--template', 'add-index', '--table', 'orders', '--column', 'customer_id');
    expect(await showJson(header.path as string)).toMatchObject({ format: 'header', transaction: false, header: { transaction: 'none' } });
  });

  it('--timestamp gives a 14-digit UTC version, and timestamps stay timestamps', async () => {
    const dir = project();
    const before = Number(new Date().toISOString().replace(/\D/g, '').slice(0, 14));
    const first = await create(dir, 'stamped', '--timestamp');
    const version = /(\d{14})_stamped\.sql$/.exec(first.path as string)?.[1];
    expect(version).toBeDefined();
    expect(Number(version)).toBeGreaterThanOrEqual(before);
    const second = await create(dir, 'stamped again');
    const next = /(\d+)_stamped_again\.sql$/.exec(second.path as string)?.[1];
    expect(next).toHaveLength(14);
    expect(Number(next)).toBeGreaterThan(Number(version));
  });

  it('--scope is required when there are scope folders', async () => {
    const result = await create(project({ 'tenant/001_a.sql': HEADER }), 'something');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('SCOPE_REQUIRED');
  });

  it.each([[''], ['///'], ['123'], ['..'], ['a/b']])('refuses the description %j and writes nothing', async (description) => {
    const dir = project({ 'x.txt': '' });
    const result = await create(dir, description);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('BAD_DESCRIPTION');
    expect(readdirSync(dir)).toEqual(['x.txt']);
  });

  it('never overwrites: FILE_EXISTS when the target path is taken, and nothing changes', async () => {
    const dir = project({ 'tenant/001_a.sql': HEADER });
    // Something that is not a migration file already sits at the path create wants.
    mkdirSync(join(dir, 'tenant', '002_same.sql'));
    writeFileSync(join(dir, 'tenant', '002_same.sql', 'keep'), 'mine');
    const result = await create(dir, 'same', '--scope', 'tenant');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('FILE_EXISTS');
    expect(result.stderr).toContain(join(dir, 'tenant', '002_same.sql'));
    expect(readFileSync(join(dir, 'tenant', '002_same.sql', 'keep'), 'utf8')).toBe('mine');
    expect(readdirSync(join(dir, 'tenant')).sort()).toEqual(['001_a.sql', '002_same.sql']);
  });

  it('refuses --template create-table for a table an earlier migration of the timeline creates: TABLE_EXISTS, nothing written', async () => {
    const orders = '-- +goose Up\nCREATE TABLE IF NOT EXISTS orders (id BIGINT);\n-- +goose Down\nDROP TABLE IF EXISTS orders;\n';
    const dir = project({ 'both/001_orders.sql': orders, 'master/001_accounts.sql': orders.replace(/orders/g, 'accounts') });
    const result = await create(dir, 't create-table', '--scope', 'tenant', '--template', 'create-table', '--table', 'public.orders');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('TABLE_EXISTS');
    expect(result.stderr).toContain('001_orders.sql already creates table public.orders; nothing was written');
    expect(result.stderr).toContain('--template add-column');
    expect(existsSync(join(dir, 'tenant'))).toBe(false);
    // Another timeline's table, or one an earlier migration dropped, is not in the way.
    expect((await create(dir, 'accounts', '--scope', 'tenant', '--template', 'create-table', '--table', 'accounts')).code).toBe(0);
    writeFileSync(join(dir, 'both', '003_drop.sql'), '-- +goose Up\nDROP TABLE IF EXISTS orders;\n-- +goose Down\nSELECT 1;\n');
    expect((await create(dir, 'orders again', '--scope', 'tenant', '--template', 'create-table', '--table', 'orders')).code).toBe(0);
  });

  it('quotes a keyword table: --table user writes "user", and the file parses', async () => {
    const dir = project();
    const result = await create(dir, 'add users', '--template', 'create-table', '--table', 'user');
    expect(result.code).toBe(0);
    const shown = await showJson(result.path as string);
    expect(shown.up.map((statement: { sql: string }) => statement.sql.split('\n')[0])).toEqual([
      'CREATE TABLE IF NOT EXISTS "user" (',
      'CREATE INDEX IF NOT EXISTS idx_user_created_at ON "user" (created_at)',
    ]);
    expect(shown.down.map((statement: { sql: string }) => statement.sql)).toEqual([
      'DROP INDEX IF EXISTS idx_user_created_at',
      'DROP TABLE IF EXISTS "user"',
    ]);
  });

  it("keeps a schema-qualified table, names the index from the bare table and drops it in the table's schema", async () => {
    const dir = project();
    const result = await create(dir, 'index email', '--template', 'add-index', '--table', 'public.users', '--column', 'email');
    expect(result.code).toBe(0);
    const shown = await showJson(result.path as string);
    // Outside a transaction, a plain SET: SET LOCAL would do nothing there (lint asks for the timeout).
    expect(shown.up.map((statement: { sql: string }) => statement.sql)).toEqual([
      "SET statement_timeout = '30min'",
      'CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_users_email ON public.users (email)',
    ]);
    expect(shown.down.map((statement: { sql: string }) => statement.sql)).toEqual([
      'DROP INDEX CONCURRENTLY IF EXISTS public.idx_users_email',
    ]);
  });

  it('add-column quotes a column with a space and sets lock_timeout for its transaction only (SET LOCAL)', async () => {
    const dir = project();
    const result = await create(dir, 'add full name', '--template', 'add-column', '--table', 'users', '--column', 'full name');
    expect(result.code).toBe(0);
    const shown = await showJson(result.path as string);
    expect(shown.up.map((statement: { sql: string }) => statement.sql)).toEqual([
      "SET LOCAL lock_timeout = '5s'",
      'ALTER TABLE users ADD COLUMN IF NOT EXISTS "full name" TEXT',
    ]);
    expect(shown.down.map((statement: { sql: string }) => statement.sql)).toEqual([
      "SET LOCAL lock_timeout = '5s'",
      'ALTER TABLE users DROP COLUMN IF EXISTS "full name"',
    ]);
  });

  it('the scaffolds with awkward names run on PostgreSQL, UP then DOWN', async () => {
    const dir = project();
    const table = ['--table', 'Sales.order'];
    const files = [
      await create(dir, 'orders', '--template', 'create-table', ...table),
      await create(dir, 'order note', '--template', 'add-column', ...table, '--column', 'Note Text'),
      await create(dir, 'order note index', '--template', 'add-index', ...table, '--column', 'Note Text'),
    ];
    const database = await createTestDatabase('create_names');
    try {
      await queryDatabase(database.url, 'CREATE SCHEMA "Sales"');
      const sections = await Promise.all(files.map((file) => showJson(file.path as string)));
      const run = async (statements: Array<{ sql: string }>, transaction: boolean) => {
        const sql = statements.map((statement) => statement.sql).join(';\n');
        if (transaction) return void (await queryDatabase(database.url, `BEGIN;\n${sql};\nCOMMIT`));
        // As the runner runs a NO TRANSACTION file: statement by statement (several in one query are one implicit transaction).
        for (const statement of statements) await queryDatabase(database.url, statement.sql);
      };
      for (const shown of sections) await run(shown.up, shown.transaction);
      const index = await queryDatabase(
        database.url,
        "SELECT indexname FROM pg_indexes WHERE schemaname = 'Sales' AND tablename = 'order' ORDER BY indexname",
      );
      expect(index.rows.map((row) => row.indexname)).toEqual(['idx_order_created_at', 'idx_order_note_text', 'order_pkey']);
      for (const shown of sections.reverse()) await run(shown.down, shown.transaction);
      const left = await queryDatabase(
        database.url,
        'SELECT count(*)::int AS n FROM pg_class WHERE relnamespace = \'"Sales"\'::regnamespace',
      );
      expect(left.rows[0].n).toBe(0);
    } finally {
      await database.drop();
    }
  });

  it.each([
    ['--table', 'a.b.c'],
    ['--table', 'public.'],
    ['--column', 'users.email'],
  ])('refuses %s %j and writes nothing', async (option, value) => {
    const dir = project({ 'x.txt': '' });
    const result = await create(dir, 'bad name', '--template', 'add-column', option, value);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('BAD_IDENTIFIER');
    expect(readdirSync(dir)).toEqual(['x.txt']);
  });

  it('refuses to write a scaffold that does not parse', async () => {
    const dir = project({ '001_a.sql': GOOSE });
    // The goose scaffold's first line is "-- <description>": this one reads as an annotation.
    const result = await create(dir, '+goose Down');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('SCAFFOLD_UNPARSABLE');
    expect(result.stderr).toContain('nothing was written');
    expect(readdirSync(dir)).toEqual(['001_a.sql']);
  });

  it('--help shows the description without a made-up default, and explains --table quoting', async () => {
    const help = await cli(['create', '--help']);
    expect(help.code).toBe(0);
    const line = help.stdout.split('\n').find((text) => text.trimStart().startsWith('description'));
    expect(line).toBeDefined();
    expect(help.stdout).not.toContain('[default: []]');
    expect(help.stdout).toMatch(/--table +table for the template SQL, as name or schema\.name/);
    const missing = await cli(['create', '--dir', project()]);
    expect(missing.code).toBe(2);
  });

  it('counts versions of files it cannot read (not UTF-8), so it never reuses one', async () => {
    const dir = project({ 'tenant/001_a.sql': HEADER });
    writeFileSync(join(dir, 'tenant', '002_latin1.sql'), Buffer.from([0x2d, 0x2d, 0x20, 0xe9, 0x0a]));
    expect((await create(dir, 'next one', '--scope', 'tenant')).path).toBe(join(dir, 'tenant', '003_next_one.sql'));
  });

  it("goose's create NAME sql: a goose-format file named NAME, the type word not in the name", async () => {
    const dir = project();
    const result = await create(dir, 'add_users', 'sql');
    expect(result.code).toBe(0);
    expect(result.path).toBe(join(dir, '001_add_users.sql'));
    expect(await showJson(result.path as string)).toMatchObject({ name: '001_add_users', format: 'goose' });
    // --format still decides, and a longer description that ends in "sql" is only a description.
    expect((await create(dir, 'add_roles', 'sql', '--format', 'header')).path).toBe(join(dir, '002_add_roles.sql'));
    expect((await create(dir, 'move', 'to', 'plain', 'sql')).path).toBe(join(dir, '003_move_to_plain_sql.sql'));
  });

  it("goose's create NAME go: refused with what to type instead, nothing written (exit 2)", async () => {
    const dir = project({ 'tenant/001_a.sql': GOOSE });
    const result = await create(dir, 'add_users', 'go', '--scope', 'tenant');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("goose's Go migrations are not supported");
    expect(result.stderr).toContain('hint: write it in SQL: tenant-migrate create add_users sql');
    expect(readdirSync(join(dir, 'tenant'))).toEqual(['001_a.sql']);
  });
});
