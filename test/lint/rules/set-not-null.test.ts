/** set-not-null: files it must flag and near-misses it must leave alone (header files: the first UP statement is on line 9). */
import { describe, expect, it } from 'vitest';
import { headerFile, lintOne, ofRule, where } from '../helpers.js';

const LOCK = "SET lock_timeout = '5s';";

describe('set-not-null', () => {
  it('flags SET NOT NULL on an existing table', async () => {
    const result = await lintOne(headerFile(`${LOCK}\nALTER TABLE users ALTER COLUMN email SET NOT NULL;`));
    expect(where(result, 'set-not-null')).toEqual(['10:38']);
  });

  it('accepts it after a validated CHECK (email IS NOT NULL), and on a new table', async () => {
    const safe = [
      LOCK,
      'ALTER TABLE users ADD CONSTRAINT email_nn CHECK (email IS NOT NULL) NOT VALID;',
      'ALTER TABLE users VALIDATE CONSTRAINT email_nn;',
      'ALTER TABLE users ALTER COLUMN email SET NOT NULL;',
    ].join('\n');
    expect(ofRule(await lintOne(headerFile(safe)), 'set-not-null')).toEqual([]);
    const fresh = 'CREATE TABLE IF NOT EXISTS t (a INT);\nALTER TABLE t ALTER COLUMN a SET NOT NULL;';
    expect(ofRule(await lintOne(headerFile(fresh)), 'set-not-null')).toEqual([]);
  });
});
