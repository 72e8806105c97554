/** constraint-not-valid: files it must flag and near-misses it must leave alone (header files: the first UP statement is on line 9). */
import { describe, expect, it } from 'vitest';
import { headerFile, lintOne, ofRule, where } from '../helpers.js';

const LOCK = "SET lock_timeout = '5s';";

describe('constraint-not-valid', () => {
  it('flags a FOREIGN KEY or CHECK added to an existing table without NOT VALID', async () => {
    const up = `${LOCK}\nALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (c) REFERENCES customers (id), ADD CONSTRAINT ck CHECK (amount > 0);`;
    const result = await lintOne(headerFile(up));
    expect(where(result, 'constraint-not-valid')).toEqual(['10:20', '10:81']);
  });

  it('accepts NOT VALID, UNIQUE constraints, and constraints on a new table', async () => {
    const up = [
      LOCK,
      'ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (c) REFERENCES customers (id) NOT VALID;',
      'ALTER TABLE orders VALIDATE CONSTRAINT fk;',
      'CREATE TABLE IF NOT EXISTS items (id INT, order_id INT);',
      'ALTER TABLE items ADD CONSTRAINT items_fk FOREIGN KEY (order_id) REFERENCES orders (id);',
    ].join('\n');
    expect(ofRule(await lintOne(headerFile(up)), 'constraint-not-valid')).toEqual([]);
  });
});
