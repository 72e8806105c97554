import { quoteQualified } from '../../sql/quote.js';
import { sqlName } from '../ast.js';
import { defineRule } from '../types.js';
import { nodesOf } from '../walk.js';

/** Schemas every database has and a tenant migration may read from. */
const SYSTEM_SCHEMAS = new Set(['pg_catalog', 'information_schema', 'pg_temp', 'pg_toast']);

/** DROP kinds whose objects are named `schema.table.name` (the name is of something on a table). */
const NAMED_ON_TABLE = new Set(['OBJECT_TRIGGER', 'OBJECT_POLICY', 'OBJECT_RULE']);

export const tenantSchemaQualified = defineRule({
  id: 'tenant-schema-qualified',
  severity: 'warning',
  description:
    'Tenant migrations name their tables, types, domains and functions without a schema and leave the search_path as the runner set it, in UP and DOWN, so each schema tenant gets its own (unless lint.tenancy is "database").',
  docs: {
    rationale:
      'A schema-per-tenant fleet runs each tenant migration with the search_path set to that tenant\'s schema. A name written with a schema (public.orders, app.touch()) ignores the search_path. What the statement creates, changes or drops is then one object for every tenant: the first one creates it and the others skip or fail, and a DOWN that drops public.orders drops it for all of them. A name the statement only uses (a call to public.gen_random_uuid(), a column of type app.kind, a SELECT from public.rates) resolves to that one shared object on every tenant: right for an extension kept in a shared schema (say so in an ignore comment), wrong for what each tenant should have its own of. SET search_path in a tenant migration sends every statement after it to the schemas it names instead of the tenant\'s. In a database-per-tenant fleet none of this does harm: set "lint": { "tenancy": "database" } in tenant-migrate.config.json and the rule stays quiet. Catalog schemas (pg_catalog, information_schema) are fine.',
    flagged: 'CREATE TABLE IF NOT EXISTS public.invoices (id BIGINT);',
    fixed: 'CREATE TABLE IF NOT EXISTS invoices (id BIGINT);',
  },
  messages: {
    qualified: {
      message:
        "{{name}} names schema {{schema}} in a tenant migration: on a schema-per-tenant fleet every tenant would change that one schema's object",
      hint: "write {{bare}} without the schema: the runner sets the search_path to each tenant's schema",
    },
    reference: {
      message:
        "{{name}} names schema {{schema}} in a tenant migration: on a schema-per-tenant fleet every tenant {{uses}} that one schema's {{kind}}, not one of its own",
      hint: "write {{bare}} without the schema for the tenant's own; if the shared one is meant (an extension's function kept in a shared schema, say), say so in a tenant-migrate-ignore comment",
    },
    searchPath: {
      message:
        "SET search_path in a tenant migration: on a schema-per-tenant fleet every statement after it resolves names in {{schemas}}, not in the tenant's schema",
      hint: "remove it: the runner sets the search_path to each tenant's schema (name a shared object by its schema where one is meant)",
    },
  },
  check(context) {
    if (context.settings.tenancy === 'database' || context.migration.scope === 'master') return;
    // DOWN too: a rollback that drops public.orders drops it for every tenant.
    for (const { type, body, statement } of nodesOf(context)) {
      const schemas = searchPathSet(type, body);
      if (schemas !== undefined) {
        context.report({ messageId: 'searchPath', data: { schemas }, at: { statement } });
        continue;
      }
      const seen = new Set<string>();
      for (const { schema, name, role } of qualifiedNames(type, body)) {
        const key = `${schema}.${name}`;
        if (SYSTEM_SCHEMAS.has(schema.toLowerCase()) || seen.has(key)) continue;
        seen.add(key);
        const shown = quoteQualified(schema, name);
        if (role === 'target') {
          context.report({
            messageId: 'qualified',
            data: { name: shown, schema: sqlName(schema), bare: sqlName(name) },
            at: { statement },
          });
        } else {
          const uses = role === 'function' ? 'calls' : 'uses';
          context.report({
            messageId: 'reference',
            data: { name: shown, schema: sqlName(schema), bare: sqlName(name), uses, kind: role },
            at: { statement },
          });
        }
      }
    }
  },
});

/** The schemas a `SET search_path` (or `set_config('search_path', ...)`) names, or undefined for other statements. */
function searchPathSet(type: string, body: Record<string, unknown>): string | undefined {
  if (type === 'VariableSetStmt') {
    if (String(body.name ?? '').toLowerCase() !== 'search_path' || body.kind !== 'VAR_SET_VALUE') return undefined;
    const args = (body.args as Array<{ A_Const?: { sval?: { sval?: string } } }> | undefined) ?? [];
    return args.map((arg) => arg.A_Const?.sval?.sval ?? '?').join(', ') || 'the schemas it names';
  }
  for (const call of calls(body)) {
    const name = lastOf(call.funcname);
    const args = (call.args as Array<{ A_Const?: { sval?: { sval?: string } } }> | undefined) ?? [];
    if (name === 'set_config' && args[0]?.A_Const?.sval?.sval?.toLowerCase() === 'search_path') {
      return args[1]?.A_Const?.sval?.sval ?? 'the schemas it names';
    }
  }
  return undefined;
}

