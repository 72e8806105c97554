/** create-existing-table: CREATE TABLE IF NOT EXISTS of a table an earlier migration made is a no-op, and is flagged. */
import { describe, expect, it } from 'vitest';
import { parseStatements } from '../../../src/sql/parser.js';
import { headerFile, lintFiles, lintSql, ofRule } from '../helpers.js';

const only = ['create-existing-table'];
const findings = async (sql: string, earlier: string[], options: { down?: string } = {}) =>
  (await lintSql(sql, { only, earlier, ...options })).findings;
const messages = async (sql: string, earlier: string[]) => (await findings(sql, earlier)).map((finding) => finding.message);

const ORDERS = 'CREATE TABLE IF NOT EXISTS orders (id BIGSERIAL PRIMARY KEY);';

describe('create-existing-table: flagged', () => {
  it('names the earlier migration that made the table, and hints ALTER TABLE ... ADD COLUMN IF NOT EXISTS of the column it adds', async () => {
    const [finding] = await findings('CREATE TABLE IF NOT EXISTS orders (id BIGSERIAL PRIMARY KEY, note TEXT);', [ORDERS]);
    expect(finding.severity).toBe('error');
    expect(finding.line).toBe(2);
    expect(finding.message).toBe(
      'CREATE TABLE IF NOT EXISTS orders does nothing: 001_earlier.sql already made orders, so this column list is ignored',
    );
    expect(finding.hint).toBe(
      'to change the table, ALTER it: ALTER TABLE orders ADD COLUMN IF NOT EXISTS note TEXT; (or ALTER COLUMN); drop this CREATE',
    );
  });

  it('names the migration that made it, not a later one that only changed it, and follows a RENAME', async () => {
    const earlier = [ORDERS, 'ALTER TABLE orders ADD COLUMN IF NOT EXISTS note TEXT;', 'ALTER TABLE orders RENAME TO purchases;'];
    expect(await messages('CREATE TABLE IF NOT EXISTS purchases (id BIGINT);', earlier)).toEqual([
      'CREATE TABLE IF NOT EXISTS purchases does nothing: 001_earlier.sql already made purchases, so this column list is ignored',
    ]);
  });

  it('matches with or without the schema, and quotes a name that needs it: the hint is SQL that runs', async () => {
    expect(await messages('CREATE TABLE IF NOT EXISTS public.orders (id BIGINT);', [ORDERS])).toHaveLength(1);
    expect(
      await messages('CREATE TABLE IF NOT EXISTS orders (id BIGINT);', ['CREATE TABLE IF NOT EXISTS public.orders (id BIGINT);']),
    ).toHaveLength(1);
    const [finding] = await findings('CREATE TABLE IF NOT EXISTS "user" (id BIGINT, email TEXT);', [
      'CREATE TABLE IF NOT EXISTS "user" (id BIGINT);',
    ]);
    expect(finding.message).toBe(
      'CREATE TABLE IF NOT EXISTS "user" does nothing: 001_earlier.sql already made "user", so this column list is ignored',
    );
    const pasted = /ALTER TABLE .*?;/.exec(finding.hint ?? '')?.[0] ?? '';
    expect(pasted).toBe('ALTER TABLE "user" ADD COLUMN IF NOT EXISTS email TEXT;');
    expect(() => parseStatements(pasted)).not.toThrow();
    const [mixed] = await messages('CREATE TABLE IF NOT EXISTS billing."Invoices" (id BIGINT);', [
      'CREATE TABLE IF NOT EXISTS billing."Invoices" (id BIGINT);',
    ]);
    expect(mixed).toContain('CREATE TABLE IF NOT EXISTS billing."Invoices" does nothing');
  });

  it('flags it in a header-format file of a real project, at its line, naming the earlier file', async () => {
    const result = await lintFiles({
      'migrations/tenant/001_orders.sql': headerFile(ORDERS, 'DROP TABLE IF EXISTS orders;', { Migration: '001_orders', Version: '001' }),
      'migrations/tenant/002_note.sql': headerFile(
        'CREATE TABLE IF NOT EXISTS orders (id BIGSERIAL PRIMARY KEY, note TEXT);',
        'SELECT 1;',
        {
          Migration: '002_note',
          Version: '002',
        },
      ),
    });
    const found = ofRule(result, 'create-existing-table');
    expect(found.map((finding) => `${finding.file}:${finding.line}:${finding.column}`)).toEqual(['migrations/tenant/002_note.sql:9:1']);
    expect(found[0].message).toContain('001_orders.sql already made orders');
  });
});

