/** The normalized checksum: layout and comments do not count, SQL and the runner's own annotations do. */
import { describe, expect, it } from 'vitest';
import { canonicalSql, checksumMatches, fileChecksum, normalizedChecksum } from '../../src/migrations/checksum.js';

const GOOSE = `-- +goose Up
-- Adds the accounts table.
CREATE TABLE IF NOT EXISTS accounts (
  id   bigint PRIMARY KEY,
  name text NOT NULL DEFAULT 'a  b -- not a comment'
);

-- +goose Down
DROP TABLE IF EXISTS accounts;
`;

describe('normalizedChecksum', () => {
  it('ignores a BOM, CRLF line ends, comments and the whitespace between tokens', () => {
    const base = normalizedChecksum(GOOSE);
    expect(normalizedChecksum(`\uFEFF${GOOSE}`)).toBe(base);
    expect(normalizedChecksum(GOOSE.replace(/\n/g, '\r\n'))).toBe(base);
    expect(
      normalizedChecksum(GOOSE.replace('-- Adds the accounts table.', '-- Accounts, reworded.\n-- tenant-migrate-ignore destructive')),
    ).toBe(base);
    expect(normalizedChecksum(GOOSE.replace('accounts (\n  id   bigint', 'accounts(id bigint'))).toBe(base);
    expect(normalizedChecksum(GOOSE.replace('DROP TABLE', '/* drop it */ DROP   TABLE'))).toBe(base);
    expect(normalizedChecksum(GOOSE.replace('NOT NULL', 'NOT\n\tNULL'))).toBe(base);
  });

  it('changes with the SQL: a token, a string literal, a function body, a section, NO TRANSACTION', () => {
    const base = normalizedChecksum(GOOSE);
    expect(normalizedChecksum(GOOSE.replace('bigint PRIMARY', 'int PRIMARY'))).not.toBe(base);
    // Whitespace and "--" inside a string are the string's.
    expect(normalizedChecksum(GOOSE.replace("'a  b -- not a comment'", "'a b -- not a comment'"))).not.toBe(base);
    expect(normalizedChecksum(GOOSE.replace("'a  b -- not a comment'", "'a  b'"))).not.toBe(base);
    expect(normalizedChecksum(GOOSE.replace('-- +goose Down\n', ''))).not.toBe(base);
    expect(normalizedChecksum(`-- +goose NO TRANSACTION\n${GOOSE}`)).not.toBe(base);
    const fn = 'CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; -- one\n$body$ LANGUAGE sql';
    expect(normalizedChecksum(fn.replace('-- one', '-- two'))).not.toBe(normalizedChecksum(fn));
    // Two operators written apart are not one operator.
    expect(normalizedChecksum('SELECT 1 + +2')).not.toBe(normalizedChecksum('SELECT 1 ++2'));
    // Two adjacent string literals on separate lines are one value; a doubled quote is a quote.
    expect(normalizedChecksum("SELECT 'a'\n'b'")).not.toBe(normalizedChecksum("SELECT 'a''b'"));
  });

  it('keeps the header format markers and the Transaction and Scope fields, not the other fields', () => {
    const header = (fields: string, up = 'SELECT 1;') =>
      `-- Migration: 001_x\n${fields}\n-- ==================== UP ====================\n${up}\n-- ==================== DOWN ====================\nSELECT 2;\n`;
    const base = normalizedChecksum(header('-- Author: a'));
    expect(normalizedChecksum(header('-- Author: b\n-- Date: 2026-01-01'))).toBe(base);
    expect(normalizedChecksum(header('-- Author: a\n-- Transaction: none'))).not.toBe(base);
    expect(normalizedChecksum(header('-- Author: a\n-- Scope: tenant'))).not.toBe(base);
    // Moving a statement from UP to DOWN is a change.
    expect(normalizedChecksum(header('-- Author: a', ''))).not.toBe(base);
  });

  it('the canonical form reads as the SQL', () => {
    expect(canonicalSql("-- +goose Up\nCREATE TABLE t ( id int ) ; -- x\nSELECT E'a\\'b' , $$ x $$;")).toBe(
      "-- +goose up\nCREATE TABLE t(id int);SELECT E'a\\'b',$$ x $$;",
    );
  });
});

describe('checksumMatches', () => {
  it("accepts today's checksum and the whole-file sha256 older releases wrote, in any case", () => {
    const bytes = Buffer.from(GOOSE);
    const file = { checksum: normalizedChecksum(GOOSE), fileChecksum: fileChecksum(bytes) };
    expect(checksumMatches(file, file.checksum)).toBe(true);
    expect(checksumMatches(file, file.fileChecksum.toUpperCase())).toBe(true);
    expect(checksumMatches(file, fileChecksum(Buffer.from(`${GOOSE}\n`)))).toBe(false);
  });
});
