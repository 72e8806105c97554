/**
 * Names are compared as PostgreSQL compares them: the parser folds unquoted names to lower case
 * (`Orders` is `orders`) and keeps quoted ones as written (`"Orders"` is `Orders`), so lint never
 * folds again. `"Transactions"` is not `transactions`, `"order items"` is not `"Order Items"`;
 * `TRANSACTIONS` and `"transactions"` are `transactions`. Real parser throughout.
 */
import { describe, expect, it } from 'vitest';
import { headerFile, lintFiles, lintSql, ofRule } from './helpers.js';

const LOCK = "SET lock_timeout = '5s';";
const rule = async (only: string, sql: string, earlier: string[], options: { down?: string; transaction?: boolean } = {}) =>
  (await lintSql(sql, { only: [only], earlier, ...options })).findings;

describe('create-existing-table: quoted names keep their case', () => {
  it('a quoted mixed-case table is not the lower-case one an earlier migration made, nor the other way round', async () => {
    expect(
      await rule('create-existing-table', 'CREATE TABLE IF NOT EXISTS "Transactions" (id INT);', ['CREATE TABLE transactions (id INT);']),
    ).toEqual([]);
    expect(
      await rule('create-existing-table', 'CREATE TABLE IF NOT EXISTS transactions (id INT);', ['CREATE TABLE "Transactions" (id INT);']),
    ).toEqual([]);
    expect(
      await rule('create-existing-table', 'CREATE TABLE IF NOT EXISTS "order items" (id SERIAL PRIMARY KEY, x INT);', [
        'CREATE TABLE "Order Items" (id SERIAL PRIMARY KEY);',
      ]),
    ).toEqual([]);
    expect(
      await rule('create-existing-table', 'CREATE TABLE IF NOT EXISTS billing."Invoices" (id INT);', [
        'CREATE TABLE billing.invoices (id INT);',
      ]),
    ).toEqual([]);
    expect(
      await rule('create-existing-table', 'CREATE TABLE IF NOT EXISTS "Billing".invoices (id INT);', [
        'CREATE TABLE billing.invoices (id INT);',
      ]),
    ).toEqual([]);
  });

  it('the same quoted name, and unquoted mixed case against lower case, still match', async () => {
    const [quoted] = await rule('create-existing-table', 'CREATE TABLE IF NOT EXISTS "Order Items" (id INT, x INT);', [
      'CREATE TABLE "Order Items" (id INT);',
    ]);
    expect(quoted.message).toBe(
      'CREATE TABLE IF NOT EXISTS "Order Items" does nothing: 001_earlier.sql already made "Order Items", so this column list is ignored',
    );
    for (const [earlier, now] of [
      ['CREATE TABLE transactions (id INT);', 'CREATE TABLE IF NOT EXISTS TRANSACTIONS (id INT, x INT);'],
      ['CREATE TABLE Transactions (id INT);', 'CREATE TABLE IF NOT EXISTS "transactions" (id INT, x INT);'],
      ['CREATE TABLE "transactions" (id INT);', 'CREATE TABLE IF NOT EXISTS Transactions (id INT, x INT);'],
      ['CREATE TABLE Billing.Invoices (id INT);', 'CREATE TABLE IF NOT EXISTS billing.INVOICES (id INT, x INT);'],
    ]) {
      const found = await rule('create-existing-table', now, [earlier]);
      expect(found.map((finding) => finding.message)).toEqual([expect.stringContaining('already made')]);
    }
  });

  it('follows a RENAME to a quoted name exactly', async () => {
    const earlier = ['CREATE TABLE orders (id INT);', 'ALTER TABLE orders RENAME TO "Purchases";'];
    expect(await rule('create-existing-table', 'CREATE TABLE IF NOT EXISTS purchases (id INT);', earlier)).toEqual([]);
    expect(await rule('create-existing-table', 'CREATE TABLE IF NOT EXISTS "Purchases" (id INT, x INT);', earlier)).toHaveLength(1);
    expect(await rule('create-existing-table', 'CREATE TABLE IF NOT EXISTS orders (id INT);', earlier)).toEqual([]);
  });

  it('a DROP TABLE of the quoted name frees only that name', async () => {
    const earlier = ['CREATE TABLE orders (id INT);', 'CREATE TABLE "Orders" (id INT);', 'DROP TABLE "Orders";'];
    expect(await rule('create-existing-table', 'CREATE TABLE IF NOT EXISTS "Orders" (id INT);', earlier)).toEqual([]);
    expect(await rule('create-existing-table', 'CREATE TABLE IF NOT EXISTS ORDERS (id INT, x INT);', earlier)).toHaveLength(1);
  });
});

