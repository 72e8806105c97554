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

describe('require-concurrent-index: partitioned tables', () => {
  const only = ['require-concurrent-index'];
  const PARTITIONED = 'CREATE TABLE IF NOT EXISTS events (at DATE NOT NULL) PARTITION BY RANGE (at);';
  const PARTITION = "CREATE TABLE IF NOT EXISTS events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');";

  it('offers no CONCURRENTLY fix on a table an earlier migration partitioned, and names the safe pattern', async () => {
    const sql = 'CREATE INDEX IF NOT EXISTS events_at_idx ON events (at);';
    const result = await lintSql(sql, { only, transaction: false, earlier: [`${PARTITIONED}\n${PARTITION}`] });
    expect(result.findings).toHaveLength(1);
    const [finding] = result.findings;
    expect(finding.messageId).toBe('partitioned');
    expect(finding.fix).toBeUndefined();
    expect(finding.message).toBe('CREATE INDEX on partitioned table events blocks writes to every partition while it builds');
    expect(finding.hint).toContain('ON ONLY events');
    expect(finding.hint).toContain('CREATE INDEX CONCURRENTLY');
    expect(finding.hint).toContain('ALTER INDEX events_at_idx ATTACH PARTITION');
    expect(applySafeFixes(result.text, result.findings).text).toBe(result.text);
  });

  it('still fixes an index on a partition, or on a plain table, and accepts ON ONLY the parent', async () => {
    const earlier = [`${PARTITIONED}\n${PARTITION}`];
    const onPartition = await lintSql('CREATE INDEX IF NOT EXISTS events_2026_at_idx ON events_2026 (at);', {
      only,
      transaction: false,
      earlier,
    });
    expect(onPartition.findings.map((f) => [f.messageId, f.fix?.safe])).toEqual([['notConcurrent', true]]);
    const onlyParent = await lintSql('CREATE INDEX IF NOT EXISTS events_at_idx ON ONLY events (at);', {
      only,
      transaction: false,
      earlier,
    });
    expect(onlyParent.findings).toEqual([]);
  });

  it('flags CONCURRENTLY written on a partitioned table, from an earlier migration or this one', async () => {
    const sql = 'CREATE INDEX CONCURRENTLY IF NOT EXISTS events_at_idx ON events (at);';
    const earlier = await lintSql(sql, { only, transaction: false, earlier: [PARTITIONED] });
    expect(earlier.findings.map((f) => [f.messageId, f.line])).toEqual([['concurrentOnPartitioned', 3]]);
    expect(earlier.findings[0].message).toBe(
      'CREATE INDEX CONCURRENTLY on partitioned table events fails: PostgreSQL cannot build it concurrently',
    );
    const here = await lintSql(`${PARTITIONED}\n${sql}`, { only, transaction: false });
    expect(here.findings.map((f) => [f.messageId, f.line])).toEqual([['concurrentOnPartitioned', 4]]);
  });

  it('forgets a partitioned table that was dropped, and a plain table of the same name is fixed as before', async () => {
    const sql = 'CREATE INDEX IF NOT EXISTS events_at_idx ON events (at);';
    const result = await lintSql(sql, {
      only,
      transaction: false,
      earlier: [PARTITIONED, 'DROP TABLE IF EXISTS events;\nCREATE TABLE IF NOT EXISTS events (at DATE);'],
    });
    expect(result.findings.map((f) => [f.messageId, f.fix?.safe])).toEqual([['notConcurrent', true]]);
  });
});

const EARLIER = ['CREATE TABLE IF NOT EXISTS orders (id BIGINT PRIMARY KEY, total NUMERIC(10,2));'];

describe('require-concurrent-index: a table an earlier migration made', () => {
  it('is not new because this file says CREATE TABLE IF NOT EXISTS of it', async () => {
    const sql = `${LOCK}\nCREATE TABLE IF NOT EXISTS orders (id BIGSERIAL PRIMARY KEY);\nCREATE INDEX IF NOT EXISTS orders_total_idx ON orders (total);`;
    const only = ['require-concurrent-index'];
    expect((await lintSql(sql, { only, earlier: EARLIER })).findings.map((f) => f.line)).toEqual([4]);
    expect((await lintSql(sql, { only })).findings).toEqual([]);
  });
});
