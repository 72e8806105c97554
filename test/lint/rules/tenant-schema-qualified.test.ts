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
