import { describe, expect, it } from 'vitest';
import { lintSql } from '../helpers.js';

const only = ['no-transaction-statement'];
const messages = async (sql: string, transaction: boolean) => (await lintSql(sql, { only, transaction })).findings.map((f) => f.message);

describe('no-transaction-statement', () => {
  it('flags VACUUM and the like in a wrapped file (the reader finds them) and inside a BEGIN block', async () => {
    expect(await messages('VACUUM orders;', true)).toEqual([
      'VACUUM cannot run inside a transaction block, and this migration runs in one: it would fail on every database',
    ]);
    expect(await messages('BEGIN;\nVACUUM orders;\nCOMMIT;', false)).toEqual([
      'VACUUM cannot run inside a transaction block, and the BEGIN before it opens one',
    ]);
  });

  it('accepts them alone in a NO TRANSACTION file, and leaves CONCURRENTLY to concurrently-in-transaction', async () => {
    expect(await messages('VACUUM orders;\nANALYZE orders;', false)).toEqual([]);
    expect(await messages('BEGIN;\nCREATE INDEX CONCURRENTLY IF NOT EXISTS i ON t (a);\nCOMMIT;', false)).toEqual([]);
  });
});
