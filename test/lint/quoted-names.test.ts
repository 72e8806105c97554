/**
 * Names in findings as SQL writes them: a reserved word (`"user"`, `"order"`), mixed case or a
 * space is quoted in messages and hints, so the SQL a hint shows runs when pasted; a plain name
 * (orders) stays bare. --fix edits next to quoted names keep them whole.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { applySafeFixes } from '../../src/lint/apply-fixes.js';
import { loadParser, parseStatements } from '../../src/sql/parser.js';
import { quoteIdentifier, quoteQualified } from '../../src/sql/quote.js';
import { lintSql } from './helpers.js';

beforeAll(() => loadParser());

const LOCK = "SET lock_timeout = '5s';";
const of = async (rule: string, sql: string, earlier: string[] = []) =>
  (await lintSql(`${LOCK}\n${sql}`, { only: [rule], earlier })).findings;

/** The SQL statements a hint shows, from `pattern` to its semicolon: each must parse. */
function pastedSql(hint: string | undefined, pattern: RegExp): string {
  const sql = pattern.exec(hint ?? '')?.[0] ?? '';
  expect(sql, `no SQL in: ${hint}`).not.toBe('');
  expect(() => parseStatements(sql)).not.toThrow();
  return sql;
}

describe('quoteIdentifier: as PostgreSQL quote_ident', () => {
  it('leaves plain lower-case names and unreserved keywords bare', () => {
    for (const name of ['orders', 'users_2', '_tmp', 'name', 'action', 'data', 'a$b']) expect(quoteIdentifier(name)).toBe(name);
  });

  it('quotes reserved and column-name keywords, case, spaces, a leading digit, and doubles quotes inside', () => {
    expect(quoteIdentifier('user')).toBe('"user"');
    expect(quoteIdentifier('order')).toBe('"order"');
    expect(quoteIdentifier('select')).toBe('"select"');
    expect(quoteIdentifier('int')).toBe('"int"');
    expect(quoteIdentifier('Orders')).toBe('"Orders"');
    expect(quoteIdentifier('order items')).toBe('"order items"');
    expect(quoteIdentifier('1st')).toBe('"1st"');
    expect(quoteIdentifier('say "hi"')).toBe('"say ""hi"""');
    expect(quoteQualified('billing', 'user')).toBe('billing."user"');
    expect(quoteQualified(undefined, 'Orders')).toBe('"Orders"');
  });
});

