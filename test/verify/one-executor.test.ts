/**
 * verify runs each migration through migrate's executor: the target's settings are put back
 * before each migration, so a file that sets search_path changes nothing for the next one, in
 * verify as in migrate. Before, a flat directory whose 001 set search_path migrated fine but
 * failed verify (the next file ran in the schema 001 had dropped).
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { migrateFleet } from '../../src/fleet/index.js';
import { verifyMigrations } from '../../src/verify/verify-migrations.js';
import { createTestDatabase, serverUrl } from '../support/database.js';
import { migrationDir } from './support/migration-dir.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const FILES = {
  '001_accounts.sql': '-- +goose Up\nCREATE TABLE IF NOT EXISTS accounts (id int);\n\n-- +goose Down\nDROP TABLE IF EXISTS accounts;\n',
  // pg_dump-style: the file points search_path at its own schema and leaves it there.
  '002_audit.sql':
    "-- +goose Up\nCREATE SCHEMA IF NOT EXISTS audit;\nSELECT pg_catalog.set_config('search_path', 'audit', false);\nCREATE TABLE IF NOT EXISTS audit_log (id int);\n\n-- +goose Down\nDROP SCHEMA IF EXISTS audit CASCADE;\n",
  // Unqualified: the default search_path finds public.accounts.
  '003_note.sql':
    '-- +goose Up\nALTER TABLE accounts ADD COLUMN IF NOT EXISTS note text;\n\n-- +goose Down\nALTER TABLE accounts DROP COLUMN IF EXISTS note;\n',
};

describe('one executor for migrate and verify', () => {
  it('a flat directory whose 002 sets search_path migrates, and verifies, with 003 finding public.accounts', async () => {
    const dir = migrationDir(FILES);
    dirs.push(dir);
    const database = await createTestDatabase('executor');
    try {
      const migrated = await migrateFleet({ dir, masterUrl: database.url, target: 'master' });
      expect(migrated.ok).toBe(true);

      const report = await verifyMigrations({ dir, ephemeral: 'server', ephemeralUrl: serverUrl() });
      const results = report.scopes.flatMap((scope) => scope.migrations.map((m) => [scope.timeline, m.name, m.status]));
      expect(results).toEqual(
        ['master', 'tenant'].flatMap((timeline) => [
          [timeline, '001_accounts', 'passed'],
          [timeline, '002_audit', 'passed'],
          [timeline, '003_note', 'passed'],
        ]),
      );
      expect(report.ok).toBe(true);
    } finally {
      await database.drop();
    }
  });
});
