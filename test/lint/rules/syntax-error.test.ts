/** syntax-error: files it must flag and near-misses it must leave alone (header files: the first UP statement is on line 9). */
import { describe, expect, it } from 'vitest';
import { headerFile, lintFiles, lintOne, lintSql, ofRule, where } from '../helpers.js';

describe('syntax-error', () => {
  it('reports the parser error at its line and column, and still checks the other section', async () => {
    const result = await lintOne(headerFile('SELECT 1;\nSELEC 2;', 'DROP TABLE tags;'));
    expect(where(result, 'syntax-error')).toEqual(['10:1']);
    expect(ofRule(result, 'syntax-error')[0].message).toMatch(/syntax error at or near "SELEC"/);
    // DOWN parsed: its own findings are still there.
    expect(where(result, 'require-idempotent')).toEqual(['13:1']);
  });

  it('counts columns in characters after non-ASCII text', async () => {
    const result = await lintOne(headerFile("SELECT 'crème brûlée 🍮' FROM;"));
    expect(where(result, 'syntax-error')).toEqual(['9:29']);
  });

  it('keeps linting the other files', async () => {
    const result = await lintFiles({
      'migrations/tenant/001_bad.sql': headerFile('SELEC 1;', 'SELECT 1;', { Migration: '001_bad' }),
      'migrations/tenant/002_good.sql': headerFile('CREATE TABLE t (id INT);', 'SELECT 1;', { Migration: '002_good', Version: '002' }),
    });
    expect(ofRule(result, 'syntax-error').map((finding) => finding.file)).toEqual(['migrations/tenant/001_bad.sql']);
    expect(ofRule(result, 'require-idempotent').map((finding) => finding.file)).toEqual(['migrations/tenant/002_good.sql']);
    expect(result.summary.files).toBe(2);
  });

  it('does not flag valid SQL with semicolons in strings and dollar quotes', async () => {
    const up = "SELECT 'a;b';\nDO $$ BEGIN PERFORM 1; END $$;";
    expect(ofRule(await lintOne(headerFile(up)), 'syntax-error')).toEqual([]);
  });

  it("flags CONCURRENTLY the fleet's oldest version does not have: REINDEX before 12, DETACH PARTITION before 14", async () => {
    const found = async (sql: string, pgVersion: number) =>
      (await lintSql(sql, { only: ['syntax-error'], transaction: false, pgVersion })).findings.map(
        (f) => `${f.severity} ${f.line}:${f.column} ${f.message}`,
      );
    const reindex = 'REINDEX INDEX CONCURRENTLY idx_orders_customer;';
    expect(await found(reindex, 11)).toEqual([
      'error 3:15 REINDEX ... CONCURRENTLY exists from PostgreSQL 12: on PostgreSQL 11, the oldest the fleet runs, this statement fails',
    ]);
    expect(await found(`SELECT 1;\n${reindex.replace('INDEX CONCURRENTLY', 'TABLE CONCURRENTLY')}`, 10)).toHaveLength(1);
    expect(await found('REINDEX (CONCURRENTLY) TABLE orders;', 11)).toHaveLength(1);
    // The option list took CONCURRENTLY in 14; the keyword after VERBOSE's list works from 12.
    expect(await found('REINDEX (CONCURRENTLY) TABLE orders;', 13)).toEqual([
      'error 3:10 REINDEX (CONCURRENTLY) exists from PostgreSQL 14: on PostgreSQL 13, the oldest the fleet runs, this statement fails',
    ]);
    expect(await found('REINDEX (CONCURRENTLY) TABLE orders;', 14)).toEqual([]);
    expect(await found('REINDEX (VERBOSE) TABLE CONCURRENTLY orders;', 12)).toEqual([]);
    expect(await found(reindex, 12)).toEqual([]);
    expect(await found('REINDEX INDEX idx_orders_customer;', 11)).toEqual([]);

    const detach = 'ALTER TABLE events DETACH PARTITION events_2019 CONCURRENTLY;';
    expect(await found(detach, 13)).toEqual([
      'error 3:49 DETACH PARTITION ... CONCURRENTLY exists from PostgreSQL 14: on PostgreSQL 13, the oldest the fleet runs, this statement fails',
    ]);
    expect(await found(detach, 14)).toEqual([]);
    expect(await found('ALTER TABLE events DETACH PARTITION events_2019;', 13)).toEqual([]);
  });
});

describe('syntax-error: a missing semicolon', () => {
  const only = ['syntax-error'];
  const found = async (sql: string) =>
    (await lintSql(sql, { only })).findings.map((f) => `${f.line}:${f.column} ${f.messageId ?? ''}${f.message}`);

  it('is reported as such, at the end of the statement that lacks it, not as a syntax error on the next line', async () => {
    const result = await lintSql('CREATE TABLE IF NOT EXISTS a1 (id int)\nCREATE TABLE IF NOT EXISTS a2 (id int);', { only });
    expect(result.findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([
      '2:39 missing semicolon: the statement on line 2 has no ";" at its end, so the CREATE on line 3 runs into it',
    ]);
    expect(result.findings[0].hint).toBe('end the statement with ";"');
    expect(result.findings[0].severity).toBe('error');
  });

  it('names every one of a section, with the lines of a statement over several, its ; placed before a comment', async () => {
    const sql = [
      "SET LOCAL lock_timeout = '5s'",
      'DROP INDEX IF EXISTS x',
      'ALTER TABLE a1',
      '  ADD COLUMN IF NOT EXISTS b int -- why',
      '-- more',
      'SELECT 1;',
    ].join('\n');
    expect(await found(sql)).toEqual([
      '2:30 missing semicolon: the statement on line 2 has no ";" at its end, so the DROP on line 3 runs into it',
      '3:23 missing semicolon: the statement on line 3 has no ";" at its end, so the ALTER on line 4 runs into it',
      '5:33 missing semicolon: the statement on lines 4-5 has no ";" at its end, so the SELECT on line 7 runs into it',
    ]);
  });

  it('reports a real syntax error after it as a syntax error, at its own place', async () => {
    expect(await found('CREATE TABLE IF NOT EXISTS a (id int)\nDROP TABLE IF EXISTS b;\nSELECT FROM WHERE;')).toEqual([
      '2:38 missing semicolon: the statement on line 2 has no ";" at its end, so the DROP on line 3 runs into it',
      '4:13 syntax error at or near "WHERE"',
    ]);
  });

  it('leaves other syntax errors as they are: a keyword in the middle of a line, or one the ; would not cure', async () => {
    expect(await found('CREATE TABLE IF NOT EXISTS a (id int) CREATE TABLE b (id int);')).toEqual([
      '2:39 syntax error at or near "CREATE"',
    ]);
    expect(await found('CREATE TABLE t (\n  id int\nSELECT 1;')).toEqual(['4:1 syntax error at or near "SELECT"']);
    expect(await found('SELECT 1;\nSELEC 2;')).toEqual(['3:1 syntax error at or near "SELEC"']);
  });

  it('in a header-format file, with the same positions in the file', async () => {
    const result = await lintOne(headerFile('CREATE TABLE IF NOT EXISTS a (id int)\nDROP TABLE IF EXISTS b;'));
    expect(where(result, 'syntax-error')).toEqual(['9:38']);
    expect(ofRule(result, 'syntax-error')[0].message).toMatch(/^missing semicolon: the statement on line 9 /);
  });
});
