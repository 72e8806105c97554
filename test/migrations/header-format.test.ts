/** The Python runner's header format, as our users' docs write it (see /work/shared/seeds). */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseMigration } from '../../src/migrations/parse-migration.js';
import { loadParser } from '../../src/sql/parser.js';

beforeAll(() => loadParser());

const SEED_STYLE = `-- Migration: 002_add_email_verification
-- Version: 002
-- Description: Add email verification to users: step 1
-- Author: your.name@example.com
-- Date: 2025-12-13
-- Scope: host

-- ==================== UP ====================
-- Applied when migrating forward

ALTER TABLE "user" 
ADD COLUMN IF NOT EXISTS email_verified BOOLEAN DEFAULT FALSE;

CREATE INDEX IF NOT EXISTS idx_user_email_verification 
ON "user"(email_verified);

-- ==================== DOWN ====================
-- Applied when rolling back

DROP INDEX IF EXISTS idx_user_email_verification;
ALTER TABLE "user" DROP COLUMN IF EXISTS email_verified;
`;

function parse(text: string, path = 'migrations/host/002_add_email_verification.sql', folderScope?: 'master' | 'tenant' | 'both') {
  return parseMigration(path, Buffer.from(text), { folderScope });
}

const codes = (text: string) => parse(text).problems.map(({ code, line, column }) => ({ code, line, column }));

describe('header format', () => {
  it('reads the seed example: fields, sections, statements with their lines', () => {
    const { migration, problems } = parse(SEED_STYLE);
    expect(problems).toEqual([]);
    expect(migration?.format).toBe('header');
    expect(migration?.transaction).toBe(true);
    expect(Object.fromEntries(Object.entries(migration?.header ?? {}).map(([key, field]) => [key, [field.value, field.line]]))).toEqual({
      migration: ['002_add_email_verification', 1],
      version: ['002', 2],
      description: ['Add email verification to users: step 1', 3],
      author: ['your.name@example.com', 4],
      date: ['2025-12-13', 5],
      scope: ['host', 6],
    });
    expect(migration?.up.markerLine).toBe(8);
    expect(migration?.down?.markerLine).toBe(17);
    expect(migration?.up.statements.map(({ sql, line, column }) => ({ sql, line, column }))).toEqual([
      { sql: 'ALTER TABLE "user" \nADD COLUMN IF NOT EXISTS email_verified BOOLEAN DEFAULT FALSE', line: 11, column: 1 },
      { sql: 'CREATE INDEX IF NOT EXISTS idx_user_email_verification \nON "user"(email_verified)', line: 14, column: 1 },
    ]);
    expect(migration?.down?.statements.map(({ line }) => line)).toEqual([20, 21]);
  });

  it('takes the scope from the Scope header when the folder gives none, and the folder over the header', () => {
    expect(parse(SEED_STYLE, 'x/002_a.sql').migration?.scope).toBe('master');
    expect(parse(SEED_STYLE.replace('Scope: host', 'Scope: tenant'), 'x/002_a.sql').migration?.scope).toBe('tenant');
    expect(parse(SEED_STYLE, 'x/tenant/002_a.sql', 'tenant').migration?.scope).toBe('tenant');
    expect(parse(SEED_STYLE.replace('-- Scope: host\n', ''), 'x/002_a.sql').migration?.scope).toBe('both');
  });

  it('accepts markers with any number of = and any case', () => {
    const { migration, problems } = parse('-- === up ===\nSELECT 1;\n--===DOWN===\nSELECT 2;\n');
    expect(problems).toEqual([]);
    expect(migration?.up.statements.map((statement) => statement.sql)).toEqual(['SELECT 1']);
    expect(migration?.down?.statements.map((statement) => statement.sql)).toEqual(['SELECT 2']);
  });

  it('a missing DOWN is not an error here (lint reports it): down is null', () => {
    const { migration, problems } = parse(SEED_STYLE.slice(0, SEED_STYLE.indexOf('-- ==================== DOWN')));
    expect(problems).toEqual([]);
    expect(migration?.down).toBeNull();
  });

  it('a last statement without a semicolon is fine: the runner sends the section whole', () => {
    expect(codes('-- ==================== UP ====================\nSELECT 1')).toEqual([]);
  });

  it('DOWN before UP, duplicate markers, text before UP, no UP at all', () => {
    expect(codes('-- ===== DOWN =====\nSELECT 2;\n-- ===== UP =====\nSELECT 1;\n')).toEqual([
      { code: 'DOWN_BEFORE_UP', line: 1, column: 1 },
    ]);
    expect(codes('-- ===== UP =====\nSELECT 1;\n-- ===== DOWN =====\nSELECT 2;\n-- ===== DOWN =====\nSELECT 3;\n')).toEqual([
      { code: 'DUPLICATE_SECTION', line: 5, column: 1 },
    ]);
    expect(codes('-- Migration: 003_x\n  UPDATE t SET a = 1;\n-- ===== UP =====\nSELECT 1;\n')).toEqual([
      { code: 'TEXT_OUTSIDE_SECTION', line: 2, column: 3 },
    ]);
    expect(codes('-- Migration: 003_x\n-- Version: 003\nSELECT 1;\n')).toEqual([
      { code: 'TEXT_OUTSIDE_SECTION', line: 3, column: 1 },
      { code: 'NO_UP_SECTION', line: 1, column: 1 },
    ]);
  });

  it('-- Transaction: none (and its synonyms) runs outside a transaction', () => {
    for (const value of ['none', 'NO', 'off', 'false', 'disabled']) {
      expect(parse(`-- Transaction: ${value}\n-- ===== UP =====\nSELECT 1;\n`).migration?.transaction).toBe(false);
    }
    expect(parse('-- Transaction: yes\n-- ===== UP =====\nSELECT 1;\n').migration?.transaction).toBe(true);
  });

  it('a syntax error in DOWN names the section and its place', () => {
    const { problems } = parse('-- ===== UP =====\nSELECT 1;\n-- ===== DOWN =====\nDROP TABEL x;\n');
    expect(problems).toMatchObject([{ code: 'SQL_SYNTAX', line: 4, column: 6, section: 'down' }]);
  });

  it('checksums the SQL: a changed comment keeps it (the whole-file checksum changes), changed SQL changes it', () => {
    const first = parse(SEED_STYLE).migration;
    expect(first?.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(parse(SEED_STYLE).migration?.checksum).toBe(first?.checksum);
    const reworded = parse(SEED_STYLE.replace('Applied when', 'Run when')).migration;
    expect(reworded?.checksum).toBe(first?.checksum);
    expect(reworded?.fileChecksum).not.toBe(first?.fileChecksum);
    expect(parse(SEED_STYLE.replace('DEFAULT FALSE', 'DEFAULT TRUE')).migration?.checksum).not.toBe(first?.checksum);
  });
});

describe('short -- UP / -- DOWN lines', () => {
  const problems = (text: string) =>
    parseMigration('migrations/tenant/001_x.sql', new TextEncoder().encode(text), { folderScope: 'tenant', env: {} }).problems.map((p) => ({
      code: p.code,
      line: p.line,
    }));

  it('are not section markers (the Python runner reads only the banners): one SHORT_SECTION_MARKER problem for the file', () => {
    expect(problems('-- Migration: 001_x\n-- UP\nALTER TABLE t\n  ADD COLUMN c INT;\n-- DOWN\nSELECT 1;\n')).toEqual([
      { code: 'SHORT_SECTION_MARKER', line: 2 },
    ]);
  });
});
