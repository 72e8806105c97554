import { alterTableCommands, type ConstraintNode, droppedNames, objectKind, type RangeVar } from '../ast.js';
import { insertAfterMatch } from '../fixes.js';
import { ADD_COLUMN, clausePlace } from '../place.js';
import { defineRule } from '../types.js';
import { nodesOf } from '../walk.js';

/** CREATE statements and the guard that makes each re-runnable. */
const CREATE_GUARDS: Record<string, { what: (body: Record<string, unknown>) => string; guard: 'if_not_exists' | 'replace' }> = {
  CreateStmt: { what: () => 'CREATE TABLE', guard: 'if_not_exists' },
  IndexStmt: { what: () => 'CREATE INDEX', guard: 'if_not_exists' },
  CreateSchemaStmt: { what: () => 'CREATE SCHEMA', guard: 'if_not_exists' },
  CreateSeqStmt: { what: () => 'CREATE SEQUENCE', guard: 'if_not_exists' },
  CreateExtensionStmt: { what: () => 'CREATE EXTENSION', guard: 'if_not_exists' },
  CreateTableAsStmt: {
    what: (body) => (body.objtype === 'OBJECT_MATVIEW' ? 'CREATE MATERIALIZED VIEW' : 'CREATE TABLE AS'),
    guard: 'if_not_exists',
  },
  ViewStmt: { what: () => 'CREATE VIEW', guard: 'replace' },
  CreateFunctionStmt: { what: (body) => (body.is_procedure ? 'CREATE PROCEDURE' : 'CREATE FUNCTION'), guard: 'replace' },
};

/** Where the guard goes for each kind of CREATE: right after these words. */
const CREATE_KEYWORDS: Record<string, RegExp> = {
  CreateStmt: /\bCREATE\s+(?:(?:GLOBAL|LOCAL)\s+)?(?:(?:TEMP|TEMPORARY|UNLOGGED)\s+)?TABLE\b/i,
  CreateTableAsStmt: /\bCREATE\s+(?:(?:GLOBAL|LOCAL)\s+)?(?:(?:TEMP|TEMPORARY|UNLOGGED)\s+)?(?:TABLE|MATERIALIZED\s+VIEW)\b/i,
  IndexStmt: /\bCREATE\s+(?:UNIQUE\s+)?INDEX(?:\s+CONCURRENTLY)?\b/i,
  CreateSchemaStmt: /\bCREATE\s+SCHEMA\b/i,
  CreateSeqStmt: /\bCREATE\s+(?:(?:TEMP|TEMPORARY|UNLOGGED)\s+)?SEQUENCE\b/i,
  CreateExtensionStmt: /\bCREATE\s+EXTENSION\b/i,
  ViewStmt: /\bCREATE\b/i,
  CreateFunctionStmt: /\bCREATE\b/i,
};

/** Where a named constraint's clause starts: ADD CONSTRAINT (an unnamed one has no CONSTRAINT keyword). */
const ADD_CONSTRAINT = /\bADD\s+CONSTRAINT\b/i;

/** The table as the statement names it: schema.table or table. */
function qualifiedName(relation: RangeVar | undefined): string {
  return [relation?.schemaname, relation?.relname].filter(Boolean).join('.');
}

/** A temporary table dropped at commit never outlives its run, so the next run creates it afresh. */
function dropsAtCommit(type: string, body: Record<string, unknown>): boolean {
  return (
    type === 'CreateStmt' &&
    body.oncommit === 'ONCOMMIT_DROP' &&
    (body.relation as { relpersistence?: string } | undefined)?.relpersistence === 't'
  );
}

