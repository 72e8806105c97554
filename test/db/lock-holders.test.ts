/**
 * Naming who holds the tables a statement gave up on: the relations a statement names, read from
 * the real parser's tree, and the holders as a line each (what identifies a session, no query).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { describeLockHolders, relationsOf } from '../../src/db/lock-holders.js';
import { loadParser, parseStatements } from '../../src/sql/parser.js';

const relations = (sql: string) => relationsOf(parseStatements(sql).map((statement) => statement.node));

beforeAll(loadParser);

describe('relationsOf', () => {
  it('finds every table a statement names, qualified when the statement qualifies it', () => {
    expect(relations('ALTER TABLE billing.items ADD COLUMN note text')).toEqual(['"billing"."items"']);
    expect(relations('UPDATE orders SET total = (SELECT sum(amount) FROM lines WHERE lines.order_id = orders.id)')).toEqual([
      '"orders"',
      '"lines"',
    ]);
    expect(relations('CREATE INDEX orders_total ON orders (total)')).toEqual(['"orders"']);
    expect(relations('ALTER TABLE "Mixed Case" ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES parents (id)')).toEqual([
      '"Mixed Case"',
      '"parents"',
    ]);
    expect(relations('SELECT 1')).toEqual([]);
  });
});

describe('describeLockHolders', () => {
  it('a line a holder, with what the server showed, and how many more there were', () => {
    const text = describeLockHolders({
      holders: [
        {
          pid: 4242,
          applicationName: 'billing',
          user: 'app',
          state: 'idle in transaction',
          mode: 'AccessShareLock',
          table: 'items',
          transactionSeconds: 12,
        },
        { pid: 77, applicationName: '', user: '', state: '', mode: 'RowExclusiveLock', table: 'items', transactionSeconds: null },
      ],
      more: 3,
    });
    expect(text).toBe(
      [
        'held by pid 4242 (application "billing", user app, idle in transaction, transaction open 12 s): AccessShareLock on items',
        'held by pid 77: RowExclusiveLock on items',
        'and 3 more locks held by other sessions',
      ].join('\n'),
    );
    expect(describeLockHolders({ holders: [], more: 0 })).toBeUndefined();
  });
});