function calls(node: unknown, found: Array<Record<string, unknown>> = []): Array<Record<string, unknown>> {
  if (Array.isArray(node)) for (const item of node) calls(item, found);
  else if (node && typeof node === 'object') {
    for (const key in node) {
      const value = (node as Record<string, unknown>)[key];
      if (key === 'FuncCall') found.push(value as Record<string, unknown>);
      if (value && typeof value === 'object') calls(value, found);
    }
  }
  return found;
}

function strings(list: unknown): string[] {
  return ((list as Array<{ String?: { sval?: string } }> | undefined) ?? []).map((part) => String(part.String?.sval ?? ''));
}

function lastOf(list: unknown): string {
  const parts = strings(list);
  return (parts[parts.length - 1] ?? '').toLowerCase();
}

/** What a schema-qualified name is to its statement: the object it creates, changes or drops, or one it uses. */
type Role = 'target' | 'function' | 'type' | 'table';

interface QualifiedName {
  schema: string;
  name: string;
  role: Role;
}

/** Keys of a statement's body that name the object it creates, changes or drops (a table it writes to included). */
const TARGET_KEYS = new Set([
  'func',
  'relation',
  'view',
  'sequence',
  'typevar',
  'into',
  'table',
  'relations',
  'objects',
  'object',
  'domainname',
  'defnames',
]);

/**
 * Schema-qualified names in a statement: relations (RangeVar), and name lists of functions,
 * types and domains, each with what it is to the statement.
 */
function qualifiedNames(type: string, body: Record<string, unknown>): QualifiedName[] {
  const found: QualifiedName[] = [];
  for (const key in body) {
    const value = body[key];
    if (!value || typeof value !== 'object') continue;
    let target = TARGET_KEYS.has(key);
    // The name a CREATE FUNCTION, CREATE TYPE or ALTER TYPE makes or changes; a trigger's function is only called.
    if ((key === 'funcname' && type !== 'CreateTrigStmt') || (key === 'typeName' && Array.isArray(value))) target = true;
    if (type === 'DropStmt' && key === 'objects') {
      droppedObjects(body, found);
      continue;
    }
    if (Array.isArray(value) && (key === 'funcname' || key === 'typeName' || key === 'domainname' || key === 'defnames')) {
      nameList(value, target ? 'target' : key === 'funcname' ? 'function' : 'type', found);
      continue;
    }
    walk(value, target, found);
  }
  return found;
}

function nameList(list: unknown, role: Role, found: QualifiedName[]): void {
  const parts = strings(list);
  if (parts.length >= 2) found.push({ schema: parts[parts.length - 2], name: parts[parts.length - 1], role });
}

/** A DROP's objects: `schema.name`, `name ON schema.table`, a type, `schema.f(args)`. */
function droppedObjects(body: Record<string, unknown>, found: QualifiedName[]): void {
  for (const object of (body.objects as Array<Record<string, unknown>> | undefined) ?? []) {
    if (object.List) {
      const parts = strings((object.List as { items?: unknown }).items);
      const named = NAMED_ON_TABLE.has(String(body.removeType)) ? parts.slice(0, -1) : parts;
      if (named.length >= 2) found.push({ schema: named[named.length - 2], name: named[named.length - 1], role: 'target' });
    } else if (object.TypeName) {
      nameList((object.TypeName as { names?: unknown }).names, 'target', found);
    } else if (object.ObjectWithArgs) {
      nameList((object.ObjectWithArgs as { objname?: unknown }).objname, 'target', found);
    } else {
      walk(object, true, found);
    }
  }
}

/** Names anywhere below a node; `target` when the node is what the statement changes (its own sub-expressions are only used). */
function walk(node: unknown, target: boolean, found: QualifiedName[]): void {
  if (Array.isArray(node)) {
    for (const item of node) walk(item, target, found);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  if (typeof record.relname === 'string' && typeof record.schemaname === 'string') {
    found.push({ schema: record.schemaname, name: record.relname, role: target ? 'target' : 'table' });
  }
  for (const key of ['funcname', 'names', 'defnames', 'objname']) {
    if (Array.isArray(record[key])) nameList(record[key], target ? 'target' : key === 'names' ? 'type' : 'function', found);
  }
  for (const key in record) {
    const value = record[key];
    if (key !== 'A_Const' && value && typeof value === 'object') walk(value, target && key !== 'FuncCall' && key !== 'TypeName', found);
  }
}