export const requireIdempotent = defineRule({
  id: 'require-idempotent',
  severity: 'error',
  fixable: true,
  description:
    'CREATE uses IF NOT EXISTS (or OR REPLACE), DROP uses IF EXISTS, ALTER TABLE ADD/DROP COLUMN and DROP CONSTRAINT are guarded, and a named ADD CONSTRAINT comes after a DROP CONSTRAINT IF EXISTS (or in a DO block that checks pg_constraint), in UP and DOWN.',
  docs: {
    rationale:
      "Across a fleet, some tenants are always half-way: a tenant restored from a backup, a retry after a timeout, a schema someone patched by hand. A guarded statement runs again without failing; an unguarded one stops that tenant. PostgreSQL has no ADD CONSTRAINT IF NOT EXISTS: a named constraint is re-runnable in a DO block that adds it only when pg_constraint has no row for it (which keeps a validated constraint as it is), or after a DROP CONSTRAINT IF EXISTS of it earlier in the file (as squawk's prefer-robust-stmts asks, so the two agree on its ADD CONSTRAINT tests).",
    flagged: `CREATE TABLE tags (id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL);
ALTER TABLE users ADD COLUMN tag_id BIGINT;
DROP VIEW users_legacy;`,
    fixed: `SET lock_timeout = '5s';
CREATE TABLE IF NOT EXISTS tags (id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL);
ALTER TABLE users ADD COLUMN IF NOT EXISTS tag_id BIGINT;
DROP VIEW IF EXISTS users_legacy;`,
  },
  messages: {
    create: { message: '{{what}} without {{guard}} (in {{section}}) fails when it runs twice', hint: '{{fix}}' },
    drop: { message: 'DROP {{kind}} {{names}} without IF EXISTS (in {{section}}) fails when it runs twice', hint: 'write {{fix}}' },
    addColumn: {
      message: 'ADD COLUMN {{column}} without IF NOT EXISTS (in {{section}}) fails when it runs twice',
      hint: 'write ADD COLUMN IF NOT EXISTS {{column}}',
    },
    dropColumn: {
      message: 'DROP COLUMN {{column}} without IF EXISTS (in {{section}}) fails when it runs twice',
      hint: 'write DROP COLUMN IF EXISTS {{column}}',
    },
    addConstraint: {
      message: 'ADD CONSTRAINT {{name}} (in {{section}}) fails when it runs twice: PostgreSQL has no ADD CONSTRAINT IF NOT EXISTS',
      hint: "add it in a DO block only when pg_constraint has no {{name}} on {{table}} (IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = '{{name}}' AND conrelid = '{{table}}'::regclass) THEN ALTER TABLE ... END IF), or put ALTER TABLE {{table}} DROP CONSTRAINT IF EXISTS {{name}}; before it (a re-run then drops and checks it again)",
    },
    dropConstraint: {
      message: 'DROP CONSTRAINT {{name}} without IF EXISTS (in {{section}}) fails when it runs twice',
      hint: 'write DROP CONSTRAINT IF EXISTS {{name}}',
    },
  },
  check(context) {
    // Constraints an earlier statement of the section dropped IF EXISTS: the next ADD of each is re-runnable.
    const droppedIfExists = new Set<string>();
    for (const { type, body, statement, section } of nodesOf(context)) {
      // Edits are placed by the statement's text: a goose block holding several statements gets none.
      const fixable = statement.nodes.length === 1;
      const guard = (pattern: RegExp, text: string, occurrence = 0, safe = true) =>
        fixable ? insertAfterMatch(context, statement, pattern, text, `add${text}`, occurrence, safe) : undefined;
      const where = section.direction.toUpperCase();
      const create = CREATE_GUARDS[type];
      if (create && !body[create.guard] && !dropsAtCommit(type, body)) {
        const what = create.what(body);
        const fix = create.guard === 'replace' ? what.replace('CREATE ', 'CREATE OR REPLACE ') : `${what} IF NOT EXISTS`;
        const unnamedIndex = type === 'IndexStmt' && !body.idxname;
        // OR REPLACE would also replace a different view or function of that name: offered, not applied.
        const fixIt = unnamedIndex
          ? undefined
          : guard(CREATE_KEYWORDS[type], create.guard === 'replace' ? ' OR REPLACE' : ' IF NOT EXISTS', 0, create.guard !== 'replace');
        context.report({
          ...(fixIt ? { fix: fixIt } : {}),
          messageId: 'create',
          data: {
            what,
            guard: create.guard === 'replace' ? 'OR REPLACE' : 'IF NOT EXISTS',
            section: where,
            fix: unnamedIndex ? `name the index and write ${fix}: only a named index can be guarded` : `write ${fix}`,
          },
          at: { statement },
        });
        continue;
      }
      if (type === 'DropStmt' && !body.missing_ok) {
        const kind = objectKind(body.removeType);
        const names = droppedNames(body).join(', ');
        const dropFix = guard(
          /\bDROP\s+(?:MATERIALIZED\s+VIEW|FOREIGN\s+TABLE|TEXT\s+SEARCH\s+\w+|OPERATOR\s+(?:CLASS|FAMILY)|EVENT\s+TRIGGER|\w+)(?:\s+CONCURRENTLY)?\b/i,
          ' IF EXISTS',
        );
        context.report({
          ...(dropFix ? { fix: dropFix } : {}),
          messageId: 'drop',
          data: { kind, names, section: where, fix: `DROP ${kind}${body.concurrent ? ' CONCURRENTLY' : ''} IF EXISTS ${names}` },
          at: { statement },
        });
        continue;
      }
      if (type !== 'AlterTableStmt') continue;
      let added = 0;
      let droppedColumns = 0;
      let droppedConstraints = 0;
      let namedConstraints = 0;
      const table = qualifiedName(body.relation as RangeVar | undefined);
      const constraintKey = (name: string | undefined) => `${section.direction}\0${table}\0${name}`;
      for (const command of alterTableCommands(body)) {
        if (command.subtype === 'AT_AddColumn') {
          const occurrence = added++;
          if (command.missing_ok) continue;
          const column = (command.def?.ColumnDef as { colname?: string } | undefined)?.colname ?? '';
          const addFix = guard(ADD_COLUMN, ' IF NOT EXISTS', occurrence);
          context.report({
            ...(addFix ? { fix: addFix } : {}),
            messageId: 'addColumn',
            data: { column, section: where },
            at: clausePlace(statement, ADD_COLUMN, occurrence),
          });
        } else if (command.subtype === 'AT_DropColumn') {
          const occurrence = droppedColumns++;
          if (command.missing_ok) continue;
          const dropColumnFix = guard(
            /\bDROP\b(?!\s+(CONSTRAINT|DEFAULT|NOT|EXPRESSION|IDENTITY)\b)(\s+COLUMN\b)?/i,
            ' IF EXISTS',
            occurrence,
          );
          context.report({
            ...(dropColumnFix ? { fix: dropColumnFix } : {}),
            messageId: 'dropColumn',
            data: { column: command.name ?? '', section: where },
            at: clausePlace(statement, /\bDROP\b(?!\s+(CONSTRAINT|DEFAULT|NOT|EXPRESSION|IDENTITY)\b)(\s+COLUMN\b)?/i, occurrence),
          });
        } else if (command.subtype === 'AT_AddConstraint') {
          // Only a named constraint fails on a re-run ("already exists"); there is no guard to add.
          const name = (command.def?.Constraint as ConstraintNode | undefined)?.conname;
          if (!name) continue;
          const occurrence = namedConstraints++;
          if (droppedIfExists.delete(constraintKey(name))) continue;
          context.report({
            messageId: 'addConstraint',
            data: { name, table, section: where },
            at: clausePlace(statement, ADD_CONSTRAINT, occurrence),
          });
        } else if (command.subtype === 'AT_DropConstraint') {
          const occurrence = droppedConstraints++;
          if (command.missing_ok) {
            droppedIfExists.add(constraintKey(command.name));
            continue;
          }
          const dropConstraintFix = guard(/\bDROP\s+CONSTRAINT\b/i, ' IF EXISTS', occurrence);
          context.report({
            ...(dropConstraintFix ? { fix: dropConstraintFix } : {}),
            messageId: 'dropConstraint',
            data: { name: command.name ?? '', section: where },
            at: clausePlace(statement, /\bDROP\s+CONSTRAINT\b/i, occurrence),
          });
        }
      }
    }
  },
});
