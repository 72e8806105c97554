/** rename: files it must flag and near-misses it must leave alone (header files: the first UP statement is on line 9). */
import { describe, expect, it } from 'vitest';
import { headerFile, lintOne, ofRule, where } from '../helpers.js';

const LOCK = "SET lock_timeout = '5s';";

describe('rename', () => {
  it('flags renaming a table or a column in UP', async () => {
    const up = `${LOCK}\nALTER TABLE users RENAME COLUMN name TO full_name;\nALTER TABLE users RENAME TO accounts;`;
    const result = await lintOne(headerFile(up));
    expect(where(result, 'rename')).toEqual(['10:1', '11:1']);
    expect(ofRule(result, 'rename')[0].message).toMatch(/renaming column users.name to full_name/);
  });

  it('accepts renaming an index or a constraint, a table created in the same UP, and renames in DOWN', async () => {
    const up = [
      LOCK,
      'ALTER INDEX idx_a RENAME TO idx_b;',
      'ALTER TABLE users RENAME CONSTRAINT a TO b;',
      'CREATE TABLE IF NOT EXISTS t (a INT);',
      'ALTER TABLE t RENAME COLUMN a TO b;',
    ].join('\n');
    const result = await lintOne(headerFile(up, 'ALTER TABLE users RENAME COLUMN full_name TO name;'));
    expect(ofRule(result, 'rename')).toEqual([]);
  });
});
