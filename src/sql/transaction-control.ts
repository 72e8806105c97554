/**
 * Which parsed statements manage transactions themselves, and which PostgreSQL refuses inside a
 * transaction block. Pure functions over libpg-query nodes (`{ TransactionStmt: {...} }`), so the
 * migration reader can refuse such a file when it is read instead of letting it half-apply (a
 * COMMIT in the middle of a migration commits everything before it, without its ledger row) or
 * fail at deploy time on every database.
 *
 * The list of statements that cannot run in a transaction block follows PostgreSQL's callers of
 * PreventInTransactionBlock() (utility.c, indexcmds.c, tablecmds.c, vacuum.c, cluster.c,
 * subscriptioncmds.c, typecmds.c before version 12, discard.c, dbcommands.c, tablespace.c).
 * Only statements that are refused whatever the data are listed: DROP SUBSCRIPTION (refused only
 * when the subscription has a slot) and CLUSTER of a partitioned table (known only on the server)
 * are left to the server.
 */
import type { StatementNode } from './parser.js';

/** The transaction-control commands, named as a user writes them (END and ABORT are COMMIT and ROLLBACK). */
export type TransactionControl =
  | 'BEGIN'
  | 'START TRANSACTION'
  | 'COMMIT'
  | 'ROLLBACK'
  | 'SAVEPOINT'
  | 'RELEASE SAVEPOINT'
  | 'ROLLBACK TO SAVEPOINT'
  | 'PREPARE TRANSACTION'
  | 'COMMIT PREPARED'
  | 'ROLLBACK PREPARED';

const TRANSACTION_KINDS: Record<string, TransactionControl> = {
  TRANS_STMT_BEGIN: 'BEGIN',
  TRANS_STMT_START: 'START TRANSACTION',
  TRANS_STMT_COMMIT: 'COMMIT',
  TRANS_STMT_ROLLBACK: 'ROLLBACK',
  TRANS_STMT_SAVEPOINT: 'SAVEPOINT',
  TRANS_STMT_RELEASE: 'RELEASE SAVEPOINT',
  TRANS_STMT_ROLLBACK_TO: 'ROLLBACK TO SAVEPOINT',
  TRANS_STMT_PREPARE: 'PREPARE TRANSACTION',
  TRANS_STMT_COMMIT_PREPARED: 'COMMIT PREPARED',
  TRANS_STMT_ROLLBACK_PREPARED: 'ROLLBACK PREPARED',
};

/** The transaction-control command a statement is, or undefined. */
export function transactionControlOf(node: StatementNode): TransactionControl | undefined {
  const body = node.TransactionStmt as { kind?: string } | undefined;
  if (!body) return undefined;
  return TRANSACTION_KINDS[body.kind ?? ''] ?? 'BEGIN';
}

export interface ServerVersionOption {
  /** `server_version_num` of the target (e.g. 150004); undefined means a supported modern server (12 or later). */
  serverVersionNum?: number;
}

type Body = Record<string, unknown>;
type DefElem = { DefElem?: { defname?: string; arg?: unknown } };

/**
 * The command's name when PostgreSQL refuses the statement inside a transaction block ("cannot
 * run inside a transaction block"), e.g. `CREATE INDEX CONCURRENTLY`; otherwise undefined.
 */
