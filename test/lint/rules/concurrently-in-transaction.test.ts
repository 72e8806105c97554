/** concurrently-in-transaction: files it must flag and near-misses it must leave alone (header files: the first UP statement is on line 9). */
import { describe, expect, it } from 'vitest';
import { headerFile, lintOne, ofRule, where } from '../helpers.js';

describe('concurrently-in-transaction', () => {
  it('flags CREATE/DROP INDEX CONCURRENTLY in a migration that runs in a transaction, at the keyword', async () => {
    const result = await lintOne(
      headerFile('CREATE INDEX CONCURRENTLY IF NOT EXISTS idx ON users (email);', 'DROP INDEX CONCURRENTLY IF EXISTS idx;'),
    );
    expect(where(result, 'concurrently-in-transaction')).toEqual(['9:14', '12:12']);
    expect(ofRule(result, 'concurrently-in-transaction')[0].hint).toMatch(/Transaction: none/);
  });

  it('accepts it with "-- Transaction: none" or goose NO TRANSACTION', async () => {
    const header = headerFile('CREATE INDEX CONCURRENTLY IF NOT EXISTS idx ON users (email);', 'DROP INDEX CONCURRENTLY IF EXISTS idx;', {
      Transaction: 'none',
    });
    expect(ofRule(await lintOne(header), 'concurrently-in-transaction')).toEqual([]);
    const goose =
      '-- +goose NO TRANSACTION\n-- +goose Up\nCREATE INDEX CONCURRENTLY IF NOT EXISTS idx ON users (email);\n-- +goose Down\nSELECT 1;\n';
    expect(ofRule(await lintOne(goose), 'concurrently-in-transaction')).toEqual([]);
  });
});
