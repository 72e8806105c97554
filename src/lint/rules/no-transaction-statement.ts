import { noTransactionMarker } from '../../migrations/transaction-problems.js';
import { quoteQualified } from '../../sql/quote.js';
import { outsideTransactionOnly } from '../../sql/transaction-control.js';
import { type InTransaction, transactionsOf } from '../transactions.js';
import { defineRule } from '../types.js';
import { nodesOf, type VisitedNode } from '../walk.js';
import { isConcurrent } from './concurrently-in-transaction.js';

export const noTransactionStatement = defineRule({
  id: 'no-transaction-statement',
  severity: 'error',
  description:
    'Statements PostgreSQL refuses inside a transaction block (VACUUM, CREATE DATABASE, ALTER SYSTEM, REINDEX SCHEMA, ALTER TYPE ... ADD VALUE before 12...) are in a NO TRANSACTION migration, outside any BEGIN; a new enum value is not used in the transaction that adds it.',
  docs: {
    kind: 'sections',
    rationale:
      'PostgreSQL refuses these statements inside a transaction block ("cannot run inside a transaction block"), and the runner wraps every migration in one unless the file says NO TRANSACTION; a BEGIN in a NO TRANSACTION file opens one too. The migration would fail on every database. (CONCURRENTLY statements are the concurrently-in-transaction rule.) Some depend on the version: before PostgreSQL 12, ALTER TYPE ... ADD VALUE is one of them (unless the type was created in the same transaction). From 12 it may run in a transaction, but the new value cannot be used before that transaction commits ("unsafe use of new value", even when the type is new): add it in one migration and use it in the next.',
    flagged: `-- ==================== UP ====================
VACUUM ANALYZE orders;`,
    fixed: `-- Transaction: none
-- ==================== UP ====================
SET statement_timeout = '30min';
VACUUM ANALYZE orders;`,
  },
  problemCodes: ['NEEDS_NO_TRANSACTION'],
  messages: {
    inBegin: {
      message: '{{command}} cannot run inside a transaction block, and the BEGIN before it opens one',
      hint: 'take it out of the BEGIN ... COMMIT block',
    },
    inBlock: {
      message:
        '{{command}} cannot run inside a transaction block, and this goose block is sent as one query, which runs as one transaction',
      hint: 'put it in a statement of its own, outside "-- +goose StatementBegin" / "StatementEnd"',
    },
    inMigration: {
      message:
        '{{command}} cannot run inside a transaction block on PostgreSQL {{version}} (the oldest the fleet runs), and this migration runs in one: it would fail on every database',
      hint: 'mark the file {{marker}}, and keep such a migration to the statements that need it',
    },
    newEnumValueUsed: {
      message:
        "'{{value}}', the value ALTER TYPE {{type}} ADD VALUE adds on line {{line}}, is used in the same transaction: PostgreSQL refuses it (unsafe use of new value) until the ADD VALUE commits",
      hint: 'add the value in a migration of its own and use it in the next one (or COMMIT between the two, in a NO TRANSACTION file)',
    },
  },
  check(context) {
    const pgVersion = context.settings.pgVersion;
    for (const direction of ['up', 'down'] as const) {
      const transactions = transactionsOf(context, direction);
      const nodes = nodesOf(context, direction);
      for (const visited of nodes) {
        const by = transactions.get(visited)?.by;
        if (!by || isConcurrent(visited) || visited.type === 'TransactionStmt') continue;
        const node = { [visited.type]: visited.body };
        const command = outsideTransactionOnly(node, { serverVersionNum: pgVersion * 10000 });
        if (!command || typeCreatedInTransaction(visited, nodes, transactions)) continue;
        if (by === 'runner') {
          // The reader reports what is refused on every version (NEEDS_NO_TRANSACTION); here, what this version refuses.
          if (outsideTransactionOnly(node)) continue;
          const marker = noTransactionMarker(context.migration.format);
          context.report({ messageId: 'inMigration', data: { command, version: pgVersion, marker }, at: { statement: visited.statement } });
          continue;
        }
        context.report({ messageId: by === 'block' ? 'inBlock' : 'inBegin', data: { command }, at: { statement: visited.statement } });
      }
      if (pgVersion >= 12) reportNewEnumValuesUsed(context, nodes, transactions);
    }
  },
});

type Context = Parameters<NonNullable<typeof noTransactionStatement.check>>[0];

/** The enum an ALTER TYPE ... ADD VALUE changes, as `schema.name` or `name` (parser output, not folded again); undefined for other nodes. */
function addedToEnum(visited: VisitedNode): string | undefined {
  if (visited.type !== 'AlterEnumStmt' || visited.body.oldVal !== undefined || visited.body.newVal === undefined) return undefined;
  return typeKey(visited.body.typeName);
}

function typeKey(names: unknown): string {
  return strings(names).join('.');
}

/** A name list's parts, as the parser gives them. */
function strings(names: unknown): string[] {
  return ((names as Array<{ String?: { sval?: string } }> | undefined) ?? []).map((part) => String(part.String?.sval ?? ''));
}

/**
 * Before PostgreSQL 12, ADD VALUE may run in the transaction that created the enum (no other
 * transaction can see the type yet).
 */
function typeCreatedInTransaction(
  visited: VisitedNode,
  nodes: readonly VisitedNode[],
  transactions: Map<VisitedNode, InTransaction>,
): boolean {
  const type = addedToEnum(visited);
  const id = transactions.get(visited)?.id;
  if (type === undefined || id === undefined) return false;
  for (const other of nodes) {
    if (other === visited) return false;
    if (other.type === 'CreateEnumStmt' && typeKey(other.body.typeName) === type && transactions.get(other)?.id === id) return true;
  }
  return false;
}

/** A statement after ALTER TYPE ... ADD VALUE 'v', in the same transaction, that has the literal 'v'. */
function reportNewEnumValuesUsed(context: Context, nodes: readonly VisitedNode[], transactions: Map<VisitedNode, InTransaction>): void {
  const added: Array<{ value: string; type: string; shown: string; line: number; transaction: number }> = [];
  for (const visited of nodes) {
    const transaction = transactions.get(visited)?.id;
    const type = addedToEnum(visited);
    if (type !== undefined) {
      // Even for an enum created in the same transaction: PostgreSQL 12+ trusts only the values CREATE TYPE listed.
      if (transaction !== undefined) {
        added.push({
          value: String(visited.body.newVal),
          type: typeKey(visited.body.typeName),
          shown: quoteQualified(...strings(visited.body.typeName)),
          line: visited.statement.line,
          transaction,
        });
      }
      continue;
    }
    if (transaction === undefined || added.length === 0) continue;
    const literals = stringLiterals(visited.body);
    for (const value of added) {
      if (value.transaction !== transaction || !literals.has(value.value)) continue;
      context.report({
        messageId: 'newEnumValueUsed',
        data: { value: value.value.replaceAll("'", "''"), type: value.shown, line: value.line },
        at: { statement: visited.statement },
      });
    }
  }
}

/** Every string constant in a statement ('refunded', also as 'refunded'::order_status). */
function stringLiterals(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) {
    for (const item of node) stringLiterals(item, found);
  } else if (node && typeof node === 'object') {
    for (const key in node) {
      const value = (node as Record<string, unknown>)[key];
      if (key === 'A_Const') {
        const sval = (value as { sval?: { sval?: string } }).sval?.sval;
        if (sval !== undefined) found.add(sval);
      } else if (value && typeof value === 'object') stringLiterals(value, found);
    }
  }
  return found;
}
