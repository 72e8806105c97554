import { describe, expect, it } from 'vitest';
import { lintSql } from '../helpers.js';

const only = ['require-statement-timeout'];
const flagged = async (sql: string, transaction = true) => (await lintSql(sql, { only, transaction })).findings.map((f) => f.message);

describe('require-statement-timeout', () => {
  it('flags work that grows with an existing table, without statement_timeout', async () => {
    const cases = [
      'CREATE INDEX IF NOT EXISTS i ON orders (a);',
      'ALTER TABLE orders VALIDATE CONSTRAINT fk;',
      'ALTER TABLE orders ADD CONSTRAINT ck CHECK (a > 0);',
      'ALTER TABLE orders ALTER COLUMN a TYPE BIGINT;',
      'UPDATE orders SET a = 0 WHERE a IS NULL;',
      'DELETE FROM orders WHERE a IS NULL;',
      'REFRESH MATERIALIZED VIEW totals;',
      'CLUSTER orders USING i;',
    ];
    for (const sql of cases) expect(await flagged(sql)).toHaveLength(1);
    expect(await flagged('VACUUM orders;', false)).toHaveLength(1);
  });

  it('accepts it after SET statement_timeout, and leaves instant changes and new tables alone', async () => {
    expect(await flagged("SET statement_timeout = '30min';\nCREATE INDEX IF NOT EXISTS i ON orders (a);")).toEqual([]);
    expect(await flagged('ALTER TABLE orders ADD COLUMN IF NOT EXISTS note TEXT;')).toEqual([]);
    expect(await flagged('ALTER TABLE orders ADD CONSTRAINT ck CHECK (a > 0) NOT VALID;')).toEqual([]);
    expect(await flagged('CREATE TABLE IF NOT EXISTS t (a INT);\nCREATE INDEX IF NOT EXISTS i ON t (a);')).toEqual([]);
    expect(await flagged("SET statement_timeout = '1min';\nSET statement_timeout = 0;\nUPDATE orders SET a = 1;")).toHaveLength(1);
  });

  it("suggests SET statement_timeout before the first such statement, as a suggestion --fix does not apply (the value is the author's)", async () => {
    const { findings } = await lintSql('CREATE INDEX IF NOT EXISTS i ON orders (a);\nUPDATE orders SET a = 0;', { only });
    expect(findings.map((finding) => finding.fix)).toEqual([
      {
        description: expect.stringContaining("SET statement_timeout = '30min'"),
        safe: false,
        edits: [expect.objectContaining({ text: "SET statement_timeout = '30min';\n" })],
      },
      undefined,
    ]);
  });
});
