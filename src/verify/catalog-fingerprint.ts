/**
 * A catalog fingerprint: every schema object of the user's schemas, each with a definition text
 * that changes when the object changes, and no OIDs, so two fingerprints of different databases
 * (or of one database before and after a DOWN) compare by plain equality. Taken from the
 * catalogs with pg_get_*def, which print objects the way pg_dump would.
 */
import type pg from 'pg';

export type CatalogObjectKind =
  | 'schema'
  | 'extension'
  | 'table'
  | 'column'
  | 'constraint'
  | 'index'
  | 'sequence'
  | 'view'
  | 'materialized view'
  | 'function'
  | 'type'
  | 'trigger'
  | 'policy'
  | 'rule'
  | 'statistics'
  | 'collation'
  | PropertyKind;

/**
 * What can change about an object without the object itself changing. Each becomes an entry of
 * its own, named after its object (`owner` of `table users`), so a DOWN that forgets to undo a
 * GRANT or a COMMENT is reported as exactly that.
 */
export type PropertyKind = 'owner' | 'privileges' | 'comment' | 'storage parameters' | 'replica identity';

export interface CatalogObject {
  kind: CatalogObjectKind;
  /** Schema-qualified name as people write it; `public.` is left out. Columns are `table.column`. */
  name: string;
  definition: string;
  /** The table or type this object belongs to, as `kind name`: its difference is implied by the parent's. */
  parent?: string;
}

/** Objects by `kind name`. */
export type Fingerprint = Record<string, CatalogObject>;

export function objectKey(object: Pick<CatalogObject, 'kind' | 'name'>): string {
  return `${object.kind} ${object.name}`;
}

/** Schemas a migration cannot own: PostgreSQL's own and the ones extensions keep to themselves. */
const USER_SCHEMAS = `n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND n.nspname NOT LIKE 'pg_temp_%' AND n.nspname NOT LIKE 'pg_toast_temp_%'`;

/** Objects that belong to an extension come and go with it: listing them would only repeat the extension. */
const notFromExtension = (catalog: string, oid: string) =>
  `NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = '${catalog}'::regclass AND d.objid = ${oid} AND d.deptype = 'e')`;

const qualified = (schema: string, name: string) => `CASE WHEN ${schema} = 'public' THEN '' ELSE ${schema} || '.' END || ${name}`;

/** The fingerprint's word for a pg_class entry, so a property or a column names its object as the object's own entry does. */
const relationKind = (relkind: string) =>
  `CASE ${relkind} WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' WHEN 'S' THEN 'sequence' WHEN 'i' THEN 'index' WHEN 'I' THEN 'index'
     WHEN 'c' THEN 'type' ELSE 'table' END`;

/**
 * An ACL as sorted `PRIVILEGE to role` items, with role names, PUBLIC, and `owner` for whoever owns
 * the object (so a change of owner is one difference, not also one of privileges). A NULL ACL
 * means the defaults, which are spelled out, so GRANT then REVOKE compares equal to never granting.
 */
const grants = (acl: string, owner: string) =>
  `(SELECT coalesce(string_agg(DISTINCT item, ', ' ORDER BY item), 'none')
    FROM (SELECT g.privilege_type || ' to '
                 || CASE WHEN g.grantee = 0 THEN 'PUBLIC' WHEN g.grantee = ${owner} THEN 'owner' ELSE pg_get_userbyid(g.grantee) END
                 || CASE WHEN g.is_grantable THEN ' with grant option' ELSE '' END AS item
          FROM aclexplode(${acl}) AS g) AS items)`;

/** COMMENT ON, read with an index lookup: obj_description() runs a query of its own for every row. */
const description = (catalog: string, oid: string, subid = '0') =>
  `(SELECT d.description FROM pg_description d WHERE d.classoid = '${catalog}'::regclass AND d.objoid = ${oid} AND d.objsubid = ${subid})`;

