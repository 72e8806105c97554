/** add-column-not-null-without-default: files it must flag and near-misses it must leave alone (header files: the first UP statement is on line 9). */
import { describe, expect, it } from 'vitest';
import { headerFile, lintOne, ofRule, where } from '../helpers.js';

const LOCK = "SET lock_timeout = '5s';";

describe('add-column-not-null-without-default', () => {
  it('flags a NOT NULL column without a default on an existing table, at its ADD', async () => {
    const up = `${LOCK}\nALTER TABLE users ADD COLUMN IF NOT EXISTS a INT, ADD COLUMN IF NOT EXISTS plan TEXT NOT NULL;`;
    const result = await lintOne(headerFile(up));
    expect(where(result, 'add-column-not-null-without-default')).toEqual(['10:51']);
  });

  it('accepts a default, an identity, a serial, a nullable column, and a new table', async () => {
    const up = [
      LOCK,
      "ALTER TABLE users ADD COLUMN IF NOT EXISTS plan TEXT NOT NULL DEFAULT 'free';",
      'ALTER TABLE users ADD COLUMN IF NOT EXISTS n BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY;',
      'ALTER TABLE users ADD COLUMN IF NOT EXISTS note TEXT;',
      'CREATE TABLE IF NOT EXISTS t (a INT);',
      'ALTER TABLE t ADD COLUMN IF NOT EXISTS b INT NOT NULL;',
    ].join('\n');
    expect(ofRule(await lintOne(headerFile(up)), 'add-column-not-null-without-default')).toEqual([]);
  });
});
