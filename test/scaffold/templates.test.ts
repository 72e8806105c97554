/** Every scaffold, in both formats: it parses, and its DDL is idempotent (IF [NOT] EXISTS). */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseMigration } from '../../src/migrations/parse-migration.js';
import type { Statement } from '../../src/migrations/types.js';
import { scaffoldNames } from '../../src/scaffold/identifiers.js';
import { nextVersion } from '../../src/scaffold/next-version.js';
import { renderScaffold, SCAFFOLD_TEMPLATES, type ScaffoldTemplate } from '../../src/scaffold/templates.js';
import { loadParser } from '../../src/sql/parser.js';
import { lintFiles } from '../lint/helpers.js';

beforeAll(() => loadParser());

const VALUES = {
  name: '004_add_things',
  version: '004',
  description: 'Add things',
  author: 'Jane Doe <jane@example.com>',
  date: '2026-01-02',
  scopeName: 'tenant',
  table: 'things',
  column: 'colour',
  schemaPrefix: '',
  tableSlug: 'things',
  columnSlug: 'colour',
};

/** The DDL in a statement that must say IF [NOT] EXISTS to be re-runnable, and whether it does. */
function idempotence(statement: Statement): Array<[string, boolean]> {
  const found: Array<[string, boolean]> = [];
  for (const node of statement.nodes) {
    const [kind, body] = Object.entries(node)[0] as [string, Record<string, unknown>];
    if (kind === 'CreateStmt' || kind === 'IndexStmt') found.push([kind, body.if_not_exists === true]);
    if (kind === 'DropStmt') found.push([kind, body.missing_ok === true]);
    if (kind === 'AlterTableStmt') {
      for (const command of (body.cmds as Array<{ AlterTableCmd: Record<string, unknown> }>) ?? []) {
        const subtype = command.AlterTableCmd.subtype as string;
        if (subtype === 'AT_AddColumn') {
          found.push([
            subtype,
            (command.AlterTableCmd.def as { ColumnDef?: unknown }) !== undefined && command.AlterTableCmd.missing_ok === true,
          ]);
        }
        if (subtype === 'AT_DropColumn') found.push([subtype, command.AlterTableCmd.missing_ok === true]);
      }
    }
  }
  return found;
}

describe('scaffold templates', () => {
  const kinds = Object.keys(SCAFFOLD_TEMPLATES) as ScaffoldTemplate[];
  for (const format of ['header', 'goose'] as const) {
    for (const kind of kinds) {
      it(`${kind} in ${format} format parses, has UP and DOWN, and its DDL uses IF [NOT] EXISTS`, () => {
        const text = renderScaffold(format, kind, VALUES);
        const { migration, problems } = parseMigration('migrations/tenant/004_add_things.sql', Buffer.from(text), {
          folderScope: 'tenant',
        });
        expect(problems).toEqual([]);
        expect(migration?.format).toBe(format);
        expect(migration?.down).not.toBeNull();
        expect(migration?.transaction).toBe(SCAFFOLD_TEMPLATES[kind].transaction);
        const statements = [...(migration?.up.statements ?? []), ...(migration?.down?.statements ?? [])];
        if (kind === 'blank') {
          expect(statements).toEqual([]);
          expect(text).toContain('IF NOT EXISTS');
          expect(text).toContain('IF EXISTS');
        } else {
          expect(migration?.up.statements.length).toBeGreaterThan(0);
          expect(migration?.down?.statements.length).toBeGreaterThan(0);
        }
        for (const statement of statements) {
          for (const [what, ok] of idempotence(statement)) expect(ok, `${what} in ${statement.sql}`).toBe(true);
        }
        expect(text).not.toContain('{{');
        expect(text).toContain('things');
        if (format === 'header') {
          expect(Object.fromEntries(Object.entries(migration?.header ?? {}).map(([key, field]) => [key, field.value]))).toMatchObject({
            migration: '004_add_things',
            version: '004',
            description: 'Add things',
            author: 'Jane Doe <jane@example.com>',
            date: '2026-01-02',
            scope: 'tenant',
          });
        }
      });
    }
  }

  // What `create` writes, lint passes: the tool does not disagree with itself. The blank scaffold
  // alone is flagged, on its UP and its DOWN of comments only: it is there to be filled in, and
  // merged as it is it would be recorded as applied everywhere while doing nothing.
  for (const format of ['header', 'goose'] as const) {
    for (const kind of kinds) {
      it(`${kind} in ${format} format lints with no findings${kind === 'blank' ? ' but its empty UP and DOWN' : ''}`, async () => {
        const result = await lintFiles({ 'migrations/tenant/004_add_things.sql': renderScaffold(format, kind, VALUES) });
        const found = result.findings.map((finding) => `${finding.rule}: ${finding.message}`);
        expect(found).toEqual(
          kind === 'blank'
            ? [
                'file-format: the UP section has no statement: the migration would be recorded as applied on every database and change nothing',
                'require-down: the DOWN section has no statement: a rollback would do nothing',
              ]
            : [],
        );
      });
    }
  }

  it('the idempotence check can fail', () => {
    const text = '-- +goose Up\nCREATE TABLE t (id int);\nALTER TABLE t ADD COLUMN c int;\nDROP INDEX i;\n';
    const statements = parseMigration('m/001_x.sql', Buffer.from(text)).migration?.up.statements ?? [];
    expect(statements.flatMap(idempotence)).toEqual([
      ['CreateStmt', false],
      ['AT_AddColumn', false],
      ['DropStmt', false],
    ]);
  });
});

