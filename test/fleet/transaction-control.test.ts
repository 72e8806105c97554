/**
 * Transaction control, statements that need NO TRANSACTION and psql-only syntax are refused when
 * the files are read, before anything connects: nothing is applied and the message says file:line
 * and what to do. Before, a COMMIT in the middle half-applied the migration while the report said
 * nothing was applied, and a ROLLBACK recorded a migration whose objects did not exist.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateFleet } from '../../src/fleet/index.js';
import { cli } from '../support/cli.js';
import { createTestDatabase, queryDatabase, type TestDatabase } from '../support/database.js';
import { goose, tableExists, writeMigrations } from './support/fleet.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase('txctl');
});
afterAll(async () => {
  await database?.drop();
});

async function freshSchema() {
  await queryDatabase(database.url, 'DROP SCHEMA public CASCADE; CREATE SCHEMA public');
}

async function ledgerExists(): Promise<boolean> {
  return tableExists(database.url, '_migration_versions');
}

async function migrate(files: Record<string, string>) {
  const dir = writeMigrations(files);
  try {
    return await cli(['migrate', '--dir', dir.dir, '--master-url', database.url, '--target', 'master']);
  } finally {
    dir.remove();
  }
}

describe('transaction control in a transactional migration', () => {
  it('COMMIT in the middle is refused at file:line, and nothing is applied', async () => {
    await freshSchema();
    const result = await migrate({
      'master/001_accounts.sql': goose(
        'CREATE TABLE accounts (id int);\nCOMMIT;\nCREATE TABLE invoices (id int REFERENCES nowhere);',
        'DROP TABLE accounts;',
      ),
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/master\/001_accounts\.sql:3:1: error: COMMIT in a migration that runs in a transaction/);
    expect(result.stderr).toContain('[TRANSACTION_CONTROL]');
    expect(result.stderr).toMatch(/hint: remove it .*NO TRANSACTION \("-- \+goose NO TRANSACTION"/);
    expect(await tableExists(database.url, 'accounts')).toBe(false);
    expect(await ledgerExists()).toBe(false);
  });

  it.each(['ROLLBACK', 'END', 'BEGIN', 'SAVEPOINT s', 'RELEASE SAVEPOINT s', "PREPARE TRANSACTION 'x'"])(
    '%s is refused too',
    async (control) => {
      await freshSchema();
      const result = await migrate({
        'master/001_accounts.sql': goose(`CREATE TABLE accounts (id int);\n${control};`, 'DROP TABLE accounts;'),
      });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('[TRANSACTION_CONTROL]');
      expect(result.stderr).toMatch(/001_accounts\.sql:3:1/);
      expect(await tableExists(database.url, 'accounts')).toBe(false);
    },
  );

  it('a DOWN section with COMMIT is refused before migrate applies anything', async () => {
    await freshSchema();
    const result = await migrate({ 'master/001_accounts.sql': goose('CREATE TABLE accounts (id int);', 'DROP TABLE accounts;\nCOMMIT;') });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/001_accounts\.sql:6:1: error: COMMIT/);
    expect(await tableExists(database.url, 'accounts')).toBe(false);
  });

  it('a NO TRANSACTION file may manage its own transaction', async () => {
    await freshSchema();
    const report = await migrateFleet({
      dir: writeMigrations({
        'master/001_accounts.sql': goose('BEGIN;\nCREATE TABLE accounts (id int);\nCOMMIT;', 'DROP TABLE accounts;', {
          noTransaction: true,
        }),
      }).dir,
      masterUrl: database.url,
      target: 'master',
    });
    expect(report.ok).toBe(true);
    expect(await tableExists(database.url, 'accounts')).toBe(true);
  });
});

describe('statements that cannot run in a transaction block', () => {
  it.each([
    [
      'CREATE INDEX CONCURRENTLY IF NOT EXISTS accounts_id ON accounts (id);',
      'CREATE INDEX CONCURRENTLY',
      'CONCURRENTLY_IN_TRANSACTION',
      14,
    ],
    ['VACUUM accounts;', 'VACUUM', 'NEEDS_NO_TRANSACTION', 1],
    ["ALTER SYSTEM SET work_mem = '8MB';", 'ALTER SYSTEM', 'NEEDS_NO_TRANSACTION', 1],
    ['CREATE DATABASE tm_never_made;', 'CREATE DATABASE', 'NEEDS_NO_TRANSACTION', 1],
  ])('%s is a load error saying to mark the file NO TRANSACTION', async (statement, command, code, column) => {
    await freshSchema();
    const result = await migrate({
      'master/001_accounts.sql': `-- Migration: 001_accounts\n-- ==================== UP ====================\nCREATE TABLE accounts (id int);\n${statement}\n-- ==================== DOWN ====================\nDROP TABLE accounts;\n`,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`001_accounts.sql:4:${column}: error: ${command} cannot run inside a transaction block`);
    expect(result.stderr).toContain(`[${code}]`);
    expect(result.stderr).toContain('mark the file NO TRANSACTION ("-- Transaction: none" in its header)');
    expect(await tableExists(database.url, 'accounts')).toBe(false);
  });

  it('every command the reader refuses is refused by PostgreSQL inside a transaction block (SQLSTATE 25001)', async () => {
    await freshSchema();
    await queryDatabase(database.url, 'CREATE TABLE accounts (id int); CREATE INDEX accounts_id ON accounts (id)');
    const statements = [
      'CREATE DATABASE tm_never_made',
      'DROP DATABASE IF EXISTS tm_never_made',
      "ALTER SYSTEM SET work_mem = '8MB'",
      'VACUUM accounts',
      'CLUSTER',
      'CREATE INDEX CONCURRENTLY accounts_id2 ON accounts (id)',
      'DROP INDEX CONCURRENTLY accounts_id',
      'REINDEX INDEX CONCURRENTLY accounts_id',
      'REINDEX SCHEMA public',
      'DISCARD ALL',
      'DROP TABLESPACE IF EXISTS tm_never_made',
    ];
    for (const statement of statements) {
      const error = await queryDatabase(database.url, `BEGIN; ${statement}; ROLLBACK`).then(
        () => undefined,
        (failure: { code?: string }) => failure,
      );
      expect({ statement, code: error?.code }).toEqual({ statement, code: '25001' });
    }
  });
});

describe('psql-only syntax', () => {
  it.each([
    ['\\i common/functions.sql', '\\i is a psql meta-command', 'paste the SQL of the included file'],
    ['\\set ON_ERROR_STOP on', '\\set is a psql meta-command', 'ENVSUB'],
    ["\\copy accounts FROM 'accounts.csv' CSV", '\\copy is a psql meta-command', 'INSERT ... VALUES'],
  ])('%s says what it is and what to do instead', async (line, message, hint) => {
    await freshSchema();
    const result = await migrate({ 'master/001_accounts.sql': goose(`CREATE TABLE accounts (id int);\n${line}`, 'DROP TABLE accounts;') });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`001_accounts.sql:3:1: error: ${message}`);
    expect(result.stderr).toContain('[PSQL_META_COMMAND]');
    expect(result.stderr).toContain(hint);
    expect(result.stderr).not.toContain('syntax error at or near');
    expect(await tableExists(database.url, 'accounts')).toBe(false);
  });

  it('COPY ... FROM STDIN with pg_dump inline data, and on its own', async () => {
    await freshSchema();
    for (const copy of ['COPY accounts (id) FROM stdin;\n1\n2\n\\.', 'COPY accounts FROM STDIN;']) {
      const result = await migrate({
        'master/001_accounts.sql': goose(`CREATE TABLE accounts (id int);\n${copy}`, 'DROP TABLE accounts;'),
      });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('001_accounts.sql:3:1: error: COPY ... FROM STDIN reads its rows from the client');
      expect(result.stderr).toContain('[COPY_FROM_STDIN]');
      expect(result.stderr).toContain('pg_dump --inserts');
      expect(await tableExists(database.url, 'accounts')).toBe(false);
    }
  });
});
