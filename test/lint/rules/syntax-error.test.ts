/** syntax-error: files it must flag and near-misses it must leave alone (header files: the first UP statement is on line 9). */
import { describe, expect, it } from 'vitest';
import { headerFile, lintFiles, lintOne, ofRule, where } from '../helpers.js';

describe('syntax-error', () => {
  it('reports the parser error at its line and column, and still checks the other section', async () => {
    const result = await lintOne(headerFile('SELECT 1;\nSELEC 2;', 'DROP TABLE tags;'));
    expect(where(result, 'syntax-error')).toEqual(['10:1']);
    expect(ofRule(result, 'syntax-error')[0].message).toMatch(/syntax error at or near "SELEC"/);
    // DOWN parsed: its own findings are still there.
    expect(where(result, 'require-idempotent')).toEqual(['13:1']);
  });

  it('counts columns in characters after non-ASCII text', async () => {
    const result = await lintOne(headerFile("SELECT 'crème brûlée 🍮' FROM;"));
    expect(where(result, 'syntax-error')).toEqual(['9:29']);
  });

  it('keeps linting the other files', async () => {
    const result = await lintFiles({
      'migrations/tenant/001_bad.sql': headerFile('SELEC 1;', 'SELECT 1;', { Migration: '001_bad' }),
      'migrations/tenant/002_good.sql': headerFile('CREATE TABLE t (id INT);', 'SELECT 1;', { Migration: '002_good', Version: '002' }),
    });
    expect(ofRule(result, 'syntax-error').map((finding) => finding.file)).toEqual(['migrations/tenant/001_bad.sql']);
    expect(ofRule(result, 'require-idempotent').map((finding) => finding.file)).toEqual(['migrations/tenant/002_good.sql']);
    expect(result.summary.files).toBe(2);
  });

  it('does not flag valid SQL with semicolons in strings and dollar quotes', async () => {
    const up = "SELECT 'a;b';\nDO $$ BEGIN PERFORM 1; END $$;";
    expect(ofRule(await lintOne(headerFile(up)), 'syntax-error')).toEqual([]);
  });
});
