import type { RangeVar } from '../ast.js';
import { defineRule } from '../types.js';
import { nodesOf } from '../walk.js';

/** Schemas every database has and a tenant migration may read from. */
const SYSTEM_SCHEMAS = new Set(['pg_catalog', 'information_schema', 'pg_temp', 'pg_toast']);

export const tenantSchemaQualified = defineRule({
  id: 'tenant-schema-qualified',
  severity: 'warning',
  description:
    'Tenant migrations name their tables, types and functions without a schema, so each schema tenant gets its own (unless lint.tenancy is "database").',
  docs: {
    rationale:
      'A schema-per-tenant fleet runs each tenant migration with the search_path set to that tenant\'s schema. A name written with a schema (public.orders, app.touch()) ignores the search_path: every tenant changes the same object, the first one creates it and the others skip or fail. In a database-per-tenant fleet it does no harm: set "lint": { "tenancy": "database" } in tenant-migrate.config.json and the rule stays quiet. Catalog schemas (pg_catalog, information_schema) are fine.',
    flagged: 'CREATE TABLE IF NOT EXISTS public.invoices (id BIGINT);',
    fixed: 'CREATE TABLE IF NOT EXISTS invoices (id BIGINT);',
  },
  messages: {
    qualified: {
      message:
        "{{name}} names schema {{schema}} in a tenant migration: on a schema-per-tenant fleet every tenant would change that one schema's object",
      hint: "write {{bare}} without the schema: the runner sets the search_path to each tenant's schema",
    },
  },
  check(context) {
    if (context.settings.tenancy === 'database' || context.migration.scope === 'master') return;
    for (const { body, statement } of nodesOf(context, 'up')) {
      const seen = new Set<string>();
      for (const { schema, name } of qualifiedNames(body)) {
        const key = `${schema}.${name}`;
        if (SYSTEM_SCHEMAS.has(schema.toLowerCase()) || seen.has(key)) continue;
        seen.add(key);
        context.report({ messageId: 'qualified', data: { name: key, schema, bare: name }, at: { statement } });
      }
    }
  },
});

/** Schema-qualified names in a statement: relations (RangeVar), and name lists of functions and types. */
function qualifiedNames(node: unknown, found: Array<{ schema: string; name: string }> = []): Array<{ schema: string; name: string }> {
  if (Array.isArray(node)) {
    for (const item of node) qualifiedNames(item, found);
    return found;
  }
  if (!node || typeof node !== 'object') return found;
  const record = node as Record<string, unknown>;
  if (typeof record.relname === 'string' && typeof record.schemaname === 'string') {
    found.push({ schema: (record as RangeVar).schemaname ?? '', name: record.relname });
  }
  for (const key of ['funcname', 'names', 'defnames']) {
    const list = record[key];
    if (!Array.isArray(list) || list.length < 2) continue;
    const parts = list.map((part) => String((part as { String?: { sval?: string } }).String?.sval ?? ''));
    found.push({ schema: parts[parts.length - 2], name: parts[parts.length - 1] });
  }
  for (const key in record) {
    const value = record[key];
    if (key !== 'A_Const' && value && typeof value === 'object') qualifiedNames(value, found);
  }
  return found;
}
