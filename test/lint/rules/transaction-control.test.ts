import { describe, expect, it } from 'vitest';
import { lintSql } from '../helpers.js';

const only = ['transaction-control'];
const messages = async (sql: string, transaction: boolean) => (await lintSql(sql, { only, transaction })).findings.map((f) => f.message);

describe('transaction-control', () => {
  it('in a wrapped file: every BEGIN, COMMIT and ROLLBACK (found by the reader)', async () => {
    const found = await messages('BEGIN;\nSELECT 1;\nCOMMIT;', true);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^BEGIN in a migration that runs in a transaction/);
  });

  it('in a NO TRANSACTION file: a BEGIN never committed, a nested BEGIN, a COMMIT with nothing open', async () => {
    expect(await messages('BEGIN;\nCREATE TABLE IF NOT EXISTS a (id INT);', false)).toEqual([
      'this BEGIN is never committed: the session ends with the transaction open and PostgreSQL rolls it back',
    ]);
    expect(await messages('BEGIN;\nBEGIN;\nCOMMIT;', false)).toEqual([
      'BEGIN inside a transaction the file already opened: PostgreSQL ignores it, and the first COMMIT ends both',
    ]);
    expect(await messages('SELECT 1;\nCOMMIT;', false)).toEqual([
      'COMMIT with no transaction open: PostgreSQL only warns, and nothing is committed or undone',
    ]);
    expect(await messages('BEGIN;\nSELECT 1;\nCOMMIT;\nSTART TRANSACTION;\nSELECT 2;\nEND;', false)).toEqual([]);
  });
});
