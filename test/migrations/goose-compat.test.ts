/**
 * goose compatibility: each fixture under test/fixtures/goose/ reproduces the structure of one of
 * goose's own parser cases (internal/sqlparser/testdata/valid-up/testNN and envsub/testNN), with
 * NN.up.golden.sql / NN.down.golden.sql files holding the statements goose would send, one per file.
 * `show --json` must give the same statements, comments and whitespace aside.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { substituteEnvironment } from '../../src/migrations/envsub.js';
import { cli } from '../support/cli.js';
import { normalizeSql } from './normalize-sql.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'goose');

interface ShownStatement {
  sql: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

function caseDirs(group: string): string[] {
  return readdirSync(join(FIXTURES, group)).sort();
}

/** The goldens of one direction, in order; a golden that is only a comment is nothing to PostgreSQL. */
function goldens(dir: string, direction: 'up' | 'down'): string[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith(`.${direction}.golden.sql`))
    .sort()
    .map((file) => normalizeSql(readFileSync(join(dir, file), 'utf8')))
    .filter((sql) => sql !== '');
}

async function show(dir: string, env: NodeJS.ProcessEnv = {}) {
  const input = readdirSync(dir).find((file) => /^\d+_input\.sql$/.test(file));
  if (!input) throw new Error(`no input file in ${dir}`);
  const result = await cli(['show', join(dir, input), '--json'], { env });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  const shown = JSON.parse(result.stdout) as { up: ShownStatement[]; down: ShownStatement[] | null; format: string };
  expect(shown.format).toBe('goose');
  return { shown, text: readFileSync(join(dir, input), 'utf8') };
}

/**
 * Every statement's line:column must point at its first character in the file, and its
 * endLine:endColumn just past its last. With ENVSUB the statement holds the substituted text, so
 * the file's text there is compared as written and as substituted (a block may switch ENVSUB off).
 */
function expectPositionsPointAtStatements(text: string, statements: ShownStatement[], env?: NodeJS.ProcessEnv) {
  const lines = text.split('\n');
  const readings = (fileText: string) => (env ? [fileText, substituteEnvironment(fileText, env).text] : [fileText]);
  for (const statement of statements) {
    const sqlLines = statement.sql.split('\n');
    const from = [...lines[statement.line - 1]].slice(statement.column - 1).join('');
    expect(
      readings(from).some((reading) => reading.startsWith(sqlLines[0])),
      `${statement.sql} starts at ${statement.line}:${statement.column}`,
    ).toBe(true);
    const upTo = [...lines[statement.endLine - 1]].slice(0, statement.endColumn - 1).join('');
    expect(
      readings(upTo).some((reading) => reading.endsWith(sqlLines[sqlLines.length - 1])),
      `${statement.sql} ends at ${statement.endLine}:${statement.endColumn}`,
    ).toBe(true);
  }
}

describe('goose valid-up cases', () => {
  it('has the nine cases', () => {
    expect(caseDirs('valid')).toHaveLength(9);
  });

  for (const name of caseDirs('valid')) {
    it(`${name}: the same statements as goose`, async () => {
      const dir = join(FIXTURES, 'valid', name);
      const { shown, text } = await show(dir);
      expect(shown.up.map((statement) => normalizeSql(statement.sql))).toEqual(goldens(dir, 'up'));
      expect((shown.down ?? []).map((statement) => normalizeSql(statement.sql))).toEqual(goldens(dir, 'down'));
      expectPositionsPointAtStatements(text, shown.up);
      expectPositionsPointAtStatements(text, shown.down ?? []);
    });
  }

  it('keeps a StatementBegin/End block whole, with its first statement position', async () => {
    const { shown } = await show(join(FIXTURES, 'valid', 'case02'));
    expect(shown.up).toHaveLength(1);
    expect(shown.up[0]).toMatchObject({ line: 3, column: 1 });
    expect(shown.up[0].sql).toMatch(/^CREATE TABLE account \(/);
    expect(shown.up[0].sql).toMatch(/EXECUTE FUNCTION record_account_history\(\)$/);
  });

  it('drops the comments that lead a block and starts it at its first statement', async () => {
    const { shown } = await show(join(FIXTURES, 'valid', 'case06'));
    expect(shown.up.map((statement) => statement.line)).toEqual([3, 7, 13, 31, 47]);
    expect(shown.up[3].sql.startsWith('CREATE FUNCTION count_words')).toBe(true);
  });

  it('keeps a block whose last statement has no semicolon, as goose does', async () => {
    const { shown } = await show(join(FIXTURES, 'valid', 'case09'));
    expect(shown.up).toHaveLength(1);
    expect(shown.up[0].sql).toContain('update tally set id = id + 1');
  });
});

describe('goose ENVSUB cases', () => {
  const env = { SHARD_PREFIX: 'eu_', APP_NAME: 'store', EMPTY_VALUE: '', UNSET_OPTION: undefined };

  for (const name of caseDirs('envsub')) {
    it(`${name}: the same statements as goose`, async () => {
      const dir = join(FIXTURES, 'envsub', name);
      const { shown, text } = await show(dir, env);
      expect(shown.up.map((statement) => normalizeSql(statement.sql))).toEqual(goldens(dir, 'up'));
      expect((shown.down ?? []).map((statement) => normalizeSql(statement.sql))).toEqual(goldens(dir, 'down'));
      expectPositionsPointAtStatements(text, shown.up, env);
      expectPositionsPointAtStatements(text, shown.down ?? [], env);
    });
  }
});

describe('normalizeSql', () => {
  it('drops comments and spacing but keeps literals exactly', () => {
    expect(normalizeSql("SELECT  1, -- one\n  'a  -- b' /* c */ ;")).toBe("SELECT 1, 'a  -- b'");
    expect(normalizeSql('SELECT $x$ -- kept\n $x$;\n-- gone')).toBe('SELECT $x$ -- kept\n $x$');
    expect(normalizeSql("SELECT E'it\\'s -- kept'")).toBe("SELECT E'it\\'s -- kept'");
    expect(normalizeSql('/* only a comment */;')).toBe('');
  });
});
