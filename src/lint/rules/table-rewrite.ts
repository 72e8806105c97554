import { isCreated, type RangeVar, sqlName } from '../ast.js';
import { clausePlace } from '../place.js';
import { defineRule } from '../types.js';
import { alterCommandsOnExistingTables, nodesOf } from '../walk.js';

type Json = Record<string, unknown>;

/** ALTER TABLE commands that rewrite the table (or move its files) under ACCESS EXCLUSIVE. */
const REWRITING_COMMANDS = [
  { subtype: 'AT_SetTableSpace', what: 'SET TABLESPACE', pattern: /\bSET\s+TABLESPACE\b/i, messageId: 'setTablespace' },
  { subtype: 'AT_SetLogged', what: 'SET LOGGED', pattern: /\bSET\s+LOGGED\b/i, messageId: 'setLogged' },
  { subtype: 'AT_SetUnLogged', what: 'SET UNLOGGED', pattern: /\bSET\s+UNLOGGED\b/i, messageId: 'setLogged' },
] as const;

export const tableRewrite = defineRule({
  id: 'table-rewrite',
  severity: 'warning',
  description:
    'VACUUM FULL, CLUSTER, REFRESH MATERIALIZED VIEW without CONCURRENTLY, and ALTER TABLE ... SET TABLESPACE / SET LOGGED / SET UNLOGGED on an existing table, whatever the timeouts.',
  docs: {
    kind: 'sections',
    rationale:
      'Each of these rewrites the whole table (or view) while holding an ACCESS EXCLUSIVE lock: no reads and no writes until it is done, on every tenant. lock_timeout only bounds the wait for the lock and statement_timeout only ends the outage by failing the migration, so with both set the statement is still an outage as long as the rewrite. A materialized view is refreshed with CONCURRENTLY (it needs a unique index on the view) and reads go on; the others have no online form in SQL: run them outside migrations at a quiet time (or with pg_repack), or ignore the finding with a reason.',
    flagged: `-- ==================== UP ====================
SET lock_timeout = '5s';
SET statement_timeout = '30min';
REFRESH MATERIALIZED VIEW order_stats;`,
    fixed: `-- ==================== UP ====================
SET lock_timeout = '5s';
SET statement_timeout = '30min';
REFRESH MATERIALIZED VIEW CONCURRENTLY order_stats;`,
  },
  messages: {
    vacuumFull: {
      message:
        'VACUUM FULL rewrites {{target}} under an ACCESS EXCLUSIVE lock: no reads or writes for as long as it runs, whatever the timeouts',
      hint: 'a plain VACUUM makes the space reusable without that lock; to shrink the table, run pg_repack (or VACUUM FULL at a quiet time) outside migrations',
    },
    cluster: {
      message:
        'CLUSTER rewrites {{target}} under an ACCESS EXCLUSIVE lock: no reads or writes for as long as it runs, whatever the timeouts',
      hint: 'reorder the table outside migrations, at a quiet time or with pg_repack --order-by; the index works without it',
    },
    refresh: {
      message:
        'REFRESH MATERIALIZED VIEW {{target}} without CONCURRENTLY locks the view against reads for as long as it runs, whatever the timeouts',
      hint: 'write REFRESH MATERIALIZED VIEW CONCURRENTLY {{target}} (the view needs a unique index; readers see the old rows until it is done)',
    },
    setTablespace: {
      message:
        '{{what}} rewrites {{target}} under an ACCESS EXCLUSIVE lock: no reads or writes for as long as it runs, whatever the timeouts',
      hint: 'move it outside migrations, at a quiet time or with pg_repack --tablespace',
    },
    setLogged: {
      message:
        '{{what}} rewrites {{target}} under an ACCESS EXCLUSIVE lock: no reads or writes for as long as it runs, whatever the timeouts',
      hint: 'there is no online form: run it at a quiet time, and say why in a tenant-migrate-ignore comment',
    },
  },
  check(context) {
    const existing = (relation: RangeVar | undefined) => !isCreated(relation, context.createdInUp);
    for (const { type, body, statement } of nodesOf(context, 'up')) {
      if (type === 'VacuumStmt' && body.is_vacuumcmd && isFull(body)) {
        const relations = ((body.rels as Json[] | undefined) ?? []).map(
          (rel) => (rel.VacuumRelation as { relation?: RangeVar } | undefined)?.relation,
        );
        const targets = relations.filter(existing).map((relation) => sqlName(relation?.relname));
        if (relations.length > 0 && targets.length === 0) continue;
        context.report({
          messageId: 'vacuumFull',
          data: { target: relations.length === 0 ? 'every table of the database' : targets.join(', ') },
          at: { statement },
        });
      } else if (type === 'ClusterStmt') {
        const relation = body.relation as RangeVar | undefined;
        if (relation && !existing(relation)) continue;
        context.report({
          messageId: 'cluster',
          data: { target: sqlName(relation?.relname, 'every table clustered before') },
          at: { statement },
        });
      } else if (type === 'RefreshMatViewStmt' && !body.concurrent) {
        const relation = body.relation as RangeVar | undefined;
        if (!existing(relation)) continue;
        context.report({ messageId: 'refresh', data: { target: sqlName(relation?.relname) }, at: { statement } });
      } else if (type === 'AlterTableMoveAllStmt') {
        context.report({
          messageId: 'setTablespace',
          data: { what: 'SET TABLESPACE', target: `every table in tablespace ${sqlName(body.orig_tablespacename as string | undefined)}` },
          at: { statement },
        });
      }
    }
    for (const { subtype, what, pattern, messageId } of REWRITING_COMMANDS) {
      for (const { statement, relation, occurrence } of alterCommandsOnExistingTables(context, subtype)) {
        context.report({ messageId, data: { what, target: sqlName(relation?.relname) }, at: clausePlace(statement, pattern, occurrence) });
      }
    }
  },
});

/** VACUUM FULL, VACUUM (FULL) or VACUUM (FULL true), not VACUUM (FULL false). */
function isFull(body: Json): boolean {
  for (const option of (body.options as Json[] | undefined) ?? []) {
    const element = option.DefElem as { defname?: string; arg?: Json } | undefined;
    if (element?.defname !== 'full') continue;
    const arg = element.arg;
    if (!arg) return true;
    // The parser leaves out an Integer's ival when it is 0.
    const integer = arg.Integer as { ival?: number } | undefined;
    const value = String((arg.String as { sval?: string } | undefined)?.sval ?? (integer ? (integer.ival ?? 0) : ''));
    return !['false', 'off', '0', 'no'].includes(value.toLowerCase());
  }
  return false;
}
