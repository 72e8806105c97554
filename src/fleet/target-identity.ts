/**
 * A target is the ledger it writes: the server (host and port), the database and the ledger's
 * schema. Two tenant rows that spell one ledger differently (`schema` NULL and `schema =
 * 'public'` on one database; the same database as `database_url` and as `database`; another user
 * or `sslmode` in the URL) are one target: run twice, they would apply each migration twice and
 * roll back two steps. Pure: read from the URLs and rows, before anything connects.
 */
import { TenantMigrateError } from '../errors.js';
import type { Target } from './types.js';

/** Where a target's ledger lands when its row names no schema: the tables are created schema-qualified, in `public`. */
export const DEFAULT_LEDGER_SCHEMA = 'public';

export interface LedgerIdentity {
  /** `host:port`, host lower-cased, the loopback names as one. */
  server: string;
  database: string;
  /** The ledger's schema, resolved: a NULL or empty schema is `public`. */
  schema: string;
}

/** The schema the target's ledger is in. */
export function ledgerSchema(target: Pick<Target, 'schema'>): string {
  const schema = target.schema?.trim();
  return schema ? schema : DEFAULT_LEDGER_SCHEMA;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/** The target's ledger, or undefined when its URL does not parse (such a target fails on its own). */
export function ledgerIdentity(target: Pick<Target, 'url' | 'schema'>): LedgerIdentity | undefined {
  let parsed: URL;
  try {
    parsed = new URL(target.url);
  } catch {
    return undefined;
  }
  const rawHost = (parsed.searchParams.get('host') || parsed.hostname).toLowerCase();
  const host = LOOPBACK.has(rawHost) ? 'localhost' : rawHost.replace(/^\[(.*)\]$/, '$1');
  const port = parsed.searchParams.get('port') || parsed.port || '5432';
  const user = safeDecode(parsed.username) || parsed.searchParams.get('user') || '';
  // libpq's default database is the user's name.
  const database = safeDecode(parsed.pathname.replace(/^\//, '')) || parsed.searchParams.get('dbname') || user || 'postgres';
  return { server: `${host}:${port}`, database, schema: ledgerSchema(target) };
}

export function identityKey(identity: LedgerIdentity): string {
  return JSON.stringify([identity.server, identity.database, identity.schema]);
}

/** `"public"._migration_versions in database app on db:5432`, for messages. */
export function describeLedger(identity: LedgerIdentity): string {
  return `${identity.schema}._migration_versions in database ${identity.database} on ${identity.server}`;
}

/** How a row says where its ledger is, for messages: `schema public`, `no schema`. */
function placeOf(target: Target): string {
  return target.schema?.trim() ? `schema ${target.schema}` : 'no schema';
}

/** Maps a `host:port` to the name of the server it reaches (another spelling of one server gives the same). */
export type ServerOf = (server: string) => string;

/**
 * Refuses tenants that share a ledger with each other or with the master, naming both rows.
 * Targets whose URL does not parse are left to fail on their own. `serverOf` says which host
 * names are one server (server-aliases.ts resolves them); by default a host is only itself.
 */
export function refuseSharedLedgers(tenants: readonly Target[], masterUrl: string, serverOf: ServerOf = (server) => server): void {
  const master = ledgerIdentity({ url: masterUrl });
  const keyOf = (identity: LedgerIdentity) => identityKey({ ...identity, server: serverOf(identity.server) });
  const seen = new Map<string, { tenant: Target; identity: LedgerIdentity }>();
  for (const tenant of tenants) {
    if (tenant.invalid) continue;
    const identity = ledgerIdentity(tenant);
    if (!identity) continue;
    const key = keyOf(identity);
    if (master && key === keyOf(master)) {
      throw new TenantMigrateError(
        'TENANT_IS_MASTER',
        `tenant ${tenant.name} (${placeOf(tenant)}) resolves to the master's own ledger, ${describeLedger(identity)}${aliasNote(identity, master)}: its migrations would run on the master`,
        {
          hint: "point the tenant's row at its own database (database_url or database) or its own schema; nothing was run",
        },
      );
    }
    const seenFirst = seen.get(key);
    if (seenFirst) {
      const first = seenFirst.tenant;
      throw new TenantMigrateError(
        'TENANTS_SAME_LEDGER',
        `tenants ${first.name} (${placeOf(first)}) and ${tenant.name} (${placeOf(tenant)}) resolve to one ledger, ${describeLedger(seenFirst.identity)}${aliasNote(identity, seenFirst.identity)}: each migration would run twice`,
        {
          hint: 'keep one of the two rows (or give each its own database or schema); a NULL schema means public. Nothing was run',
        },
      );
    }
    seen.set(key, { tenant, identity });
  }
}

/** ` (vm:5432 is the same server: both names resolve to one address)` when the two rows name the server differently. */
function aliasNote(identity: LedgerIdentity, other: LedgerIdentity): string {
  return identity.server === other.server ? '' : ` (${identity.server} is the same server: both host names resolve to one address)`;
}

/**
 * The servers worth resolving: only two host names whose ledgers would otherwise be the same
 * (same port, database and schema) can alias one ledger, so a fleet of distinct databases asks
 * DNS nothing. Pure.
 */
export function serversToResolve(targets: ReadonlyArray<Pick<Target, 'url' | 'schema' | 'invalid'>>): string[] {
  const hostsOf = new Map<string, Set<string>>();
  for (const target of targets) {
    if (target.invalid) continue;
    const identity = ledgerIdentity(target);
    if (!identity) continue;
    const port = identity.server.slice(identity.server.lastIndexOf(':') + 1);
    const key = JSON.stringify([port, identity.database, identity.schema]);
    const hosts = hostsOf.get(key) ?? new Set<string>();
    hosts.add(identity.server);
    hostsOf.set(key, hosts);
  }
  const servers = new Set<string>();
  for (const hosts of hostsOf.values()) if (hosts.size > 1) for (const server of hosts) servers.add(server);
  return [...servers];
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
