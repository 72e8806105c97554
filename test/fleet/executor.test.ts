/**
 * The one executor's guards, on a real server: a NO TRANSACTION file never runs when its ledger
 * row cannot be stored, nor is recorded when it leaves a transaction open; a migration that ends
 * the runner's transaction leaves no ledger row; PostgreSQL's DETAIL reaches the report; and
 * goose_db_version keeps reading as goose reads it. Before, each of these half-applied silently
 * or lost the detail.
 */

import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureLedger, inspectLedger } from '../../src/db/ledger.js';
import { MigrationStepFailure, runMigration } from '../../src/db/run-migration.js';
import { migrateFleet, rollbackFleet } from '../../src/fleet/index.js';
import { parseMigration } from '../../src/migrations/parse-migration.js';
import { loadParser } from '../../src/sql/parser.js';
import { createTestDatabase, queryDatabase, type TestDatabase } from '../support/database.js';
import { goose, ledgerRows, tableExists, writeMigrations } from './support/fleet.js';

let database: TestDatabase;
beforeAll(async () => {
  await loadParser();
  database = await createTestDatabase('executor');
});
afterAll(async () => {
  await database?.drop();
});

async function freshSchema() {
  await queryDatabase(database.url, 'DROP SCHEMA public CASCADE; CREATE SCHEMA public');
}

async function migrate(files: Record<string, string>) {
  const dir = writeMigrations(files);
  try {
    return await migrateFleet({ dir: dir.dir, masterUrl: database.url, target: 'master' });
  } finally {
    dir.remove();
  }
}

describe('NO TRANSACTION files', () => {
  it('do not run when the ledger row cannot be stored: checked before the first statement', async () => {
    await freshSchema();
    expect((await migrate({ '001_first.sql': goose('CREATE TABLE first (id int);') })).ok).toBe(true);
    // A ledger that refuses new rows (a read-only role would do the same).
    await queryDatabase(
      database.url,
      `CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'ledger is frozen' USING HINT = 'ask the DBA'; END $$;
       CREATE TRIGGER frozen BEFORE INSERT ON _migration_versions FOR EACH ROW EXECUTE FUNCTION refuse();`,
    );
    const report = await migrate({
      '001_first.sql': goose('CREATE TABLE first (id int);'),
      '002_side_effect.sql': goose('CREATE TABLE side_effect (id int);', undefined, { noTransaction: true }),
    });
    expect(report.targets[0].error?.message).toMatch(/002_side_effect \(UP\) failed before its first statement: ledger is frozen/);
    expect(report.targets[0].error?.message).toContain('Nothing of this migration was applied');
    expect(await tableExists(database.url, 'side_effect')).toBe(false);
  });

  it('that open a transaction and leave it open are not recorded, and say so', async () => {
    await freshSchema();
    const report = await migrate({
      '001_open.sql': goose('BEGIN;\nCREATE TABLE left_open (id int);', undefined, { noTransaction: true }),
    });
    expect(report.targets[0].error).toMatchObject({ code: 'TRANSACTION_LEFT_OPEN' });
    expect(await tableExists(database.url, 'left_open')).toBe(false);
    expect(await ledgerRows(database.url)).toEqual([]);
  });
});

describe('the transaction guard', () => {
  it('a migration whose statements end the runner transaction (past the reader) leaves no ledger row', async () => {
    await freshSchema();
    // The reader refuses this file; run the executor on its statements directly, as a bug past the reader would.
    const parsed = parseMigration('001_commit.sql', Buffer.from(goose('CREATE TABLE committed (id int);\nCOMMIT;')));
    expect(parsed.problems.map((problem) => problem.code)).toEqual(['TRANSACTION_CONTROL']);
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      await ensureLedger(client, 'public', await inspectLedger(client, 'public'));
      const run = runMigration(client, 'public', {
        statements: parsed.migration!.up.statements,
        transaction: true,
        entry: { version: 1, name: '001_commit', direction: 'up', scope: 'both', checksum: 'x', appliedBy: 'test' },
      });
      await expect(run).rejects.toBeInstanceOf(MigrationStepFailure);
      await expect(run).rejects.toMatchObject({ step: 'transaction-ended' });
    } finally {
      await client.end();
    }
    expect(await ledgerRows(database.url)).toEqual([]);
  });
});

describe('error mapping', () => {
  it("keeps PostgreSQL's DETAIL and HINT: a duplicate key says which key", async () => {
    await freshSchema();
    const report = await migrate({
      '001_plans.sql': goose('CREATE TABLE plans (id int PRIMARY KEY);\nINSERT INTO plans VALUES (7);\nINSERT INTO plans VALUES (7);'),
    });
    const error = report.targets[0].error!;
    expect(error.code).toBe('MIGRATION_FAILED');
    expect(error.message).toContain('duplicate key value violates unique constraint "plans_pkey"');
    expect(error.detail).toContain('DETAIL: Key (id)=(7) already exists.');
  });
});

describe('goose_db_version', () => {
  it('reads as goose reads it after migrate and rollback: the newest row of each version says is_applied', async () => {
    await freshSchema();
    await queryDatabase(
      database.url,
      `CREATE TABLE goose_db_version (id serial PRIMARY KEY, version_id bigint NOT NULL, is_applied boolean NOT NULL, tstamp timestamp DEFAULT now());
       INSERT INTO goose_db_version (version_id, is_applied) VALUES (0, true), (1, true);
       CREATE TABLE accounts (id int);`,
    );
    const files = writeMigrations({
      '00001_accounts.sql': goose('CREATE TABLE accounts (id int);', 'DROP TABLE accounts;'),
      '00002_invoices.sql': goose('CREATE TABLE invoices (id int);', 'DROP TABLE invoices;'),
    });
    // What goose's own version query answers: the highest version whose newest row is applied.
    const gooseVersion = async () => {
      const { rows } = await queryDatabase<{ version: string | null }>(
        database.url,
        `SELECT max(version_id)::text AS version FROM (
           SELECT DISTINCT ON (version_id) version_id, is_applied FROM goose_db_version ORDER BY version_id, id DESC) newest
          WHERE is_applied`,
      );
      return rows[0].version;
    };
    try {
      expect((await migrateFleet({ dir: files.dir, masterUrl: database.url, target: 'master' })).ok).toBe(true);
      expect(await gooseVersion()).toBe('2');
      expect((await rollbackFleet({ dir: files.dir, masterUrl: database.url, target: 'master' })).ok).toBe(true);
      expect(await gooseVersion()).toBe('1');
      expect(await tableExists(database.url, 'invoices')).toBe(false);
      expect((await migrateFleet({ dir: files.dir, masterUrl: database.url, target: 'master' })).ok).toBe(true);
      expect(await gooseVersion()).toBe('2');
    } finally {
      files.remove();
    }
  });
});
