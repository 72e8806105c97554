/** `tenant-migrate show`: text and JSON output, exit codes, errors with file:line. */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizedChecksum } from '../../src/migrations/checksum.js';
import { cli } from '../support/cli.js';

const FILE = `-- Migration: 002_add_email_verification
-- Version: 002
-- Description: Add email verification — für Nutzer 🎉
-- Author: Jane Doe <jane@example.com>
-- Date: 2025-12-13
-- Scope: host

-- ==================== UP ====================
ALTER TABLE "user" ADD COLUMN IF NOT EXISTS email_verified BOOLEAN DEFAULT FALSE;
COMMENT ON COLUMN "user".email_verified IS 'vérifié 🎉'; CREATE INDEX IF NOT EXISTS idx_user_email_verified
  ON "user" (email_verified);

-- ==================== DOWN ====================
DROP INDEX IF EXISTS idx_user_email_verified;
ALTER TABLE "user" DROP COLUMN IF EXISTS email_verified;
`;

function write(relativePath: string, content: string | Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), 'tm-show-')), relativePath);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

describe('show --json', () => {
  it('prints version, name, scope, format, transaction, checksum and statements with line and column', async () => {
    const path = write('host/002_add_email_verification.sql', FILE);
    const result = await cli(['show', path, '--json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const shown = JSON.parse(result.stdout);
    expect(shown).toMatchObject({
      path,
      version: 2,
      versionText: '002',
      name: '002_add_email_verification',
      scope: 'master',
      format: 'header',
      transaction: true,
      checksum: normalizedChecksum(readFileSync(path, 'utf8')),
      fileChecksum: createHash('sha256').update(readFileSync(path)).digest('hex'),
    });
    expect(shown.header.description).toBe('Add email verification — für Nutzer 🎉');
    expect(shown.up.map(({ sql, line, column }: { sql: string; line: number; column: number }) => ({ sql, line, column }))).toEqual([
      { sql: 'ALTER TABLE "user" ADD COLUMN IF NOT EXISTS email_verified BOOLEAN DEFAULT FALSE', line: 9, column: 1 },
      { sql: `COMMENT ON COLUMN "user".email_verified IS 'vérifié 🎉'`, line: 10, column: 1 },
      { sql: 'CREATE INDEX IF NOT EXISTS idx_user_email_verified\n  ON "user" (email_verified)', line: 10, column: 57 },
    ]);
    expect(shown.down.map(({ line, column }: { line: number; column: number }) => [line, column])).toEqual([
      [14, 1],
      [15, 1],
    ]);
  });

  it('a goose file: format goose, NO TRANSACTION is transaction false, blocks are marked', async () => {
    const path = write(
      '00003_index.sql',
      '-- +goose NO TRANSACTION\n-- +goose Up\nCREATE INDEX CONCURRENTLY IF NOT EXISTS i ON t (a);\n-- +goose StatementBegin\nDO $$ BEGIN PERFORM 1; END $$;\n-- +goose StatementEnd\n',
    );
    const shown = JSON.parse((await cli(['show', path, '--json'])).stdout);
    expect(shown).toMatchObject({ version: 3, format: 'goose', scope: 'both', transaction: false, down: null });
    expect(shown.up.map((statement: { block: boolean; line: number }) => [statement.line, statement.block])).toEqual([
      [3, false],
      [5, true],
    ]);
  });

  it('the checksum is of the SQL: CRLF and LF files have the same one, their whole-file checksums differ', async () => {
    const lf = write('001_a.sql', '-- +goose Up\nSELECT 1;\n');
    const crlf = write('001_a.sql', '-- +goose Up\r\nSELECT 1;\r\n');
    const [a, b] = await Promise.all([lf, crlf].map(async (path) => JSON.parse((await cli(['show', path, '--json'])).stdout)));
    expect(b.checksum).toBe(a.checksum);
    expect(a.fileChecksum).toBe(createHash('sha256').update('-- +goose Up\nSELECT 1;\n').digest('hex'));
    expect(b.fileChecksum).toBe(createHash('sha256').update('-- +goose Up\r\nSELECT 1;\r\n').digest('hex'));
    expect(b.up).toMatchObject([{ sql: 'SELECT 1', line: 2, column: 1 }]);
  });
});

describe('show (text)', () => {
  it('prints the fields and each statement with line:column', async () => {
    const path = write('tenant/002_add_email_verification.sql', FILE);
    const result = await cli(['show', path]);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe(path);
    expect(result.stdout).toMatch(/^ {2}version +2 \(002\)$/m);
    expect(result.stdout).toMatch(/^ {2}scope +tenant$/m);
    expect(result.stdout).toMatch(/^ {2}format +header$/m);
    expect(result.stdout).toMatch(/^ {2}transaction +yes$/m);
    expect(result.stdout).toMatch(/^ {2}checksum +sha256:[0-9a-f]{64}$/m);
    expect(result.stdout).toContain('UP (3 statements)');
    expect(result.stdout).toContain('DOWN (2 statements)');
    expect(result.stdout).toMatch(/^ {2}10:57 +CREATE INDEX IF NOT EXISTS idx_user_email_verified$/m);
    expect(result.stdout).toMatch(/^ {2}14:1 +DROP INDEX IF EXISTS idx_user_email_verified$/m);
  });

  it('says when there is no DOWN section', async () => {
    const result = await cli(['show', write('001_a.sql', '-- +goose Up\nSELECT 1;\n')]);
    expect(result.stdout).toContain('DOWN: none');
  });
});

describe('show exit codes', () => {
  it('1 with file:line:column, a code frame and the code for a bad file', async () => {
    const path = write('004_broken.sql', "-- +goose Up\nSELECT 1;\nSELECT 'é' FRM t;\n");
    const result = await cli(['show', path]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`${path}:3:16: error: syntax error at or near "t" [SQL_SYNTAX]`);
    expect(result.stderr).toContain("> 3 | SELECT 'é' FRM t;");
  });

  it('1 for an unterminated StatementBegin, at its line', async () => {
    const path = write('005_open.sql', '-- +goose Up\nSELECT 1;\n-- +goose StatementBegin\nSELECT 2;\n');
    const result = await cli(['show', path, '--json']);
    expect(result.code).toBe(1);
    // --json: the error as one JSON object on stdout too (issue 11), the text on stderr as before.
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: false, error: { code: 'UNTERMINATED_BLOCK', location: `${path}:3:1` } });
    expect(result.stderr).toContain(`${path}:3:1: error:`);
    expect(result.stderr).toContain('[UNTERMINATED_BLOCK]');
  });

  it('1 for a file that is not UTF-8, at the line and column of the invalid byte', async () => {
    const path = write('006_latin1.sql', Buffer.from([...Buffer.from("-- +goose Up\nSELECT '"), 0xe9, ...Buffer.from("';\n")]));
    const result = await cli(['show', path]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${path}:2:9: error:`);
    expect(result.stderr).toContain('[NOT_UTF8]');
  });

  it('2 for a missing file: wrong usage', async () => {
    const result = await cli(['show', join(tmpdir(), 'tm-nope', '001_missing.sql')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('[FILE_NOT_FOUND]');
  });

  it('2 for wrong usage: no file, or an unknown option', async () => {
    const none = await cli(['show']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('error:');
    const unknown = await cli(['show', 'x.sql', '--jsn']);
    expect(unknown.code).toBe(2);
  });

  it('--help explains the options with examples', async () => {
    const result = await cli(['show', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--json');
    expect(result.stdout).toContain('Examples:');
  });
});