/** A property column: the non-null values become entries of their own (see PropertyKind). */
const properties = (entries: Partial<Record<PropertyKind, string>>) =>
  `jsonb_strip_nulls(jsonb_build_object(${Object.entries(entries)
    .map(([kind, value]) => `'${kind}', ${value}`)
    .join(', ')}))`;

/** Each query gives `name`, `definition`, `parent` and, when it has any, `properties` (see `properties()`). */
/** Views and materialized views: the table's properties but replica identity, which they do not have. */
const RELATION_PROPERTIES = properties({
  owner: 'pg_get_userbyid(c.relowner)',
  privileges: grants(`coalesce(c.relacl, acldefault('r', c.relowner))`, 'c.relowner'),
  comment: description('pg_class', 'c.oid'),
  'storage parameters': "array_to_string(c.reloptions, ', ')",
});

const QUERIES: Array<{ kind: CatalogObjectKind; sql: string }> = [
  {
    kind: 'schema',
    sql: `SELECT n.nspname AS name, '' AS definition, NULL AS parent,
                 ${properties({
                   owner: 'pg_get_userbyid(n.nspowner)',
                   privileges: grants(`coalesce(n.nspacl, acldefault('n', n.nspowner))`, 'n.nspowner'),
                   comment: description('pg_namespace', 'n.oid'),
                 })} AS properties
          FROM pg_namespace n WHERE ${USER_SCHEMAS} AND ${notFromExtension('pg_namespace', 'n.oid')}`,
  },
  {
    kind: 'extension',
    sql: `SELECT e.extname AS name, e.extversion || ' in ' || n.nspname AS definition, NULL AS parent,
                 ${properties({ comment: description('pg_extension', 'e.oid') })} AS properties
          FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname <> 'plpgsql'`,
  },
  {
    kind: 'table',
    sql: `SELECT ${qualified('n.nspname', 'c.relname')} AS name,
                 CASE c.relkind WHEN 'p' THEN 'partitioned ' WHEN 'f' THEN 'foreign ' ELSE '' END
                 || CASE c.relpersistence WHEN 'u' THEN 'unlogged ' ELSE '' END || 'table'
                 || CASE WHEN c.relispartition THEN ' partition ' || pg_get_expr(c.relpartbound, c.oid) ELSE '' END
                 || coalesce(' inherits ' || (SELECT string_agg(${qualified('pn.nspname', 'pc.relname')}, ', ' ORDER BY i.inhseqno)
                                              FROM pg_inherits i JOIN pg_class pc ON pc.oid = i.inhparent
                                              JOIN pg_namespace pn ON pn.oid = pc.relnamespace
                                              WHERE i.inhrelid = c.oid AND NOT c.relispartition), '')
                 || CASE WHEN c.relrowsecurity AND c.relforcerowsecurity THEN ' with row level security, forced for the owner too'
                         WHEN c.relrowsecurity THEN ' with row level security'
                         WHEN c.relforcerowsecurity THEN ' with row level security forced for the owner but not enabled'
                         ELSE '' END AS definition,
                 NULL AS parent,
                 ${properties({
                   owner: 'pg_get_userbyid(c.relowner)',
                   privileges: grants(`coalesce(c.relacl, acldefault('r', c.relowner))`, 'c.relowner'),
                   comment: description('pg_class', 'c.oid'),
                   'storage parameters': "array_to_string(c.reloptions, ', ')",
                   'replica identity': `CASE c.relreplident WHEN 'f' THEN 'full' WHEN 'n' THEN 'nothing'
                     WHEN 'i' THEN 'using index ' || coalesce((SELECT ric.relname FROM pg_index ri JOIN pg_class ric ON ric.oid = ri.indexrelid
                                                             WHERE ri.indrelid = c.oid AND ri.indisreplident), '(dropped)') END`,
                 })} AS properties
          FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE c.relkind IN ('r', 'p', 'f') AND ${USER_SCHEMAS} AND ${notFromExtension('pg_class', 'c.oid')}`,
  },
  {
    kind: 'column',
    sql: `SELECT ${qualified('n.nspname', 'c.relname')} || '.' || a.attname AS name,
                 format_type(a.atttypid, a.atttypmod)
                 || CASE WHEN a.attcollation <> t.typcollation AND a.attcollation <> 0 THEN ' collate ' || co.collname ELSE '' END
                 || CASE WHEN a.attnotnull THEN ' not null' ELSE ' null' END
                 || CASE WHEN a.attidentity = 'a' THEN ' generated always as identity'
                         WHEN a.attidentity = 'd' THEN ' generated by default as identity' ELSE '' END
                 || CASE WHEN a.attgenerated = 's' THEN ' generated always as (' || pg_get_expr(ad.adbin, ad.adrelid) || ') stored'
                         WHEN ad.adbin IS NOT NULL THEN ' default ' || pg_get_expr(ad.adbin, ad.adrelid) ELSE '' END
                 -- ALTER COLUMN SET STATISTICS / SET STORAGE: -1 (up to PostgreSQL 16) or NULL (17+) is the default.
                 || CASE WHEN coalesce(a.attstattarget, -1) >= 0 THEN ' statistics ' || a.attstattarget ELSE '' END
                 || CASE WHEN a.attstorage <> t.typstorage
                         THEN ' storage ' || CASE a.attstorage WHEN 'p' THEN 'plain' WHEN 'e' THEN 'external' WHEN 'm' THEN 'main' ELSE 'extended' END
                         ELSE '' END AS definition,
                 'table ' || ${qualified('n.nspname', 'c.relname')} AS parent,
                 ${properties({
                   // Column privileges exist only where granted: no entry means none.
                   privileges: `CASE WHEN cardinality(a.attacl) > 0 THEN ${grants('a.attacl', 'c.relowner')} END`,
                   comment: description('pg_class', 'c.oid', 'a.attnum'),
                 })} AS properties
          FROM pg_attribute a
          JOIN pg_class c ON c.oid = a.attrelid
          JOIN pg_namespace n ON n.oid = c.relnamespace
          JOIN pg_type t ON t.oid = a.atttypid
          LEFT JOIN pg_collation co ON co.oid = a.attcollation
          LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
          WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'f')
            AND ${USER_SCHEMAS} AND ${notFromExtension('pg_class', 'c.oid')}`,
  },
  {
    kind: 'constraint',
    sql: `SELECT ${qualified('n.nspname', 'c.relname')} || '.' || con.conname AS name,
                 pg_get_constraintdef(con.oid) || CASE WHEN con.convalidated THEN '' ELSE ' (not validated)' END AS definition,
                 'table ' || ${qualified('n.nspname', 'c.relname')} AS parent,
                 ${properties({ comment: description('pg_constraint', 'con.oid') })} AS properties
          FROM pg_constraint con
          JOIN pg_class c ON c.oid = con.conrelid
          JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE ${USER_SCHEMAS} AND ${notFromExtension('pg_class', 'c.oid')}
          UNION ALL
          SELECT ${qualified('n.nspname', 't.typname')} || '.' || con.conname, pg_get_constraintdef(con.oid), 'type ' || ${qualified('n.nspname', 't.typname')},
                 ${properties({ comment: description('pg_constraint', 'con.oid') })}
          FROM pg_constraint con
          JOIN pg_type t ON t.oid = con.contypid
          JOIN pg_namespace n ON n.oid = t.typnamespace
          WHERE ${USER_SCHEMAS} AND ${notFromExtension('pg_type', 't.oid')}`,
  },
  {
    kind: 'index',
    sql: `SELECT ${qualified('n.nspname', 'ic.relname')} AS name,
                 pg_get_indexdef(i.indexrelid) || CASE WHEN i.indisvalid THEN '' ELSE ' (invalid)' END AS definition,
                 ${relationKind('tc.relkind')} || ' ' || ${qualified('tn.nspname', 'tc.relname')} AS parent,
                 ${properties({ comment: description('pg_class', 'i.indexrelid') })} AS properties
          FROM pg_index i
          JOIN pg_class ic ON ic.oid = i.indexrelid
          JOIN pg_namespace n ON n.oid = ic.relnamespace
          JOIN pg_class tc ON tc.oid = i.indrelid
          JOIN pg_namespace tn ON tn.oid = tc.relnamespace
          WHERE ${USER_SCHEMAS} AND tc.relkind IN ('r', 'p', 'm', 'f') AND ${notFromExtension('pg_class', 'tc.oid')}`,
  },
  {
    kind: 'sequence',
    sql: `SELECT ${qualified('n.nspname', 'c.relname')} AS name,
                 format_type(s.seqtypid, NULL) || ' start ' || s.seqstart || ' increment ' || s.seqincrement
                 || ' min ' || s.seqmin || ' max ' || s.seqmax || CASE WHEN s.seqcycle THEN ' cycle' ELSE '' END
                 -- OWNED BY (a serial column's, or ALTER SEQUENCE ... OWNED BY); an identity column's sequence is internal.
                 || CASE WHEN owned.deptype = 'a' THEN ' owned by ' || ${qualified('owner_ns.nspname', 'owner.relname')} || '.' || owner_column.attname
                         ELSE '' END AS definition,
                 'table ' || ${qualified('owner_ns.nspname', 'owner.relname')} AS parent,
                 ${properties({
                   owner: 'pg_get_userbyid(c.relowner)',
                   privileges: grants(`coalesce(c.relacl, acldefault('s', c.relowner))`, 'c.relowner'),
                   comment: description('pg_class', 'c.oid'),
                 })} AS properties
          FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid JOIN pg_namespace n ON n.oid = c.relnamespace
          -- A serial or identity column's sequence lives and dies with its table.
          LEFT JOIN pg_depend owned ON owned.classid = 'pg_class'::regclass AND owned.objid = c.oid
                                   AND owned.refclassid = 'pg_class'::regclass AND owned.deptype IN ('a', 'i')
          LEFT JOIN pg_class owner ON owner.oid = owned.refobjid
          LEFT JOIN pg_namespace owner_ns ON owner_ns.oid = owner.relnamespace
          LEFT JOIN pg_attribute owner_column ON owner_column.attrelid = owned.refobjid AND owner_column.attnum = owned.refobjsubid
          WHERE ${USER_SCHEMAS} AND ${notFromExtension('pg_class', 'c.oid')}`,
  },
  {
    kind: 'view',
    sql: `SELECT ${qualified('n.nspname', 'c.relname')} AS name, pg_get_viewdef(c.oid) AS definition, NULL AS parent,
                 ${RELATION_PROPERTIES} AS properties
          FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE c.relkind = 'v' AND ${USER_SCHEMAS} AND ${notFromExtension('pg_class', 'c.oid')}`,
  },
  {
    kind: 'materialized view',
    sql: `SELECT ${qualified('n.nspname', 'c.relname')} AS name, pg_get_viewdef(c.oid) AS definition, NULL AS parent,
                 ${RELATION_PROPERTIES} AS properties
          FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE c.relkind = 'm' AND ${USER_SCHEMAS} AND ${notFromExtension('pg_class', 'c.oid')}`,
  },
  {
    kind: 'function',
    // Overloads differ by their arguments, so the arguments are part of the name.
    sql: `SELECT ${qualified('n.nspname', 'p.proname')} || '(' || pg_get_function_identity_arguments(p.oid) || ')' AS name,
                 CASE WHEN p.prokind IN ('f', 'p') THEN pg_get_functiondef(p.oid)
                      ELSE p.prokind::text || ' returns ' || format_type(p.prorettype, NULL) END AS definition,
                 NULL AS parent,
                 ${properties({
                   owner: 'pg_get_userbyid(p.proowner)',
                   privileges: grants(`coalesce(p.proacl, acldefault('f', p.proowner))`, 'p.proowner'),
                   comment: description('pg_proc', 'p.oid'),
                 })} AS properties
          FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
          WHERE ${USER_SCHEMAS} AND ${notFromExtension('pg_proc', 'p.oid')}`,
  },
  {
    kind: 'type',
    sql: `SELECT ${qualified('n.nspname', 't.typname')} AS name,
                 CASE t.typtype
                   WHEN 'e' THEN 'enum (' || (SELECT string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid) || ')'
                   WHEN 'd' THEN 'domain over ' || format_type(t.typbasetype, t.typtypmod) || CASE WHEN t.typnotnull THEN ' not null' ELSE '' END
                                 || coalesce(' default ' || t.typdefault, '')
                   WHEN 'c' THEN 'composite (' || (SELECT string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod), ', ' ORDER BY a.attnum)
                                                   FROM pg_attribute a WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped) || ')'
                   WHEN 'r' THEN 'range of ' || (SELECT format_type(r.rngsubtype, NULL) FROM pg_range r WHERE r.rngtypid = t.oid)
                   WHEN 'm' THEN 'multirange'
                   ELSE 'base type' END AS definition,
                 NULL AS parent,
                 ${properties({
                   owner: 'pg_get_userbyid(t.typowner)',
                   privileges: grants(`coalesce(t.typacl, acldefault('T', t.typowner))`, 't.typowner'),
                   comment: description('pg_type', 't.oid'),
                 })} AS properties
          FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
          LEFT JOIN pg_class c ON c.oid = t.typrelid
          WHERE ${USER_SCHEMAS} AND ${notFromExtension('pg_type', 't.oid')}
            AND NOT EXISTS (SELECT 1 FROM pg_type element WHERE element.typarray = t.oid)
            AND (t.typrelid = 0 OR c.relkind = 'c') AND t.typtype <> 'm'`,
  },
  {
    kind: 'trigger',
    sql: `SELECT ${qualified('n.nspname', 'c.relname')} || '.' || tg.tgname AS name,
                 pg_get_triggerdef(tg.oid) || ${enabledState('tg.tgenabled')} AS definition,
                 ${relationKind('c.relkind')} || ' ' || ${qualified('n.nspname', 'c.relname')} AS parent,
                 ${properties({ comment: description('pg_trigger', 'tg.oid') })} AS properties
          FROM pg_trigger tg JOIN pg_class c ON c.oid = tg.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE NOT tg.tgisinternal AND ${USER_SCHEMAS}`,
  },
  {
    kind: 'policy',
    sql: `SELECT ${qualified('n.nspname', 'c.relname')} || '.' || p.polname AS name,
                 'as ' || CASE WHEN p.polpermissive THEN 'permissive' ELSE 'restrictive' END
                 || ' for ' || CASE p.polcmd WHEN 'r' THEN 'SELECT' WHEN 'a' THEN 'INSERT' WHEN 'w' THEN 'UPDATE' WHEN 'd' THEN 'DELETE' ELSE 'ALL' END
                 || ' to ' || (SELECT string_agg(role, ', ' ORDER BY role)
                               FROM (SELECT CASE WHEN r = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(r) END AS role FROM unnest(p.polroles) AS r) AS roles)
                 || coalesce(' using ' || pg_get_expr(p.polqual, p.polrelid), '')
                 || coalesce(' with check ' || pg_get_expr(p.polwithcheck, p.polrelid), '') AS definition,
                 'table ' || ${qualified('n.nspname', 'c.relname')} AS parent,
                 ${properties({ comment: description('pg_policy', 'p.oid') })} AS properties
          FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE ${USER_SCHEMAS}`,
  },
  {
    kind: 'rule',
    // A view's own _RETURN rule is the view: only the rules CREATE RULE adds.
    sql: `SELECT ${qualified('n.nspname', 'c.relname')} || '.' || r.rulename AS name,
                 pg_get_ruledef(r.oid) || ${enabledState('r.ev_enabled')} AS definition,
                 ${relationKind('c.relkind')} || ' ' || ${qualified('n.nspname', 'c.relname')} AS parent,
                 ${properties({ comment: description('pg_rewrite', 'r.oid') })} AS properties
          FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE r.rulename <> '_RETURN' AND ${USER_SCHEMAS} AND ${notFromExtension('pg_class', 'c.oid')}`,
  },
  {
    kind: 'statistics',
    // stxstattarget (ALTER STATISTICS ... SET STATISTICS) read through jsonb: its type and default changed in PostgreSQL 17.
    sql: `SELECT ${qualified('n.nspname', 's.stxname')} AS name,
                 pg_get_statisticsobjdef(s.oid)
                 || CASE WHEN coalesce((to_jsonb(s) ->> 'stxstattarget')::int, -1) >= 0 THEN ' statistics ' || (to_jsonb(s) ->> 'stxstattarget') ELSE '' END
                 AS definition,
                 ${relationKind('c.relkind')} || ' ' || ${qualified('cn.nspname', 'c.relname')} AS parent,
                 ${properties({ owner: 'pg_get_userbyid(s.stxowner)', comment: description('pg_statistic_ext', 's.oid') })} AS properties
          FROM pg_statistic_ext s JOIN pg_namespace n ON n.oid = s.stxnamespace
          JOIN pg_class c ON c.oid = s.stxrelid JOIN pg_namespace cn ON cn.oid = c.relnamespace
          WHERE ${USER_SCHEMAS} AND ${notFromExtension('pg_statistic_ext', 's.oid')}`,
  },
  {
    kind: 'collation',
    // The locale's column is colliculocale in PostgreSQL 15-16 and colllocale from 17: read through jsonb.
    sql: `SELECT ${qualified('n.nspname', 'co.collname')} AS name,
                 CASE co.collprovider WHEN 'i' THEN 'icu' WHEN 'c' THEN 'libc' WHEN 'b' THEN 'builtin' ELSE 'default' END
                 || ' ' || coalesce(to_jsonb(co) ->> 'colllocale', to_jsonb(co) ->> 'colliculocale', co.collcollate, '')
                 || CASE WHEN co.collcollate IS DISTINCT FROM co.collctype THEN ' ctype ' || coalesce(co.collctype, '') ELSE '' END
                 || CASE WHEN co.collisdeterministic THEN '' ELSE ' nondeterministic' END AS definition,
                 NULL AS parent,
                 ${properties({ owner: 'pg_get_userbyid(co.collowner)', comment: description('pg_collation', 'co.oid') })} AS properties
          FROM pg_collation co JOIN pg_namespace n ON n.oid = co.collnamespace
          WHERE ${USER_SCHEMAS} AND ${notFromExtension('pg_collation', 'co.oid')}`,
  },
];

