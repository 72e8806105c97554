import { describe, expect, it } from 'vitest';
import { lintFiles, lintSql, ofRule } from '../helpers.js';

const only = ['tenant-schema-qualified'];

describe('tenant-schema-qualified', () => {
  it('flags schema-qualified tables, functions and types in tenant and both/ migrations', async () => {
    const sql = 'CREATE TABLE IF NOT EXISTS public.invoices (id BIGINT, kind app.kind);\nSELECT app.touch();';
    const found = (await lintSql(sql, { only })).findings.map((f) => f.message.split(' ')[0]);
    expect(found).toEqual(['public.invoices', 'app.kind', 'app.touch']);
    expect((await lintSql(sql, { only, scope: 'both' })).findings).toHaveLength(3);
  });

  it('leaves alone master migrations, catalog schemas, and a fleet of databases (lint.tenancy)', async () => {
    expect((await lintSql('CREATE TABLE IF NOT EXISTS public.invoices (id BIGINT);', { only, scope: 'master' })).findings).toEqual([]);
    expect((await lintSql('SELECT pg_catalog.now(), * FROM information_schema.tables;', { only })).findings).toEqual([]);
    const files = {
      'tenant-migrate.config.json': JSON.stringify({ lint: { tenancy: 'database' } }),
      'migrations/tenant/001_a.sql': '-- +goose Up\nCREATE TABLE IF NOT EXISTS public.invoices (id BIGINT);\n-- +goose Down\nSELECT 1;\n',
    };
    expect(ofRule(await lintFiles(files), 'tenant-schema-qualified')).toEqual([]);
  });
});

describe('tenant-schema-qualified: what a name is to its statement', () => {
  const found = async (sql: string, down: string | null = 'SELECT 1;') =>
    (await lintSql(sql, { only, down })).findings.map((f) => `${f.line} ${f.message}`);

  it('says a call or a use resolves to the shared object, and does not claim the statement changes it', async () => {
    const sql = 'ALTER TABLE transactions ADD COLUMN IF NOT EXISTS c10 UUID DEFAULT public.gen_random_uuid();';
    const [finding] = (await lintSql(sql, { only })).findings;
    expect(finding.message).toBe(
      "public.gen_random_uuid names schema public in a tenant migration: on a schema-per-tenant fleet every tenant calls that one schema's function, not one of its own",
    );
    expect(finding.message).not.toMatch(/change/);
    expect(finding.hint).toBe(
      "write gen_random_uuid without the schema for the tenant's own; if the shared one is meant (an extension's function kept in a shared schema, say), say so in a tenant-migrate-ignore comment",
    );
    expect(await found('INSERT INTO audit SELECT * FROM public.rates;')).toEqual([
      "2 public.rates names schema public in a tenant migration: on a schema-per-tenant fleet every tenant uses that one schema's table, not one of its own",
    ]);
    expect(await found('CREATE TABLE IF NOT EXISTS t (k app.kind REFERENCES public.users (id));')).toEqual([
      "2 app.kind names schema app in a tenant migration: on a schema-per-tenant fleet every tenant uses that one schema's type, not one of its own",
      "2 public.users names schema public in a tenant migration: on a schema-per-tenant fleet every tenant uses that one schema's table, not one of its own",
    ]);
    // A trigger on a shared table changes it; its function is only called.
    expect(await found('CREATE OR REPLACE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION public.touch();')).toEqual([
      "2 public.touch names schema public in a tenant migration: on a schema-per-tenant fleet every tenant calls that one schema's function, not one of its own",
    ]);
  });

  it('what the statement creates, changes or drops keeps the message that every tenant would change it', async () => {
    const change =
      "names schema public in a tenant migration: on a schema-per-tenant fleet every tenant would change that one schema's object";
    expect(await found('CREATE OR REPLACE FUNCTION public.f() RETURNS int AS $$ SELECT 1 $$ LANGUAGE sql;')).toEqual([
      `2 public.f ${change}`,
    ]);
    expect(await found('UPDATE public.orders SET total = 0 WHERE total IS NULL;')).toEqual([`2 public.orders ${change}`]);
    expect(await found('CREATE INDEX IF NOT EXISTS i ON public.orders (total);')).toEqual([`2 public.orders ${change}`]);
    expect(await found("ALTER TYPE public.kind ADD VALUE IF NOT EXISTS 'x';")).toEqual([`2 public.kind ${change}`]);
  });

  it('flags CREATE TYPE and CREATE DOMAIN in a schema, also without lint.tenancy', async () => {
    const sql = [
      "CREATE TYPE public.tx_kind AS ENUM ('debit', 'credit');",
      'CREATE TYPE public.pair AS (a int, b int);',
      'CREATE DOMAIN public.money_amount AS NUMERIC(14,2);',
    ].join('\n');
    expect((await lintSql(sql, { only })).findings.map((f) => f.message.split(' ')[0])).toEqual([
      'public.tx_kind',
      'public.pair',
      'public.money_amount',
    ]);
    expect((await lintSql(sql, { only })).findings.every((f) => f.messageId === 'qualified')).toBe(true);
  });

  it('flags SET search_path in a tenant migration, and set_config of it', async () => {
    expect(await found('SET search_path TO public;')).toEqual([
      "2 SET search_path in a tenant migration: on a schema-per-tenant fleet every statement after it resolves names in public, not in the tenant's schema",
    ]);
    expect(await found('SET LOCAL search_path = billing, public;')).toEqual([
      "2 SET search_path in a tenant migration: on a schema-per-tenant fleet every statement after it resolves names in billing, public, not in the tenant's schema",
    ]);
    expect(await found("SELECT set_config('search_path', 'public', true);")).toHaveLength(1);
    const [finding] = (await lintSql('SET search_path TO public;', { only })).findings;
    expect(finding.hint).toMatch(/^remove it: the runner sets the search_path to each tenant's schema/);
    expect(await found("SET statement_timeout = '5s';\nRESET search_path;")).toEqual([]);
    expect((await lintSql('SET search_path TO public;', { only, scope: 'master' })).findings).toEqual([]);
  });

  it('checks DOWN too: a rollback that drops public.x drops it for every tenant', async () => {
    const down =
      'DROP VIEW IF EXISTS public.v_tx;\nDROP TABLE IF EXISTS public.notes;\nDROP TYPE IF EXISTS public.tx_kind;\nDROP TRIGGER IF EXISTS trg ON public.t;\nDROP FUNCTION IF EXISTS public.f(int);';
    expect((await found('SELECT 1;', down)).map((line) => line.split(' ').slice(0, 2).join(' '))).toEqual([
      '5 public.v_tx',
      '6 public.notes',
      '7 public.tx_kind',
      '8 public.t',
      '9 public.f',
    ]);
    // Each is what the DOWN drops, not a name it only uses.
    expect((await lintSql('SELECT 1;', { only, down })).findings.map((f) => f.messageId)).toEqual(Array(5).fill('qualified'));
    expect(await found('SELECT 1;', 'DROP TABLE IF EXISTS notes;\nDROP TRIGGER IF EXISTS trg ON t;')).toEqual([]);
  });
});
