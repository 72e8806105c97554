/** Schema-per-tenant: tenants are schemas of the master database; each has its own ledger and lock. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fleetStatus, migrateFleet, rollbackFleet } from '../../src/fleet/index.js';
import { queryDatabase } from '../support/database.js';
import { addTenant, BASIC_FILES, createSchemaFleet, ledgerRows, type TestFleet, tableExists, writeMigrations } from './support/fleet.js';

let fleet: TestFleet;
let files: ReturnType<typeof writeMigrations>;

beforeAll(async () => {
  fleet = await createSchemaFleet('schemafleet', 4);
  files = writeMigrations(BASIC_FILES);
});
afterAll(async () => {
  await fleet?.drop();
  files?.remove();
});

describe('a schema-per-tenant fleet', () => {
  it('applies each tenant migration inside the tenant schema, with the ledger there', async () => {
    const report = await migrateFleet({ dir: files.dir, masterUrl: fleet.master.url, concurrency: 3 });
    expect(report.ok).toBe(true);
    expect(report.targets.map((target) => [target.name, target.schema, target.status, target.toVersion])).toEqual([
      ['master', undefined, 'applied', 1],
      ['shop-1', 'shop_1', 'applied', 3],
      ['shop-2', 'shop_2', 'applied', 3],
      ['shop-3', 'shop_3', 'applied', 3],
      ['shop-4', 'shop_4', 'applied', 3],
    ]);
    for (const tenant of fleet.tenants) {
      expect(await tableExists(fleet.master.url, 'items', tenant.schema)).toBe(true);
      expect((await ledgerRows(fleet.master.url, tenant.schema)).map((row) => row.version)).toEqual(['1', '2', '3']);
    }
    // Tenant tables never land in the master's own schema; the master's ledger only has the master file.
    expect(await tableExists(fleet.master.url, 'items', 'public')).toBe(false);
    expect((await ledgerRows(fleet.master.url, 'public')).map((row) => row.name)).toEqual(['001_plans']);
    const { rows } = await queryDatabase<{ label: string }>(fleet.master.url, 'SELECT label FROM shop_3.tags');
    expect(rows).toEqual([{ label: 'first' }]);
  });

  it('status reads every schema; rollback works per schema', async () => {
    const status = await fleetStatus({ dir: files.dir, masterUrl: fleet.master.url, target: 'tenants' });
    expect(status.targets.map((target) => [target.schema, target.currentVersion, target.pending])).toEqual([
      ['shop_1', 3, 0],
      ['shop_2', 3, 0],
      ['shop_3', 3, 0],
      ['shop_4', 3, 0],
    ]);
    const rolled = await rollbackFleet({ dir: files.dir, masterUrl: fleet.master.url, target: 'tenants', tenants: ['shop-2'], to: 2 });
    expect(rolled.targets.map((target) => [target.name, target.toVersion])).toEqual([['shop-2', 2]]);
    expect(await tableExists(fleet.master.url, 'tags', 'shop_2')).toBe(true);
    const { rows } = await queryDatabase<{ column_name: string }>(
      fleet.master.url,
      "SELECT column_name FROM information_schema.columns WHERE table_schema = 'shop_2' AND table_name = 'items' AND column_name = 'tag_id'",
    );
    expect(rows).toEqual([]);
  });

  it('a tenant whose schema does not exist fails with a clear message; the others go on', async () => {
    await addTenant(fleet.master.url, 'shop-ghost', { schema: 'shop_ghost' });
    const report = await migrateFleet({ dir: files.dir, masterUrl: fleet.master.url, target: 'tenants' });
    expect(report.ok).toBe(false);
    const ghost = report.targets.find((target) => target.name === 'shop-ghost')!;
    expect(ghost.status).toBe('failed');
    expect(ghost.error?.code).toBe('SCHEMA_MISSING');
    expect(ghost.error?.message).toContain('schema "shop_ghost" does not exist');
    expect(report.targets.find((target) => target.name === 'shop-2')?.status).toBe('applied');
    // Nothing was created for it.
    const { rows } = await queryDatabase(fleet.master.url, "SELECT 1 FROM pg_namespace WHERE nspname = 'shop_ghost'");
    expect(rows).toEqual([]);
  });
});
