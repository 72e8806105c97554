/** require-idempotent: files it must flag and near-misses it must leave alone (header files: the first UP statement is on line 9). */
import { describe, expect, it } from 'vitest';
import { headerFile, lintOne, lintSql, ofRule, where } from '../helpers.js';

const LOCK = "SET lock_timeout = '5s';";

describe('require-idempotent', () => {
  it('flags every unguarded CREATE, DROP and ALTER TABLE clause, in UP and DOWN, at the clause', async () => {
    const up = [
      'CREATE TABLE tags (id INT);',
      'CREATE INDEX idx_tags ON tags (id);',
      'CREATE SCHEMA billing;',
      'CREATE SEQUENCE tag_seq;',
      'CREATE EXTENSION pgcrypto;',
      'CREATE VIEW tag_view AS SELECT 1;',
      'CREATE FUNCTION f() RETURNS int AS $$ SELECT 1 $$ LANGUAGE sql;',
      'ALTER TABLE users ADD COLUMN nickname TEXT, ADD CONSTRAINT c CHECK (true) NOT VALID, ADD age INT;',
      'ALTER TABLE users DROP COLUMN old, DROP CONSTRAINT old_check;',
    ].join('\n');
    const result = await lintOne(headerFile(up, 'DROP TABLE tags;'));
    expect(where(result, 'require-idempotent')).toEqual([
      '9:1',
      '10:1',
      '11:1',
      '12:1',
      '13:1',
      '14:1',
      '15:1',
      '16:19',
      '16:45',
      '16:86',
      '17:19',
      '17:36',
      '20:1',
    ]);
    const messages = ofRule(result, 'require-idempotent').map((finding) => finding.message);
    expect(messages[5]).toMatch(/CREATE VIEW without OR REPLACE/);
    expect(messages[8]).toMatch(/ADD CONSTRAINT c \(in UP\) fails when it runs twice/);
    expect(messages[9]).toMatch(/ADD COLUMN age/);
    expect(messages[12]).toMatch(/DROP TABLE tags without IF EXISTS \(in DOWN\)/);
    expect(ofRule(result, 'require-idempotent')[1].hint).toBe('write CREATE INDEX IF NOT EXISTS');
  });

  it('accepts the guarded forms and statements that have no guard to add', async () => {
    const up = [
      'CREATE TABLE IF NOT EXISTS tags (id INT);',
      'CREATE INDEX IF NOT EXISTS idx_tags ON tags (id);',
      'CREATE SCHEMA IF NOT EXISTS billing;',
      'CREATE SEQUENCE IF NOT EXISTS tag_seq;',
      'CREATE EXTENSION IF NOT EXISTS pgcrypto;',
      'CREATE OR REPLACE VIEW tag_view AS SELECT 1;',
      'CREATE OR REPLACE FUNCTION f() RETURNS int AS $$ SELECT 1 $$ LANGUAGE sql;',
      'ALTER TABLE users ADD COLUMN IF NOT EXISTS nickname TEXT, DROP CONSTRAINT IF EXISTS c, ADD CONSTRAINT c CHECK (true) NOT VALID;',
      'ALTER TABLE users DROP COLUMN IF EXISTS old, DROP CONSTRAINT IF EXISTS old_check, ALTER COLUMN a DROP DEFAULT;',
      "UPDATE users SET note = 'CREATE TABLE x' WHERE note IS NULL;",
      '-- CREATE TABLE in a comment',
    ].join('\n');
    const result = await lintOne(headerFile(up, 'DROP TABLE IF EXISTS tags;\nDROP INDEX CONCURRENTLY IF EXISTS idx;'));
    expect(ofRule(result, 'require-idempotent')).toEqual([]);
  });

  it('flags a named ADD CONSTRAINT (it fails on a re-run: no IF NOT EXISTS exists), unless the file dropped it IF EXISTS before', async () => {
    const flagged = async (sql: string) =>
      (await lintSql(`${LOCK}\n${sql}`, { only: ['require-idempotent'] })).findings.map((f) => `${f.line}:${f.column} ${f.message}`);
    const unique = 'ALTER TABLE accounts ADD CONSTRAINT email_uniq UNIQUE (email);';
    expect(await flagged(unique)).toEqual([
      '3:22 ADD CONSTRAINT email_uniq (in UP) fails when it runs twice: PostgreSQL has no ADD CONSTRAINT IF NOT EXISTS',
    ]);
    const [finding] = (await lintSql(unique, { only: ['require-idempotent'] })).findings;
    expect(finding.hint).toContain(
      "IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'email_uniq' AND conrelid = 'accounts'::regclass)",
    );
    expect(finding.hint).toContain('or put ALTER TABLE accounts DROP CONSTRAINT IF EXISTS email_uniq; before it');
    expect(finding.fix).toBeUndefined();
    // Guarded: dropped IF EXISTS earlier in the file, or in the same statement; a DO block hides it from the check.
    expect(await flagged(`ALTER TABLE accounts DROP CONSTRAINT IF EXISTS email_uniq;\n${unique}`)).toEqual([]);
    expect(await flagged('ALTER TABLE accounts DROP CONSTRAINT IF EXISTS email_uniq, ADD CONSTRAINT email_uniq UNIQUE (email);')).toEqual(
      [],
    );
    expect(
      await flagged(
        "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'email_uniq') THEN ALTER TABLE accounts ADD CONSTRAINT email_uniq UNIQUE (email); END IF; END $$;",
      ),
    ).toEqual([]);
    // A drop covers one ADD, of that name, on that table: a second ADD fails on the first run already.
    expect(await flagged(`ALTER TABLE accounts DROP CONSTRAINT IF EXISTS email_uniq;\n${unique}\n${unique}`)).toHaveLength(1);
    expect(await flagged(`ALTER TABLE accounts DROP CONSTRAINT IF EXISTS other;\n${unique}`)).toHaveLength(1);
    expect(await flagged(`ALTER TABLE users DROP CONSTRAINT IF EXISTS email_uniq;\n${unique}`)).toHaveLength(1);
    expect(await flagged(`${unique}\nALTER TABLE accounts DROP CONSTRAINT IF EXISTS email_uniq;`)).toHaveLength(1);
    // An unnamed constraint gets a fresh name on each run, so a re-run does not fail on it.
    expect(await flagged("ALTER TABLE accounts ADD CHECK (email <> '');")).toEqual([]);
  });

  it('names dropped objects and their kind as SQL spells them, in message and hint', async () => {
    const up = [
      'DROP FUNCTION f(int, text[]);',
      'DROP MATERIALIZED VIEW mv;',
      'DROP TRIGGER trg ON billing.users;',
      'DROP POLICY tenant_only ON users;',
      'DROP RULE no_delete ON users;',
      'DROP TEXT SEARCH CONFIGURATION cfg;',
      'DROP CAST (int AS text);',
      'DROP TYPE mood, billing.status;',
      'DROP PROCEDURE s.cleanup;',
    ].join('\n');
    const findings = ofRule(await lintOne(headerFile(`${LOCK}\n${up}`)), 'require-idempotent');
    expect(findings.map((finding) => finding.message.replace(/ without IF EXISTS.*/, ''))).toEqual([
      'DROP FUNCTION f(integer, text[])',
      'DROP MATERIALIZED VIEW mv',
      'DROP TRIGGER trg ON billing.users',
      'DROP POLICY tenant_only ON users',
      'DROP RULE no_delete ON users',
      'DROP TEXT SEARCH CONFIGURATION cfg',
      'DROP CAST (integer AS text)',
      'DROP TYPE mood, billing.status',
      'DROP PROCEDURE s.cleanup',
    ]);
    expect(findings.map((finding) => finding.hint)).toEqual([
      'write DROP FUNCTION IF EXISTS f(integer, text[])',
      'write DROP MATERIALIZED VIEW IF EXISTS mv',
      'write DROP TRIGGER IF EXISTS trg ON billing.users',
      'write DROP POLICY IF EXISTS tenant_only ON users',
      'write DROP RULE IF EXISTS no_delete ON users',
      'write DROP TEXT SEARCH CONFIGURATION IF EXISTS cfg',
      'write DROP CAST IF EXISTS (integer AS text)',
      'write DROP TYPE IF EXISTS mood, billing.status',
      'write DROP PROCEDURE IF EXISTS s.cleanup',
    ]);
  });

  it('asks for a name when an index has none', async () => {
    const result = await lintOne(headerFile('CREATE INDEX ON users (email);'));
    expect(ofRule(result, 'require-idempotent')[0].hint).toMatch(/name the index/);
  });
});

describe('require-idempotent: temporary tables', () => {
  it('a temporary table dropped at commit needs no guard; one that outlives the transaction does', async () => {
    const ids = async (sql: string) => (await lintSql(sql, { only: ['require-idempotent'] })).findings.length;
    expect(await ids('CREATE TEMP TABLE staging (id INT) ON COMMIT DROP;')).toBe(0);
    expect(await ids('CREATE TEMPORARY TABLE staging (id INT) ON COMMIT DROP;')).toBe(0);
    expect(await ids('CREATE TEMP TABLE staging (id INT);')).toBe(1);
  });
});