describe('create-existing-table: not flagged', () => {
  it('when no earlier migration made the table, or one dropped it since, or renamed it away', async () => {
    expect(await messages('CREATE TABLE IF NOT EXISTS orders (id BIGINT);', [])).toEqual([]);
    expect(await messages('CREATE TABLE IF NOT EXISTS orders (id BIGINT);', ['CREATE TABLE IF NOT EXISTS customers (id BIGINT);'])).toEqual(
      [],
    );
    expect(await messages('CREATE TABLE IF NOT EXISTS orders (id BIGINT);', [ORDERS, 'DROP TABLE IF EXISTS orders;'])).toEqual([]);
    expect(await messages('CREATE TABLE IF NOT EXISTS orders (id BIGINT);', [ORDERS, 'ALTER TABLE orders RENAME TO orders_old;'])).toEqual(
      [],
    );
  });

  it('when this UP drops it first, makes it in another schema, makes a temporary table, or only in DOWN', async () => {
    expect(await messages('DROP TABLE IF EXISTS orders;\nCREATE TABLE IF NOT EXISTS orders (id BIGINT);', [ORDERS])).toEqual([]);
    expect(
      await messages('CREATE TABLE IF NOT EXISTS audit.orders (id BIGINT);', ['CREATE TABLE IF NOT EXISTS billing.orders (id BIGINT);']),
    ).toEqual([]);
    expect(await messages('CREATE TEMP TABLE IF NOT EXISTS orders (id BIGINT) ON COMMIT DROP;', [ORDERS])).toEqual([]);
    expect(await findings('SELECT 1;', [ORDERS], { down: 'CREATE TABLE IF NOT EXISTS orders (id BIGINT);' })).toEqual([]);
  });

  it('when the earlier migration is of another timeline: a master table is not a tenant one', async () => {
    const result = await lintFiles({
      'migrations/master/001_orders.sql': headerFile(ORDERS, 'DROP TABLE IF EXISTS orders;', {
        Migration: '001_orders',
        Version: '001',
        Scope: 'master',
      }),
      'migrations/tenant/002_orders.sql': headerFile(ORDERS, 'DROP TABLE IF EXISTS orders;', { Migration: '002_orders', Version: '002' }),
    });
    expect(ofRule(result, 'create-existing-table')).toEqual([]);
  });
});

