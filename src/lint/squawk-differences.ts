/**
 * Where tenant-migrate deliberately judges a case of squawk's rule tests differently from squawk
 * (the parity harness, `npm run bench lint-parity`, lists the cases by these ids; docs/rules.md
 * shows the reasons). Written here, in our words, so the docs and the bench say the same thing.
 */
export interface SquawkDifference {
  id: string;
  /** The squawk rules concerned, and our rule. */
  squawk: string[];
  rule: string;
  /** Who is stricter: `ours` flags what squawk's test accepts, `squawk` the reverse. */
  stricter: 'ours' | 'squawk';
  reason: string;
}

export const SQUAWK_DIFFERENCES: readonly SquawkDifference[] = [
  {
    id: 'guards-in-transactions',
    squawk: ['prefer-robust-stmts'],
    rule: 'require-idempotent',
    stricter: 'ours',
    reason:
      'squawk counts a statement inside a transaction as robust, since a failure rolls it back. A fleet re-runs migrations on tenants that are half-way for other reasons (restored from a backup, patched by hand, retried after a timeout), so every CREATE and DROP is guarded, wrapped or not.',
  },
  {
    id: 'unnamed-index',
    squawk: ['prefer-robust-stmts'],
    rule: 'require-idempotent',
    stricter: 'ours',
    reason: 'An index without a name cannot take IF NOT EXISTS: each run builds one more index. tenant-migrate asks for a name.',
  },
  {
    id: 'rerun-succeeds',
    squawk: ['prefer-robust-stmts'],
    rule: 'require-idempotent',
    stricter: 'squawk',
    reason: 'ENABLE or DISABLE ROW LEVEL SECURITY and SET NOT NULL succeed when they run again: there is nothing to guard.',
  },
  {
    id: 'statement-timeout-for-long-work',
    squawk: ['require-timeout-settings', 'require-statement-timeout'],
    rule: 'require-statement-timeout',
    stricter: 'squawk',
    reason:
      'statement_timeout is asked for before work that grows with the table: index builds, validations, rewrites, backfills. ADD COLUMN without a default, CREATE TYPE, COMMENT ON and LOCK ... IN ACCESS SHARE MODE finish at once when their lock is granted; what bounds them is lock_timeout, required wherever the lock blocks writes. Statements on a table the same migration created are not flagged either.',
  },
  {
    id: 'fast-default-from-11',
    squawk: ['adding-field-with-default'],
    rule: 'volatile-default',
    stricter: 'squawk',
    reason:
      'PostgreSQL 11 stores a non-volatile default once instead of rewriting the table, so with postgresVersion 11 a constant default is not flagged; only versions before 11 flag every default.',
  },
  {
    id: 'check-not-visible',
    squawk: ['adding-not-nullable-field'],
    rule: 'set-not-null',
    stricter: 'ours',
    reason:
      'The case validates a constraint whose definition is in no migration lint can see, so lint cannot tell that it is a CHECK (bar IS NOT NULL) on that table. With the migration that adds it in the directory (where it is in a real repository), SET NOT NULL is not flagged.',
  },
  {
    id: 'runner-wraps',
    squawk: ['ban-concurrent-index-creation-in-transaction'],
    rule: 'concurrently-in-transaction',
    stricter: 'ours',
    reason:
      "tenant-migrate's runner really wraps the file in a transaction, where PostgreSQL refuses CREATE INDEX CONCURRENTLY even alone. squawk's squawk-disable-assume-in-transaction comment is squawk's own: tenant-migrate's way to say it is the NO TRANSACTION annotation.",
  },
  {
    id: 'every-truncate',
    squawk: ['ban-truncate-cascade'],
    rule: 'destructive',
    stricter: 'ours',
    reason: 'TRUNCATE without CASCADE still deletes every row on the master and every tenant: destructive flags every TRUNCATE.',
  },
  {
    id: 'validate-in-same-transaction',
    squawk: ['adding-foreign-key-constraint'],
    rule: 'constraint-not-valid',
    stricter: 'ours',
    reason:
      "NOT VALID followed by VALIDATE in the same transaction keeps the ADD's lock through the scan. squawk's constraint-missing-not-valid tests flag this; its adding-foreign-key-constraint test accepts it. tenant-migrate has one rule for both and flags it.",
  },
  {
    id: 'nested-begin',
    squawk: ['ban-uncommitted-transaction'],
    rule: 'transaction-control',
    stricter: 'ours',
    reason:
      "A second BEGIN before the COMMIT is ignored by PostgreSQL, and transaction-control flags it (squawk's transaction-nesting does too; its ban-uncommitted-transaction test, mapped to the same rule here, does not).",
  },
];
