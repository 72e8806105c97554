import { describe, expect, it } from 'vitest';
import { lintSql } from '../helpers.js';

const only = ['no-transaction-statement'];
const messages = async (sql: string, transaction: boolean) => (await lintSql(sql, { only, transaction })).findings.map((f) => f.message);

describe('no-transaction-statement', () => {
  it('flags VACUUM and the like in a wrapped file (the reader finds them) and inside a BEGIN block', async () => {
    expect(await messages('VACUUM orders;', true)).toEqual([
      'VACUUM cannot run inside a transaction block, and this migration runs in one: it would fail on every database',
    ]);
    expect(await messages('BEGIN;\nVACUUM orders;\nCOMMIT;', false)).toEqual([
      'VACUUM cannot run inside a transaction block, and the BEGIN before it opens one',
    ]);
  });

  it('accepts them alone in a NO TRANSACTION file, and leaves CONCURRENTLY to concurrently-in-transaction', async () => {
    expect(await messages('VACUUM orders;\nANALYZE orders;', false)).toEqual([]);
    expect(await messages('BEGIN;\nCREATE INDEX CONCURRENTLY IF NOT EXISTS i ON t (a);\nCOMMIT;', false)).toEqual([]);
  });
});

describe('no-transaction-statement: ALTER TYPE ... ADD VALUE', () => {
  const add = "ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'refunded';";
  const use = "UPDATE orders SET status = 'refunded' WHERE total < 0 AND status <> 'refunded';";
  const found = async (sql: string, options: { transaction?: boolean; pgVersion?: number } = {}) =>
    (await lintSql(sql, { only, transaction: options.transaction ?? true, pgVersion: options.pgVersion })).findings.map(
      (f) => `${f.line} ${f.message}`,
    );

  it('flags a new enum value used later in the transaction that adds it (PostgreSQL 12+: unsafe use of new value)', async () => {
    const message =
      "'refunded', the value ALTER TYPE order_status ADD VALUE adds on line 2, is used in the same transaction: PostgreSQL refuses it (unsafe use of new value) until the ADD VALUE commits";
    expect(await found(`${add}\nSET statement_timeout = '30min';\n${use}`)).toEqual([`4 ${message}`]);
    const [finding] = (await lintSql(`${add}\n${use}`, { only })).findings;
    expect(finding.hint).toBe(
      'add the value in a migration of its own and use it in the next one (or COMMIT between the two, in a NO TRANSACTION file)',
    );
    // As a typed literal, in a default, inside a BEGIN block of a NO TRANSACTION file.
    expect(await found(`${add}\nSELECT 'refunded'::order_status;`)).toHaveLength(1);
    expect(await found(`${add}\nALTER TABLE orders ALTER COLUMN status SET DEFAULT 'refunded';`)).toHaveLength(1);
    expect(await found(`BEGIN;\n${add}\n${use}\nCOMMIT;`, { transaction: false })).toHaveLength(1);
    // Even when the type is new: PostgreSQL 12+ trusts only the values CREATE TYPE listed.
    expect(await found(`CREATE TYPE order_status AS ENUM ('open');\n${add}\n${use}`)).toHaveLength(1);
  });

  it('accepts the use after a COMMIT or in autocommit, another value, and a use before the ADD', async () => {
    expect(await found(`${add}\n${use}`, { transaction: false })).toEqual([]);
    expect(await found(`BEGIN;\n${add}\nCOMMIT;\n${use}`, { transaction: false })).toEqual([]);
    expect(await found(`${add}\nUPDATE orders SET status = 'paid' WHERE status = 'open';`)).toEqual([]);
    expect(await found(`${use}\n${add}`)).toEqual([]);
    // A DO block's body is not read.
    expect(await found(`${add}\nDO $$ BEGIN PERFORM 1; END $$;`)).toEqual([]);
  });

  it('before PostgreSQL 12, flags ADD VALUE in a transaction at all (the wrapped migration, a BEGIN)', async () => {
    expect(await found(add, { pgVersion: 11 })).toEqual([
      '2 ALTER TYPE ... ADD VALUE (before PostgreSQL 12) cannot run inside a transaction block on PostgreSQL 11 (the oldest the fleet runs), and this migration runs in one: it would fail on every database',
    ]);
    const [finding] = (await lintSql(add, { only, pgVersion: 10 })).findings;
    expect(finding.hint).toBe(
      'mark the file NO TRANSACTION ("-- +goose NO TRANSACTION" at the top), and keep such a migration to the statements that need it',
    );
    expect(await found(`BEGIN;\n${add}\nCOMMIT;`, { transaction: false, pgVersion: 11 })).toEqual([
      '4 ALTER TYPE ... ADD VALUE (before PostgreSQL 12) cannot run inside a transaction block, and the BEGIN before it opens one',
    ]);
    // Only the refusal: the use is moot when the ADD cannot run.
    expect(await found(`${add}\n${use}`, { pgVersion: 11 })).toHaveLength(1);
    expect(await found(add, { transaction: false, pgVersion: 11 })).toEqual([]);
    expect(await found(`CREATE TYPE order_status AS ENUM ('open');\n${add}`, { pgVersion: 11 })).toEqual([]);
    expect(await found(add, { pgVersion: 12 })).toEqual([]);
  });
});
