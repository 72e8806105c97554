/** constraint-not-valid: files it must flag and near-misses it must leave alone (header files: the first UP statement is on line 9). */
import { describe, expect, it } from 'vitest';
import { headerFile, lintOne, lintSql, ofRule, where } from '../helpers.js';

const LOCK = "SET lock_timeout = '5s';";

describe('constraint-not-valid', () => {
  it('flags a FOREIGN KEY or CHECK added to an existing table without NOT VALID', async () => {
    const up = `${LOCK}\nALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (c) REFERENCES customers (id), ADD CONSTRAINT ck CHECK (amount > 0);`;
    const result = await lintOne(headerFile(up));
    expect(where(result, 'constraint-not-valid')).toEqual(['10:20', '10:81']);
  });

  // Issue 15 changed this case: NOT VALID then VALIDATE in one transaction is now flagged (see below),
  // so the file runs outside a transaction, where each statement commits on its own.
  it('accepts NOT VALID, UNIQUE constraints, and constraints on a new table', async () => {
    const up = [
      LOCK,
      'ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (c) REFERENCES customers (id) NOT VALID;',
      'ALTER TABLE orders VALIDATE CONSTRAINT fk;',
      'CREATE TABLE IF NOT EXISTS items (id INT, order_id INT);',
      'ALTER TABLE items ADD CONSTRAINT items_fk FOREIGN KEY (order_id) REFERENCES orders (id);',
    ].join('\n');
    expect(ofRule(await lintOne(headerFile(up, 'SELECT 1;', { Transaction: 'none' })), 'constraint-not-valid')).toEqual([]);
  });

  const rule = ['constraint-not-valid'];
  const at = async (sql: string, options = {}) =>
    (await lintSql(sql, { only: rule, ...options })).findings.map((finding) => `${finding.line}:${finding.column} ${finding.messageId}`);

  it('flags VALIDATE in the transaction that added the constraint NOT VALID: the wrapped file, or one BEGIN block', async () => {
    const sql =
      'ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (c) REFERENCES customers (id) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT fk;';
    expect(await at(sql)).toEqual(['3:20 sameTransaction']);
    expect(await at(`BEGIN;\n${sql}\nCOMMIT;`, { transaction: false })).toEqual(['5:20 sameTransaction']);
    // Committed in between, or each statement on its own: the scan runs under a lock that lets writes through.
    expect(await at(`BEGIN;\n${sql.replace('\n', '\nCOMMIT;\n')}`, { transaction: false })).toEqual([]);
    expect(await at(sql, { transaction: false })).toEqual([]);
    // Another constraint, or the same name on another table, is not the one added.
    expect(await at(sql.replace('CONSTRAINT fk;', 'CONSTRAINT other;'))).toEqual([]);
    expect(await at(sql.replace('TABLE orders VALIDATE', 'TABLE items VALIDATE'))).toEqual([]);
  });

  it('flags ADD COLUMN ... REFERENCES on an existing table, as a foreign key, and not on a new table or NOT VALID', async () => {
    expect(await at('ALTER TABLE emails ADD COLUMN IF NOT EXISTS user_id INT REFERENCES users (id);')).toEqual(['2:20 columnReferences']);
    expect(
      await at('CREATE TABLE IF NOT EXISTS emails (id INT);\nALTER TABLE emails ADD COLUMN user_id INT REFERENCES users (id);'),
    ).toEqual([]);
    expect(await at('ALTER TABLE emails ADD COLUMN user_id INT;')).toEqual([]);
  });

  it('flags ADD COLUMN ... CHECK on an existing table (a column CHECK cannot be NOT VALID: it scans the table), and not on a new table', async () => {
    const sql = 'ALTER TABLE rules ADD COLUMN IF NOT EXISTS weight INTEGER CHECK (weight > 0);';
    expect(await at(sql)).toEqual(['2:19 columnCheck']);
    const [finding] = (await lintSql(`${LOCK}\n${sql}`, { only: ['constraint-not-valid'] })).findings;
    expect(finding.message).toBe(
      'ADD COLUMN weight ... CHECK adds a validated CHECK constraint: every row of rules is checked under an ACCESS EXCLUSIVE lock',
    );
    expect(finding.hint).toBe(
      'add the column without the CHECK, then ALTER TABLE rules ADD CONSTRAINT ... CHECK (...) NOT VALID, and VALIDATE CONSTRAINT in a later migration',
    );
    // Named, with a default, second in the statement; with REFERENCES too, both are said.
    expect(await at('ALTER TABLE rules ADD COLUMN a INT NOT NULL DEFAULT 1 CONSTRAINT a_pos CHECK (a > 0);')).toEqual(['2:19 columnCheck']);
    expect(await at('ALTER TABLE rules ADD COLUMN a INT, ADD COLUMN b INT CHECK (b > 0);')).toEqual(['2:37 columnCheck']);
    expect(await at('ALTER TABLE rules ADD COLUMN c INT REFERENCES other (id) CHECK (c > 0);')).toEqual([
      '2:19 columnCheck',
      '2:19 columnReferences',
    ]);
    expect(await at(`CREATE TABLE IF NOT EXISTS rules (id INT);\n${sql}`)).toEqual([]);
    expect(await at('ALTER TABLE rules ADD COLUMN IF NOT EXISTS weight INTEGER NOT NULL DEFAULT 1;')).toEqual([]);
  });
});
