/** require-concurrent-index: files it must flag and near-misses it must leave alone (header files: the first UP statement is on line 9). */
import { describe, expect, it } from 'vitest';
import { applySafeFixes } from '../../../src/lint/apply-fixes.js';
import { headerFile, lintOne, lintSql, ofRule, where } from '../helpers.js';

const LOCK = "SET lock_timeout = '5s';";

describe('require-concurrent-index', () => {
  it('flags a plain index on a table the migration did not create', async () => {
    const result = await lintOne(headerFile(`${LOCK}\nCREATE INDEX IF NOT EXISTS idx ON users (email);`));
    expect(where(result, 'require-concurrent-index')).toEqual(['10:1']);
    expect(ofRule(result, 'require-concurrent-index')[0].severity).toBe('warning');
  });

  it('accepts an index on a table created in the same migration, or built concurrently', async () => {
    const created = headerFile('CREATE TABLE IF NOT EXISTS tags (id INT);\nCREATE INDEX IF NOT EXISTS idx ON public.tags (id);');
    expect(ofRule(await lintOne(created), 'require-concurrent-index')).toEqual([]);
    const concurrent = headerFile('CREATE INDEX CONCURRENTLY IF NOT EXISTS idx ON users (email);', 'SELECT 1;', { Transaction: 'none' });
    expect(ofRule(await lintOne(concurrent), 'require-concurrent-index')).toEqual([]);
  });

  it('carries CONCURRENTLY as a fix, safe only outside a transaction and for a statement of its own', async () => {
    const only = ['require-concurrent-index'];
    const sql = 'CREATE UNIQUE INDEX IF NOT EXISTS idx ON users (email);';
    const alone = (await lintSql(sql, { only, transaction: false })).findings[0];
    expect(alone.fix).toMatchObject({ safe: true, edits: [{ text: ' CONCURRENTLY' }] });
    const result = await lintSql(sql, { only, transaction: false });
    const { text } = applySafeFixes(result.text, result.findings);
    expect(text).toContain('CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS idx ON users (email);');
    expect(
      (await lintSql('CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS idx ON users (email);', { only, transaction: false })).findings,
    ).toEqual([]);
    expect((await lintSql(sql, { only })).findings[0].fix?.safe).toBe(false);
  });
});
