/**
 * Lines and columns (1-based, in characters) after non-ASCII text. libpg-query gives UTF-8 byte
 * offsets for statements and code-point offsets for errors; both must land on the right character.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TenantMigrateError } from '../../src/errors.js';
import { loadMigration } from '../../src/migrations/load-migration.js';
import { parseMigration } from '../../src/migrations/parse-migration.js';
import { codeFrame } from '../../src/sql/code-frame.js';
import { loadParser } from '../../src/sql/parser.js';
import { byteOffsetMapper, codePointOffsetToIndex, countCodePoints, SourceText } from '../../src/sql/source-text.js';
import { SqlSplitError, splitSql } from '../../src/sql/split.js';

beforeAll(() => loadParser());

/** Where `needle` (its nth occurrence) is in `text`, as a person counts: 1-based line and character column. */
function whereIs(text: string, needle: string, occurrence = 1) {
  let index = -1;
  for (let seen = 0; seen < occurrence; seen++) index = text.indexOf(needle, index + 1);
  if (index === -1) throw new Error(`${needle} not in text`);
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: [...before[before.length - 1]].length + 1 };
}

const UP = '-- +goose Up\n';

describe('statement positions after non-ASCII text', () => {
  const cases: Array<[string, string, string[]]> = [
    ['é on the same line', "SELECT 'café'; SELECT 2;\n", ['SELECT 2']],
    ['CJK on the same line', "SELECT '東京都'; SELECT '大阪'; SELECT 3;\n", ["SELECT '大阪'", 'SELECT 3']],
    ['emoji (surrogate pairs) on the same line', "SELECT '🎉🎉'; /* 👍 */ SELECT 4;\n", ['SELECT 4']],
    ['non-ASCII on earlier lines', "-- é 東 🎉\nSELECT 'ü';\n  SELECT '🎉', 1;\n\tSELECT 5;\n", ["SELECT '🎉', 1", 'SELECT 5']],
    ['a multi-line string with emoji before the next statement', "SELECT '🎉\n東京\né';   SELECT 6;\n", ['SELECT 6']],
  ];
  it.each(cases)('%s', (_name, body, needles) => {
    const text = UP + body;
    const { migration, problems } = parseMigration('m/001_x.sql', Buffer.from(text));
    expect(problems).toEqual([]);
    const statements = migration?.up.statements ?? [];
    for (const needle of needles) {
      const statement = statements.find((candidate) => candidate.sql === needle);
      expect(statement, needle).toBeDefined();
      expect({ line: statement?.line, column: statement?.column }).toEqual(whereIs(text, needle));
    }
  });

  it('end positions point just past the statement, before its semicolon', () => {
    const text = `${UP}SELECT '東🎉é' ;\n`;
    const [statement] = parseMigration('m/001_x.sql', Buffer.from(text)).migration?.up.statements ?? [];
    expect(statement).toMatchObject({ line: 2, column: 1, endLine: 2, endColumn: 13 });
  });

  it('a block keeps its first statement position after non-ASCII lines', () => {
    const text = `${UP}-- ünïcödé 🎉\n-- +goose StatementBegin\n  -- 東京\n   DO $$ BEGIN RAISE NOTICE '🎉'; END $$;\n-- +goose StatementEnd\n`;
    const [block] = parseMigration('m/001_x.sql', Buffer.from(text)).migration?.up.statements ?? [];
    expect(block).toMatchObject({ line: 5, column: 4, block: true });
  });
});

describe('syntax error positions after non-ASCII text', () => {
  it.each([
    ['é before the error on its line', "SELECT 'é' FRM t;\n", 't;'],
    ['CJK and emoji before it', "SELECT '東京', '🎉🎉' FRM t;\n", 't;'],
    ['non-ASCII on earlier lines only', "-- 🎉 東 é\nSELECT '🎉';\nSELECT 1 FRM t;\n", 't;'],
    ['an error in a later statement', "SELECT '🎉'; SELECT '東' FRM t;\n", 't;'],
  ])('%s', (_name, body, needle) => {
    const text = UP + body;
    const { problems } = parseMigration('m/001_x.sql', Buffer.from(text));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'SQL_SYNTAX', ...whereIs(text, needle) });
  });

  it('an error inside a block after non-ASCII text', () => {
    const text = `${UP}-- +goose StatementBegin\nSELECT '🎉';\nSELECT '東' FRM t;\n-- +goose StatementEnd\n`;
    expect(parseMigration('m/001_x.sql', Buffer.from(text)).problems[0]).toMatchObject({ code: 'SQL_SYNTAX', ...whereIs(text, 't;') });
  });

  it('show/loadMigration throws SQL_SYNTAX with file:line:column and a code frame with the caret under the error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tm-positions-'));
    const path = join(dir, '003_broken.sql');
    writeFileSync(path, `${UP}SELECT 1;\nSELECT '東🎉' FRM t;\n`);
    const error = await loadMigration(path).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TenantMigrateError);
    const failure = error as TenantMigrateError;
    expect(failure.code).toBe('SQL_SYNTAX');
    expect(failure.location).toEqual({ file: path, line: 3, column: 17 });
    const formatted = failure.format();
    expect(formatted.split('\n')[0]).toBe(`${path}:3:17: error: syntax error at or near "t" [SQL_SYNTAX]`);
    expect(formatted).toContain("> 3 | SELECT '東🎉' FRM t;\n    |                 ^");
  });
});

describe('source-text helpers', () => {
  it('maps UTF-8 byte offsets to string indices', () => {
    const text = "a'é東🎉'b";
    const toIndex = byteOffsetMapper(text);
    expect(toIndex(0)).toBe(0);
    expect(toIndex(2)).toBe(2); // é starts at byte 2
    expect(toIndex(4)).toBe(3); // 東 after the 2 bytes of é
    expect(toIndex(7)).toBe(4); // 🎉 after the 3 bytes of 東
    expect(toIndex(11)).toBe(6); // the closing quote, after the 4 bytes of 🎉 (2 UTF-16 units)
    expect(toIndex(Buffer.byteLength(text))).toBe(text.length);
    expect(() => toIndex(3)).toThrow(RangeError);
  });

  it('maps code-point offsets to string indices and counts characters', () => {
    const text = '🎉🎉x';
    expect(codePointOffsetToIndex(text, 2)).toBe(4);
    expect(countCodePoints(text, 0, text.length)).toBe(3);
    expect(new SourceText('ab\n🎉c\r\nd').position(5)).toEqual({ line: 2, column: 2 });
    expect(new SourceText('ab\n🎉c\r\nd').lineText(2)).toBe('🎉c');
  });

  it('splitSql reports a syntax error as a string index', () => {
    expect(() => splitSql("SELECT '🎉' FRM t")).toThrow(SqlSplitError);
    try {
      splitSql("SELECT '🎉' FRM t");
    } catch (error) {
      expect((error as SqlSplitError).index).toBe("SELECT '🎉' FRM ".length);
    }
  });

  it('codeFrame shows the lines around the position with a caret', () => {
    expect(codeFrame('one\ntwo é\nthree', 2, 5, 1)).toBe('  1 | one\n> 2 | two é\n    |     ^\n  3 | three');
  });
});
