import { basename } from 'node:path';
import { alterTableCommands, droppedNames, isCreated, type RangeVar, sqlName } from '../ast.js';
import { existingRelations } from '../existing.js';
import { clausePlace } from '../place.js';
import { defineRule } from '../types.js';
import { createdBefore, nodesOf } from '../walk.js';

const WHERE = { master: 'on the master', tenant: 'on every tenant', both: 'on the master and every tenant' } as const;

export const destructive = defineRule({
  id: 'destructive',
  severity: 'warning',
  description:
    'DROP TABLE, DROP COLUMN, DROP SCHEMA, DROP DATABASE, TRUNCATE, or DELETE without WHERE on an existing table, in an UP section (a DROP before the CREATE of the same name still drops what exists), and a DOWN that drops a table an earlier migration made.',
  docs: {
    rationale:
      'Data dropped on the master and every tenant cannot be brought back by a DOWN section, and application code still running the old release may still read it. Make sure it is meant, and that the release that stops using it is already deployed. A DOWN section undoes its own UP: dropping a table that an earlier migration made (say its UP ran CREATE TABLE IF NOT EXISTS of a table that existed, which did nothing) deletes that table and its rows on rollback.',
    flagged: 'ALTER TABLE users DROP COLUMN IF EXISTS legacy_score;',
    fixed: `SET lock_timeout = '5s';
-- tenant-migrate-ignore: destructive legacy_score unused since release 4.2 (backed up in archive.users_legacy_score)
ALTER TABLE users DROP COLUMN IF EXISTS legacy_score;`,
  },
  messages: {
    drop: {
      message: 'DROP {{kind}} {{names}} deletes data {{where}}',
      hint: 'make sure no running release still uses it; if it is meant, say why in a tenant-migrate-ignore comment',
    },
    truncate: {
      message: 'TRUNCATE deletes every row {{where}}',
      hint: 'if it is meant, say why in a tenant-migrate-ignore comment',
    },
    deleteAll: {
      message: 'DELETE FROM {{table}} without WHERE deletes every row {{where}}',
      hint: 'add the WHERE that picks the rows meant; if every row is meant, say why in a tenant-migrate-ignore comment',
    },
    dropDatabase: {
      message: 'DROP DATABASE {{name}} deletes a whole database, with every table in it',
      hint: 'drop databases by hand, or with tenant-migrate tenant remove; if it is meant, say why in a tenant-migrate-ignore comment',
    },
    downDrop: {
      message: 'DOWN drops table {{names}}, which {{file}} made, not this migration: a rollback deletes it and its rows {{where}}',
      hint: "drop in DOWN only what this migration's UP created (a CREATE TABLE IF NOT EXISTS of a table that exists creates nothing)",
    },
    dropColumn: {
      message: 'DROP COLUMN {{column}} deletes data in {{table}} {{where}}',
      hint: 'deploy the release that stops reading the column first; if it is meant, say why in a tenant-migrate-ignore comment',
    },
  },
  check(context) {
    // Where the file runs: a tenant migration never touches the master, and the reverse.
    const where = WHERE[context.migration.scope];
    for (const visited of nodesOf(context, 'up')) {
      const { type, body, statement } = visited;
      if (type === 'DropdbStmt') {
        context.report({ messageId: 'dropDatabase', data: { name: sqlName(body.dbname as string | undefined) }, at: { statement } });
      } else if (type === 'DropStmt' && (body.removeType === 'OBJECT_TABLE' || body.removeType === 'OBJECT_SCHEMA')) {
        const kind = body.removeType === 'OBJECT_TABLE' ? 'TABLE' : 'SCHEMA';
        const names = droppedNames(body);
        const shown = droppedNames(body, true);
        // Only a table this UP created before the DROP is its own to drop: a DROP then CREATE still loses the old rows.
        const dropped = kind === 'TABLE' ? shown.filter((_, index) => !createdBefore(context, rangeVarOf(names[index]), visited)) : shown;
        if (dropped.length === 0) continue;
        context.report({
          messageId: 'drop',
          data: { kind, names: dropped.join(', '), where },
          at: { statement },
        });
      } else if (type === 'TruncateStmt') {
        context.report({
          messageId: 'truncate',
          data: { where },
          at: { statement },
        });
      } else if (type === 'DeleteStmt' && !body.whereClause) {
        const relation = body.relation as RangeVar | undefined;
        // Rows this UP put in a table it created are its own to delete.
        if (createdBefore(context, relation, visited)) continue;
        context.report({ messageId: 'deleteAll', data: { table: sqlName(relation?.relname, 'the table'), where }, at: { statement } });
      } else if (type === 'AlterTableStmt') {
        const relation = body.relation as RangeVar | undefined;
        if (isCreated(relation, context.createdInUp)) continue;
        let occurrence = -1;
        for (const command of alterTableCommands(body)) {
          if (command.subtype !== 'AT_DropColumn') continue;
          occurrence++;
          context.report({
            messageId: 'dropColumn',
            data: { column: sqlName(command.name), table: sqlName(relation?.relname, 'the table'), where },
            at: clausePlace(statement, /\bDROP\b(?!\s+(CONSTRAINT|DEFAULT|NOT|EXPRESSION|IDENTITY)\b)(\s+COLUMN\b)?/i, occurrence),
          });
        }
      }
    }
    reportDownDrops(context, where);
  },
});

/** DROP TABLE in DOWN of tables an earlier migration made and this UP did not create anew. */
function reportDownDrops(context: Parameters<NonNullable<typeof destructive.check>>[0], where: string): void {
  for (const { type, body, statement } of nodesOf(context, 'down')) {
    if (type !== 'DropStmt' || body.removeType !== 'OBJECT_TABLE') continue;
    const existing = existingRelations(context);
    const shown = droppedNames(body, true);
    const made = droppedNames(body).flatMap((name, index) => {
      const relation = rangeVarOf(name);
      const by = existing.madeBy(relation);
      return by !== undefined && !isCreated(relation, context.createdInUp) ? [{ name: shown[index], by }] : [];
    });
    if (made.length === 0) continue;
    const files = [...new Set(made.map(({ by }) => basename(by)))];
    context.report({
      messageId: 'downDrop',
      data: { names: made.map(({ name }) => name).join(', '), file: files.join(' and '), where },
      at: { statement },
    });
  }
}

function rangeVarOf(name: string): RangeVar {
  const parts = name.split('.');
  return parts.length > 1 ? { schemaname: parts[parts.length - 2], relname: parts[parts.length - 1] } : { relname: name };
}