describe('destructive: a DOWN that drops a table of another case is not a table an earlier migration made', () => {
  it('DOWN drops "Transactions" after 001 made transactions: its own table, no finding', async () => {
    const up = `${LOCK}\nCREATE TABLE IF NOT EXISTS "Transactions" (id INT);`;
    expect(
      await rule('destructive', up, ['CREATE TABLE transactions (id INT);'], { down: 'DROP TABLE IF EXISTS "Transactions";' }),
    ).toEqual([]);
  });

  it('DOWN drops TRANSACTIONS (unquoted) after 001 made transactions: the real table', async () => {
    const up = `${LOCK}\nCREATE TABLE IF NOT EXISTS "Transactions" (id INT);`;
    const findings = await rule('destructive', up, ['CREATE TABLE transactions (id INT);'], { down: 'DROP TABLE IF EXISTS TRANSACTIONS;' });
    expect(findings.map((finding) => finding.message)).toEqual([
      'DOWN drops table transactions, which 001_earlier.sql made, not this migration: a rollback deletes it and its rows on every tenant',
    ]);
  });

  it('an UP that creates "Orders" and then drops orders still drops the existing table', async () => {
    const up = `${LOCK}\nCREATE TABLE IF NOT EXISTS "Orders" (id INT);\nDROP TABLE IF EXISTS orders;`;
    expect((await rule('destructive', up, [])).map((finding) => finding.message)).toEqual([
      'DROP TABLE orders deletes data on every tenant',
    ]);
    const own = `${LOCK}\nCREATE TABLE IF NOT EXISTS "Orders" (id INT);\nDROP TABLE IF EXISTS "Orders";`;
    expect(await rule('destructive', own, [])).toEqual([]);
  });

  it('the trial: a header-format project, tenant 001 made transactions, 004 makes and drops "Transactions"', async () => {
    const result = await lintFiles({
      'migrations/tenant/001_create_transactions.sql': headerFile(
        'CREATE TABLE IF NOT EXISTS transactions (id INT);',
        'DROP TABLE IF EXISTS transactions;',
        {
          Migration: '001_create_transactions',
          Version: '001',
        },
      ),
      'migrations/tenant/002_case2.sql': headerFile(
        `${LOCK}\nCREATE TABLE IF NOT EXISTS "Transactions" (id INT);`,
        'DROP TABLE IF EXISTS "Transactions";',
        { Migration: '002_case2', Version: '002' },
      ),
    });
    expect(ofRule(result, 'create-existing-table')).toEqual([]);
    expect(ofRule(result, 'destructive')).toEqual([]);
  });
});

describe("set-not-null: the validated CHECK it looks for is on the table and column of the statement's case", () => {
  const flagged = async (sql: string, earlier: string[]) => (await rule('set-not-null', `${LOCK}\n${sql}`, earlier)).length;

  it('a CHECK on "Users"."Email" proves nothing for users.email, and the reverse', async () => {
    expect(
      await flagged('ALTER TABLE users ALTER COLUMN email SET NOT NULL;', [
        'ALTER TABLE "Users" ADD CONSTRAINT c CHECK ("Email" IS NOT NULL);',
      ]),
    ).toBe(1);
    expect(
      await flagged('ALTER TABLE "Users" ALTER COLUMN email SET NOT NULL;', [
        'ALTER TABLE users ADD CONSTRAINT c CHECK (email IS NOT NULL);',
      ]),
    ).toBe(1);
    expect(
      await flagged('ALTER TABLE users ALTER COLUMN "Email" SET NOT NULL;', [
        'ALTER TABLE users ADD CONSTRAINT c CHECK (email IS NOT NULL);',
      ]),
    ).toBe(1);
  });

  it('the same quoted names, and unquoted mixed case, match', async () => {
    expect(
      await flagged('ALTER TABLE "Users" ALTER COLUMN "Email" SET NOT NULL;', [
        'ALTER TABLE "Users" ADD CONSTRAINT c CHECK ("Email" IS NOT NULL);',
      ]),
    ).toBe(0);
    expect(
      await flagged('ALTER TABLE USERS ALTER COLUMN Email SET NOT NULL;', [
        'ALTER TABLE users ADD CONSTRAINT c CHECK (EMAIL IS NOT NULL);',
      ]),
    ).toBe(0);
  });

  it('a VALIDATE or DROP CONSTRAINT acts on the constraint of its exact name', async () => {
    const added = 'ALTER TABLE users ADD CONSTRAINT "Email_NN" CHECK (email IS NOT NULL) NOT VALID;';
    const set = 'ALTER TABLE users ALTER COLUMN email SET NOT NULL;';
    expect(await flagged(`ALTER TABLE users VALIDATE CONSTRAINT email_nn;\n${set}`, [added])).toBe(1);
    expect(await flagged(`ALTER TABLE users VALIDATE CONSTRAINT "Email_NN";\n${set}`, [added])).toBe(0);
    const validated = 'ALTER TABLE users ADD CONSTRAINT "Email_NN" CHECK (email IS NOT NULL);';
    expect(await flagged(`ALTER TABLE users DROP CONSTRAINT IF EXISTS email_nn;\n${set}`, [validated])).toBe(0);
    expect(await flagged(`ALTER TABLE users DROP CONSTRAINT IF EXISTS "Email_NN";\n${set}`, [validated])).toBe(1);
    expect(await flagged(set, [validated, 'DROP TABLE "Users";', 'SELECT 1;'])).toBe(0);
  });
});

