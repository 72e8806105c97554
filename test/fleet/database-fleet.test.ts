/** A master and three tenant databases, end to end: migrate, status, rollback to a version, migrate again, through the library and the CLI. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fleetStatus, migrateFleet, rollbackFleet } from '../../src/fleet/index.js';
import { cli } from '../support/cli.js';
import { BASIC_FILES, createDatabaseFleet, ledgerRows, type TestFleet, tableExists, writeMigrations } from './support/fleet.js';

let fleet: TestFleet;
let files: ReturnType<typeof writeMigrations>;

beforeAll(async () => {
  fleet = await createDatabaseFleet('dbfleet', 3);
  files = writeMigrations(BASIC_FILES);
});
afterAll(async () => {
  await fleet?.drop();
  files?.remove();
});

describe('a database-per-tenant fleet', () => {
  it('dry run: lists the work per target with its SQL and changes nothing', async () => {
    const result = await cli(['migrate', '--dir', files.dir, '--master-url', fleet.master.url, '--dry-run']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('would apply 3 migration(s)');
    expect(result.stdout).toContain('CREATE TABLE tags (id int PRIMARY KEY, label text)');
    expect(result.stdout).toContain('tenant-1, tenant-2, tenant-3');
    expect(await tableExists(fleet.master.url, '_migration_versions')).toBe(false);
    expect(await tableExists(fleet.tenants[0].url, 'items')).toBe(false);
  });

  it('migrates the master, then every tenant, and records each migration once', async () => {
    const events: string[] = [];
    const seen: string[] = [];
    const report = await migrateFleet({
      dir: files.dir,
      masterUrl: fleet.master.url,
      onProgress: (event) => events.push(event.type),
      onTargets: (targets) => seen.push(...targets.map((target) => target.url)),
    });
    expect(seen).toEqual(fleet.tenants.map((tenant) => tenant.url));
    expect(report.ok).toBe(true);
    expect(report.targets.map((target) => [target.name, target.status, target.fromVersion, target.toVersion])).toEqual([
      ['master', 'applied', null, 1],
      ['tenant-1', 'applied', null, 3],
      ['tenant-2', 'applied', null, 3],
      ['tenant-3', 'applied', null, 3],
    ]);
    expect(report.targets[1].applied.map((step) => step.name)).toEqual(['001_items', '002_tags', '003_item_tags']);
    expect(events).toContain('target-done');
    expect(await tableExists(fleet.master.url, 'plans')).toBe(true);
    expect(await tableExists(fleet.master.url, 'items')).toBe(false);
    for (const tenant of fleet.tenants) {
      const rows = await ledgerRows(tenant.url);
      expect(rows.map((row) => [row.version, row.name, row.direction])).toEqual([
        ['1', '001_items', 'up'],
        ['2', '002_tags', 'up'],
        ['3', '003_item_tags', 'up'],
      ]);
      expect(rows[0].checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(rows[0].applied_by).toContain('tenant-migrate');
    }
  });

  it('a second migrate finds every target up to date', async () => {
    const result = await cli(['migrate', '--dir', files.dir, '--master-url', fleet.master.url, '--json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.targets.every((target: { status: string }) => target.status === 'up-to-date')).toBe(true);
    expect(result.stderr).toContain('[4/4]');
  });

  it('status shows the version matrix, then the pending count once a file is added', async () => {
    let status = await fleetStatus({ dir: files.dir, masterUrl: fleet.master.url });
    expect(status.ok).toBe(true);
    expect(status.targets.map((target) => [target.name, target.currentVersion, target.pending])).toEqual([
      ['master', 1, 0],
      ['tenant-1', 3, 0],
      ['tenant-2', 3, 0],
      ['tenant-3', 3, 0],
    ]);
    expect(status.targets[1].lastAppliedAt).toMatch(/^\d{4}-\d\d-\d\dT/);

    files.write('tenant/004_notes.sql', '-- +goose Up\nCREATE TABLE notes (id int);\n-- +goose Down\nDROP TABLE notes;\n');
    status = await fleetStatus({ dir: files.dir, masterUrl: fleet.master.url });
    expect(status.targets.slice(1).map((target) => [target.currentVersion, target.latestVersion, target.pending])).toEqual([
      [3, 4, 1],
      [3, 4, 1],
      [3, 4, 1],
    ]);
    const text = await cli(['status', '--dir', files.dir, '--master-url', fleet.master.url]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/tenant-2\s+tenant\s+3\s+4\s+1/);
    expect(text.stdout).toContain('3 behind (3 pending)');
    const markdown = await cli(['status', '--dir', files.dir, '--master-url', fleet.master.url, '--format', 'markdown']);
    expect(markdown.stdout).toContain('| `tenant-1` | tenant | 3 | 4 | 1 |');
  });

  it('--to stops at a version, --tenant narrows the run', async () => {
    const report = await migrateFleet({ dir: files.dir, masterUrl: fleet.master.url, target: 'tenants', tenants: ['tenant-2'], to: 3 });
    expect(report.targets.map((target) => [target.name, target.status])).toEqual([['tenant-2', 'up-to-date']]);
    const onlyOne = await migrateFleet({ dir: files.dir, masterUrl: fleet.master.url, target: 'tenants', tenants: ['tenant-2'] });
    expect(onlyOne.targets.map((target) => [target.name, target.status, target.toVersion])).toEqual([['tenant-2', 'applied', 4]]);
    expect(await tableExists(fleet.tenants[1].url, 'notes')).toBe(true);
    expect(await tableExists(fleet.tenants[0].url, 'notes')).toBe(false);
  });

  it('rolls back to a version: DOWN sections newest first, recorded as down', async () => {
    const report = await rollbackFleet({ dir: files.dir, masterUrl: fleet.master.url, target: 'tenants', to: 1 });
    expect(report.ok).toBe(true);
    expect(
      report.targets.map((target) => [target.name, target.fromVersion, target.toVersion, target.applied.map((step) => step.version)]),
    ).toEqual([
      ['tenant-1', 3, 1, [3, 2]],
      ['tenant-2', 4, 1, [4, 3, 2]],
      ['tenant-3', 3, 1, [3, 2]],
    ]);
    expect(await tableExists(fleet.tenants[1].url, 'tags')).toBe(false);
    expect(await tableExists(fleet.tenants[1].url, 'items')).toBe(true);
    const rows = await ledgerRows(fleet.tenants[1].url);
    expect(rows.slice(-3).map((row) => [row.version, row.direction])).toEqual([
      ['4', 'down'],
      ['3', 'down'],
      ['2', 'down'],
    ]);
    const status = await fleetStatus({ dir: files.dir, masterUrl: fleet.master.url, target: 'tenants' });
    expect(status.targets.map((target) => [target.currentVersion, target.pending])).toEqual([
      [1, 3],
      [1, 3],
      [1, 3],
    ]);
  });

  it('rollback --steps through the CLI, then migrate brings every target back to the newest version', async () => {
    const rolled = await cli(['rollback', '--dir', files.dir, '--master-url', fleet.master.url, '--target', 'master', '--steps', '1']);
    expect(rolled.code).toBe(0);
    expect(await tableExists(fleet.master.url, 'plans')).toBe(false);
    const again = await cli(['migrate', '--dir', files.dir, '--master-url', fleet.master.url]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('4 migrated');
    const status = await fleetStatus({ dir: files.dir, masterUrl: fleet.master.url });
    expect(status.targets.map((target) => [target.currentVersion, target.pending])).toEqual([
      [1, 0],
      [4, 0],
      [4, 0],
      [4, 0],
    ]);
  });
});
