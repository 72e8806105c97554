/**
 * ENVSUB changes the text the parser reads: a value longer or shorter than its `${NAME}` moves
 * every later offset. Positions must still be the file's own line:column.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { substituteEnvironment, toOriginalIndex } from '../../src/migrations/envsub.js';
import { parseMigration } from '../../src/migrations/parse-migration.js';
import { loadParser } from '../../src/sql/parser.js';

beforeAll(() => loadParser());

const env = { TABLE_NAME: 'public.customer_accounts', SHORT: 'x' };

function parse(text: string) {
  return parseMigration('migrations/00001_envsub.sql', Buffer.from(text), { env });
}

describe('ENVSUB positions', () => {
  it('a syntax error two lines below a longer substitution is at its true line:column', () => {
    const text = ['-- +goose ENVSUB ON', '-- +goose Up', 'CREATE TABLE ${TABLE_NAME} (id int);', 'SELECT 1;', 'SELEC 2;', ''].join('\n');
    const { problems } = parse(text);
    expect(problems.map(({ code, line, column }) => ({ code, line, column }))).toEqual([{ code: 'SQL_SYNTAX', line: 5, column: 1 }]);
  });

  it('a syntax error after a shorter substitution on the same line is at its true column', () => {
    const text = '-- +goose ENVSUB ON\n-- +goose Up\nSELECT ${SHORT}, ) FROM t;\n';
    const { problems } = parse(text);
    expect(problems.map(({ code, line, column }) => ({ code, line, column }))).toEqual([{ code: 'SQL_SYNTAX', line: 3, column: 18 }]);
  });

  it('a statement after a substitution starts (and ends) at its true column', () => {
    const text = '-- +goose ENVSUB ON\n-- +goose Up\nDROP TABLE IF EXISTS ${TABLE_NAME}; SELECT 2;\nSELECT 3;\n';
    const { migration, problems } = parse(text);
    expect(problems).toEqual([]);
    expect(
      migration?.up.statements.map(({ sql, line, column, endLine, endColumn }) => ({ sql, line, column, endLine, endColumn })),
    ).toEqual([
      { sql: 'DROP TABLE IF EXISTS public.customer_accounts', line: 3, column: 1, endLine: 3, endColumn: 35 },
      { sql: 'SELECT 2', line: 3, column: 37, endLine: 3, endColumn: 45 },
      { sql: 'SELECT 3', line: 4, column: 1, endLine: 4, endColumn: 9 },
    ]);
  });

  it('a StatementBegin block that switches ENVSUB on inside keeps true positions', () => {
    const text = [
      '-- +goose Up',
      '-- +goose StatementBegin',
      '-- +goose ENVSUB ON',
      "SELECT '${TABLE_NAME}';",
      '-- +goose ENVSUB OFF',
      'SELEC 2;',
      '-- +goose StatementEnd',
      '',
    ].join('\n');
    const { problems } = parse(text);
    expect(problems.map(({ code, line, column }) => ({ code, line, column }))).toEqual([{ code: 'SQL_SYNTAX', line: 6, column: 1 }]);
  });
});

describe('toOriginalIndex', () => {
  it('maps text around and inside replacements back to the original', () => {
    const original = 'a ${SHORT} b ${TABLE_NAME} c \\$ d';
    const { text, replacements } = substituteEnvironment(original, env);
    expect(text).toBe('a x b public.customer_accounts c $ d');
    for (const word of ['a', 'b', 'c', 'd']) {
      expect(toOriginalIndex(replacements, text.indexOf(` ${word}`) + 1)).toBe(original.indexOf(` ${word}`) + 1);
    }
    // Inside a value: the reference's start.
    expect(toOriginalIndex(replacements, text.indexOf('customer'))).toBe(original.indexOf('${TABLE_NAME}'));
    expect(toOriginalIndex([], 7)).toBe(7);
  });
});
