/**
 * The table-level locks a statement takes on relations that already exist, by PostgreSQL's lock
 * modes. What matters to a live database is whether a lock blocks writes (SHARE and stronger) or
 * reads too (ACCESS EXCLUSIVE): while such a lock waits behind a long query, every query after it
 * queues too. Levels follow the PostgreSQL documentation ("Explicit Locking", and each command's
 * page); where a command's lock depends on its options (CONCURRENTLY, FULL), the options decide.
 */
import { alterTableCommands, type RangeVar, relationKey } from './ast.js';
import type { VisitedNode } from './walk.js';

export const LOCK_MODES = [
  'ACCESS SHARE',
  'ROW SHARE',
  'ROW EXCLUSIVE',
  'SHARE UPDATE EXCLUSIVE',
  'SHARE',
  'SHARE ROW EXCLUSIVE',
  'EXCLUSIVE',
  'ACCESS EXCLUSIVE',
] as const;
export type LockMode = (typeof LOCK_MODES)[number];

export function blocksWrites(mode: LockMode): boolean {
  return LOCK_MODES.indexOf(mode) >= LOCK_MODES.indexOf('SHARE');
}

export interface TakenLock {
  relation: RangeVar;
  mode: LockMode;
  /** The statement as people name it: `ALTER TABLE`, `DROP INDEX`, `REINDEX`. */
  what: string;
}

type Json = Record<string, unknown>;

/** ALTER TABLE subcommands that take less than ACCESS EXCLUSIVE (the PostgreSQL ALTER TABLE page). */
const ALTER_TABLE_LOCKS: Record<string, LockMode> = {
  AT_ValidateConstraint: 'SHARE UPDATE EXCLUSIVE',
  AT_SetStatistics: 'SHARE UPDATE EXCLUSIVE',
  AT_SetOptions: 'SHARE UPDATE EXCLUSIVE',
  AT_ResetOptions: 'SHARE UPDATE EXCLUSIVE',
  AT_SetRelOptions: 'SHARE UPDATE EXCLUSIVE',
  AT_ResetRelOptions: 'SHARE UPDATE EXCLUSIVE',
  AT_ClusterOn: 'SHARE UPDATE EXCLUSIVE',
  AT_DropCluster: 'SHARE UPDATE EXCLUSIVE',
  AT_AttachPartition: 'SHARE UPDATE EXCLUSIVE',
  AT_EnableTrig: 'SHARE ROW EXCLUSIVE',
  AT_EnableAlwaysTrig: 'SHARE ROW EXCLUSIVE',
  AT_EnableReplicaTrig: 'SHARE ROW EXCLUSIVE',
  AT_DisableTrig: 'SHARE ROW EXCLUSIVE',
  AT_EnableTrigAll: 'SHARE ROW EXCLUSIVE',
  AT_DisableTrigAll: 'SHARE ROW EXCLUSIVE',
  AT_EnableTrigUser: 'SHARE ROW EXCLUSIVE',
  AT_DisableTrigUser: 'SHARE ROW EXCLUSIVE',
};

/** LOCK TABLE's `mode` number (PostgreSQL's lockdefs.h: 1 is ACCESS SHARE ... 8 ACCESS EXCLUSIVE). */
function lockStatementMode(mode: unknown): LockMode {
  const index = typeof mode === 'number' && mode >= 1 && mode <= 8 ? mode - 1 : 7;
  return LOCK_MODES[index];
}

function rangeVars(list: unknown, key = 'RangeVar'): RangeVar[] {
  return ((list as Json[] | undefined) ?? []).flatMap((entry) => (entry[key] ? [entry[key] as RangeVar] : []));
}

function optionSet(options: unknown, name: string): boolean {
  return ((options as Array<{ DefElem?: { defname?: string; arg?: Json } }> | undefined) ?? []).some((option) => {
    if (option.DefElem?.defname !== name) return false;
    const arg = option.DefElem.arg;
    if (!arg) return true;
    const text = String(
      (arg.String as Json | undefined)?.sval ??
        (arg.Integer as Json | undefined)?.ival ??
        (arg.Boolean as Json | undefined)?.boolval ??
        'true',
    );
    return !/^(false|off|0|no)$/i.test(text);
  });
}

