/** concurrently-in-transaction: files it must flag and near-misses it must leave alone (header files: the first UP statement is on line 9). */
import { describe, expect, it } from 'vitest';
import { applySafeFixes } from '../../../src/lint/apply-fixes.js';
import type { Finding } from '../../../src/lint/types.js';
import { headerFile, lintOne, lintSql, ofRule, where } from '../helpers.js';

describe('concurrently-in-transaction', () => {
  it('flags CREATE/DROP INDEX CONCURRENTLY in a migration that runs in a transaction, at the keyword', async () => {
    const result = await lintOne(
      headerFile('CREATE INDEX CONCURRENTLY IF NOT EXISTS idx ON users (email);', 'DROP INDEX CONCURRENTLY IF EXISTS idx;'),
    );
    expect(where(result, 'concurrently-in-transaction')).toEqual(['9:14', '12:12']);
    expect(ofRule(result, 'concurrently-in-transaction')[0].hint).toMatch(/Transaction: none/);
  });

  it('accepts it with "-- Transaction: none" or goose NO TRANSACTION', async () => {
    const header = headerFile('CREATE INDEX CONCURRENTLY IF NOT EXISTS idx ON users (email);', 'DROP INDEX CONCURRENTLY IF EXISTS idx;', {
      Transaction: 'none',
    });
    expect(ofRule(await lintOne(header), 'concurrently-in-transaction')).toEqual([]);
    const goose =
      '-- +goose NO TRANSACTION\n-- +goose Up\nCREATE INDEX CONCURRENTLY IF NOT EXISTS idx ON users (email);\n-- +goose Down\nSELECT 1;\n';
    expect(ofRule(await lintOne(goose), 'concurrently-in-transaction')).toEqual([]);
  });

  it('suggests the annotation that runs the file outside a transaction, once per file; never applied by --fix', async () => {
    // Applying a fix by hand, as a reviewer accepting the suggestion does.
    const apply = (text: string, finding: Finding) =>
      applySafeFixes(text, [{ ...finding, fix: finding.fix && { ...finding.fix, safe: true } }]).text;
    const header = headerFile(
      'CREATE INDEX CONCURRENTLY IF NOT EXISTS a ON users (email);\nCREATE INDEX CONCURRENTLY IF NOT EXISTS b ON users (name);',
    );
    const headerResult = await lintOne(header);
    const [first, second] = ofRule(headerResult, 'concurrently-in-transaction');
    expect(first.fix?.safe).toBe(false);
    expect(second.fix).toBeUndefined();
    const fixed = apply(header, first);
    expect(fixed).toContain('-- Scope: tenant\n-- Transaction: none\n');
    expect(ofRule(await lintOne(fixed), 'concurrently-in-transaction')).toEqual([]);
    // A Transaction field that says yes is rewritten in place.
    const withField = headerFile('CREATE INDEX CONCURRENTLY IF NOT EXISTS a ON users (email);', 'SELECT 1;', { Transaction: 'yes' });
    const rewritten = apply(withField, ofRule(await lintOne(withField), 'concurrently-in-transaction')[0]);
    expect(rewritten).toContain('-- Transaction: none\n');
    expect(rewritten).not.toContain('Transaction: yes');

    const goose = await lintSql('CREATE INDEX CONCURRENTLY IF NOT EXISTS a ON users (email);', { only: ['concurrently-in-transaction'] });
    const gooseFixed = apply(goose.text, goose.findings[0]);
    expect(gooseFixed.startsWith('-- +goose NO TRANSACTION\n-- +goose Up\n')).toBe(true);
  });
});

describe('concurrently-in-transaction: goose blocks of several statements', () => {
  it('reports each CONCURRENTLY of a block at its own keyword, once', async () => {
    const sql = [
      '-- +goose StatementBegin',
      'REFRESH MATERIALIZED VIEW CONCURRENTLY stats;',
      'CREATE INDEX CONCURRENTLY IF NOT EXISTS a ON users (email);',
      'CREATE INDEX CONCURRENTLY IF NOT EXISTS b ON users (name);',
      '-- +goose StatementEnd',
    ].join('\n');
    const { findings } = await lintSql(sql, { only: ['concurrently-in-transaction'], transaction: false });
    expect(findings.map((f) => `${f.line}:${f.column} ${f.messageId}`)).toEqual(['5:14 inBlock', '6:14 inBlock']);
  });
});

describe('lint: one finding per rule, place and message', () => {
  it('two statements of a goose block that a rule reports at the block are one finding, not two alike', async () => {
    const sql = [
      "SET lock_timeout = '5s';",
      "SET statement_timeout = '30min';",
      '-- +goose StatementBegin',
      'CREATE INDEX IF NOT EXISTS a ON users (email);',
      'CREATE INDEX IF NOT EXISTS b ON users (email);',
      '-- +goose StatementEnd',
    ].join('\n');
    const { findings } = await lintSql(sql, { only: ['require-concurrent-index'] });
    expect(findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([
      '5:1 CREATE INDEX on users without CONCURRENTLY blocks writes to the table while it builds',
    ]);
  });
});
