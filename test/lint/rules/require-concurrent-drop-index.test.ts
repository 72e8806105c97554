import { describe, expect, it } from 'vitest';
import { lintSql } from '../helpers.js';

const only = ['require-concurrent-drop-index'];

describe('require-concurrent-drop-index', () => {
  it('flags DROP INDEX of an existing index, with a safe fix only where CONCURRENTLY can run', async () => {
    const wrapped = await lintSql('DROP INDEX IF EXISTS idx_old;', { only });
    expect(wrapped.findings.map((finding) => finding.message)).toEqual([
      'DROP INDEX idx_old without CONCURRENTLY locks its table against reads and writes until it is dropped',
    ]);
    expect(wrapped.findings[0].fix).toMatchObject({ safe: false });
    const alone = await lintSql('DROP INDEX IF EXISTS idx_old;', { only, transaction: false });
    expect(alone.findings[0].fix).toMatchObject({ safe: true, edits: [{ text: ' CONCURRENTLY' }] });
    // Two indexes in one statement cannot be dropped CONCURRENTLY together.
    expect((await lintSql('DROP INDEX IF EXISTS a, b;', { only, transaction: false })).findings[0].fix?.safe).toBe(false);
  });

  it('leaves alone CONCURRENTLY and an index this UP created before dropping it', async () => {
    expect((await lintSql('DROP INDEX CONCURRENTLY IF EXISTS idx_old;', { only, transaction: false })).findings).toEqual([]);
    const created = 'CREATE TABLE IF NOT EXISTS t (id INT);\nCREATE INDEX IF NOT EXISTS idx_t ON t (id);\nDROP INDEX IF EXISTS idx_t;';
    expect((await lintSql(created, { only })).findings).toEqual([]);
  });
});

describe('require-concurrent-drop-index: the index of a partitioned table', () => {
  const only = ['require-concurrent-drop-index'];
  const earlier = [
    'CREATE TABLE IF NOT EXISTS events (at DATE NOT NULL) PARTITION BY RANGE (at);\nCREATE INDEX IF NOT EXISTS events_at_idx ON events (at);\nCREATE TABLE IF NOT EXISTS plain (id INT);\nCREATE INDEX IF NOT EXISTS plain_id_idx ON plain (id);',
  ];

  it('is neither flagged nor given a CONCURRENTLY fix (PostgreSQL refuses it there)', async () => {
    const result = await lintSql("SET lock_timeout = '5s';\nDROP INDEX IF EXISTS events_at_idx;", { only, transaction: false, earlier });
    expect(result.findings).toEqual([]);
    const plain = await lintSql("SET lock_timeout = '5s';\nDROP INDEX IF EXISTS plain_id_idx;", { only, transaction: false, earlier });
    expect(plain.findings.map((f) => [f.messageId, f.fix?.safe])).toEqual([['notConcurrent', true]]);
  });

  it('flags CONCURRENTLY written on it', async () => {
    const result = await lintSql('DROP INDEX CONCURRENTLY IF EXISTS events_at_idx;', { only, transaction: false, earlier });
    expect(result.findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([
      '3:1 DROP INDEX CONCURRENTLY events_at_idx fails: PostgreSQL cannot drop the index of a partitioned table concurrently',
    ]);
    expect(result.findings[0].hint).toMatch(/plain DROP INDEX after SET lock_timeout/);
  });

  it('an index dropped and made again on a plain table is plain again', async () => {
    const again = [...earlier, 'DROP INDEX IF EXISTS events_at_idx;\nCREATE INDEX IF NOT EXISTS events_at_idx ON plain (id);'];
    const result = await lintSql("SET lock_timeout = '5s';\nDROP INDEX IF EXISTS events_at_idx;", {
      only,
      transaction: false,
      earlier: again,
    });
    expect(result.findings.map((f) => [f.messageId, f.fix?.safe])).toEqual([['notConcurrent', true]]);
  });
});
