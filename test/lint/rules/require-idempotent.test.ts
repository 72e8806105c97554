/** require-idempotent: files it must flag and near-misses it must leave alone (header files: the first UP statement is on line 9). */
import { describe, expect, it } from 'vitest';
import { applySafeFixes } from '../../../src/lint/apply-fixes.js';
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

describe('require-idempotent: objects PostgreSQL gives no IF NOT EXISTS', () => {
  const only = ['require-idempotent'];
  const found = async (sql: string, pgVersion?: number) =>
    (await lintSql(`${LOCK}\n${sql}`, { only, ...(pgVersion ? { pgVersion } : {}) })).findings;

  it('flags CREATE TYPE, DOMAIN, POLICY, ROLE and CAST, and says which re-runnable form to write', async () => {
    const up = [
      "CREATE TYPE report_kind AS ENUM ('a', 'b');",
      'CREATE TYPE pair AS (a int, b int);',
      'CREATE TYPE span AS RANGE (subtype = int4);',
      'CREATE DOMAIN pos_int AS integer CHECK (VALUE > 0);',
      'CREATE POLICY p_reports ON reports USING (true);',
      'CREATE ROLE reporting;',
      'CREATE CAST (text AS pos_int) WITH INOUT;',
    ].join('\n');
    const findings = await found(up);
    expect(findings.map((f) => `${f.line} ${f.message}`)).toEqual([
      '3 CREATE TYPE report_kind (in UP) fails when it runs twice: PostgreSQL has no CREATE TYPE IF NOT EXISTS',
      '4 CREATE TYPE pair (in UP) fails when it runs twice: PostgreSQL has no CREATE TYPE IF NOT EXISTS',
      '5 CREATE TYPE span (in UP) fails when it runs twice: PostgreSQL has no CREATE TYPE IF NOT EXISTS',
      '6 CREATE DOMAIN pos_int (in UP) fails when it runs twice: PostgreSQL has no CREATE DOMAIN IF NOT EXISTS',
      '7 CREATE POLICY p_reports ON reports (in UP) fails when it runs twice: PostgreSQL has no CREATE POLICY IF NOT EXISTS',
      '8 CREATE ROLE reporting (in UP) fails when it runs twice: PostgreSQL has no CREATE ROLE IF NOT EXISTS',
      '9 CREATE CAST (text AS pos_int) (in UP) fails when it runs twice: PostgreSQL has no CREATE CAST IF NOT EXISTS',
    ]);
    const hints = findings.map((f) => f.hint ?? '');
    expect(hints[0]).toContain('DO $$ BEGIN CREATE TYPE report_kind ...; EXCEPTION WHEN duplicate_object THEN NULL; END $$;');
    expect(hints[0]).toContain('neither CREATE TYPE IF NOT EXISTS nor OR REPLACE');
    expect(hints[3]).toContain('EXCEPTION WHEN duplicate_object');
    expect(hints[4]).toMatch(/^put DROP POLICY IF EXISTS p_reports ON reports; before it/);
    expect(hints[5]).toContain("IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'reporting') THEN CREATE ROLE reporting;");
    expect(hints[6]).toMatch(/^put DROP CAST IF EXISTS \(text AS pos_int\); before it, or create it in a DO block/);
    // No guard can be inserted: none of these gets a fix.
    expect(findings.filter((f) => f.fix)).toEqual([]);
  });

  it('CREATE TRIGGER: OR REPLACE from PostgreSQL 14 (offered, not applied), DROP TRIGGER IF EXISTS first before it', async () => {
    const trigger = 'CREATE TRIGGER trg BEFORE INSERT ON reports FOR EACH ROW EXECUTE FUNCTION f_trg();';
    const [on15] = await found(trigger);
    expect(on15.message).toBe('CREATE TRIGGER without OR REPLACE (in UP) fails when it runs twice');
    expect(on15.hint).toBe('write CREATE OR REPLACE TRIGGER, or put DROP TRIGGER IF EXISTS trg ON reports; before it');
    expect(on15.fix?.safe).toBe(false);
    expect(on15.fix?.edits.map((edit) => edit.text)).toEqual([' OR REPLACE']);
    const [on13] = await found(trigger, 13);
    expect(on13.message).toBe(
      "CREATE TRIGGER trg ON reports (in UP) fails when it runs twice: CREATE OR REPLACE TRIGGER needs PostgreSQL 14, and the fleet's oldest is 13",
    );
    expect(on13.hint).toBe('put DROP TRIGGER IF EXISTS trg ON reports; before it: CREATE OR REPLACE TRIGGER needs PostgreSQL 14');
    expect(on13.fix).toBeUndefined();
    expect(await found(trigger.replace('CREATE', 'CREATE OR REPLACE'))).toEqual([]);
    expect((await found('CREATE CONSTRAINT TRIGGER ct AFTER INSERT ON reports FOR EACH ROW EXECUTE FUNCTION f();'))[0].message).toMatch(
      /^CREATE CONSTRAINT TRIGGER without OR REPLACE/,
    );
  });

  it('CREATE RULE and CREATE AGGREGATE (12+) have OR REPLACE; below 12 an aggregate is dropped first', async () => {
    const [rule] = await found('CREATE RULE r_reports AS ON DELETE TO reports DO INSTEAD NOTHING;');
    expect(rule.message).toBe('CREATE RULE without OR REPLACE (in UP) fails when it runs twice');
    expect(rule.fix?.safe).toBe(false);
    const aggregate = 'CREATE AGGREGATE my_sum (int) (sfunc = int4pl, stype = int);';
    expect((await found(aggregate))[0].message).toBe('CREATE AGGREGATE without OR REPLACE (in UP) fails when it runs twice');
    expect((await found(aggregate, 11))[0].hint).toBe(
      'put DROP AGGREGATE IF EXISTS my_sum(...); before it (with its argument types): CREATE OR REPLACE AGGREGATE needs PostgreSQL 12',
    );
    expect(await found('CREATE OR REPLACE RULE r_reports AS ON DELETE TO reports DO INSTEAD NOTHING;')).toEqual([]);
    expect(await found(aggregate.replace('CREATE', 'CREATE OR REPLACE'))).toEqual([]);
  });

  it('a DROP ... IF EXISTS of the same policy, trigger, cast or aggregate earlier in the section makes it re-runnable', async () => {
    expect(await found('DROP POLICY IF EXISTS p_reports ON reports;\nCREATE POLICY p_reports ON reports USING (true);')).toEqual([]);
    expect(await found('DROP CAST IF EXISTS (text AS pos_int);\nCREATE CAST (text AS pos_int) WITH INOUT;')).toEqual([]);
    const trigger = 'CREATE TRIGGER trg BEFORE INSERT ON reports FOR EACH ROW EXECUTE FUNCTION f_trg();';
    expect(await found(`DROP TRIGGER IF EXISTS trg ON reports;\n${trigger}`, 13)).toEqual([]);
    expect(await found('DROP AGGREGATE IF EXISTS my_sum(int);\nCREATE AGGREGATE my_sum (int) (sfunc = int4pl, stype = int);', 11)).toEqual(
      [],
    );
    // Another object's drop, a drop after the CREATE, or a DROP TYPE (it fails once columns use the type) does not.
    expect(await found('DROP POLICY IF EXISTS other ON reports;\nCREATE POLICY p_reports ON reports USING (true);')).toHaveLength(1);
    expect(await found('DROP POLICY IF EXISTS p_reports ON users;\nCREATE POLICY p_reports ON reports USING (true);')).toHaveLength(1);
    expect(await found('CREATE POLICY p_reports ON reports USING (true);\nDROP POLICY IF EXISTS p_reports ON reports;')).toHaveLength(1);
    expect(await found("DROP TYPE IF EXISTS kind;\nCREATE TYPE kind AS ENUM ('a');")).toHaveLength(1);
    // A DO block is not looked into.
    expect(await found("DO $$ BEGIN CREATE TYPE kind AS ENUM ('a'); EXCEPTION WHEN duplicate_object THEN NULL; END $$;")).toEqual([]);
  });

  it('CREATE STATISTICS and ALTER TYPE ... ADD VALUE have IF NOT EXISTS: flagged, with a safe fix', async () => {
    const stats = await lintSql('CREATE STATISTICS st_reports ON a, b FROM reports;', { only });
    expect(stats.findings.map((f) => [f.message, f.hint])).toEqual([
      ['CREATE STATISTICS without IF NOT EXISTS (in UP) fails when it runs twice', 'write CREATE STATISTICS IF NOT EXISTS'],
    ]);
    expect(applySafeFixes(stats.text, stats.findings).text).toContain('CREATE STATISTICS IF NOT EXISTS st_reports ON a, b FROM reports;');
    const value = await lintSql("ALTER TYPE report_kind ADD VALUE 'c' BEFORE 'a';", { only, transaction: false });
    expect(value.findings.map((f) => [f.message, f.hint])).toEqual([
      [
        "ALTER TYPE report_kind ADD VALUE 'c' without IF NOT EXISTS (in UP) fails when it runs twice",
        "write ALTER TYPE report_kind ADD VALUE IF NOT EXISTS 'c'",
      ],
    ]);
    expect(applySafeFixes(value.text, value.findings).text).toContain("ALTER TYPE report_kind ADD VALUE IF NOT EXISTS 'c' BEFORE 'a';");
    expect(await found('CREATE STATISTICS IF NOT EXISTS st ON a, b FROM reports;')).toEqual([]);
    expect(await found("ALTER TYPE report_kind ADD VALUE IF NOT EXISTS 'c';")).toEqual([]);
    // RENAME VALUE has no guard; that it fails on a re-run is not this clause's to say.
    expect(await found("ALTER TYPE report_kind RENAME VALUE 'a' TO 'b';")).toEqual([]);
  });

  it('checks DOWN too', async () => {
    const result = await lintSql('SELECT 1;', { only, down: "CREATE TYPE kind AS ENUM ('a');" });
    expect(result.findings.map((f) => f.message)).toEqual([
      'CREATE TYPE kind (in DOWN) fails when it runs twice: PostgreSQL has no CREATE TYPE IF NOT EXISTS',
    ]);
  });
});
