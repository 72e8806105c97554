/**
 * Renames and renumbering after a migration was applied: a file renamed with the same version and
 * SQL is reported as renamed (not silently accepted, and not a blocking drift); a file renumbered
 * after it was applied says which applied migration it matches. Before, the rename passed
 * unnoticed and the renumbering read "its file is gone" with no word of the new file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fleetStatus, migrateFleet } from '../../src/fleet/index.js';
import { cli } from '../support/cli.js';
import { createTestDatabase, queryDatabase, type TestDatabase } from '../support/database.js';
import { goose, writeMigrations } from './support/fleet.js';

const FIRST = goose('CREATE TABLE accounts (id int);', 'DROP TABLE accounts;');
const SECOND = goose('CREATE TABLE invoices (id int);', 'DROP TABLE invoices;');

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase('renames');
});
afterAll(async () => {
  await database?.drop();
});

describe('renamed and renumbered files', () => {
  it('a rename with the same version and SQL is reported as renamed, and does not block', async () => {
    await queryDatabase(database.url, 'DROP SCHEMA public CASCADE; CREATE SCHEMA public');
    const files = writeMigrations({ 'master/001_accounts.sql': FIRST });
    try {
      await migrateFleet({ dir: files.dir, masterUrl: database.url, target: 'master' });
      const renamed = writeMigrations({ 'master/001_create_accounts.sql': FIRST, 'master/002_invoices.sql': SECOND });
      try {
        const status = await fleetStatus({ dir: renamed.dir, masterUrl: database.url, target: 'master' });
        expect(status.targets[0].drift).toEqual([{ version: 1, name: '001_accounts', kind: 'renamed', file: '001_create_accounts' }]);
        expect(status.ok).toBe(true);
        const text = await cli(['status', '--dir', renamed.dir, '--master-url', database.url, '--target', 'master']);
        expect(text.stdout).toContain('1 renamed (now 001_create_accounts)');
        const report = await migrateFleet({ dir: renamed.dir, masterUrl: database.url, target: 'master' });
        expect(report.targets[0].applied.map((step) => step.name)).toEqual(['002_invoices']);
      } finally {
        renamed.remove();
      }
    } finally {
      files.remove();
    }
  });

  it('a file renumbered after it was applied: the refusal names the file with the same SQL', async () => {
    await queryDatabase(database.url, 'DROP SCHEMA public CASCADE; CREATE SCHEMA public');
    const files = writeMigrations({ 'master/001_accounts.sql': FIRST, 'master/002_invoices.sql': SECOND });
    try {
      await migrateFleet({ dir: files.dir, masterUrl: database.url, target: 'master' });
      const renumbered = writeMigrations({ 'master/001_accounts.sql': FIRST, 'master/005_invoices.sql': SECOND });
      try {
        const report = await migrateFleet({ dir: renumbered.dir, masterUrl: database.url, target: 'master' });
        expect(report.targets[0].error).toMatchObject({ code: 'DRIFT' });
        expect(report.targets[0].error?.message).toContain(
          '002_invoices (version 2) was applied but its file is gone: 005_invoices has the same SQL, renumbered after it was applied (give it version 2 back)',
        );
        const { rows } = await queryDatabase<{ n: string }>(database.url, 'SELECT count(*)::text AS n FROM _migration_versions');
        expect(rows[0].n).toBe('2');
      } finally {
        renumbered.remove();
      }
    } finally {
      files.remove();
    }
  });
});
