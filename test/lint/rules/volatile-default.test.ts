/** volatile-default: files it must flag and near-misses it must leave alone (header files: the first UP statement is on line 9). */
import { describe, expect, it } from 'vitest';
import { headerFile, lintOne, lintSql, ofRule, where } from '../helpers.js';

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

describe('volatile-default: judged by what is known to be safe', () => {
  const ids = async (sql: string, pgVersion?: number) =>
    (await lintSql(`${LOCK}\n${sql}`, { only: ['volatile-default'], pgVersion })).findings.map((finding) => finding.messageId);

  it('flags unknown and user-defined functions, a built-in called with arguments it does not take, and uuid()', async () => {
    expect(await ids('ALTER TABLE t ADD COLUMN IF NOT EXISTS a JSONB DEFAULT myjsonb();')).toEqual(['unknownFunction']);
    expect(await ids('ALTER TABLE t ADD COLUMN IF NOT EXISTS a UUID DEFAULT app.new_id();')).toEqual(['unknownFunction']);
    expect(await ids('ALTER TABLE t ADD COLUMN IF NOT EXISTS a TIMESTAMPTZ DEFAULT now(123);')).toEqual(['unknownFunction']);
    expect(await ids('ALTER TABLE t ADD COLUMN IF NOT EXISTS a UUID DEFAULT uuid();')).toEqual(['unknownFunction']);
    expect(await ids('ALTER TABLE t ADD COLUMN IF NOT EXISTS a TEXT DEFAULT lower(md5(random()::text));')).toEqual(['volatile']);
  });

  it('accepts constants, casts, arrays, operators and stable built-ins', async () => {
    const safe = [
      "ALTER TABLE t ADD COLUMN IF NOT EXISTS a JSONB DEFAULT '{}'::jsonb;",
      'ALTER TABLE t ADD COLUMN IF NOT EXISTS b BIGINT[] DEFAULT CAST(ARRAY[] AS BIGINT[]);',
      "ALTER TABLE t ADD COLUMN IF NOT EXISTS c TIMESTAMPTZ NOT NULL DEFAULT now() - interval '100 years';",
      'ALTER TABLE t ADD COLUMN IF NOT EXISTS d TIMESTAMPTZ DEFAULT CURRENT_TIMESTAMP;',
      "ALTER TABLE t ADD COLUMN IF NOT EXISTS e TEXT DEFAULT coalesce(NULL, lower('X'));",
      "ALTER TABLE t ADD COLUMN IF NOT EXISTS f JSONB DEFAULT pg_catalog.jsonb_build_object('a', 1);",
    ];
    for (const sql of safe) expect(await ids(sql)).toEqual([]);
  });

  it('flags identity and stored generated columns (a rewrite), not virtual ones', async () => {
    expect(await ids('ALTER TABLE t ADD COLUMN IF NOT EXISTS n BIGINT GENERATED ALWAYS AS IDENTITY;')).toEqual(['volatile']);
    expect(await ids('ALTER TABLE t ADD COLUMN IF NOT EXISTS n INT GENERATED ALWAYS AS (a + 1) STORED;')).toEqual(['generated']);
    expect(await ids('ALTER TABLE t ADD COLUMN IF NOT EXISTS n INT GENERATED ALWAYS AS (a + 1) VIRTUAL;')).toEqual([]);
  });

  it('before PostgreSQL 11 every non-null default rewrites the table', async () => {
    expect(await ids('ALTER TABLE t ADD COLUMN IF NOT EXISTS a INT DEFAULT 10;', 10)).toEqual(['beforeEleven']);
    expect(await ids('ALTER TABLE t ADD COLUMN IF NOT EXISTS a INT DEFAULT NULL;', 10)).toEqual([]);
    expect(await ids('ALTER TABLE t ADD COLUMN IF NOT EXISTS a INT DEFAULT 10;', 11)).toEqual([]);
  });
});

const EARLIER = ['CREATE TABLE IF NOT EXISTS orders (id BIGINT PRIMARY KEY, total NUMERIC(10,2));'];

describe('volatile-default: a table an earlier migration made', () => {
  it('is not new because this file says CREATE TABLE IF NOT EXISTS of it', async () => {
    const sql = `${LOCK}\nCREATE TABLE IF NOT EXISTS orders (id BIGSERIAL PRIMARY KEY);\nALTER TABLE orders ADD COLUMN IF NOT EXISTS uid UUID DEFAULT gen_random_uuid();`;
    const only = ['volatile-default'];
    expect((await lintSql(sql, { only, earlier: EARLIER })).findings.map((f) => f.line)).toEqual([4]);
    expect((await lintSql(sql, { only })).findings).toEqual([]);
  });
});