describe('require-concurrent-index / drop-index: partitioned tables by exact name', () => {
  const PARTITIONED = 'CREATE TABLE "Events" (at DATE NOT NULL) PARTITION BY RANGE (at);';

  it('"Events" is partitioned, events is a plain table: the index on events gets CONCURRENTLY as usual', async () => {
    const [plain] = await rule('require-concurrent-index', 'CREATE INDEX IF NOT EXISTS events_at_idx ON events (at);', [PARTITIONED], {
      transaction: false,
    });
    expect(plain.messageId).toBe('notConcurrent');
    const [partitioned] = await rule(
      'require-concurrent-index',
      'CREATE INDEX IF NOT EXISTS events_at_idx ON "Events" (at);',
      [PARTITIONED],
      {
        transaction: false,
      },
    );
    expect(partitioned.messageId).toBe('partitioned');
    expect(partitioned.message).toBe('CREATE INDEX on partitioned table "Events" blocks writes to every partition while it builds');
  });

  it('unquoted mixed case is the lower-case partitioned table', async () => {
    const [finding] = await rule(
      'require-concurrent-index',
      'CREATE INDEX IF NOT EXISTS events_at_idx ON Events (at);',
      ['CREATE TABLE EVENTS (at DATE NOT NULL) PARTITION BY RANGE (at);'],
      { transaction: false },
    );
    expect(finding.messageId).toBe('partitioned');
  });

  it('DROP TABLE events does not forget the partitioned "Events"', async () => {
    const [finding] = await rule(
      'require-concurrent-index',
      'CREATE INDEX IF NOT EXISTS events_at_idx ON "Events" (at);',
      [PARTITIONED, 'CREATE TABLE events (at DATE);', 'DROP TABLE events;'],
      { transaction: false },
    );
    expect(finding.messageId).toBe('partitioned');
  });

  it('DROP INDEX of the partitioned index is matched by its exact name', async () => {
    const earlier = [
      PARTITIONED,
      'CREATE INDEX "Events_At" ON "Events" (at);',
      'CREATE TABLE t (at DATE);',
      'CREATE INDEX events_at ON t (at);',
    ];
    const quoted = await rule('require-concurrent-drop-index', 'DROP INDEX CONCURRENTLY IF EXISTS "Events_At";', earlier, {
      transaction: false,
    });
    expect(quoted.map((finding) => finding.message)).toEqual([
      'DROP INDEX CONCURRENTLY "Events_At" fails: PostgreSQL cannot drop the index of a partitioned table concurrently',
    ]);
    expect(
      await rule('require-concurrent-drop-index', 'DROP INDEX CONCURRENTLY IF EXISTS events_at;', earlier, { transaction: false }),
    ).toEqual([]);
  });
});

describe('constraint-not-valid and require-idempotent: constraints and objects by exact name', () => {
  it('VALIDATE CONSTRAINT c in the transaction that added "C" NOT VALID is another constraint', async () => {
    const add = 'ALTER TABLE orders ADD CONSTRAINT "Total_Pos" CHECK (total > 0) NOT VALID;';
    const same = await rule('constraint-not-valid', `${LOCK}\n${add}\nALTER TABLE orders VALIDATE CONSTRAINT "Total_Pos";`, []);
    expect(same.map((finding) => finding.messageId)).toContain('sameTransaction');
    const other = await rule('constraint-not-valid', `${LOCK}\n${add}\nALTER TABLE orders VALIDATE CONSTRAINT total_pos;`, []);
    expect(other.map((finding) => finding.messageId)).not.toContain('sameTransaction');
    const otherTable = await rule('constraint-not-valid', `${LOCK}\n${add}\nALTER TABLE "Orders" VALIDATE CONSTRAINT "Total_Pos";`, []);
    expect(otherTable.map((finding) => finding.messageId)).not.toContain('sameTransaction');
  });

  it('DROP POLICY IF EXISTS "Tenant Only" ON "Orders" guards its CREATE POLICY, not one on orders or named tenant_only', async () => {
    const create = (name: string, table: string) => `CREATE POLICY ${name} ON ${table} USING (true);`;
    const drop = 'DROP POLICY IF EXISTS "Tenant Only" ON "Orders";';
    expect(await rule('require-idempotent', `${drop}\n${create('"Tenant Only"', '"Orders"')}`, [])).toEqual([]);
    expect(await rule('require-idempotent', `DROP POLICY IF EXISTS P ON ORDERS;\n${create('p', 'orders')}`, [])).toEqual([]);
    expect(await rule('require-idempotent', `${drop}\n${create('"Tenant Only"', 'orders')}`, [])).toHaveLength(1);
    expect(await rule('require-idempotent', `DROP POLICY IF EXISTS "P" ON orders;\n${create('p', 'orders')}`, [])).toHaveLength(1);
  });
});
