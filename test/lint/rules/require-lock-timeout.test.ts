/** require-lock-timeout: files it must flag and near-misses it must leave alone (header files: the first UP statement is on line 9). */
import { describe, expect, it } from 'vitest';
import { headerFile, lintOne, lintSql, ofRule, where } from '../helpers.js';

const LOCK = "SET lock_timeout = '5s';";

describe('require-lock-timeout', () => {
  it('flags every lock-taking statement on an existing table with no lock_timeout, each on its own', async () => {
    const up = 'ALTER TABLE users ADD COLUMN IF NOT EXISTS a INT;\nALTER TABLE orders ADD COLUMN IF NOT EXISTS b INT;';
    const result = await lintOne(headerFile(up));
    expect(where(result, 'require-lock-timeout')).toEqual(['9:1', '10:1']);
    expect(ofRule(result, 'require-lock-timeout').map((finding) => finding.message)).toEqual([
      'ALTER TABLE takes a lock on users with no lock_timeout set',
      'ALTER TABLE takes a lock on orders with no lock_timeout set',
    ]);
  });

  it('an ignore comment on the first statement leaves the later ones reported', async () => {
    const up = [
      '-- tenant-migrate-ignore: require-lock-timeout the table is tiny',
      'ALTER TABLE users ADD COLUMN IF NOT EXISTS a INT;',
      'ALTER TABLE users ADD COLUMN IF NOT EXISTS b INT;',
    ].join('\n');
    expect(where(await lintOne(headerFile(up)), 'require-lock-timeout')).toEqual(['11:1']);
  });

  it('outside a transaction, SET LOCAL does not count (PostgreSQL ignores it), a plain SET does', async () => {
    const alter = 'ALTER TABLE users ADD COLUMN IF NOT EXISTS a INT;';
    const goose = (setting: string) => `-- +goose NO TRANSACTION\n-- +goose Up\n${setting}\n${alter}\n-- +goose Down\nSELECT 1;\n`;
    for (const setting of ["SET LOCAL lock_timeout = '5s';", "SELECT set_config('lock_timeout', '5s', true);"]) {
      const findings = ofRule(await lintOne(goose(setting)), 'require-lock-timeout');
      expect(findings.map((finding) => `${finding.line}:${finding.column}`)).toEqual(['4:1']);
      expect(findings[0].hint).toMatch(/outside a transaction, where SET LOCAL has no effect/);
    }
    expect(ofRule(await lintOne(goose("SET lock_timeout = '5s';")), 'require-lock-timeout')).toEqual([]);
    expect(ofRule(await lintOne(goose("SELECT set_config('lock_timeout', '5s', false);")), 'require-lock-timeout')).toEqual([]);
    const header = headerFile(`SET LOCAL lock_timeout = '5s';\n${alter}`, 'SELECT 1;', { Transaction: 'none' });
    expect(where(await lintOne(header), 'require-lock-timeout')).toEqual(['11:1']);
  });

  it('outside a transaction, SET LOCAL still covers the rest of its own goose block (one implicit transaction)', async () => {
    const text = [
      '-- +goose NO TRANSACTION',
      '-- +goose Up',
      '-- +goose StatementBegin',
      "SET LOCAL lock_timeout = '5s';",
      'ALTER TABLE users ADD COLUMN IF NOT EXISTS a INT;',
      '-- +goose StatementEnd',
      'ALTER TABLE users ADD COLUMN IF NOT EXISTS b INT;',
      '-- +goose Down',
      'SELECT 1;',
      '',
    ].join('\n');
    expect(where(await lintOne(text), 'require-lock-timeout')).toEqual(['7:1']);
  });

  it('flags a statement after lock_timeout was set back to 0', async () => {
    const up = `${LOCK}\nSET lock_timeout = 0;\nALTER TABLE users ADD COLUMN IF NOT EXISTS a INT;`;
    expect(where(await lintOne(headerFile(up)), 'require-lock-timeout')).toEqual(['11:1']);
  });

  it('accepts SET lock_timeout, SET LOCAL, set_config, new tables and lock-free statements', async () => {
    for (const setting of [LOCK, "SET LOCAL lock_timeout TO '2s';", "SELECT set_config('lock_timeout', '3s', true);"]) {
      const up = `${setting}\nALTER TABLE users ADD COLUMN IF NOT EXISTS a INT;`;
      expect(ofRule(await lintOne(headerFile(up)), 'require-lock-timeout')).toEqual([]);
    }
    const fresh =
      'CREATE TABLE IF NOT EXISTS t (a INT);\nALTER TABLE t ADD COLUMN IF NOT EXISTS b INT;\nUPDATE users SET a = 1 WHERE a IS NULL;';
    expect(ofRule(await lintOne(headerFile(fresh)), 'require-lock-timeout')).toEqual([]);
  });
});

