import { quoteQualified } from '../../sql/quote.js';
import { alterTableCommands, type ConstraintNode, droppedNames, objectKind, type RangeVar, sqlName, sqlRelation } from '../ast.js';
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

type Json = Record<string, unknown>;

/** A name list (`[schema, name]`) as the parser gives it (to match by), or `quoted` as SQL must write it (to show). */
function names(list: unknown, quoted = false): string {
  const parts = ((list as Array<{ String?: { sval?: string } }> | undefined) ?? []).map((part) => String(part.String?.sval ?? ''));
  return quoted ? quoteQualified(...parts) : parts.join('.');
}

/** A string literal of `text`, as SQL writes it: in single quotes, quotes inside doubled. */
function literal(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/**
 * CREATEs that PostgreSQL gives no IF NOT EXISTS, and OR REPLACE only from some version (triggers
 * 14, aggregates 12) or never. Each says what it creates, the object's name (as DROP ... IF
 * EXISTS would name it), and the re-runnable way: a DO block that skips it when it exists (for
 * objects other things depend on: types, domains, roles), or a DROP ... IF EXISTS before it.
 */
interface Unguarded {
  what: string;
  /** As the parser gives it: matched against DROP ... IF EXISTS. */
  name: string;
  /** As SQL must write it: shown. */
  shown: string;
  /** `DROP <kind> IF EXISTS <name>` before it makes it re-runnable; undefined when a drop is no answer. */
  dropKind?: 'POLICY' | 'TRIGGER' | 'RULE' | 'CAST' | 'AGGREGATE';
  /** OR REPLACE exists from this PostgreSQL major version on. */
  replaceFrom?: number;
  /** Already written with OR REPLACE. */
  replaced?: boolean;
  /** What to write when there is no guard to add. */
  otherwise: string;
}

const duplicateObjectBlock = (what: string) =>
  `create it in a DO block that skips it when it exists: DO $$ BEGIN ${what} ...; EXCEPTION WHEN duplicate_object THEN NULL; END $$;`;

function unguardedCreate(type: string, body: Json): Unguarded | undefined {
  const table = () => sqlRelation((body.relation ?? body.table) as RangeVar | undefined);
  const rawTable = () => qualifiedName((body.relation ?? body.table) as RangeVar | undefined);
  switch (type) {
    case 'CreateEnumStmt':
    case 'CreateRangeStmt':
    case 'CompositeTypeStmt': {
      const name = type === 'CompositeTypeStmt' ? qualifiedName(body.typevar as RangeVar) : names(body.typeName);
      const shown = type === 'CompositeTypeStmt' ? sqlRelation(body.typevar as RangeVar) : names(body.typeName, true);
      return {
        what: 'CREATE TYPE',
        name,
        shown,
        otherwise: `${duplicateObjectBlock(`CREATE TYPE ${shown}`)} (PostgreSQL has neither CREATE TYPE IF NOT EXISTS nor OR REPLACE, and a DROP TYPE first fails once columns use the type, or with CASCADE drops them)`,
      };
    }
    case 'DefineStmt': {
      const name = names(body.defnames);
      const shown = names(body.defnames, true);
      if (body.kind === 'OBJECT_TYPE') {
        return {
          what: 'CREATE TYPE',
          name,
          shown,
          otherwise: `${duplicateObjectBlock(`CREATE TYPE ${shown}`)} (PostgreSQL has neither CREATE TYPE IF NOT EXISTS nor OR REPLACE)`,
        };
      }
      if (body.kind === 'OBJECT_AGGREGATE') {
        return {
          what: 'CREATE AGGREGATE',
          name,
          shown,
          dropKind: 'AGGREGATE',
          replaceFrom: 12,
          replaced: Boolean(body.replace),
          otherwise: `put DROP AGGREGATE IF EXISTS ${shown}(...); before it (with its argument types): CREATE OR REPLACE AGGREGATE needs PostgreSQL 12`,
        };
      }
      return undefined;
    }
    case 'CreateDomainStmt': {
      const name = names(body.domainname);
      const shown = names(body.domainname, true);
      return {
        what: 'CREATE DOMAIN',
        name,
        shown,
        otherwise: `${duplicateObjectBlock(`CREATE DOMAIN ${shown}`)} (PostgreSQL has neither CREATE DOMAIN IF NOT EXISTS nor OR REPLACE, and a DROP DOMAIN first fails once columns use it)`,
      };
    }
    case 'CreateTrigStmt': {
      const name = `${String(body.trigname ?? '')} ON ${rawTable()}`;
      const shown = `${sqlName(body.trigname as string | undefined)} ON ${table()}`;
      return {
        what: body.isconstraint ? 'CREATE CONSTRAINT TRIGGER' : 'CREATE TRIGGER',
        name,
        shown,
        dropKind: 'TRIGGER',
        replaceFrom: 14,
        replaced: Boolean(body.replace),
        otherwise: `put DROP TRIGGER IF EXISTS ${shown}; before it: CREATE OR REPLACE TRIGGER needs PostgreSQL 14`,
      };
    }
    case 'CreatePolicyStmt': {
      const name = `${String(body.policy_name ?? '')} ON ${rawTable()}`;
      const shown = `${sqlName(body.policy_name as string | undefined)} ON ${table()}`;
      return {
        what: 'CREATE POLICY',
        name,
        shown,
        dropKind: 'POLICY',
        otherwise: `put DROP POLICY IF EXISTS ${shown}; before it (PostgreSQL has neither CREATE POLICY IF NOT EXISTS nor OR REPLACE; a re-run then drops and creates it again)`,
      };
    }
    case 'RuleStmt': {
      const name = `${String(body.rulename ?? '')} ON ${rawTable()}`;
      const shown = `${sqlName(body.rulename as string | undefined)} ON ${table()}`;
      return { what: 'CREATE RULE', name, shown, dropKind: 'RULE', replaceFrom: 0, replaced: Boolean(body.replace), otherwise: '' };
    }
    case 'CreateRoleStmt': {
      const role = String(body.role ?? '');
      const what =
        body.stmt_type === 'ROLESTMT_USER' ? 'CREATE USER' : body.stmt_type === 'ROLESTMT_GROUP' ? 'CREATE GROUP' : 'CREATE ROLE';
      return {
        what,
        name: role,
        shown: sqlName(role),
        otherwise: `create it in a DO block only when pg_roles has no such role: DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = ${literal(role)}) THEN ${what} ${sqlName(role)}; END IF; END $$; (PostgreSQL has neither IF NOT EXISTS nor OR REPLACE for roles, and a role is shared by the whole server: do not drop it first)`,
      };
    }
    case 'CreateCastStmt': {
      const cast = {
        removeType: 'OBJECT_CAST',
        objects: [{ List: { items: [{ TypeName: body.sourcetype }, { TypeName: body.targettype }] } }],
      };
      const [name] = droppedNames(cast);
      const [shown] = droppedNames(cast, true);
      return {
        what: 'CREATE CAST',
        name,
        shown,
        dropKind: 'CAST',
        otherwise: `put DROP CAST IF EXISTS ${shown}; before it, or ${duplicateObjectBlock(`CREATE CAST ${shown}`)} (PostgreSQL has neither CREATE CAST IF NOT EXISTS nor OR REPLACE)`,
      };
    }
    default:
      return undefined;
  }
}

/** Where a named constraint's clause starts: ADD CONSTRAINT (an unnamed one has no CONSTRAINT keyword). */
const ADD_CONSTRAINT = /\bADD\s+CONSTRAINT\b/i;

/** The table as the statement names it: schema.table or table. */
function qualifiedName(relation: RangeVar | undefined): string {
  return [relation?.schemaname, relation?.relname].filter(Boolean).join('.');
}

/** An object a DROP ... IF EXISTS names, by direction, kind and name as the parser gives it (unquoted names already folded). */
function objectKey(direction: string, kind: string, name: string): string {
  // DROP AGGREGATE names its argument types; CREATE AGGREGATE is matched by name.
  const bare = kind === 'AGGREGATE' ? name.replace(/\(.*$/, '') : name;
  return `${direction}\0${kind}\0${bare}`;
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
    'CREATE uses IF NOT EXISTS (or OR REPLACE), DROP uses IF EXISTS, ALTER TABLE ADD/DROP COLUMN, DROP CONSTRAINT and ALTER TYPE ... ADD VALUE are guarded, and what PostgreSQL gives no guard (a named ADD CONSTRAINT, CREATE TYPE, DOMAIN, POLICY, ROLE, CAST; TRIGGER before 14, AGGREGATE before 12) comes after a DROP ... IF EXISTS of it or runs in a DO block, in UP and DOWN.',
  docs: {
    rationale:
      "Across a fleet, some tenants are always half-way: a tenant restored from a backup, a retry after a timeout, a schema someone patched by hand. A guarded statement runs again without failing; an unguarded one stops that tenant. PostgreSQL has no ADD CONSTRAINT IF NOT EXISTS: a named constraint is re-runnable in a DO block that adds it only when pg_constraint has no row for it (which keeps a validated constraint as it is), or after a DROP CONSTRAINT IF EXISTS of it earlier in the file (as squawk's prefer-robust-stmts asks, so the two agree on its ADD CONSTRAINT tests). The same holds for other objects with no guard: a policy, a cast (and a trigger before PostgreSQL 14, an aggregate before 12) after a DROP ... IF EXISTS of it; a type, a domain or a role, which other things come to depend on, in a DO block that skips it when it exists (EXCEPTION WHEN duplicate_object, or a pg_roles check).",
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
    noGuard: {
      message: '{{what}} {{name}} (in {{section}}) fails when it runs twice: {{why}}',
      hint: '{{fix}}',
    },
    addValue: {
      message: 'ALTER TYPE {{type}} ADD VALUE {{value}} without IF NOT EXISTS (in {{section}}) fails when it runs twice',
      hint: 'write ALTER TYPE {{type}} ADD VALUE IF NOT EXISTS {{value}}',
    },
    addConstraint: {
      message: 'ADD CONSTRAINT {{name}} (in {{section}}) fails when it runs twice: PostgreSQL has no ADD CONSTRAINT IF NOT EXISTS',
      hint: 'add it in a DO block only when pg_constraint has no {{name}} on {{table}} (IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = {{nameLiteral}} AND conrelid = {{tableLiteral}}::regclass) THEN ALTER TABLE ... END IF), or put ALTER TABLE {{table}} DROP CONSTRAINT IF EXISTS {{name}}; before it (a re-run then drops and checks it again)',
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
      if (type === 'DropStmt' && body.missing_ok) {
        const kind = objectKind(body.removeType);
        for (const name of droppedNames(body)) droppedIfExists.add(objectKey(section.direction, kind, name));
        continue;
      }
      const unguarded = unguardedCreate(type, body);
      if (unguarded && !unguarded.replaced) {
        const { what, name, shown, dropKind, replaceFrom } = unguarded;
        if (dropKind && droppedIfExists.delete(objectKey(section.direction, dropKind, name))) continue;
        const pgVersion = context.settings.pgVersion;
        if (replaceFrom !== undefined && pgVersion >= replaceFrom) {
          // OR REPLACE would also replace a different trigger, rule or aggregate of that name: offered, not applied.
          const replaceFix = guard(/\bCREATE\b/i, ' OR REPLACE', 0, false);
          context.report({
            ...(replaceFix ? { fix: replaceFix } : {}),
            messageId: 'create',
            data: {
              what,
              guard: 'OR REPLACE',
              section: where,
              fix: `write ${what.replace('CREATE ', 'CREATE OR REPLACE ')}, or put DROP ${dropKind} IF EXISTS ${shown}; before it`,
            },
            at: { statement },
          });
        } else {
          const why =
            replaceFrom !== undefined
              ? `${what.replace('CREATE ', 'CREATE OR REPLACE ')} needs PostgreSQL ${replaceFrom}, and the fleet's oldest is ${pgVersion}`
              : `PostgreSQL has no ${what} IF NOT EXISTS`;
          context.report({
            messageId: 'noGuard',
            data: { what, name: shown, section: where, why, fix: unguarded.otherwise },
            at: { statement },
          });
        }
        continue;
      }
      if (type === 'CreateStatsStmt' && !body.if_not_exists && Array.isArray(body.defnames)) {
        // An unnamed statistics object gets a fresh name on each run: nothing fails.
        const statsFix = guard(/\bCREATE\s+STATISTICS\b/i, ' IF NOT EXISTS');
        context.report({
          ...(statsFix ? { fix: statsFix } : {}),
          messageId: 'create',
          data: { what: 'CREATE STATISTICS', guard: 'IF NOT EXISTS', section: where, fix: 'write CREATE STATISTICS IF NOT EXISTS' },
          at: { statement },
        });
        continue;
      }
      if (type === 'AlterEnumStmt' && body.newVal !== undefined && body.oldVal === undefined && !body.skipIfNewValExists) {
        const valueFix = guard(/\bADD\s+VALUE\b/i, ' IF NOT EXISTS');
        context.report({
          ...(valueFix ? { fix: valueFix } : {}),
          messageId: 'addValue',
          data: { type: names(body.typeName, true), value: literal(String(body.newVal)), section: where },
          at: { statement },
        });
        continue;
      }
      if (type === 'DropStmt' && !body.missing_ok) {
        const kind = objectKind(body.removeType);
        const names = droppedNames(body, true).join(', ');
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
      const shownTable = sqlRelation(body.relation as RangeVar | undefined);
      const constraintKey = (name: string | undefined) => `${section.direction}\0${table}\0${name}`;
      for (const command of alterTableCommands(body)) {
        if (command.subtype === 'AT_AddColumn') {
          const occurrence = added++;
          if (command.missing_ok) continue;
          const column = sqlName((command.def?.ColumnDef as { colname?: string } | undefined)?.colname);
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
            data: { column: sqlName(command.name), section: where },
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
            data: {
              name: sqlName(name),
              table: shownTable,
              nameLiteral: literal(name),
              tableLiteral: literal(shownTable),
              section: where,
            },
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
            data: { name: sqlName(command.name), section: where },
            at: clausePlace(statement, /\bDROP\s+CONSTRAINT\b/i, occurrence),
          });
        }
      }
    }
  },
});