describe('create-existing-table: the hint names the columns the earlier table lacks, as this CREATE writes them', () => {
  const hintOf = async (sql: string, earlier: string[]) => {
    const found = await findings(sql, earlier);
    expect(found).toHaveLength(1);
    return found[0].hint ?? '';
  };
  /** The ALTER the hint shows, which must parse (it is meant to be pasted). */
  const alterOf = (hint: string) => {
    const sql = /ALTER TABLE .*?; \(or ALTER COLUMN\)/.exec(hint)?.[0].replace(/ \(or ALTER COLUMN\)$/, '') ?? '';
    expect(sql, hint).not.toBe('');
    expect(() => parseStatements(sql)).not.toThrow();
    return sql;
  };

  it('the trial: transactions + category VARCHAR(64), "user" + locale with a default, "Order Items" + "Note Text"', async () => {
    const transactions = 'CREATE TABLE IF NOT EXISTS transactions (id SERIAL PRIMARY KEY, amount NUMERIC(10, 2));';
    expect(
      alterOf(
        await hintOf('CREATE TABLE IF NOT EXISTS transactions (id SERIAL PRIMARY KEY, amount NUMERIC(10, 2), category VARCHAR(64));', [
          transactions,
        ]),
      ),
    ).toBe('ALTER TABLE transactions ADD COLUMN IF NOT EXISTS category VARCHAR(64);');
    expect(
      alterOf(
        await hintOf(`CREATE TABLE IF NOT EXISTS "user" (id INT, locale TEXT NOT NULL DEFAULT 'en');`, ['CREATE TABLE "user" (id INT);']),
      ),
    ).toBe(`ALTER TABLE "user" ADD COLUMN IF NOT EXISTS locale TEXT NOT NULL DEFAULT 'en';`);
    expect(
      alterOf(
        await hintOf('CREATE TABLE IF NOT EXISTS "Order Items" (id INT,\n    "Note Text"     TEXT\n);', [
          'CREATE TABLE "Order Items" (id INT);',
        ]),
      ),
    ).toBe('ALTER TABLE "Order Items" ADD COLUMN IF NOT EXISTS "Note Text" TEXT;');
  });

  it('several new columns in one ALTER; commas and parentheses inside strings and types do not cut a definition', async () => {
    const sql = `CREATE TABLE IF NOT EXISTS orders (id BIGSERIAL PRIMARY KEY, note TEXT DEFAULT 'a, (b)', total NUMERIC(12, 2) CHECK (total > 0));`;
    expect(alterOf(await hintOf(sql, [ORDERS]))).toBe(
      `ALTER TABLE orders ADD COLUMN IF NOT EXISTS note TEXT DEFAULT 'a, (b)', ADD COLUMN IF NOT EXISTS total NUMERIC(12, 2) CHECK (total > 0);`,
    );
  });

  it('slices by character, not byte, after non-ASCII text in the statement and in an earlier one', async () => {
    const sql = `SELECT 'überall';\nCREATE TABLE IF NOT EXISTS orders (id BIGSERIAL PRIMARY KEY, "größe" TEXT DEFAULT 'ö', zone TEXT);`;
    expect(alterOf(await hintOf(sql, [ORDERS]))).toBe(
      `ALTER TABLE orders ADD COLUMN IF NOT EXISTS "größe" TEXT DEFAULT 'ö', ADD COLUMN IF NOT EXISTS zone TEXT;`,
    );
  });

  it('a definition with a comment in it is named, not copied', async () => {
    const sql = 'CREATE TABLE IF NOT EXISTS orders (id BIGSERIAL PRIMARY KEY, note TEXT /* free text */, zone TEXT -- where\n);';
    expect(await hintOf(sql, [ORDERS])).toContain(
      'ALTER TABLE orders ADD COLUMN IF NOT EXISTS note column_type, ADD COLUMN IF NOT EXISTS zone column_type;',
    );
  });

  it('knows the columns later migrations added, dropped or renamed, and follows a table RENAME', async () => {
    const earlier = [
      'CREATE TABLE orders (id INT, old_name TEXT, gone TEXT);',
      'ALTER TABLE orders ADD COLUMN IF NOT EXISTS email TEXT, DROP COLUMN gone;',
      'ALTER TABLE orders RENAME COLUMN old_name TO name;',
      'ALTER TABLE orders RENAME TO purchases;',
    ];
    expect(
      alterOf(await hintOf('CREATE TABLE IF NOT EXISTS purchases (id INT, name TEXT, email TEXT, gone TEXT, extra INT);', earlier)),
    ).toBe('ALTER TABLE purchases ADD COLUMN IF NOT EXISTS gone TEXT, ADD COLUMN IF NOT EXISTS extra INT;');
  });

  it('compares column names exactly: "Email" is a new column beside email', async () => {
    expect(
      alterOf(
        await hintOf('CREATE TABLE IF NOT EXISTS orders (id INT, "Email" TEXT, EMAIL TEXT);', [
          'CREATE TABLE orders (id INT, email TEXT);',
        ]),
      ),
    ).toBe('ALTER TABLE orders ADD COLUMN IF NOT EXISTS "Email" TEXT;');
  });

  it('no new column: says so; columns not known (CREATE TABLE AS, LIKE): the placeholder', async () => {
    expect(await hintOf('CREATE TABLE IF NOT EXISTS orders (id BIGINT);', [ORDERS])).toBe(
      'to change the table, ALTER it: ALTER TABLE orders ALTER COLUMN ... for what differs (it has every column listed here already); drop this CREATE',
    );
    const placeholder =
      'to change the table, ALTER it: ALTER TABLE orders ADD COLUMN IF NOT EXISTS column_name column_type; (or ALTER COLUMN); drop this CREATE';
    expect(await hintOf('CREATE TABLE IF NOT EXISTS orders (id BIGINT, x INT);', ['CREATE TABLE orders AS SELECT 1 AS id;'])).toBe(
      placeholder,
    );
    expect(
      await hintOf('CREATE TABLE IF NOT EXISTS orders (id BIGINT, x INT);', [
        'CREATE TABLE base (id INT);',
        'CREATE TABLE orders (LIKE base);',
      ]),
    ).toBe(placeholder);
  });

  it('in a goose StatementBegin/End block of several statements, slices the CREATE of its own node', async () => {
    const sql =
      '-- +goose StatementBegin\nSELECT 1;\nCREATE TABLE IF NOT EXISTS orders (id BIGSERIAL PRIMARY KEY, zone TEXT);\n-- +goose StatementEnd';
    expect(alterOf(await hintOf(sql, [ORDERS]))).toBe('ALTER TABLE orders ADD COLUMN IF NOT EXISTS zone TEXT;');
  });
});
