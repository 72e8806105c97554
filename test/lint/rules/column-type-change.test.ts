/** column-type-change: files it must flag and near-misses it must leave alone (header files: the first UP statement is on line 9). */
import { describe, expect, it } from 'vitest';
import { headerFile, lintOne, lintSql, ofRule, where } from '../helpers.js';

const LOCK = "SET lock_timeout = '5s';";

describe('column-type-change', () => {
  it('flags ALTER COLUMN TYPE on an existing table', async () => {
    const result = await lintOne(headerFile(`${LOCK}\nALTER TABLE orders ALTER COLUMN amount TYPE NUMERIC(14, 2);`));
    expect(where(result, 'column-type-change')).toEqual(['10:40']);
  });

  it('accepts it on a new table and in DOWN', async () => {
    const up = 'CREATE TABLE IF NOT EXISTS t (a INT);\nALTER TABLE t ALTER COLUMN a TYPE BIGINT;';
    const result = await lintOne(headerFile(up, 'ALTER TABLE orders ALTER COLUMN amount TYPE NUMERIC(12, 2);'));
    expect(ofRule(result, 'column-type-change')).toEqual([]);
  });
});

const EARLIER = ['CREATE TABLE IF NOT EXISTS orders (id BIGINT PRIMARY KEY, total NUMERIC(10,2));'];

describe('column-type-change: a table an earlier migration made', () => {
  it('is not new because this file says CREATE TABLE IF NOT EXISTS of it', async () => {
    const sql = `${LOCK}\nCREATE TABLE IF NOT EXISTS orders (id BIGSERIAL PRIMARY KEY);\nALTER TABLE orders ALTER COLUMN total TYPE NUMERIC(20,2);`;
    const only = ['column-type-change'];
    expect((await lintSql(sql, { only, earlier: EARLIER })).findings.map((f) => f.line)).toEqual([4]);
    expect((await lintSql(sql, { only })).findings).toEqual([]);
  });
});
