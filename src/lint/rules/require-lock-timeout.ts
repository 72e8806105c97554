import { sqlName } from '../ast.js';
import { insertBefore } from '../fixes.js';
import { blocksWrites, locksTaken } from '../locks.js';
import { forEachWithSetting } from '../setting-coverage.js';
import { transactionsOf } from '../transactions.js';
import { defineRule } from '../types.js';
import { createdBefore } from '../walk.js';

export const requireLockTimeout = defineRule({
  id: 'require-lock-timeout',
  severity: 'warning',
  fixable: true,
  description:
    'A statement that takes a lock blocking writes (SHARE or stronger) on an existing table, index or view comes after SET lock_timeout.',
  docs: {
    kind: 'sections',
    rationale:
      'An ALTER TABLE (or DROP INDEX, REINDEX, CLUSTER, REFRESH MATERIALIZED VIEW, VACUUM FULL, CREATE INDEX, a foreign key...) waits for its lock behind any long query, and every query that arrives after it queues behind it: one slow report stalls the whole table. A lock_timeout makes the migration give up quickly instead, to be retried. Statements whose lock lets writes through (VALIDATE CONSTRAINT, CONCURRENTLY, SET STATISTICS) need none.',
    whenItMatters:
      'tenant-migrate migrate (and rollback, tenant add) already sets lock_timeout on every session it runs migrations in (tenant-migrate migrate --lock-timeout, default 10s), so there a file without its own SET still gives up on a busy table. The warning matters when the file is also run another way (psql, goose, another runner, someone replaying it by hand), which has no such default, or when the session\'s is too long for that table (on a hot table 10 seconds of queued writes is an outage: set a shorter one in the file). A team that deploys only with tenant-migrate and is content with its session lock_timeout can turn the rule off in tenant-migrate.config.json: { "lint": { "rules": { "require-lock-timeout": "off" } } }.',
    flagged: `-- ==================== UP ====================
ALTER TABLE orders ADD COLUMN IF NOT EXISTS note TEXT;`,
    fixed: `-- ==================== UP ====================
SET LOCAL lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN IF NOT EXISTS note TEXT;`,
  },
  messages: {
    missing: {
      message: '{{what}} takes a lock on {{table}} with no lock_timeout set',
      hint: 'put {{set}} before it, so a busy table makes the migration fail fast instead of stalling every query',
    },
    localIgnored: {
      message: '{{what}} takes a lock on {{table}} with no lock_timeout set',
      hint: "this migration runs outside a transaction, where SET LOCAL has no effect: write SET lock_timeout = '5s'; before it",
    },
  },
  check(context) {
    const transactions = transactionsOf(context);
    let fixed = false;
    const reported = new Set<unknown>();
    forEachWithSetting(context, 'lock_timeout', (visited, { covered, localIgnored }) => {
      if (covered || reported.has(visited.statement)) return;
      const lock = locksTaken(visited).find((taken) => blocksWrites(taken.mode) && !createdBefore(context, taken.relation, visited));
      if (!lock) return;
      // One finding per statement, so a suppression on one statement leaves the others reported.
      reported.add(visited.statement);
      // One SET covers every statement after it: the fix goes before the first only. In a
      // transaction SET LOCAL, as the create templates write it: a plain SET would outlive the
      // transaction. Outside one SET LOCAL does nothing, and the plain SET lasts the migration
      // (the runner puts the target's settings back before the next).
      const set = transactions.get(visited)?.id === undefined ? "SET lock_timeout = '5s';" : "SET LOCAL lock_timeout = '5s';";
      const fix = fixed ? undefined : insertBefore(context, visited.statement, set, `add ${set.slice(0, -1)} before it`);
      fixed = true;
      context.report({
        messageId: localIgnored ? 'localIgnored' : 'missing',
        data: { what: lock.what, table: sqlName(lock.relation.relname, 'an existing table'), set },
        at: { statement: visited.statement },
        ...(fix ? { fix } : {}),
      });
    });
  },
});