export function outsideTransactionOnly(node: StatementNode, options: ServerVersionOption = {}): string | undefined {
  const [type] = Object.keys(node);
  const body = (node[type] ?? {}) as Body;
  switch (type) {
    case 'CreatedbStmt':
      return 'CREATE DATABASE';
    case 'DropdbStmt':
      return 'DROP DATABASE';
    case 'AlterDatabaseStmt':
      return options_(body).some((option) => option.DefElem?.defname === 'tablespace') ? 'ALTER DATABASE ... SET TABLESPACE' : undefined;
    case 'CreateTableSpaceStmt':
      return 'CREATE TABLESPACE';
    case 'DropTableSpaceStmt':
      return 'DROP TABLESPACE';
    case 'AlterSystemStmt':
      return 'ALTER SYSTEM';
    case 'VacuumStmt':
      // ANALYZE alone runs in a transaction; VACUUM (with or without ANALYZE) does not.
      return body.is_vacuumcmd ? 'VACUUM' : undefined;
    case 'ClusterStmt':
      // CLUSTER without a table reclusters every table, one transaction each.
      return body.relation ? undefined : 'CLUSTER (without a table)';
    case 'IndexStmt':
      return body.concurrent ? 'CREATE INDEX CONCURRENTLY' : undefined;
    case 'DropStmt':
      return body.concurrent ? 'DROP INDEX CONCURRENTLY' : undefined;
    case 'ReindexStmt':
      return reindex(body);
    case 'AlterTableStmt':
      return commandsOf(body).some(
        (command) =>
          command.subtype === 'AT_DetachPartition' &&
          (command.def as { PartitionCmd?: { concurrent?: boolean } })?.PartitionCmd?.concurrent,
      )
        ? 'ALTER TABLE ... DETACH PARTITION ... CONCURRENTLY'
        : undefined;
    case 'AlterEnumStmt':
      // Before PostgreSQL 12, ALTER TYPE ... ADD VALUE was refused in a transaction block.
      return !body.oldVal && options.serverVersionNum !== undefined && options.serverVersionNum < 120000
        ? 'ALTER TYPE ... ADD VALUE (before PostgreSQL 12)'
        : undefined;
    case 'DiscardStmt':
      return body.target === 'DISCARD_ALL' ? 'DISCARD ALL' : undefined;
    case 'CreateSubscriptionStmt':
      // create_slot defaults to true; connect = false implies no slot.
      return booleanOption(body, 'create_slot') === false || booleanOption(body, 'connect') === false
        ? undefined
        : 'CREATE SUBSCRIPTION (creating a replication slot)';
    case 'AlterSubscriptionStmt':
      return alterSubscription(body);
    case 'TransactionStmt':
      return body.kind === 'TRANS_STMT_COMMIT_PREPARED'
        ? 'COMMIT PREPARED'
        : body.kind === 'TRANS_STMT_ROLLBACK_PREPARED'
          ? 'ROLLBACK PREPARED'
          : undefined;
    default:
      return undefined;
  }
}

function reindex(body: Body): string | undefined {
  if (options_(body, 'params').some((option) => option.DefElem?.defname === 'concurrently')) return 'REINDEX CONCURRENTLY';
  switch (body.kind) {
    case 'REINDEX_OBJECT_SCHEMA':
      return 'REINDEX SCHEMA';
    case 'REINDEX_OBJECT_SYSTEM':
      return 'REINDEX SYSTEM';
    case 'REINDEX_OBJECT_DATABASE':
      return 'REINDEX DATABASE';
    default:
      return undefined;
  }
}

function alterSubscription(body: Body): string | undefined {
  if (body.kind === 'ALTER_SUBSCRIPTION_REFRESH') return 'ALTER SUBSCRIPTION ... REFRESH PUBLICATION';
  const changesPublications = [
    'ALTER_SUBSCRIPTION_SET_PUBLICATION',
    'ALTER_SUBSCRIPTION_ADD_PUBLICATION',
    'ALTER_SUBSCRIPTION_DROP_PUBLICATION',
  ];
  if (changesPublications.includes(String(body.kind)) && booleanOption(body, 'refresh') !== false) {
    return 'ALTER SUBSCRIPTION ... PUBLICATION (with refresh)';
  }
  return undefined;
}

function options_(body: Body, key = 'options'): DefElem[] {
  return (body[key] as DefElem[] | undefined) ?? [];
}

function commandsOf(body: Body): Body[] {
  return ((body.cmds as Array<{ AlterTableCmd?: Body }> | undefined) ?? []).map((command) => command.AlterTableCmd ?? {});
}

/** A `WITH (name = value)` option read as PostgreSQL reads booleans; undefined when absent or not a boolean. */
function booleanOption(body: Body, name: string): boolean | undefined {
  const option = options_(body).find((entry) => entry.DefElem?.defname === name)?.DefElem;
  if (!option) return undefined;
  if (option.arg === undefined) return true;
  const arg = option.arg as { String?: { sval?: string }; Boolean?: { boolval?: boolean }; Integer?: { ival?: number }; A_Const?: unknown };
  const text =
    arg.String?.sval ?? (arg.Boolean ? String(arg.Boolean.boolval ?? false) : arg.Integer ? String(arg.Integer.ival ?? 0) : undefined);
  if (text === undefined) return undefined;
  const lowered = text.toLowerCase();
  if (['true', 'on', 'yes', '1', 't', 'y'].includes(lowered)) return true;
  if (['false', 'off', 'no', '0', 'f', 'n'].includes(lowered)) return false;
  return undefined;
}
