import { basename } from 'node:path';
import type { Statement } from '../../migrations/types.js';
import { type RangeVar, sqlName, sqlRelation, unwrap } from '../ast.js';
import { columnDefinitionTexts, columnNamesOf, columnsBefore } from '../table-columns.js';
import { defineRule, type RuleContext } from '../types.js';
import { existedBefore, nodesOf } from '../walk.js';

export const createExistingTable = defineRule({
  id: 'create-existing-table',
  severity: 'error',
  description:
    'CREATE TABLE IF NOT EXISTS, in an UP section, of a table an earlier migration of the timeline made (and did not drop since): PostgreSQL skips it, column list and all.',
  docs: {
    rationale:
      'IF NOT EXISTS makes a CREATE re-runnable, but it also makes it do nothing when the table is there: PostgreSQL only notes "relation already exists, skipping", and ignores the column list, the constraints and the options. Repeating it in a new migration with a column more changes no tenant, and the first code that reads the new column fails in production. Change an existing table with ALTER TABLE ... ADD COLUMN IF NOT EXISTS (or ALTER COLUMN). A table this migration dropped first is created anew, and is not flagged. The hint is the ALTER TABLE to paste: an ADD COLUMN IF NOT EXISTS for each column this CREATE lists that the table lacks (as the earlier migrations leave it: their CREATE, ADD, DROP and RENAME COLUMN), with its definition as written here. Names are compared as PostgreSQL does: a quoted "Orders" is not orders.',
    earlier: 'CREATE TABLE IF NOT EXISTS invoices (id BIGSERIAL PRIMARY KEY, total NUMERIC(12, 2) NOT NULL);',
    flaggedAfterEarlier: true,
    flagged: 'CREATE TABLE IF NOT EXISTS invoices (id BIGSERIAL PRIMARY KEY, total NUMERIC(12, 2) NOT NULL, paid_at TIMESTAMPTZ);',
    fixed: `SET lock_timeout = '5s';
ALTER TABLE invoices ADD COLUMN IF NOT EXISTS paid_at TIMESTAMPTZ;`,
  },
  messages: {
    exists: {
      message: 'CREATE TABLE IF NOT EXISTS {{table}} does nothing: {{file}} already made {{table}}, so this column list is ignored',
      hint: 'to change the table, ALTER it: {{alter}}; drop this CREATE',
    },
  },
  check(context) {
    for (const visited of nodesOf(context, 'up')) {
      const { type, body, statement } = visited;
      if (type !== 'CreateStmt' || !body.if_not_exists) continue;
      // A temporary table is made in the session's own schema, beside the one that exists.
      if ((body.relation as { relpersistence?: string } | undefined)?.relpersistence === 't') continue;
      for (const { relation, existedFrom } of existedBefore(context, visited)) {
        // Made earlier in this same file: no earlier migration to name, and both statements are in view.
        if (!existedFrom) continue;
        const table = sqlRelation(relation);
        context.report({
          messageId: 'exists',
          data: { table, file: basename(existedFrom), alter: alterHint(context, relation, table, body, statement) },
          at: { statement },
        });
      }
    }
  },
});

/**
 * The ALTER to paste: the columns this CREATE lists that the table does not have (as the earlier
 * migrations leave it), each with its definition as written here; a placeholder when the earlier
 * columns are not known.
 */
function alterHint(context: RuleContext, relation: RangeVar, table: string, body: Record<string, unknown>, statement: Statement): string {
  const placeholder = `ALTER TABLE ${table} ADD COLUMN IF NOT EXISTS column_name column_type; (or ALTER COLUMN)`;
  const listed = columnNamesOf(body);
  const existing = listed ? columnsBefore(context.earlier, relation) : undefined;
  if (!listed || !existing) return placeholder;
  const added = listed.filter((name) => !existing.has(name));
  if (added.length === 0) return `ALTER TABLE ${table} ALTER COLUMN ... for what differs (it has every column listed here already)`;
  const index = statement.nodes.findIndex((node) => unwrap(node)[1] === body);
  const texts = index >= 0 ? columnDefinitionTexts(statement, index) : new Map<string, string>();
  const clauses = added.map((name) => `ADD COLUMN IF NOT EXISTS ${texts.get(name) ?? `${sqlName(name)} column_type`}`);
  return `ALTER TABLE ${table} ${clauses.join(', ')}; (or ALTER COLUMN)`;
}
