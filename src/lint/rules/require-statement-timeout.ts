import { alterTableCommands, type ConstraintNode, type RangeVar, sqlName } from '../ast.js';
import { insertBefore } from '../fixes.js';
import { forEachWithSetting } from '../setting-coverage.js';
import { defineRule } from '../types.js';
import { createdBefore, type VisitedNode } from '../walk.js';

export const requireStatementTimeout = defineRule({
  id: 'require-statement-timeout',
  severity: 'warning',
  fixable: true,
  description:
    'Work that grows with the size of an existing table (an index build, REINDEX, VALIDATE CONSTRAINT, a validated constraint, a type change, CLUSTER, VACUUM, REFRESH, an UPDATE or DELETE backfill) comes after SET statement_timeout.',
  docs: {
    kind: 'sections',
    rationale:
      "On the largest tenant a statement can run for hours, holding its locks and a connection from the fleet's budget; without a statement_timeout nothing stops it. A statement_timeout sized for the work (minutes, not the lock_timeout's seconds) makes a runaway migration fail on that tenant, to be looked at, instead of stalling the deploy.",
    whenItMatters:
      'tenant-migrate migrate (and rollback, tenant add) already sets statement_timeout on every session it runs migrations in (tenant-migrate migrate --statement-timeout, default 30min), so there a runaway statement is stopped without a SET in the file. The warning matters when the file is also run another way (psql, goose, another runner, someone replaying it by hand), which has no such default, when migrations run with no session limit (tenant-migrate migrate --statement-timeout 0), or when 30 minutes is too long for that work (set a shorter one in the file). Work that needs longer than the session\'s limit needs a larger session limit (tenant-migrate migrate --statement-timeout), not a SET in the file: the client gives up on a query after the session limit plus a margin whatever the file sets. A team that deploys only with tenant-migrate and is content with its session limit can turn the rule off in tenant-migrate.config.json: { "lint": { "rules": { "require-statement-timeout": "off" } } }.',
    flagged: `-- Transaction: none
-- ==================== UP ====================
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_orders_customer ON orders (customer_id);`,
    fixed: `-- Transaction: none
-- ==================== UP ====================
SET statement_timeout = '30min';
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_orders_customer ON orders (customer_id);`,
  },
  messages: {
    missing: {
      message: '{{what}} on {{table}} runs as long as the table is large, with no statement_timeout set',
      hint: "put SET statement_timeout = '30min'; (sized for the largest tenant) before it, so a runaway statement fails instead of running for hours",
    },
  },
  check(context) {
    const reported = new Set<unknown>();
    forEachWithSetting(context, 'statement_timeout', (visited, { covered }) => {
      if (covered || reported.has(visited.statement)) return;
      const work = longWork(visited);
      if (!work || createdBefore(context, work.relation, visited)) return;
      // A suggestion, not a safe fix: the value must fit the largest tenant, which only the author knows.
      const fix =
        reported.size === 0
          ? insertBefore(
              context,
              visited.statement,
              "SET statement_timeout = '30min';",
              "add SET statement_timeout = '30min' before it (size it for the largest tenant)",
              false,
            )
          : undefined;
      reported.add(visited.statement);
      context.report({
        messageId: 'missing',
        data: { what: work.what, table: UNNAMED.has(work.relation) ? String(work.relation.relname) : sqlName(work.relation.relname) },
        at: { statement: visited.statement },
        ...(fix ? { fix } : {}),
      });
    });
  },
});

/** ALTER TABLE commands that scan or rewrite the table. */
const SCANNING_COMMANDS: Record<string, string> = {
  AT_ValidateConstraint: 'VALIDATE CONSTRAINT',
  AT_AlterColumnType: 'ALTER COLUMN ... TYPE',
  AT_SetTableSpace: 'SET TABLESPACE',
};

/** What work on no named relation reads as: shown as it is, not as a name. */
const THE_DATABASE: RangeVar = { relname: 'the database' };
const EVERY_TABLE: RangeVar = { relname: 'every table' };
const UNNAMED = new Set([THE_DATABASE, EVERY_TABLE]);

/** The statement's work that scans or rewrites an existing relation, if any. */
function longWork({ type, body }: Pick<VisitedNode, 'type' | 'body'>): { what: string; relation: RangeVar } | undefined {
  switch (type) {
    case 'IndexStmt':
      return { what: body.concurrent ? 'CREATE INDEX CONCURRENTLY' : 'CREATE INDEX', relation: body.relation as RangeVar };
    case 'ReindexStmt':
      return body.relation
        ? { what: 'REINDEX', relation: body.relation as RangeVar }
        : { what: 'REINDEX', relation: body.name ? { relname: String(body.name) } : THE_DATABASE };
    case 'ClusterStmt':
      return body.relation ? { what: 'CLUSTER', relation: body.relation as RangeVar } : undefined;
    case 'VacuumStmt': {
      const relation = ((body.rels as Array<{ VacuumRelation?: { relation?: RangeVar } }> | undefined) ?? [])[0]?.VacuumRelation?.relation;
      return { what: body.is_vacuumcmd ? 'VACUUM' : 'ANALYZE', relation: relation ?? EVERY_TABLE };
    }
    case 'RefreshMatViewStmt':
      return { what: 'REFRESH MATERIALIZED VIEW', relation: body.relation as RangeVar };
    case 'UpdateStmt':
      return { what: 'UPDATE', relation: body.relation as RangeVar };
    case 'DeleteStmt':
      return { what: 'DELETE', relation: body.relation as RangeVar };
    case 'AlterTableStmt':
      for (const command of alterTableCommands(body)) {
        if (SCANNING_COMMANDS[command.subtype]) return { what: SCANNING_COMMANDS[command.subtype], relation: body.relation as RangeVar };
        const constraint = command.def?.Constraint as (ConstraintNode & { indexname?: string }) | undefined;
        if (command.subtype === 'AT_AddConstraint' && constraint && !constraint.skip_validation && !constraint.indexname) {
          if (['CONSTR_CHECK', 'CONSTR_FOREIGN', 'CONSTR_UNIQUE', 'CONSTR_PRIMARY', 'CONSTR_EXCLUSION'].includes(constraint.contype)) {
            return { what: 'ADD CONSTRAINT (validated)', relation: body.relation as RangeVar };
          }
        }
      }
      return undefined;
    default:
      return undefined;
  }
}
