/** Which statements are transaction control, and which PostgreSQL refuses inside a transaction block: the real parser's nodes. */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadParser, parseStatements } from '../../src/sql/parser.js';
import { outsideTransactionOnly, transactionControlOf } from '../../src/sql/transaction-control.js';

beforeAll(() => loadParser());

const node = (sql: string) => parseStatements(sql)[0].node;

describe('transactionControlOf', () => {
  it.each([
    ['BEGIN', 'BEGIN'],
    ['BEGIN ISOLATION LEVEL SERIALIZABLE', 'BEGIN'],
    ['START TRANSACTION', 'START TRANSACTION'],
    ['COMMIT', 'COMMIT'],
    ['END', 'COMMIT'],
    ['COMMIT AND CHAIN', 'COMMIT'],
    ['ROLLBACK', 'ROLLBACK'],
    ['ABORT', 'ROLLBACK'],
    ['SAVEPOINT before_change', 'SAVEPOINT'],
    ['RELEASE SAVEPOINT before_change', 'RELEASE SAVEPOINT'],
    ['RELEASE before_change', 'RELEASE SAVEPOINT'],
    ['ROLLBACK TO SAVEPOINT before_change', 'ROLLBACK TO SAVEPOINT'],
    ["PREPARE TRANSACTION 'deploy'", 'PREPARE TRANSACTION'],
    ["COMMIT PREPARED 'deploy'", 'COMMIT PREPARED'],
    ["ROLLBACK PREPARED 'deploy'", 'ROLLBACK PREPARED'],
  ])('%s is %s', (sql, kind) => {
    expect(transactionControlOf(node(sql))).toBe(kind);
  });

  it.each([
    'SET TRANSACTION ISOLATION LEVEL SERIALIZABLE',
    'PREPARE q AS SELECT 1',
    'DO $$ BEGIN PERFORM 1; END $$',
    'CREATE TABLE t (id int)',
    "SELECT 'COMMIT'",
  ])('%s is not', (sql) => {
    expect(transactionControlOf(node(sql))).toBeUndefined();
  });
});

describe('outsideTransactionOnly', () => {
  it.each([
    ['CREATE DATABASE tenant_42', 'CREATE DATABASE'],
    ['DROP DATABASE IF EXISTS tenant_42', 'DROP DATABASE'],
    ['ALTER DATABASE tenant_42 SET TABLESPACE fast', 'ALTER DATABASE ... SET TABLESPACE'],
    ["CREATE TABLESPACE fast LOCATION '/ssd'", 'CREATE TABLESPACE'],
    ['DROP TABLESPACE fast', 'DROP TABLESPACE'],
    ["ALTER SYSTEM SET work_mem = '64MB'", 'ALTER SYSTEM'],
    ['ALTER SYSTEM RESET ALL', 'ALTER SYSTEM'],
    ['VACUUM', 'VACUUM'],
    ['VACUUM ANALYZE users', 'VACUUM'],
    ['VACUUM (FULL) users', 'VACUUM'],
    ['CLUSTER', 'CLUSTER (without a table)'],
    ['CREATE INDEX CONCURRENTLY idx ON users (email)', 'CREATE INDEX CONCURRENTLY'],
    ['CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS idx ON users (email)', 'CREATE INDEX CONCURRENTLY'],
    ['DROP INDEX CONCURRENTLY IF EXISTS idx', 'DROP INDEX CONCURRENTLY'],
    ['REINDEX INDEX CONCURRENTLY idx', 'REINDEX CONCURRENTLY'],
    ['REINDEX (VERBOSE) TABLE CONCURRENTLY users', 'REINDEX CONCURRENTLY'],
    ['REINDEX SCHEMA public', 'REINDEX SCHEMA'],
    ['REINDEX DATABASE app', 'REINDEX DATABASE'],
    ['REINDEX SYSTEM app', 'REINDEX SYSTEM'],
    ['ALTER TABLE events DETACH PARTITION events_2020 CONCURRENTLY', 'ALTER TABLE ... DETACH PARTITION ... CONCURRENTLY'],
    ['DISCARD ALL', 'DISCARD ALL'],
    ["CREATE SUBSCRIPTION s CONNECTION 'host=x' PUBLICATION p", 'CREATE SUBSCRIPTION (creating a replication slot)'],
    ['ALTER SUBSCRIPTION s REFRESH PUBLICATION', 'ALTER SUBSCRIPTION ... REFRESH PUBLICATION'],
    ['ALTER SUBSCRIPTION s SET PUBLICATION p', 'ALTER SUBSCRIPTION ... PUBLICATION (with refresh)'],
    ["COMMIT PREPARED 'deploy'", 'COMMIT PREPARED'],
  ])('%s cannot run in a transaction block (%s)', (sql, command) => {
    expect(outsideTransactionOnly(node(sql))).toBe(command);
  });

  it.each([
    'ANALYZE users',
    'CLUSTER users USING users_pkey',
    'CREATE INDEX idx ON users (email)',
    'DROP INDEX IF EXISTS idx',
    'REINDEX TABLE users',
    'REINDEX INDEX idx',
    'ALTER TABLE events DETACH PARTITION events_2020',
    'ALTER DATABASE app SET search_path = app',
    "ALTER TYPE mood ADD VALUE 'meh'",
    'DISCARD PLANS',
    'REFRESH MATERIALIZED VIEW CONCURRENTLY totals',
    "CREATE SUBSCRIPTION s CONNECTION 'host=x' PUBLICATION p WITH (create_slot = false)",
    "CREATE SUBSCRIPTION s CONNECTION 'host=x' PUBLICATION p WITH (connect = false)",
    'ALTER SUBSCRIPTION s SET PUBLICATION p WITH (refresh = false)',
    'ALTER SUBSCRIPTION s DISABLE',
    'COMMIT',
  ])('%s runs in a transaction block', (sql) => {
    expect(outsideTransactionOnly(node(sql))).toBeUndefined();
  });

  it('ALTER TYPE ... ADD VALUE is refused in a transaction before PostgreSQL 12 only', () => {
    const addValue = node("ALTER TYPE mood ADD VALUE IF NOT EXISTS 'meh'");
    expect(outsideTransactionOnly(addValue, { serverVersionNum: 110022 })).toBe('ALTER TYPE ... ADD VALUE (before PostgreSQL 12)');
    expect(outsideTransactionOnly(addValue, { serverVersionNum: 120000 })).toBeUndefined();
    expect(outsideTransactionOnly(node("ALTER TYPE mood RENAME VALUE 'a' TO 'b'"), { serverVersionNum: 110022 })).toBeUndefined();
  });
});
