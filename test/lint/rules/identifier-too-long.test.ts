import { describe, expect, it } from 'vitest';
import { lintSql } from '../helpers.js';

const only = ['identifier-too-long'];
const names = async (sql: string) => (await lintSql(sql, { only })).findings.map((f) => f.message.split('"')[1]);
const long = `t_${'x'.repeat(62)}`;

describe('identifier-too-long', () => {
  it('flags names over 63 bytes anywhere: tables, columns, indexes, quoted names, drops', async () => {
    expect(await names(`CREATE TABLE IF NOT EXISTS ${long} (id INT);`)).toEqual([long]);
    expect(await names(`ALTER TABLE t ADD COLUMN IF NOT EXISTS ${long} INT;`)).toEqual([long]);
    expect(await names(`CREATE INDEX IF NOT EXISTS ${long} ON t (a);`)).toEqual([long]);
    expect(await names(`DROP TABLE IF EXISTS "${long}";`)).toEqual([long]);
  });

  it('counts bytes, not characters: 32 é are 64 bytes', async () => {
    const accented = 'é'.repeat(32);
    expect(await names(`CREATE TABLE IF NOT EXISTS "${accented}" (id INT);`)).toEqual([accented]);
    expect(await names(`CREATE TABLE IF NOT EXISTS "${'é'.repeat(31)}" (id INT);`)).toEqual([]);
  });

  it('reads an unquoted name with emoji whole: PostgreSQL takes them as letters, four bytes each', async () => {
    const withEmoji = `t_${'😀'.repeat(16)}`;
    expect(await names(`CREATE TABLE IF NOT EXISTS ${withEmoji} (id INT);`)).toEqual([withEmoji]);
    expect(await names(`CREATE TABLE IF NOT EXISTS t_${'😀'.repeat(15)} (id INT);`)).toEqual([]);
  });

  it('leaves long strings, comments and function bodies alone', async () => {
    expect(await names(`COMMENT ON TABLE t IS '${long}';\n-- ${long}\nSELECT 1;`)).toEqual([]);
  });
});
