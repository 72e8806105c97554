/** set-not-null: files it must flag and near-misses it must leave alone (header files: the first UP statement is on line 9). */
import { describe, expect, it } from 'vitest';
import { headerFile, lintOne, lintSql, ofRule, where } from '../helpers.js';

const LOCK = "SET lock_timeout = '5s';";

describe('set-not-null', () => {
  it('flags SET NOT NULL on an existing table', async () => {
    const result = await lintOne(headerFile(`${LOCK}\nALTER TABLE users ALTER COLUMN email SET NOT NULL;`));
    expect(where(result, 'set-not-null')).toEqual(['10:38']);
  });

  it('accepts it after a validated CHECK (email IS NOT NULL), and on a new table', async () => {
    const safe = [
      LOCK,
      'ALTER TABLE users ADD CONSTRAINT email_nn CHECK (email IS NOT NULL) NOT VALID;',
      'ALTER TABLE users VALIDATE CONSTRAINT email_nn;',
      'ALTER TABLE users ALTER COLUMN email SET NOT NULL;',
    ].join('\n');
    expect(ofRule(await lintOne(headerFile(safe)), 'set-not-null')).toEqual([]);
    const fresh = 'CREATE TABLE IF NOT EXISTS t (a INT);\nALTER TABLE t ALTER COLUMN a SET NOT NULL;';
    expect(ofRule(await lintOne(headerFile(fresh)), 'set-not-null')).toEqual([]);
  });
});

describe('set-not-null: a validated CHECK (col IS NOT NULL) on the same table, from before', () => {
  const flagged = async (sql: string, earlier: string[] = [], pgVersion?: number) =>
    (await lintSql(`SET lock_timeout = '5s';\n${sql}`, { only: ['set-not-null'], earlier, pgVersion })).findings.length;
  const set = 'ALTER TABLE foo ALTER COLUMN bar SET NOT NULL;';

  it('is not flagged after the CHECK was added in an earlier migration and validated in this one or earlier', async () => {
    const added = 'ALTER TABLE foo ADD CONSTRAINT foo_bar_nn CHECK (bar IS NOT NULL) NOT VALID;';
    expect(await flagged(`ALTER TABLE foo VALIDATE CONSTRAINT foo_bar_nn;\n${set}`, [added])).toBe(0);
    expect(await flagged(set, [added, 'ALTER TABLE foo VALIDATE CONSTRAINT foo_bar_nn;'])).toBe(0);
    expect(await flagged(set, ['ALTER TABLE foo ADD CONSTRAINT foo_bar_nn CHECK (bar IS NOT NULL);'])).toBe(0);
  });

  it('is flagged when the CHECK is not validated, checks another column, sits on another table, or the fleet is older than 12', async () => {
    const added = 'ALTER TABLE foo ADD CONSTRAINT foo_bar_nn CHECK (bar IS NOT NULL) NOT VALID;';
    expect(await flagged(set, [added])).toBe(1);
    expect(await flagged(set, ['ALTER TABLE foo ADD CONSTRAINT c CHECK (baz IS NOT NULL);'])).toBe(1);
    expect(await flagged(set, ['ALTER TABLE other ADD CONSTRAINT c CHECK (bar IS NOT NULL);'])).toBe(1);
    expect(await flagged(`ALTER TABLE other VALIDATE CONSTRAINT foo_bar_nn;\n${set}`, [added])).toBe(1);
    expect(await flagged(set, ['ALTER TABLE foo ADD CONSTRAINT foo_bar_nn CHECK (bar IS NOT NULL);'], 11)).toBe(1);
    // The validation comes after SET NOT NULL: too late to spare the scan.
    expect(await flagged(`${set}\nALTER TABLE foo VALIDATE CONSTRAINT foo_bar_nn;`, [added])).toBe(1);
  });
});

describe('set-not-null: a CHECK (col IS NOT NULL) dropped since proves nothing', () => {
  const flagged = async (sql: string, earlier: string[] = []) =>
    (await lintSql(`SET lock_timeout = '5s';\n${sql}`, { only: ['set-not-null'], earlier })).findings.length;
  const set = 'ALTER TABLE foo ALTER COLUMN bar SET NOT NULL;';
  const added = 'ALTER TABLE foo ADD CONSTRAINT foo_bar_nn CHECK (bar IS NOT NULL);';

  it('is flagged when a later earlier migration, or this UP before it, dropped the validated CHECK (or its table)', async () => {
    expect(await flagged(set, [added, 'ALTER TABLE foo DROP CONSTRAINT foo_bar_nn;'])).toBe(1);
    expect(await flagged(set, [added, 'ALTER TABLE foo DROP CONSTRAINT IF EXISTS FOO_BAR_NN;'])).toBe(1);
    expect(await flagged(`ALTER TABLE foo DROP CONSTRAINT IF EXISTS foo_bar_nn;\n${set}`, [added])).toBe(1);
    expect(await flagged(set, [added, 'DROP TABLE IF EXISTS foo;', 'CREATE TABLE IF NOT EXISTS foo (bar INT);'])).toBe(1);
  });

  it('is not flagged when the drop is of another constraint or table, comes after SET NOT NULL, or the CHECK was added again', async () => {
    expect(await flagged(set, [added, 'ALTER TABLE foo DROP CONSTRAINT IF EXISTS other_nn;'])).toBe(0);
    expect(await flagged(set, [added, 'ALTER TABLE other DROP CONSTRAINT IF EXISTS foo_bar_nn;'])).toBe(0);
    expect(await flagged(set, [added, 'DROP TABLE IF EXISTS other;'])).toBe(0);
    expect(await flagged(`${set}\nALTER TABLE foo DROP CONSTRAINT IF EXISTS foo_bar_nn;`, [added])).toBe(0);
    expect(await flagged(set, [added, 'ALTER TABLE foo DROP CONSTRAINT IF EXISTS foo_bar_nn;', added])).toBe(0);
  });
});