describe('require-lock-timeout: every statement whose lock blocks writes on an existing object', () => {
  const flagged = async (sql: string, transaction = true) =>
    (await lintSql(sql, { only: ['require-lock-timeout'], transaction })).findings.map((finding) => finding.message);

  it('flags drops, REINDEX, CLUSTER, REFRESH, VACUUM FULL, policies, triggers, LOCK and foreign keys', async () => {
    const cases: Record<string, string> = {
      'DROP TABLE IF EXISTS old_orders;': 'DROP TABLE takes a lock on old_orders with no lock_timeout set',
      'DROP INDEX IF EXISTS idx_old;': 'DROP INDEX takes a lock on idx_old with no lock_timeout set',
      'DROP VIEW IF EXISTS v;': 'DROP VIEW takes a lock on v with no lock_timeout set',
      'REINDEX INDEX idx;': 'REINDEX takes a lock on idx with no lock_timeout set',
      'CLUSTER orders USING idx;': 'CLUSTER takes a lock on orders with no lock_timeout set',
      'REFRESH MATERIALIZED VIEW totals;': 'REFRESH MATERIALIZED VIEW takes a lock on totals with no lock_timeout set',
      'CREATE POLICY p ON orders USING (true);': 'CREATE POLICY takes a lock on orders with no lock_timeout set',
      'DROP TRIGGER IF EXISTS trg ON orders;': 'DROP TRIGGER takes a lock on orders with no lock_timeout set',
      'LOCK TABLE orders;': 'LOCK TABLE takes a lock on orders with no lock_timeout set',
      'CREATE TABLE IF NOT EXISTS items (order_id INT REFERENCES orders (id));':
        'CREATE TABLE (its foreign key) takes a lock on orders with no lock_timeout set',
    };
    for (const [sql, message] of Object.entries(cases)) expect(await flagged(sql)).toEqual([message]);
    expect(await flagged('VACUUM (FULL) orders;', false)).toEqual(['VACUUM FULL takes a lock on orders with no lock_timeout set']);
  });

  it('leaves alone locks that let writes through, and objects this UP created before the statement', async () => {
    const quiet = [
      'ALTER TABLE orders VALIDATE CONSTRAINT fk;',
      'ALTER TABLE orders ALTER COLUMN a SET STATISTICS 100;',
      'REINDEX INDEX CONCURRENTLY idx;',
      'DROP INDEX CONCURRENTLY IF EXISTS idx;',
      'LOCK TABLE orders IN ACCESS SHARE MODE;',
      'COMMENT ON TABLE orders IS $$x$$;',
      'CREATE TABLE IF NOT EXISTS t (id INT);\nCREATE INDEX IF NOT EXISTS idx_t ON t (id);\nDROP INDEX IF EXISTS idx_t;',
    ];
    for (const sql of quiet) expect(await flagged(sql, false)).toEqual([]);
    // The DROP comes before the CREATE: it drops a table that exists.
    expect(await flagged('DROP TABLE IF EXISTS t;\nCREATE TABLE IF NOT EXISTS t (id INT);')).toEqual([
      'DROP TABLE takes a lock on t with no lock_timeout set',
    ]);
  });

  it('SET LOCAL covers its own BEGIN ... COMMIT block in a NO TRANSACTION file, and not past the COMMIT', async () => {
    const sql =
      "BEGIN;\nSET LOCAL lock_timeout = '5s';\nALTER TABLE a ADD COLUMN IF NOT EXISTS x INT;\nCOMMIT;\nALTER TABLE b ADD COLUMN IF NOT EXISTS y INT;";
    expect(await flagged(sql, false)).toEqual(['ALTER TABLE takes a lock on b with no lock_timeout set']);
  });
});