describe('scaffoldNames', () => {
  it('leaves plain names bare', () => {
    expect(scaffoldNames('users', 'email')).toEqual({
      table: 'users',
      column: 'email',
      schemaPrefix: '',
      tableSlug: 'users',
      columnSlug: 'email',
    });
  });

  it('quotes reserved and column-name keywords, but not unreserved ones', () => {
    expect(scaffoldNames('user', 'order').table).toBe('"user"');
    expect(scaffoldNames('user', 'order').column).toBe('"order"');
    expect(scaffoldNames('t', 'between').column).toBe('"between"');
    expect(scaffoldNames('t', 'left').column).toBe('"left"');
    expect(scaffoldNames('t', 'name').column).toBe('name');
    expect(scaffoldNames('t', 'x$1').column).toBe('x$1');
  });

  it('quotes upper case, spaces, a leading digit or $, and doubles quotes inside', () => {
    expect(scaffoldNames('Users', 'full name')).toMatchObject({ table: '"Users"', column: '"full name"', columnSlug: 'full_name' });
    expect(scaffoldNames('1st', '$x').table).toBe('"1st"');
    expect(scaffoldNames('1st', '$x').column).toBe('"$x"');
    expect(scaffoldNames('t', '"say ""hi"""').column).toBe('"say ""hi"""');
    expect(scaffoldNames('t', 'café').column).toBe('"café"');
  });

  it('keeps a schema-qualified table as schema.table, each part quoted as needed, the index named from the bare table', () => {
    expect(scaffoldNames('public.users', 'email')).toEqual({
      table: 'public.users',
      column: 'email',
      schemaPrefix: 'public.',
      tableSlug: 'users',
      columnSlug: 'email',
    });
    expect(scaffoldNames('Billing.user', 'x')).toMatchObject({ table: '"Billing"."user"', schemaPrefix: '"Billing".', tableSlug: 'user' });
    expect(scaffoldNames('"my.schema"."My Table"', 'x')).toMatchObject({
      table: '"my.schema"."My Table"',
      schemaPrefix: '"my.schema".',
      tableSlug: 'my_table',
    });
  });

  it('keeps index names within 63 bytes', () => {
    const names = scaffoldNames('a'.repeat(63), 'b'.repeat(63));
    expect(`idx_${names.tableSlug}_${names.columnSlug}`.length).toBeLessThanOrEqual(63);
    expect(`idx_${names.tableSlug}_created_at`.length).toBeLessThanOrEqual(63);
  });

  it.each([
    ['', 'x'],
    ['a.b.c', 'x'],
    ['public.', 'x'],
    ['.users', 'x'],
    ['"open', 'x'],
    ['"a"b', 'x'],
    ['a"b', 'x'],
    ['t', 't.c'],
    ['t', 'a\nb'],
    ['t', 'c'.repeat(64)],
  ])('refuses --table %j --column %j', (table, column) => {
    expect(() => scaffoldNames(table, column)).toThrow(expect.objectContaining({ code: 'BAD_IDENTIFIER' }));
  });
});

describe('nextVersion', () => {
  const now = new Date(Date.UTC(2026, 0, 2, 3, 4, 5));
  it('starts at 001 and pads like the newest file of the related timelines', () => {
    expect(nextVersion([], 'tenant', { now })).toBe('001');
    expect(nextVersion([{ version: 5, versionText: '0005', scope: 'tenant' }], 'tenant', { now })).toBe('0006');
    expect(nextVersion([{ version: 9, versionText: '9', scope: 'master' }], 'master', { now })).toBe('10');
    expect(
      nextVersion(
        [
          { version: 7, versionText: '007', scope: 'master' },
          { version: 2, versionText: '00002', scope: 'tenant' },
        ],
        'tenant',
        { now },
      ),
    ).toBe('00003');
    expect(
      nextVersion(
        [
          { version: 7, versionText: '007', scope: 'master' },
          { version: 2, versionText: '00002', scope: 'tenant' },
        ],
        'both',
        { now },
      ),
    ).toBe('008');
  });

  it('uses a UTC timestamp when asked, or when the newest file has one', () => {
    expect(nextVersion([], 'both', { now, timestamp: true })).toBe('20260102030405');
    expect(nextVersion([{ version: 20250101000000, versionText: '20250101000000', scope: 'both' }], 'both', { now })).toBe(
      '20260102030405',
    );
    expect(nextVersion([{ version: 20270101000000, versionText: '20270101000000', scope: 'both' }], 'both', { now })).toBe(
      '20270101000001',
    );
  });
});
