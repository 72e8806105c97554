/**
 * Schema-per-tenant isolation: a migration that changes the session (pg_dump's set_config of
 * search_path, a SET) cannot send the next migration's objects elsewhere, and a rollback undoes
 * the deploy in reverse (tenants, whose tables may point at the master's, before the master).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateFleet, rollbackFleet } from '../../src/fleet/index.js';
import { queryDatabase } from '../support/database.js';
import { createSchemaFleet, goose, ledgerRows, type TestFleet, tableExists, writeMigrations } from './support/fleet.js';

let fleet: TestFleet;
let files: ReturnType<typeof writeMigrations>;

beforeAll(async () => {
  fleet = await createSchemaFleet('isolation', 2);
  files = writeMigrations({
    'master/001_plans.sql': goose('CREATE TABLE plans (id int PRIMARY KEY);', 'DROP TABLE plans;'),
    // The line pg_dump starts its output with, left at the end of a pasted dump.
    'tenant/001_items.sql': goose(
      "CREATE TABLE items (id int PRIMARY KEY, plan_id int REFERENCES public.plans (id));\nSELECT pg_catalog.set_config('search_path', 'public', false);",
      'DROP TABLE items;',
    ),
    'tenant/002_tags.sql': goose('CREATE TABLE tags (id int);\nSET search_path = public;\nSET lock_timeout = 1;', 'DROP TABLE tags;', {
      noTransaction: true,
    }),
    'tenant/003_notes.sql': goose('CREATE TABLE notes (id int);', 'DROP TABLE notes;'),
  });
});
afterAll(async () => {
  await fleet?.drop();
  files?.remove();
});

describe('session settings', () => {
  it("each migration runs with the tenant's search_path, whatever the one before it set", async () => {
    const report = await migrateFleet({ dir: files.dir, masterUrl: fleet.master.url, concurrency: 2 });
    expect(report.targets.map((target) => [target.name, target.status, target.error?.message])).toEqual([
      ['master', 'applied', undefined],
      ['shop-1', 'applied', undefined],
      ['shop-2', 'applied', undefined],
    ]);
    for (const tenant of fleet.tenants) {
      for (const table of ['items', 'tags', 'notes']) expect(await tableExists(fleet.master.url, table, tenant.schema)).toBe(true);
      expect((await ledgerRows(fleet.master.url, tenant.schema)).map((row) => row.name)).toEqual(['001_items', '002_tags', '003_notes']);
    }
    for (const table of ['items', 'tags', 'notes']) expect(await tableExists(fleet.master.url, table, 'public')).toBe(false);
  });
});

describe('rollback --target all', () => {
  it('rolls the tenants back first, then the master (a tenant table references a master table)', async () => {
    const report = await rollbackFleet({ dir: files.dir, masterUrl: fleet.master.url, to: 0 });
    expect(report.targets.map((target) => [target.name, target.status, target.toVersion, target.error?.message])).toEqual([
      ['shop-1', 'rolled-back', null, undefined],
      ['shop-2', 'rolled-back', null, undefined],
      ['master', 'rolled-back', null, undefined],
    ]);
    expect(report.ok).toBe(true);
    expect(await tableExists(fleet.master.url, 'plans')).toBe(false);
    for (const tenant of fleet.tenants) expect(await tableExists(fleet.master.url, 'items', tenant.schema)).toBe(false);
  });

  it('skips the master when a tenant failed', async () => {
    expect((await migrateFleet({ dir: files.dir, masterUrl: fleet.master.url })).ok).toBe(true);
    // shop_2 has a view on items: its DOWN (DROP TABLE items) fails there.
    await queryDatabase(fleet.master.url, 'CREATE VIEW shop_2.item_ids AS SELECT id FROM shop_2.items');
    const report = await rollbackFleet({ dir: files.dir, masterUrl: fleet.master.url, to: 0 });
    expect(report.ok).toBe(false);
    expect(report.targets.map((target) => [target.name, target.status])).toEqual([
      ['shop-1', 'rolled-back'],
      ['shop-2', 'failed'],
      ['master', 'skipped'],
    ]);
    expect(report.targets[2].error).toMatchObject({ code: 'TENANTS_FAILED' });
    expect(await tableExists(fleet.master.url, 'plans')).toBe(true);
    expect((await ledgerRows(fleet.master.url)).at(-1)).toMatchObject({ name: '001_plans', direction: 'up' });
  });
});