/** One round trip: every query's rows tagged with their kind. */
const FINGERPRINT_SQL = QUERIES.map(
  ({ kind, sql }) =>
    `SELECT '${kind}' AS kind, name, definition, parent, ${/ AS properties\b/.test(sql) ? 'properties' : 'NULL::jsonb'} AS properties FROM (${sql}) AS q`,
).join('\nUNION ALL\n');

export async function takeFingerprint(client: pg.ClientBase): Promise<Fingerprint> {
  const result = await client.query<{
    kind: CatalogObjectKind;
    name: string;
    definition: string | null;
    parent: string | null;
    properties: Partial<Record<PropertyKind, string>> | null;
  }>(FINGERPRINT_SQL);
  const fingerprint: Fingerprint = {};
  for (const row of result.rows) {
    const object: CatalogObject = { kind: row.kind, name: row.name, definition: row.definition ?? '' };
    if (row.parent) object.parent = row.parent;
    const key = objectKey(object);
    fingerprint[key] = object;
    for (const [kind, value] of Object.entries(row.properties ?? {}) as Array<[PropertyKind, string]>) {
      const property: CatalogObject = { kind, name: key, definition: value, parent: key };
      fingerprint[objectKey(property)] = property;
    }
  }
  return fingerprint;
}

/** `ALTER TABLE ... DISABLE / ENABLE REPLICA / ENABLE ALWAYS` for a trigger or a rule; 'O' is the default. */
function enabledState(column: string): string {
  return `CASE ${column} WHEN 'D' THEN ' (disabled)' WHEN 'R' THEN ' (enabled on replica only)' WHEN 'A' THEN ' (enabled always)' ELSE '' END`;
}
