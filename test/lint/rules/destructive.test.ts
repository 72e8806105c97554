/** destructive: files it must flag and near-misses it must leave alone (header files: the first UP statement is on line 9). */
import { describe, expect, it } from 'vitest';
import { headerFile, lintOne, lintSql, ofRule, where } from '../helpers.js';

const LOCK = "SET lock_timeout = '5s';";

describe('destructive', () => {
  it('flags DROP TABLE, DROP COLUMN, DROP SCHEMA and TRUNCATE in UP', async () => {
    const up = `${LOCK}\nDROP TABLE IF EXISTS legacy;\nALTER TABLE users DROP COLUMN IF EXISTS old;\nDROP SCHEMA IF EXISTS archive CASCADE;\nTRUNCATE audit_log;`;
    const result = await lintOne(headerFile(up));
    expect(where(result, 'destructive')).toEqual(['10:1', '11:19', '12:1', '13:1']);
  });

  it('accepts the same in DOWN, DROP INDEX, and dropping a table created in the same UP', async () => {
    const up = 'CREATE TABLE IF NOT EXISTS scratch (id INT);\nDROP TABLE IF EXISTS scratch;\nDROP INDEX IF EXISTS idx_old;';
    const result = await lintOne(headerFile(up, 'DROP TABLE IF EXISTS tags;\nALTER TABLE users DROP COLUMN IF EXISTS nickname;'));
    expect(ofRule(result, 'destructive')).toEqual([]);
  });
});

describe('destructive: order and databases', () => {
  const messages = async (sql: string) =>
    (await lintSql(`SET lock_timeout = '5s';\n${sql}`, { only: ['destructive'] })).findings.map((finding) => finding.message);

  it('a DROP before the CREATE of the same name still drops the existing table; after it, it drops only the new one', async () => {
    expect(await messages('DROP TABLE IF EXISTS t;\nCREATE TABLE IF NOT EXISTS t (id INT);')).toEqual([
      'DROP TABLE t deletes data on every tenant',
    ]);
    expect(await messages('CREATE TABLE IF NOT EXISTS t (id INT);\nDROP TABLE IF EXISTS t;')).toEqual([]);
  });

  it("says where the data goes by the file's scope: every tenant, the master, or both", async () => {
    const scoped = async (scope: 'master' | 'tenant' | 'both') =>
      (await lintSql("SET lock_timeout = '5s';\nTRUNCATE audit_log;", { only: ['destructive'], scope })).findings.map((f) => f.message);
    expect(await scoped('tenant')).toEqual(['TRUNCATE deletes every row on every tenant']);
    expect(await scoped('master')).toEqual(['TRUNCATE deletes every row on the master']);
    expect(await scoped('both')).toEqual(['TRUNCATE deletes every row on the master and every tenant']);
  });

  it('flags DROP DATABASE', async () => {
    expect(await messages('DROP DATABASE IF EXISTS old;')).toEqual(['DROP DATABASE old deletes a whole database, with every table in it']);
  });
});

const EARLIER = ['CREATE TABLE IF NOT EXISTS orders (id BIGINT PRIMARY KEY, total NUMERIC(10,2));'];

describe('destructive: a table an earlier migration made', () => {
  const only = ['destructive'];
  const up = `${LOCK}\nCREATE TABLE IF NOT EXISTS orders (id BIGSERIAL PRIMARY KEY);`;

  it('a DOWN that drops it (after an UP CREATE TABLE IF NOT EXISTS that did nothing) deletes the real table', async () => {
    const { findings } = await lintSql(up, { only, earlier: EARLIER, down: 'DROP TABLE IF EXISTS orders;' });
    expect(findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([
      '6:1 DOWN drops table orders, which 001_earlier.sql made, not this migration: a rollback deletes it and its rows on every tenant',
    ]);
    expect(findings[0].hint).toMatch(/drop in DOWN only what this migration's UP created/);
  });

  it("a DOWN that drops the table its own UP made, or one no migration made, is the UP's undo", async () => {
    expect((await lintSql(up, { only, down: 'DROP TABLE IF EXISTS orders;' })).findings).toEqual([]);
    expect((await lintSql(up, { only, earlier: EARLIER, down: 'DROP TABLE IF EXISTS tags;' })).findings).toEqual([]);
    const recreate = `${LOCK}\nDROP TABLE IF EXISTS orders;\nCREATE TABLE IF NOT EXISTS orders (id BIGINT);`;
    const found = await lintSql(recreate, { only, earlier: EARLIER, down: 'DROP TABLE IF EXISTS orders;' });
    expect(found.findings.map((f) => f.message)).toEqual(['DROP TABLE orders deletes data on every tenant']);
  });

  it('in UP, dropping it after the CREATE TABLE IF NOT EXISTS still drops the real table', async () => {
    const { findings } = await lintSql(`${up}\nDROP TABLE IF EXISTS orders;`, { only, earlier: EARLIER });
    expect(findings.map((f) => f.message)).toEqual(['DROP TABLE orders deletes data on every tenant']);
  });
});

describe('destructive: DELETE without WHERE', () => {
  const found = async (sql: string, scope: 'master' | 'tenant' | 'both' = 'tenant') =>
    (await lintSql(`SET lock_timeout = '5s';\n${sql}`, { only: ['destructive'], scope })).findings.map(
      (f) => `${f.line}:${f.column} ${f.message}`,
    );

  it('flags DELETE FROM an existing table with no WHERE, as TRUNCATE is', async () => {
    expect(await found('DELETE FROM orders;')).toEqual(['3:1 DELETE FROM orders without WHERE deletes every row on every tenant']);
    expect(await found('DELETE FROM orders USING customers;', 'master')).toEqual([
      '3:1 DELETE FROM orders without WHERE deletes every row on the master',
    ]);
    expect(await found('TRUNCATE orders;')).toEqual(['3:1 TRUNCATE deletes every row on every tenant']);
  });

  it('accepts a DELETE with a WHERE, and one from a table this UP created first', async () => {
    expect(await found("DELETE FROM orders WHERE status = 'void';")).toEqual([]);
    expect(await found('CREATE TABLE IF NOT EXISTS scratch (id INT);\nINSERT INTO scratch VALUES (1);\nDELETE FROM scratch;')).toEqual([]);
  });
});
