/**
 * Where a new tenant lives, from its name: the database or schema name derived from it, checked
 * the same way whether derived or given. Pure.
 */
import { createHash } from 'node:crypto';
import { TenantMigrateError } from '../errors.js';
import { text } from '../messages.js';

/** PostgreSQL cuts identifiers at 63 bytes (NAMEDATALEN - 1): a longer name would silently become another. */
const MAX_IDENTIFIER_BYTES = 63;
/** Databases and schemas that are never a tenant's. */
const RESERVED = new Set(['postgres', 'template0', 'template1', 'public', 'information_schema']);

/**
 * `Acme Corp.` -> `acme_corp`: lower case, runs of anything but letters, digits and `_` become one
 * `_`, a leading digit gets `t_` in front. Too long: cut, with a hash of the whole name appended
 * so two long names that share a beginning do not meet.
 */
export function identifierFor(tenantName: string): string {
  let slug = tenantName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (slug === '') slug = 'tenant';
  if (/^[0-9]/.test(slug)) slug = `t_${slug}`;
  if (RESERVED.has(slug) || slug.startsWith('pg_')) slug = `tenant_${slug}`;
  if (slug.length > MAX_IDENTIFIER_BYTES) {
    const hash = createHash('sha256').update(tenantName).digest('hex').slice(0, 8);
    slug = `${slug.slice(0, MAX_IDENTIFIER_BYTES - 9).replace(/_+$/, '')}_${hash}`;
  }
  return slug;
}

/**
 * A database or schema name given for the tenant (the database or schema option): letters, digits, `_` and `-`,
 * starting with a letter or `_`, at most 63 bytes, not one of PostgreSQL's own.
 */
export function checkPlaceName(name: string, option: 'database' | 'schema'): string {
  const problem = !/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name)
    ? 'use letters, digits, _ and -, starting with a letter or _'
    : Buffer.byteLength(name) > MAX_IDENTIFIER_BYTES
      ? `it is longer than ${MAX_IDENTIFIER_BYTES} bytes, where PostgreSQL cuts names`
      : RESERVED.has(name.toLowerCase()) || name.toLowerCase().startsWith('pg_')
        ? 'it is a name PostgreSQL keeps for itself'
        : undefined;
  if (problem) {
    throw new TenantMigrateError(
      'BAD_OPTION',
      text('tenant.place-name', '{option} {name} is not a usable name: {problem}', {
        option,
        values: { name: JSON.stringify(name), problem },
      }),
    );
  }
  return name;
}

/** A tenant name: what the tenants row, reports, --tenant and --shard go by. */
export function checkTenantName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '' || trimmed !== name || /[\u0000-\u001f]/.test(name)) {
    throw new TenantMigrateError(
      'BAD_OPTION',
      `the tenant name ${JSON.stringify(name)} is empty or has surrounding spaces or control characters`,
    );
  }
  return name;
}

/** The template database's default name: beside the master, named after it. */
export function defaultTemplateDatabase(masterDatabase: string): string {
  const name = `${masterDatabase}_tenant_template`;
  return Buffer.byteLength(name) <= MAX_IDENTIFIER_BYTES ? name : `${identifierFor(masterDatabase).slice(0, 40)}_tenant_template`;
}
