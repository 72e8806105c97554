/** table-rewrite: statements that rewrite or lock a whole existing table for their whole run, timeouts or not. */
import { describe, expect, it } from 'vitest';
import { lintSql } from '../helpers.js';

const TIMEOUTS = "SET lock_timeout = '5s';\nSET statement_timeout = '30min';";
const only = ['table-rewrite'];

async function found(sql: string, transaction = false) {
  return (await lintSql(`${TIMEOUTS}\n${sql}`, { only, transaction })).findings.map((f) => ({
    line: f.line,
    column: f.column,
    message: f.message,
    severity: f.severity,
  }));
}

describe('table-rewrite', () => {
  it('flags VACUUM FULL, CLUSTER, REFRESH, SET TABLESPACE, SET LOGGED and SET UNLOGGED though both timeouts are set', async () => {
    const sql = [
      'VACUUM FULL orders;',
      'CLUSTER orders USING orders_user_id_idx;',
      'REFRESH MATERIALIZED VIEW order_stats;',
      'ALTER TABLE orders SET TABLESPACE fastdisk;',
      'ALTER TABLE audit SET LOGGED;',
      'ALTER TABLE scratch SET UNLOGGED;',
    ].join('\n');
    const findings = await found(sql);
    expect(findings.map((f) => `${f.line}:${f.column}`)).toEqual(['5:1', '6:1', '7:1', '8:20', '9:19', '10:21']);
    expect(findings.every((f) => f.severity === 'warning')).toBe(true);
    expect(findings.map((f) => f.message)).toEqual([
      'VACUUM FULL rewrites orders under an ACCESS EXCLUSIVE lock: no reads or writes for as long as it runs, whatever the timeouts',
      'CLUSTER rewrites orders under an ACCESS EXCLUSIVE lock: no reads or writes for as long as it runs, whatever the timeouts',
      'REFRESH MATERIALIZED VIEW order_stats without CONCURRENTLY locks the view against reads for as long as it runs, whatever the timeouts',
      'SET TABLESPACE rewrites orders under an ACCESS EXCLUSIVE lock: no reads or writes for as long as it runs, whatever the timeouts',
      'SET LOGGED rewrites audit under an ACCESS EXCLUSIVE lock: no reads or writes for as long as it runs, whatever the timeouts',
      'SET UNLOGGED rewrites scratch under an ACCESS EXCLUSIVE lock: no reads or writes for as long as it runs, whatever the timeouts',
    ]);
  });

  it('reads the option forms: VACUUM (FULL), (FULL true), (FULL on); not (FULL false), (FULL 0) or a plain VACUUM', async () => {
    expect(await found('VACUUM (FULL, ANALYZE) orders, items;')).toHaveLength(1);
    expect((await found('VACUUM (FULL, ANALYZE) orders, items;'))[0].message).toContain('rewrites orders, items');
    expect(await found('VACUUM (FULL true) orders;')).toHaveLength(1);
    expect(await found('VACUUM (FULL on) orders;')).toHaveLength(1);
    expect(await found('VACUUM (FULL false) orders;')).toEqual([]);
    expect(await found('VACUUM (FULL 0) orders;')).toEqual([]);
    expect(await found('VACUUM ANALYZE orders;')).toEqual([]);
  });

  it('names the whole database for VACUUM FULL and CLUSTER without a table, and ALTER TABLE ALL IN TABLESPACE', async () => {
    expect((await found('VACUUM FULL;'))[0].message).toContain('VACUUM FULL rewrites every table of the database');
    expect((await found('CLUSTER;'))[0].message).toContain('CLUSTER rewrites every table clustered before');
    expect((await found('ALTER TABLE ALL IN TABLESPACE slow SET TABLESPACE fast;'))[0].message).toContain(
      'SET TABLESPACE rewrites every table in tablespace slow',
    );
  });

  it('points at each rewriting clause of a multi-command ALTER TABLE, and at ALTER MATERIALIZED VIEW / INDEX', async () => {
    const findings = await found(
      'ALTER TABLE orders SET TABLESPACE fastdisk, SET LOGGED;\nALTER MATERIALIZED VIEW order_stats SET TABLESPACE fastdisk;\nALTER INDEX orders_idx SET TABLESPACE fastdisk;',
    );
    expect(findings.map((f) => `${f.line}:${f.column}`)).toEqual(['5:20', '5:45', '6:37', '7:24']);
  });

  it('accepts REFRESH ... CONCURRENTLY, and each of them on a table or view the same UP created', async () => {
    expect(await found('REFRESH MATERIALIZED VIEW CONCURRENTLY order_stats;', true)).toEqual([]);
    const created = [
      'CREATE TABLE IF NOT EXISTS scratch (id INT);',
      'CREATE MATERIALIZED VIEW IF NOT EXISTS scratch_stats AS SELECT count(*) AS n FROM scratch;',
      'VACUUM FULL scratch;',
      'CLUSTER scratch;',
      'REFRESH MATERIALIZED VIEW scratch_stats;',
      'ALTER TABLE scratch SET UNLOGGED, SET TABLESPACE fastdisk;',
    ].join('\n');
    expect(await found(created)).toEqual([]);
  });

  it('looks at UP only', async () => {
    const result = await lintSql(TIMEOUTS, { only, down: 'VACUUM FULL orders;\nREFRESH MATERIALIZED VIEW order_stats;' });
    expect(result.findings).toEqual([]);
  });
});
