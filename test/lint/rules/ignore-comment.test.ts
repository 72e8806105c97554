/** ignore-comment: an ignore comment must name real rules and say why (the unknown-id cases live in suppressions-config.test.ts). */
import { describe, expect, it } from 'vitest';
import { lintSql } from '../helpers.js';

const LOCK = "SET lock_timeout = '5s';";
const messages = async (sql: string) => (await lintSql(sql, { only: ['ignore-comment'] })).findings.map((f) => `${f.line}: ${f.message}`);

describe('ignore-comment', () => {
  it('flags a comment that silences a rule without a reason, at its line', async () => {
    const found = await messages(`${LOCK}\n-- tenant-migrate-ignore: destructive\nDROP TABLE IF EXISTS legacy;`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^\d+: the ignore comment silences destructive without saying why$/);
  });

  it('accepts a comment with its reason', async () => {
    expect(await messages(`${LOCK}\n-- tenant-migrate-ignore: destructive legacy unused since 4.2\nDROP TABLE IF EXISTS legacy;`)).toEqual(
      [],
    );
  });
});
