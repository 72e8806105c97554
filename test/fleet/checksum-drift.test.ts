/**
 * Drift is a change to the SQL, not to its layout: a reworded comment, CRLF line ends, a BOM or
 * re-indented SQL is no drift, and ledgers written by earlier releases (sha256 of the file's
 * bytes) still match after the upgrade. Before, each of these blocked the target with DRIFT.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fleetStatus, migrateFleet } from '../../src/fleet/index.js';
import { cli } from '../support/cli.js';
import { createTestDatabase, queryDatabase, type TestDatabase } from '../support/database.js';
import { goose, ledgerRows, tableExists, writeMigrations } from './support/fleet.js';

const FIRST = goose('-- the accounts\nCREATE TABLE accounts (\n  id int\n);', 'DROP TABLE accounts;');
const SECOND = goose('CREATE TABLE invoices (id int);', 'DROP TABLE invoices;');

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase('checksum');
});
afterAll(async () => {
  await database?.drop();
});

async function freshSchema() {
  await queryDatabase(database.url, 'DROP SCHEMA public CASCADE; CREATE SCHEMA public');
}

describe('checksums across edits that do not change the SQL', () => {
  it.each([
    ['a reworded comment', FIRST.replace('-- the accounts', '-- accounts: one row per customer\n-- tenant-migrate-ignore destructive')],
    ['CRLF line ends', FIRST.replace(/\n/g, '\r\n')],
    ['a byte-order mark', `\uFEFF${FIRST}`],
    ['re-indented SQL', FIRST.replace('accounts (\n  id int\n)', 'accounts (id int)')],
  ])('%s is no drift', async (_, edited) => {
    await freshSchema();
    const files = writeMigrations({ 'master/001_accounts.sql': FIRST });
    try {
      expect((await migrateFleet({ dir: files.dir, masterUrl: database.url, target: 'master' })).ok).toBe(true);
      files.write('master/001_accounts.sql', edited);
      files.write('master/002_invoices.sql', SECOND);
      const status = await fleetStatus({ dir: files.dir, masterUrl: database.url, target: 'master' });
      expect(status.targets[0].drift ?? []).toEqual([]);
      const report = await migrateFleet({ dir: files.dir, masterUrl: database.url, target: 'master' });
      expect(report.targets[0].error).toBeUndefined();
      expect(report.targets[0].applied.map((step) => step.name)).toEqual(['002_invoices']);
      expect(await tableExists(database.url, 'invoices')).toBe(true);
    } finally {
      files.remove();
    }
  });

  it('a ledger written with the whole-file sha256 of earlier releases matches; a changed statement is still drift', async () => {
    await freshSchema();
    const files = writeMigrations({ 'master/001_accounts.sql': FIRST });
    try {
      await migrateFleet({ dir: files.dir, masterUrl: database.url, target: 'master' });
      const old = createHash('sha256').update(FIRST).digest('hex');
      await queryDatabase(database.url, 'UPDATE _migration_versions SET checksum = $1', [old]);
      expect((await ledgerRows(database.url))[0].checksum).toBe(old);
      files.write('master/002_invoices.sql', SECOND);
      const report = await migrateFleet({ dir: files.dir, masterUrl: database.url, target: 'master' });
      expect(report.targets[0].error).toBeUndefined();
      expect(report.targets[0].applied.map((step) => step.name)).toEqual(['002_invoices']);

      files.write('master/001_accounts.sql', FIRST.replace('id int', 'id bigint'));
      const drift = await migrateFleet({ dir: files.dir, masterUrl: database.url, target: 'master' });
      expect(drift.targets[0].error).toMatchObject({ code: 'DRIFT' });
    } finally {
      files.remove();
    }
  });
});

describe("another fleet's ledger", () => {
  it('says the ledger holds other migrations (wrong database or directory), not that the files changed', async () => {
    await freshSchema();
    const applied = writeMigrations({ 'master/001_accounts.sql': FIRST, 'master/002_invoices.sql': SECOND });
    const other = writeMigrations({
      'master/001_audit_log.sql': goose('CREATE TABLE audit_log (id int);', 'DROP TABLE audit_log;'),
      'master/002_phones.sql': goose('CREATE TABLE phones (id int);', 'DROP TABLE phones;'),
    });
    try {
      expect((await migrateFleet({ dir: applied.dir, masterUrl: database.url, target: 'master' })).ok).toBe(true);
      const report = await migrateFleet({ dir: other.dir, masterUrl: database.url, target: 'master' });
      const error = report.targets[0].error;
      expect(error?.code).toBe('DRIFT');
      expect(error?.message).toBe(
        'the database no longer matches the files: version 1 is 001_accounts in the ledger, but its file is 001_audit_log, with other SQL; version 2 is 002_invoices in the ledger, but its file is 002_phones, with other SQL',
      );
      expect(error?.hint).toBe(
        'the ledger holds other migrations than these files: check that the URL is the database these migrations are for (an exported MASTER_DB_URL wins over .env), and the dir option',
      );
      expect(await tableExists(database.url, 'audit_log')).toBe(false);
    } finally {
      applied.remove();
      other.remove();
    }
  });
});

describe('rows without a checksum', () => {
  it("status says another runner's rows cannot show an edit, instead of reporting them clean", async () => {
    await freshSchema();
    const files = writeMigrations({ 'master/001_accounts.sql': FIRST });
    try {
      expect((await migrateFleet({ dir: files.dir, masterUrl: database.url, target: 'master' })).ok).toBe(true);
      // As the Python runner leaves its rows: no checksum.
      await queryDatabase(database.url, 'UPDATE _migration_versions SET checksum = NULL');
      files.write('master/001_accounts.sql', FIRST.replace('id int', 'id bigint'));
      const status = await fleetStatus({ dir: files.dir, masterUrl: database.url, target: 'master' });
      expect(status.targets[0]).toMatchObject({ drift: [], unchecked: 1 });
      const text = await cli(['status', '--dir', files.dir, '--master-url', database.url, '--target', 'master']);
      expect(text.stdout).toContain(
        'note: 1 applied version(s) on 1 target(s) have no checksum in the ledger (written by another runner, or adopted from goose): an edit to their files cannot be detected',
      );
    } finally {
      files.remove();
    }
  });
});
