/**
 * goose's invalid files (its parser's testdata/invalid/up and the error cases of parser_test.go,
 * rewritten here): each must give our error code on the line a goose user would look at.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseMigration } from '../../src/migrations/parse-migration.js';
import { loadParser } from '../../src/sql/parser.js';

beforeAll(() => loadParser());

function problemsOf(text: string, env: NodeJS.ProcessEnv = {}) {
  return parseMigration('migrations/00001_case.sql', Buffer.from(text), { env }).problems.map(({ code, line, column }) => ({
    code,
    line,
    column,
  }));
}

describe('goose files goose refuses', () => {
  it.each([
    [
      'the Up section ends without a semicolon before Down',
      '-- +goose Up\nSELECT 1 FROM orders;\nSELECT 2 FROM orders\n-- +goose Down\nSELECT 3;\n',
      3,
      21,
    ],
    ['the only statement has no semicolon', '-- +goose Up\nSELECT 2 FROM orders\n-- +goose Down\nSELECT 3;\n', 2, 21],
    ['no semicolon and an empty Down', '-- +goose Up\nSELECT 2 FROM orders\n-- +goose Down\n', 2, 21],
    ['no semicolon at the end of the file', '-- +goose Up\nSELECT 2 FROM orders', 2, 21],
    ['no semicolon in Down', '-- +goose Up\nSELECT 1;\n-- +goose Down\nDROP TABLE orders\n', 4, 18],
  ])('%s: MISSING_SEMICOLON', (_name, text, line, column) => {
    expect(problemsOf(text)).toEqual([{ code: 'MISSING_SEMICOLON', line, column }]);
  });

  it('an unterminated StatementBegin, at the line of the StatementBegin', () => {
    const text = [
      '-- +goose Up',
      'CREATE TABLE IF NOT EXISTS runs (id bigserial PRIMARY KEY);',
      '',
      '-- +goose StatementBegin',
      'CREATE OR REPLACE FUNCTION make_run() RETURNS void AS $$',
      'BEGIN',
      '  INSERT INTO runs DEFAULT VALUES;',
      'END;',
      '$$ LANGUAGE plpgsql;',
      '',
      '-- +goose Down',
      'DROP FUNCTION make_run();',
      '',
    ].join('\n');
    expect(problemsOf(text)).toEqual([{ code: 'UNTERMINATED_BLOCK', line: 4, column: 1 }]);
    expect(problemsOf(text.replace('-- +goose Down\nDROP FUNCTION make_run();\n', ''))).toEqual([
      { code: 'UNTERMINATED_BLOCK', line: 4, column: 1 },
    ]);
  });

  it('an unfinished statement: a syntax error just after its last word', () => {
    expect(problemsOf('\n-- +goose Up\nALTER TABLE post\n\n-- +goose Down\n')).toEqual([{ code: 'SQL_SYNTAX', line: 3, column: 17 }]);
  });

  it('no annotations at all: no UP section', () => {
    expect(problemsOf('CREATE TABLE post (\n    id int NOT NULL\n);\n')).toEqual([{ code: 'NO_UP_SECTION', line: 1, column: 1 }]);
  });

  it('a second Up after Down', () => {
    const text = '-- +goose Up\nCREATE TABLE a (id int);\n\n-- +goose Down\nDROP TABLE a;\n\n-- +goose Up\nCREATE TABLE b (id int);\n';
    expect(problemsOf(text)).toEqual([{ code: 'DUPLICATE_SECTION', line: 7, column: 1 }]);
  });

  it('Down first, and no Up', () => {
    expect(problemsOf('-- +goose Down\nDROP TABLE fancier_post;\n')).toEqual([
      { code: 'DOWN_BEFORE_UP', line: 1, column: 1 },
      { code: 'NO_UP_SECTION', line: 1, column: 1 },
    ]);
  });

  it('SQL before Up, at its first character', () => {
    expect(problemsOf('-- a comment is fine\n\n   SELECT 1;\n-- +goose Up\nSELECT 2;\n')).toEqual([
      { code: 'TEXT_OUTSIDE_SECTION', line: 3, column: 4 },
    ]);
  });

  it('StatementBegin before Up, StatementEnd without Begin, nested blocks, unknown annotations', () => {
    expect(problemsOf('-- +goose StatementBegin\n-- +goose Up\nSELECT 1;\n')).toEqual([
      { code: 'TEXT_OUTSIDE_SECTION', line: 1, column: 1 },
    ]);
    expect(problemsOf('-- +goose Up\nSELECT 1;\n-- +goose StatementEnd\n')).toEqual([
      { code: 'UNMATCHED_STATEMENT_END', line: 3, column: 1 },
    ]);
    expect(
      problemsOf('-- +goose Up\n-- +goose StatementBegin\nSELECT 1;\n-- +goose StatementBegin\nSELECT 2;\n-- +goose StatementEnd\n'),
    ).toEqual([{ code: 'NESTED_BLOCK', line: 4, column: 1 }]);
    expect(problemsOf('-- +goose Up\n-- +goose Sideways\nSELECT 1;\n')).toEqual([{ code: 'UNKNOWN_ANNOTATION', line: 2, column: 1 }]);
  });

  it('ENVSUB with an unset variable names it, at its place', () => {
    const text =
      '-- +goose ENVSUB ON\n-- +goose Up\nCREATE TABLE post (\n\tid int,\n\t${SOME_UNSET_VAR?required env var not set} text\n);\n';
    const parsed = parseMigration('migrations/00001_case.sql', Buffer.from(text), { env: {} });
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toMatchObject({ code: 'ENVSUB_UNSET', line: 5, column: 2 });
    expect(parsed.problems[0].message).toContain('${SOME_UNSET_VAR}');
    expect(parsed.problems[0].message).toContain('required env var not set');
  });
});

describe('goose files goose accepts', () => {
  it('an empty Up, comments only, and blank lines before Up are fine', () => {
    expect(problemsOf('-- +goose Up\n-- This is just a comment')).toEqual([]);
    expect(problemsOf('\n\n-- comment\n-- +goose Up\n\n-- comment\n-- +goose Down\n\n')).toEqual([]);
  });

  it('annotations are case-insensitive, NO TRANSACTION turns the transaction off', () => {
    const parsed = parseMigration(
      'm/00002_x.sql',
      Buffer.from('-- +goose no transaction\n-- +GOOSE up\nSELECT 1;\n-- +goose DOWN\nSELECT 2;\n'),
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.migration?.transaction).toBe(false);
    expect(parsed.migration?.up.statements.map((statement) => statement.sql)).toEqual(['SELECT 1']);
    expect(parsed.migration?.down?.statements.map((statement) => statement.sql)).toEqual(['SELECT 2']);
  });

  it('two statements on one line are two statements for us (goose sends the line as one)', () => {
    const parsed = parseMigration('m/00003_x.sql', Buffer.from('-- +goose Up\nSELECT 3; SELECT 4; -- both\n'));
    expect(parsed.migration?.up.statements.map(({ sql, line, column }) => ({ sql, line, column }))).toEqual([
      { sql: 'SELECT 3', line: 2, column: 1 },
      { sql: 'SELECT 4', line: 2, column: 11 },
    ]);
  });

  it('ENVSUB OFF leaves ${VAR} alone, and ON only applies from its line on', () => {
    const text =
      "-- +goose Up\nSELECT '${APP}';\n-- +goose ENVSUB ON\nSELECT '${APP}', '$APP', '\\$APP';\n-- +goose ENVSUB OFF\nSELECT '$APP';\n";
    const parsed = parseMigration('m/00004_x.sql', Buffer.from(text), { env: { APP: 'shop' } });
    expect(parsed.problems).toEqual([]);
    expect(parsed.migration?.up.statements.map((statement) => statement.sql)).toEqual([
      "SELECT '${APP}'",
      "SELECT 'shop', 'shop', '$APP'",
      "SELECT '$APP'",
    ]);
  });
});
