/** volatile-default: files it must flag and near-misses it must leave alone (header files: the first UP statement is on line 9). */
import { describe, expect, it } from 'vitest';
import { headerFile, lintOne, ofRule, where } from '../helpers.js';

const LOCK = "SET lock_timeout = '5s';";

describe('volatile-default', () => {
  it('flags a volatile default and a serial column on an existing table, at the function', async () => {
    const up = `${LOCK}\nALTER TABLE orders ADD COLUMN IF NOT EXISTS ünïque UUID DEFAULT gen_random_uuid();\nALTER TABLE orders ADD COLUMN IF NOT EXISTS n BIGSERIAL;`;
    const result = await lintOne(headerFile(up));
    expect(where(result, 'volatile-default')).toEqual(['10:65', '11:47']);
    expect(ofRule(result, 'volatile-default')[0].endColumn).toBe(81);
  });

  it('accepts constants and now(), and volatile defaults on a new table', async () => {
    const up = [
      LOCK,
      "ALTER TABLE orders ADD COLUMN IF NOT EXISTS status TEXT DEFAULT 'new';",
      'ALTER TABLE orders ADD COLUMN IF NOT EXISTS created_at TIMESTAMPTZ DEFAULT now();',
      'ALTER TABLE orders ALTER COLUMN id SET DEFAULT gen_random_uuid();',
      'CREATE TABLE IF NOT EXISTS t (id UUID DEFAULT gen_random_uuid());',
      'ALTER TABLE t ADD COLUMN IF NOT EXISTS r FLOAT DEFAULT random();',
    ].join('\n');
    expect(ofRule(await lintOne(headerFile(up)), 'volatile-default')).toEqual([]);
  });
});
