/**
 * A migration sent as one round trip (db/migration-batch.ts): the failed statement is still the
 * one named, with its line; nothing of a failed migration stays, its ledger row included (and a
 * new target's ledger, made by its first migration, goes with it); values written into the SQL
 * (a quote in applied-by, a name) arrive as they were. The target's lock and ledger read go with
 * the session's setup: when the lock is busy, the ledger is read again once it is taken.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockKey } from '../../src/db/advisory-lock.js';
import { migrateFleet } from '../../src/fleet/index.js';
import { queryDatabase } from '../support/database.js';
import { createSchemaFleet, goose, ledgerRows, type TestFleet, tableExists, writeMigrations } from './support/fleet.js';

let fleet: TestFleet;

beforeAll(async () => {
  fleet = await createSchemaFleet('roundtrip', 2);
  // shop_2 already has what the third statement of 002 creates: 002 fails there, on line 4.
  await queryDatabase(fleet.master.url, 'CREATE TABLE shop_2.labels (id int)');
});
afterAll(async () => {
  await fleet?.drop();
});

describe('a migration in one round trip', () => {
  it('names the statement that failed by its line, keeps nothing of the migration, and records what succeeded as written', async () => {
    const files = writeMigrations({
      'tenant/001_items.sql': goose("CREATE TABLE items (id int, note text DEFAULT 'it''s');\nINSERT INTO items (id) VALUES (1);"),
      'tenant/002_labels.sql': goose(
        'CREATE TABLE tags (id int);\nINSERT INTO tags VALUES (1); -- a comment at the end of a line\nCREATE TABLE labels (id int);\nALTER TABLE items ADD COLUMN label_id int;',
      ),
    });
    try {
      const report = await migrateFleet({
        dir: files.dir,
        masterUrl: fleet.master.url,
        target: 'tenants',
        appliedBy: "o'brien \\ ci",
      });
      const [first, second] = report.targets;
      expect(first).toMatchObject({ name: 'shop-1', status: 'applied', toVersion: 2 });
      expect(second).toMatchObject({ name: 'shop-2', status: 'failed', toVersion: 1 });
      expect(second.error).toMatchObject({ code: 'MIGRATION_FAILED', migration: '002_labels', line: 4, column: 1 });
      expect(second.error?.message).toContain('relation "labels" already exists');
      expect(await tableExists(fleet.master.url, 'tags', 'shop_2')).toBe(false);
      const rows = await ledgerRows(fleet.master.url, 'shop_1');
      expect(rows.map((row) => [row.version, row.name, row.applied_by])).toEqual([
        ['1', '001_items', "o'brien \\ ci"],
        ['2', '002_labels', "o'brien \\ ci"],
      ]);
      expect((await ledgerRows(fleet.master.url, 'shop_2')).map((row) => row.name)).toEqual(['001_items']);
      const { rows: durations } = await queryDatabase<{ n: number }>(
        fleet.master.url,
        'SELECT count(*)::int AS n FROM shop_1._migration_versions WHERE duration_ms IS NOT NULL AND duration_ms >= 0',
      );
      expect(durations[0].n).toBe(2);
      const { rows: notes } = await queryDatabase<{ note: string }>(fleet.master.url, 'SELECT note FROM shop_1.items');
      expect(notes).toEqual([{ note: "it's" }]);
    } finally {
      files.remove();
    }
  });

  it('a new target whose first migration fails keeps no ledger: the next run starts it afresh', async () => {
    const broken = writeMigrations({ 'tenant/001_first.sql': goose('CREATE TABLE first (id int);\nSELECT 1/0;') });
    const fixed = writeMigrations({ 'tenant/001_first.sql': goose('CREATE TABLE first (id int);\nSELECT 1;') });
    await queryDatabase(fleet.master.url, 'DROP SCHEMA shop_1 CASCADE; CREATE SCHEMA shop_1');
    try {
      const failed = await migrateFleet({ dir: broken.dir, masterUrl: fleet.master.url, target: 'tenants', tenants: ['shop-1'] });
      expect(failed.targets[0]).toMatchObject({ status: 'failed', error: { code: 'MIGRATION_FAILED', line: 3 } });
      expect(await tableExists(fleet.master.url, '_migration_versions', 'shop_1')).toBe(false);
      expect(await tableExists(fleet.master.url, 'first', 'shop_1')).toBe(false);
      const applied = await migrateFleet({ dir: fixed.dir, masterUrl: fleet.master.url, target: 'tenants', tenants: ['shop-1'] });
      expect(applied.targets[0]).toMatchObject({ status: 'applied', toVersion: 1 });
      expect((await ledgerRows(fleet.master.url, 'shop_1')).map((row) => row.name)).toEqual(['001_first']);
    } finally {
      broken.remove();
      fixed.remove();
    }
  });

  it('a lock busy at the setup: the run waits for it and reads the ledger again, so what the holder applied is not applied twice', async () => {
    const files = writeMigrations({ 'tenant/001_items.sql': goose('CREATE TABLE items (id int);') });
    await queryDatabase(
      fleet.master.url,
      'DROP SCHEMA shop_1 CASCADE; CREATE SCHEMA shop_1; DROP SCHEMA shop_2 CASCADE; CREATE SCHEMA shop_2',
    );
    const holder = new pg.Client({ connectionString: fleet.master.url });
    try {
      expect((await migrateFleet({ dir: files.dir, masterUrl: fleet.master.url, target: 'tenants' })).ok).toBe(true);
      files.write('tenant/002_tags.sql', goose('CREATE TABLE tags (id int);'));
      // Another deploy holds shop-1's lock and applies 002 there while the run waits for it.
      await holder.connect();
      await holder.query('SELECT pg_advisory_lock($1, $2)', lockKey('shop_1'));
      const running = migrateFleet({ dir: files.dir, masterUrl: fleet.master.url, target: 'tenants', lockWait: '20s' });
      await new Promise((resolve) => setTimeout(resolve, 500));
      await holder.query(
        "CREATE TABLE shop_1.tags (id int); INSERT INTO shop_1._migration_versions (version, name, direction, scope) VALUES (2, '002_tags', 'up', 'tenant')",
      );
      await holder.query('SELECT pg_advisory_unlock_all()');
      const report = await running;
      expect(report.targets.map((target) => [target.name, target.status, target.error?.code])).toEqual([
        ['shop-1', 'up-to-date', undefined],
        ['shop-2', 'applied', undefined],
      ]);
      expect((await ledgerRows(fleet.master.url, 'shop_1')).map((row) => row.name)).toEqual(['001_items', '002_tags']);
      expect((await ledgerRows(fleet.master.url, 'shop_2')).map((row) => row.name)).toEqual(['001_items', '002_tags']);
    } finally {
      await holder.end().catch(() => {});
      files.remove();
    }
  });
});
