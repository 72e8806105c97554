/** destructive: files it must flag and near-misses it must leave alone (header files: the first UP statement is on line 9). */
import { describe, expect, it } from 'vitest';
import { headerFile, lintOne, ofRule, where } from '../helpers.js';

const LOCK = "SET lock_timeout = '5s';";

describe('destructive', () => {
  it('flags DROP TABLE, DROP COLUMN, DROP SCHEMA and TRUNCATE in UP', async () => {
    const up = `${LOCK}\nDROP TABLE IF EXISTS legacy;\nALTER TABLE users DROP COLUMN IF EXISTS old;\nDROP SCHEMA IF EXISTS archive CASCADE;\nTRUNCATE audit_log;`;
    const result = await lintOne(headerFile(up));
    expect(where(result, 'destructive')).toEqual(['10:1', '11:19', '12:1', '13:1']);
  });

  it('accepts the same in DOWN, DROP INDEX, and dropping a table created in the same UP', async () => {
    const up = 'CREATE TABLE IF NOT EXISTS scratch (id INT);\nDROP TABLE IF EXISTS scratch;\nDROP INDEX IF EXISTS idx_old;';
    const result = await lintOne(headerFile(up, 'DROP TABLE IF EXISTS tags;\nALTER TABLE users DROP COLUMN IF EXISTS nickname;'));
    expect(ofRule(result, 'destructive')).toEqual([]);
  });
});
