import { describe, expect, it } from 'vitest';
import { lintFiles, ofRule } from '../helpers.js';

const file = (sql: string) => `-- +goose Up\n${sql}\n-- +goose Down\nSELECT 1;\n`;
const lint = async (tenancy: string | undefined, sql: string, folder = 'tenant') =>
  ofRule(
    await lintFiles({
      ...(tenancy ? { 'tenant-migrate.config.json': JSON.stringify({ lint: { tenancy } }) } : {}),
      [`migrations/${folder}/001_a.sql`]: file(sql),
    }),
    'tenant-shared-object',
  ).map((finding) => finding.message.split(' in ')[0]);

describe('tenant-shared-object', () => {
  it('with lint.tenancy "schema": flags CREATE EXTENSION, roles, casts and types in a shared schema, in tenant migrations', async () => {
    expect(await lint('schema', 'CREATE EXTENSION IF NOT EXISTS pg_trgm;')).toEqual(['CREATE EXTENSION']);
    expect(await lint('schema', 'CREATE ROLE reporting;')).toEqual(['CREATE ROLE']);
    expect(await lint('schema', "CREATE TYPE public.mood AS ENUM ('ok');")).toEqual(['CREATE TYPE mood']);
    expect(await lint('schema', "CREATE TYPE mood AS ENUM ('ok');")).toEqual([]);
  });

  it('stays quiet for master migrations and when the fleet is not said to be schema-per-tenant', async () => {
    expect(await lint('schema', 'CREATE EXTENSION IF NOT EXISTS pg_trgm;', 'master')).toEqual([]);
    expect(await lint(undefined, 'CREATE EXTENSION IF NOT EXISTS pg_trgm;')).toEqual([]);
    expect(await lint('database', 'CREATE EXTENSION IF NOT EXISTS pg_trgm;')).toEqual([]);
  });
});
