import { sqlName } from '../ast.js';
import { defineRule } from '../types.js';
import { nodesOf } from '../walk.js';

/** Statements that make objects of the whole database (or cluster), not of the tenant's schema. */
const DATABASE_WIDE: Record<string, string> = {
  CreateExtensionStmt: 'CREATE EXTENSION',
  AlterExtensionStmt: 'ALTER EXTENSION',
  CreateEventTrigStmt: 'CREATE EVENT TRIGGER',
  CreatePLangStmt: 'CREATE LANGUAGE',
  CreateCastStmt: 'CREATE CAST',
  CreatePublicationStmt: 'CREATE PUBLICATION',
  CreateRoleStmt: 'CREATE ROLE',
  AlterDatabaseStmt: 'ALTER DATABASE',
  AlterDatabaseSetStmt: 'ALTER DATABASE',
};

export const tenantSharedObject = defineRule({
  id: 'tenant-shared-object',
  severity: 'warning',
  description:
    'With lint.tenancy "schema": tenant migrations create no object shared by the whole database (CREATE EXTENSION, CREATE CAST, CREATE ROLE...), and no type in a shared schema.',
  docs: {
    rationale:
      'In a schema-per-tenant fleet all tenants share one database. An extension, a cast, a role or a language exists once per database (or server): the first tenant\'s migration creates it, in that tenant\'s schema if the extension is relocatable, and every other tenant then depends on one tenant\'s schema (drop that tenant and the others break). Create such objects in a master (or both/) migration, once, in a shared schema. Only checked when tenant-migrate.config.json says "lint": { "tenancy": "schema" }.',
    config: { lint: { tenancy: 'schema' } },
    flagged: 'CREATE EXTENSION IF NOT EXISTS pg_trgm;',
    fixed: '-- in migrations/master/: CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA extensions;\nSELECT 1;',
  },
  messages: {
    shared: {
      message:
        '{{what}} in a tenant migration of a schema-per-tenant fleet: it makes one object for the whole database, created by the first tenant to run it',
      hint: 'move it to a master (or both/) migration that creates it once, in a shared schema',
    },
    sharedType: {
      message:
        'CREATE TYPE {{name}} in schema {{schema}} from a tenant migration: every tenant shares that one type, made by the first tenant to run it',
      hint: 'create the type without a schema (one per tenant schema), or once in a master migration',
    },
  },
  check(context) {
    if (context.settings.tenancy !== 'schema' || context.migration.scope === 'master') return;
    for (const { type, body, statement } of nodesOf(context, 'up')) {
      const what = DATABASE_WIDE[type];
      if (what) {
        context.report({ messageId: 'shared', data: { what }, at: { statement } });
        continue;
      }
      if (type === 'CompositeTypeStmt' || type === 'CreateEnumStmt' || type === 'CreateDomainStmt' || type === 'DefineStmt') {
        const names =
          ((body.typevar as { schemaname?: string; relname?: string } | undefined)?.schemaname
            ? [(body.typevar as { schemaname: string }).schemaname, String((body.typevar as { relname?: string }).relname)]
            : ((body.typeName ?? body.domainname ?? body.defnames) as Array<{ String?: { sval?: string } }> | undefined)?.map((part) =>
                String(part.String?.sval ?? ''),
              )) ?? [];
        if (names.length < 2 || (type === 'DefineStmt' && body.kind !== 'OBJECT_TYPE')) continue;
        context.report({
          messageId: 'sharedType',
          data: { name: sqlName(names[names.length - 1]), schema: sqlName(names[names.length - 2]) },
          at: { statement },
        });
      }
    }
  },
});
