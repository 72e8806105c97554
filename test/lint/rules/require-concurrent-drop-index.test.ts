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