describe('messages and hints quote names that need it', () => {
  it('set-not-null: ALTER TABLE "user" reads "user", plain names stay bare', async () => {
    const [quoted] = await of('set-not-null', 'ALTER TABLE "user" ALTER COLUMN "Email" SET NOT NULL;');
    expect(quoted.message).toBe('SET NOT NULL on "user"."Email" scans the table under an ACCESS EXCLUSIVE lock');
    expect(quoted.hint).toContain('CHECK ("Email" IS NOT NULL) NOT VALID');
    const [plain] = await of('set-not-null', 'ALTER TABLE orders ALTER COLUMN email SET NOT NULL;');
    expect(plain.message).toBe('SET NOT NULL on orders.email scans the table under an ACCESS EXCLUSIVE lock');
  });

  it('require-idempotent: ADD CONSTRAINT hint is SQL that runs: identifiers quoted, the pg_constraint lookup as string literals', async () => {
    const [finding] = await of('require-idempotent', 'ALTER TABLE "order" ADD CONSTRAINT "Order_Total" CHECK (total > 0) NOT VALID;');
    expect(finding.message).toContain('ADD CONSTRAINT "Order_Total" (in UP)');
    expect(finding.hint).toContain(`conname = 'Order_Total' AND conrelid = '"order"'::regclass`);
    expect(pastedSql(finding.hint, /ALTER TABLE "order" DROP CONSTRAINT IF EXISTS .*?;/)).toBe(
      'ALTER TABLE "order" DROP CONSTRAINT IF EXISTS "Order_Total";',
    );
    const [plain] = await of('require-idempotent', 'ALTER TABLE orders ADD CONSTRAINT orders_total CHECK (total > 0) NOT VALID;');
    expect(plain.hint).toContain("conname = 'orders_total' AND conrelid = 'orders'::regclass");
  });

  it('require-idempotent: DROP, ADD COLUMN, DROP COLUMN, DROP CONSTRAINT and a role name quoted', async () => {
    const [drop] = await of('require-idempotent', 'DROP TABLE "user", orders;');
    expect(drop.message).toBe('DROP TABLE "user", orders without IF EXISTS (in UP) fails when it runs twice');
    expect(pastedSql(drop.hint, /DROP TABLE .*/)).toBe('DROP TABLE IF EXISTS "user", orders');
    const alter = await of('require-idempotent', 'ALTER TABLE "user" ADD COLUMN "Email" TEXT, DROP COLUMN "order", DROP CONSTRAINT "Pk";');
    expect(alter.map((finding) => finding.hint)).toEqual([
      'write ADD COLUMN IF NOT EXISTS "Email"',
      'write DROP COLUMN IF EXISTS "order"',
      'write DROP CONSTRAINT IF EXISTS "Pk"',
    ]);
    const [role] = await of('require-idempotent', 'CREATE ROLE "Reporting";');
    expect(role.message).toContain('CREATE ROLE "Reporting"');
    pastedSql(role.hint, /DO \$\$ .*? END \$\$;/);
    expect(role.hint).toContain(`WHERE rolname = 'Reporting') THEN CREATE ROLE "Reporting";`);
    const [value] = await of('require-idempotent', `ALTER TYPE "Mood" ADD VALUE 'it''s';`);
    expect(pastedSql(value.hint, /ALTER TYPE .*/)).toBe(`ALTER TYPE "Mood" ADD VALUE IF NOT EXISTS 'it''s'`);
  });

  it('destructive, rename, constraint-not-valid and require-concurrent-index quote reserved words and mixed case', async () => {
    const destructive = await of(
      'destructive',
      'DROP TABLE IF EXISTS "order";\nALTER TABLE "user" DROP COLUMN IF EXISTS "Score";\nDELETE FROM "Audit Log";',
    );
    expect(destructive.map((finding) => finding.message)).toEqual([
      'DROP TABLE "order" deletes data on every tenant',
      'DROP COLUMN "Score" deletes data in "user" on every tenant',
      'DELETE FROM "Audit Log" without WHERE deletes every row on every tenant',
    ]);
    const [rename] = await of('rename', 'ALTER TABLE "user" RENAME COLUMN name TO "fullName";');
    expect(rename.message).toBe('renaming column "user".name to "fullName" breaks code that still uses the old name while the deploy runs');
    const [validated] = await of('constraint-not-valid', 'ALTER TABLE "user" ADD CONSTRAINT "Fk" FOREIGN KEY (a) REFERENCES "order" (id);');
    expect(validated.message).toBe(
      'FOREIGN KEY constraint "Fk" on existing table "user" is validated while holding a lock that blocks writes',
    );
    expect(pastedSql(validated.hint, /ALTER TABLE .*? VALIDATE CONSTRAINT \S+/)).toBe('ALTER TABLE "user" VALIDATE CONSTRAINT "Fk"');
    const [index] = (await lintSql('CREATE INDEX IF NOT EXISTS idx ON "Orders" (a);', { only: ['require-concurrent-index'] })).findings;
    expect(index.message).toBe('CREATE INDEX on "Orders" without CONCURRENTLY blocks writes to the table while it builds');
  });

  it('destructive: a DOWN that drops a table an earlier migration made quotes it', async () => {
    const { findings } = await lintSql('SELECT 1;', {
      only: ['destructive'],
      earlier: ['CREATE TABLE IF NOT EXISTS "user" (id BIGINT);'],
      down: 'DROP TABLE IF EXISTS "user";',
    });
    expect(findings.map((finding) => finding.message)).toEqual([
      'DOWN drops table "user", which 001_earlier.sql made, not this migration: a rollback deletes it and its rows on every tenant',
    ]);
  });
});

describe('--fix next to quoted names', () => {
  it('adds IF NOT EXISTS and IF EXISTS after the keywords, keeping quoted names whole', async () => {
    const result = await lintSql(`${LOCK}\nALTER TABLE "user" ADD COLUMN "add column" TEXT, DROP COLUMN "Drop";`);
    const lines = applySafeFixes(result.text, result.findings).text.split('\n');
    expect(lines[result.firstLine]).toBe('ALTER TABLE "user" ADD COLUMN IF NOT EXISTS "add column" TEXT, DROP COLUMN IF EXISTS "Drop";');
    expect(() => parseStatements(lines[result.firstLine])).not.toThrow();
  });

  it('adds CONCURRENTLY after a quoted partition name, doubled quotes and all', async () => {
    const sql = 'ALTER TABLE "Events" DETACH PARTITION "Events ""2019""";';
    const result = await lintSql(sql, { transaction: false, only: ['require-concurrent-detach'] });
    const lines = applySafeFixes(result.text, result.findings).text.split('\n');
    expect(lines[result.firstLine - 1]).toBe('ALTER TABLE "Events" DETACH PARTITION "Events ""2019""" CONCURRENTLY;');
    expect(result.findings[0].message).toBe(
      'DETACH PARTITION "Events ""2019""" without CONCURRENTLY locks "Events" against reads and writes',
    );
  });
});
