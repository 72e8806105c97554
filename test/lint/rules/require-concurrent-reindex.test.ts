import { describe, expect, it } from 'vitest';
import { lintSql } from '../helpers.js';

const only = ['require-concurrent-reindex'];
const ids = async (sql: string, options = {}) =>
  (await lintSql(sql, { only, transaction: false, ...options })).findings.map((f) => f.messageId);

describe('require-concurrent-reindex', () => {
  it('flags REINDEX of an index, table, schema or database without CONCURRENTLY', async () => {
    for (const sql of [
      'REINDEX INDEX idx;',
      'REINDEX TABLE t;',
      'REINDEX SCHEMA app;',
      'REINDEX DATABASE app;',
      'REINDEX (CONCURRENTLY false) INDEX idx;',
    ]) {
      expect(await ids(sql)).toEqual(['notConcurrent']);
    }
  });

  it('accepts CONCURRENTLY, says there is no CONCURRENTLY before 12, and leaves REINDEX SYSTEM alone', async () => {
    expect(await ids('REINDEX INDEX CONCURRENTLY idx;')).toEqual([]);
    expect(await ids('REINDEX (CONCURRENTLY) TABLE t;')).toEqual([]);
    expect(await ids('REINDEX INDEX idx;', { pgVersion: 11 })).toEqual(['beforeTwelve']);
    expect(await ids('REINDEX SYSTEM app;')).toEqual([]);
  });

  it('its fix adds CONCURRENTLY after the object kind', async () => {
    const result = await lintSql('REINDEX TABLE orders;', { only, transaction: false });
    const edit = result.findings[0].fix?.edits[0];
    expect(edit && `${result.text.slice(0, edit.start)}${edit.text}${result.text.slice(edit.end)}`).toContain(
      'REINDEX TABLE CONCURRENTLY orders;',
    );
  });
});