/** A name list (`schema.name` of a DROP) as a relation. */
function relationOfNames(object: unknown): RangeVar | undefined {
  const items = ((object as { List?: { items?: Json[] } }).List?.items ?? []).map((item) =>
    String((item.String as Json | undefined)?.sval ?? ''),
  );
  if (items.length === 0) return undefined;
  return items.length > 1 ? { schemaname: items[items.length - 2], relname: items[items.length - 1] } : { relname: items[0] };
}

const DROPPED_RELATIONS: Record<string, string> = {
  OBJECT_TABLE: 'DROP TABLE',
  OBJECT_INDEX: 'DROP INDEX',
  OBJECT_VIEW: 'DROP VIEW',
  OBJECT_MATVIEW: 'DROP MATERIALIZED VIEW',
  OBJECT_SEQUENCE: 'DROP SEQUENCE',
  OBJECT_FOREIGN_TABLE: 'DROP FOREIGN TABLE',
};
/** Dropped objects that hang off a table (`name ON table`): the table is locked. */
const DROPPED_ON_TABLE: Record<string, string> = { OBJECT_TRIGGER: 'DROP TRIGGER', OBJECT_POLICY: 'DROP POLICY', OBJECT_RULE: 'DROP RULE' };

/** Foreign keys lock the table they reference too (SHARE ROW EXCLUSIVE), to keep its rows in place. */
function referencedTables(constraints: unknown): RangeVar[] {
  const found: RangeVar[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) for (const item of value) walk(item);
    else if (value && typeof value === 'object') {
      for (const key in value) {
        const inner = (value as Json)[key];
        if (!inner || typeof inner !== 'object') continue;
        if (key === 'Constraint' && (inner as Json).contype === 'CONSTR_FOREIGN' && (inner as Json).pktable)
          found.push((inner as Json).pktable as RangeVar);
        walk(inner);
      }
    }
  };
  walk(constraints);
  return found;
}

