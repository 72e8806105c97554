/** add-column-not-null-without-default: files it must flag and near-misses it must leave alone (header files: the first UP statement is on line 9). */
import { describe, expect, it } from 'vitest';
import { headerFile, lintFiles, lintOne, lintSql, ofRule, where } from '../helpers.js';

const LOCK = "SET lock_timeout = '5s';";

describe('add-column-not-null-without-default', () => {
  it('flags a NOT NULL column without a default on an existing table, at its ADD', async () => {
    const up = `${LOCK}\nALTER TABLE users ADD COLUMN IF NOT EXISTS a INT, ADD COLUMN IF NOT EXISTS plan TEXT NOT NULL;`;
    const result = await lintOne(headerFile(up));
    expect(where(result, 'add-column-not-null-without-default')).toEqual(['10:51']);
  });

  it('accepts a default, an identity, a serial, a nullable column, and a new table', async () => {
    const up = [
      LOCK,
      "ALTER TABLE users ADD COLUMN IF NOT EXISTS plan TEXT NOT NULL DEFAULT 'free';",
      'ALTER TABLE users ADD COLUMN IF NOT EXISTS n BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY;',
      'ALTER TABLE users ADD COLUMN IF NOT EXISTS note TEXT;',
      'CREATE TABLE IF NOT EXISTS t (a INT);',
      'ALTER TABLE t ADD COLUMN IF NOT EXISTS b INT NOT NULL;',
    ].join('\n');
    expect(ofRule(await lintOne(headerFile(up)), 'add-column-not-null-without-default')).toEqual([]);
  });
});

const EARLIER = ['CREATE TABLE IF NOT EXISTS orders (id BIGINT PRIMARY KEY, total NUMERIC(10,2));'];

describe('add-column-not-null-without-default: a table an earlier migration made', () => {
  const sql = `${LOCK}\nCREATE TABLE IF NOT EXISTS orders (id BIGSERIAL PRIMARY KEY);\nALTER TABLE orders ADD COLUMN IF NOT EXISTS region TEXT NOT NULL;`;
  const only = ['add-column-not-null-without-default'];

  it('CREATE TABLE IF NOT EXISTS of it creates nothing: the ADD COLUMN is on the live table and is flagged', async () => {
    const { findings } = await lintSql(sql, { only, earlier: EARLIER });
    expect(findings.map((f) => `${f.line}:${f.column}`)).toEqual(['4:20']);
    // Also under another spelling of the name, and after a rename to it.
    expect((await lintSql(sql, { only, earlier: ['CREATE TABLE public.orders (id BIGINT);'] })).findings).toHaveLength(1);
    const renamed = ['CREATE TABLE IF NOT EXISTS o (id BIGINT);', 'ALTER TABLE o RENAME TO orders;'];
    expect((await lintSql(sql, { only, earlier: renamed })).findings).toHaveLength(1);
  });

  it('a table no earlier migration made, or one an earlier migration dropped, or this file dropped first, is new', async () => {
    expect((await lintSql(sql, { only })).findings).toEqual([]);
    expect((await lintSql(sql, { only, earlier: [...EARLIER, 'DROP TABLE IF EXISTS orders;'] })).findings).toEqual([]);
    expect((await lintSql(sql, { only, earlier: ['CREATE TABLE o (id BIGINT);', 'ALTER TABLE o RENAME TO p;'] })).findings).toEqual([]);
    const recreated = `${LOCK}\nDROP TABLE IF EXISTS orders;\nCREATE TABLE orders (id BIGINT);\nALTER TABLE orders ADD COLUMN IF NOT EXISTS region TEXT NOT NULL;`;
    expect((await lintSql(recreated, { only, earlier: EARLIER })).findings).toEqual([]);
  });

  it("reads the file's own timeline: a master migration's table is not a tenant's", async () => {
    const goose = (up: string) => `-- +goose Up\n${up}\n-- +goose Down\nSELECT 1;\n`;
    const tenant = goose(sql);
    const files = (earlier: string) => ({ [earlier]: goose(EARLIER[0]), 'migrations/tenant/002_change.sql': tenant });
    const found = async (earlier: string) => ofRule(await lintFiles(files(earlier)), 'add-column-not-null-without-default');
    expect(await found('migrations/master/001_orders.sql')).toEqual([]);
    expect(await found('migrations/tenant/001_orders.sql')).toHaveLength(1);
    expect(await found('migrations/both/001_orders.sql')).toHaveLength(1);
  });
});
