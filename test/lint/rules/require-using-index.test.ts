import { describe, expect, it } from 'vitest';
import { lintSql } from '../helpers.js';

const only = ['require-using-index'];
const ids = async (sql: string) => (await lintSql(sql, { only })).findings.map((f) => f.messageId);

describe('require-using-index', () => {
  it('flags UNIQUE and PRIMARY KEY built under the lock, as constraints or on ADD COLUMN', async () => {
    expect(await ids('ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);')).toEqual(['withoutIndex']);
    expect(await ids('ALTER TABLE items ADD PRIMARY KEY (id);')).toEqual(['withoutIndex']);
    expect(await ids('ALTER TABLE users ADD COLUMN IF NOT EXISTS code TEXT UNIQUE;')).toEqual(['column']);
    expect(await ids('ALTER TABLE users ADD COLUMN IF NOT EXISTS id BIGSERIAL PRIMARY KEY;')).toEqual(['column']);
  });

  it('accepts USING INDEX, and constraints on a table this migration created', async () => {
    expect(await ids('ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_idx;')).toEqual([]);
    expect(await ids('ALTER TABLE users ADD CONSTRAINT users_pkey PRIMARY KEY USING INDEX users_pkey_idx;')).toEqual([]);
    expect(await ids('CREATE TABLE IF NOT EXISTS t (id INT);\nALTER TABLE t ADD PRIMARY KEY (id);')).toEqual([]);
  });
});