export function locksTaken({ type, body }: Pick<VisitedNode, 'type' | 'body'>): TakenLock[] {
  switch (type) {
    case 'AlterTableStmt': {
      const relation = body.relation as RangeVar;
      const objtype = String(body.objtype ?? 'OBJECT_TABLE');
      const what =
        objtype === 'OBJECT_INDEX'
          ? 'ALTER INDEX'
          : objtype === 'OBJECT_VIEW'
            ? 'ALTER VIEW'
            : objtype === 'OBJECT_MATVIEW'
              ? 'ALTER MATERIALIZED VIEW'
              : 'ALTER TABLE';
      const commands = alterTableCommands(body);
      let strongest = 0;
      for (const command of commands) {
        let mode: LockMode = ALTER_TABLE_LOCKS[command.subtype] ?? 'ACCESS EXCLUSIVE';
        if (command.subtype === 'AT_DetachPartition') {
          mode = (command.def?.PartitionCmd as Json | undefined)?.concurrent ? 'SHARE UPDATE EXCLUSIVE' : 'ACCESS EXCLUSIVE';
        }
        if (command.subtype === 'AT_AddConstraint' && (command.def?.Constraint as Json | undefined)?.contype === 'CONSTR_FOREIGN') {
          mode = 'SHARE ROW EXCLUSIVE';
        }
        strongest = Math.max(strongest, LOCK_MODES.indexOf(mode));
      }
      const locks: TakenLock[] = commands.length > 0 ? [{ relation, mode: LOCK_MODES[strongest], what }] : [];
      for (const table of referencedTables(body.cmds))
        locks.push({ relation: table, mode: 'SHARE ROW EXCLUSIVE', what: `${what} (its foreign key)` });
      return locks;
    }
    case 'CreateStmt':
      return referencedTables(body.tableElts).map((table) => ({
        relation: table,
        mode: 'SHARE ROW EXCLUSIVE',
        what: 'CREATE TABLE (its foreign key)',
      }));
    case 'IndexStmt':
      return [
        {
          relation: body.relation as RangeVar,
          mode: body.concurrent ? 'SHARE UPDATE EXCLUSIVE' : 'SHARE',
          what: body.unique ? 'CREATE UNIQUE INDEX' : 'CREATE INDEX',
        },
      ];
    case 'CreateTrigStmt':
      return [{ relation: body.relation as RangeVar, mode: 'SHARE ROW EXCLUSIVE', what: 'CREATE TRIGGER' }];
    case 'CreatePolicyStmt':
    case 'AlterPolicyStmt':
      return [
        {
          relation: body.table as RangeVar,
          mode: 'ACCESS EXCLUSIVE',
          what: type === 'CreatePolicyStmt' ? 'CREATE POLICY' : 'ALTER POLICY',
        },
      ];
    case 'RuleStmt':
      return [{ relation: body.relation as RangeVar, mode: 'ACCESS EXCLUSIVE', what: 'CREATE RULE' }];
    case 'RenameStmt':
      return body.relation ? [{ relation: body.relation as RangeVar, mode: 'ACCESS EXCLUSIVE', what: 'a RENAME' }] : [];
    case 'AlterObjectSchemaStmt':
      return body.relation ? [{ relation: body.relation as RangeVar, mode: 'ACCESS EXCLUSIVE', what: 'SET SCHEMA' }] : [];
    case 'TruncateStmt':
      return rangeVars(body.relations).map((relation) => ({ relation, mode: 'ACCESS EXCLUSIVE', what: 'TRUNCATE' }));
    case 'LockStmt':
      return rangeVars(body.relations).map((relation) => ({ relation, mode: lockStatementMode(body.mode), what: 'LOCK TABLE' }));
    case 'DropStmt': {
      const removeType = String(body.removeType ?? '');
      const objects = (body.objects as unknown[] | undefined) ?? [];
      if (DROPPED_RELATIONS[removeType]) {
        const concurrent = removeType === 'OBJECT_INDEX' && body.concurrent;
        const what = `${DROPPED_RELATIONS[removeType]}${concurrent ? ' CONCURRENTLY' : ''}`;
        return objects.flatMap((object) => {
          const relation = relationOfNames(object);
          return relation
            ? [{ relation, mode: concurrent ? ('SHARE UPDATE EXCLUSIVE' as const) : ('ACCESS EXCLUSIVE' as const), what }]
            : [];
        });
      }
      if (DROPPED_ON_TABLE[removeType]) {
        return objects.flatMap((object) => {
          const names = relationOfNames(object);
          // `trg ON schema.table`: every part but the last names the table.
          const items = (object as { List?: { items?: Json[] } }).List?.items ?? [];
          const tableParts = items.slice(0, -1).map((item) => String((item.String as Json | undefined)?.sval ?? ''));
          if (!names || tableParts.length === 0) return [];
          const relation: RangeVar =
            tableParts.length > 1 ? { schemaname: tableParts[0], relname: tableParts[1] } : { relname: tableParts[0] };
          return [{ relation, mode: 'ACCESS EXCLUSIVE' as const, what: DROPPED_ON_TABLE[removeType] }];
        });
      }
      return [];
    }
    case 'ReindexStmt': {
      if (!body.relation) return [];
      const concurrent = optionSet(body.params, 'concurrently');
      return [
        {
          relation: body.relation as RangeVar,
          mode: concurrent ? 'SHARE UPDATE EXCLUSIVE' : 'ACCESS EXCLUSIVE',
          what: concurrent ? 'REINDEX CONCURRENTLY' : 'REINDEX',
        },
      ];
    }
    case 'ClusterStmt':
      return body.relation ? [{ relation: body.relation as RangeVar, mode: 'ACCESS EXCLUSIVE', what: 'CLUSTER' }] : [];
    case 'RefreshMatViewStmt':
      return [
        {
          relation: body.relation as RangeVar,
          mode: body.concurrent ? 'EXCLUSIVE' : 'ACCESS EXCLUSIVE',
          what: body.concurrent ? 'REFRESH MATERIALIZED VIEW CONCURRENTLY' : 'REFRESH MATERIALIZED VIEW',
        },
      ];
    case 'VacuumStmt': {
      if (!body.is_vacuumcmd) return [];
      const full = optionSet(body.options, 'full');
      return rangeVars(body.rels, 'VacuumRelation').flatMap((entry) => {
        const relation = (entry as unknown as { relation?: RangeVar }).relation;
        return relation
          ? [
              {
                relation,
                mode: full ? ('ACCESS EXCLUSIVE' as const) : ('SHARE UPDATE EXCLUSIVE' as const),
                what: full ? 'VACUUM FULL' : 'VACUUM',
              },
            ]
          : [];
      });
    }
    case 'AlterSeqStmt':
      return [{ relation: body.sequence as RangeVar, mode: 'SHARE ROW EXCLUSIVE', what: 'ALTER SEQUENCE' }];
    default:
      return [];
  }
}

/** The key a lock's relation is matched by, for messages and lookups. */
export function lockKey(lock: TakenLock): string {
  return relationKey(lock.relation) ?? '';
}
