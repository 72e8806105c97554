/**
 * Tenant discovery: the master's `tenants` rows (or the rows of --tenants-query) as targets.
 * A row needs a name and a place: a `database_url`, a `database` on the master's server, or a
 * `schema` in the master's database (schema-per-tenant). Other column spellings that existing
 * tables use are accepted; a custom query can alias any table to these names.
 *
 * The default query reads every row and leaves out the ones that clearly say they are inactive;
 * the rows of --tenants-query are taken as they are (the query says which tenants it wants).
 */

import type pg from 'pg';
import { checkDatabaseUrl, maskUrl, passwordsIn, scrubSecrets, withDatabase } from '../db/connection-url.js';
import { describeLockHolders, readLockHolders } from '../db/lock-holders.js';
import { inReadOnlyTransaction } from '../db/read-only-transaction.js';
import type { Session } from '../db/session.js';
import { TenantMigrateError } from '../errors.js';
import { text } from '../messages.js';
import { retryOnLockTimeout } from './lock-retries.js';
import { openMasterSession } from './master-connection.js';
import { DEFAULT_TENANTS_QUERY, type ResolvedFleetOptions } from './options.js';
import { serverAliases } from './server-aliases.js';
import { inShard } from './shard.js';
import { refuseSharedLedgers, type ServerOf } from './target-identity.js';
import { tablesOfQuery } from './tenants-table-guard.js';
import type { Target } from './types.js';

export { DEFAULT_TENANTS_QUERY };

export const NAME_COLUMNS = ['name', 'tenant', 'tenant_name', 'slug', 'id'];
export const URL_COLUMNS = ['database_url', 'db_url', 'connection_string', 'dsn'];
/** A column named just `url` is often the tenant's web address: it counts only when it holds a PostgreSQL URL. */
export const LOOSE_URL_COLUMNS = ['url'];
/** `status` values that clearly say a tenant is not in service; any other value (trial, past_due...) is kept. */
const INACTIVE_STATUSES = new Set(['inactive', 'disabled', 'suspended', 'deleted', 'archived', 'cancelled', 'canceled']);
export const DATABASE_COLUMNS = ['database', 'database_name', 'db_name'];
export const SCHEMA_COLUMNS = ['schema', 'schema_name'];
/** Boolean columns that say whether a tenant is in service. */
export const ACTIVE_COLUMNS = ['active', 'is_active', 'enabled'];

export type Row = Record<string, unknown>;

function firstValue(row: Row, columns: readonly string[]): string | undefined {
  for (const column of columns) {
    const value = row[column];
    if (value !== null && value !== undefined && String(value).trim() !== '') return String(value).trim();
  }
  return undefined;
}

/**
 * False for a row that clearly says it is inactive: `active`/`is_active`/`enabled` false, a
 * `status` such as inactive, suspended or deleted, or `deleted_at` set. Applied to the default
 * query's rows only.
 */
export function isActiveRow(row: Row): boolean {
  for (const column of ACTIVE_COLUMNS) {
    if (column in row && row[column] !== null) return row[column] === true || row[column] === 't' || row[column] === 1;
  }
  if ('status' in row && typeof row.status === 'string' && INACTIVE_STATUSES.has(row.status.trim().toLowerCase())) return false;
  if ('deleted_at' in row && row.deleted_at !== null && row.deleted_at !== undefined) return false;
  return true;
}

/** The rows to use and how many were left out as inactive. Pure. */
export function activeRows(rows: readonly Row[]): { rows: Row[]; inactive: number } {
  const kept = rows.filter(isActiveRow);
  return { rows: kept, inactive: rows.length - kept.length };
}

function databaseUrlOf(row: Row): string | undefined {
  const strict = firstValue(row, URL_COLUMNS);
  if (strict) return strict;
  const loose = firstValue(row, LOOSE_URL_COLUMNS);
  return loose && /^postgres(ql)?:\/\//i.test(loose) ? loose : undefined;
}

/**
 * Rows -> targets, every row taken (filter with `activeRows` first for the default query).
 * Pure: the master URL is the base for `database` and `schema` rows, and the ledger no tenant may
 * share. Rows that resolve to one ledger are refused (TENANTS_SAME_LEDGER, TENANT_IS_MASTER).
 */
export function tenantsFromRows(rows: readonly Row[], masterUrl: string): Target[] {
  const targets: Target[] = [];
  const seen = new Set<string>();
  for (const [index, row] of rows.entries()) {
    const name = firstValue(row, NAME_COLUMNS);
    if (!name) {
      throw new TenantMigrateError('TENANTS_BAD_ROW', `tenant row ${index + 1} has no name (columns: ${Object.keys(row).join(', ')})`, {
        hint: text(
          'tenants.name-column',
          'return a name column, e.g. {option:tenantsQuery=SELECT slug AS name, database_url FROM tenants WHERE active}',
          {
            option: 'tenantsQuery',
          },
        ),
      });
    }
    if (seen.has(name)) {
      throw new TenantMigrateError('TENANTS_DUPLICATE', `two tenant rows are named ${name}`, {
        hint: text('tenants.unique', 'tenant names must be unique: the report, {option:tenants} and {option:shard} go by name'),
      });
    }
    seen.add(name);
    const url = databaseUrlOf(row);
    const database = firstValue(row, DATABASE_COLUMNS);
    const schema = firstValue(row, SCHEMA_COLUMNS);
    if (url) {
      try {
        targets.push({ name, kind: 'tenant', url: checkDatabaseUrl(url, `tenant ${name}`), schema });
      } catch (error) {
        targets.push({ name, kind: 'tenant', url: maskUrl(url), schema, invalid: (error as Error).message });
      }
    } else if (database) {
      targets.push({ name, kind: 'tenant', url: withDatabase(masterUrl, database), schema });
    } else if (schema) {
      targets.push({ name, kind: 'tenant', url: masterUrl, schema });
    } else {
      targets.push({
        name,
        kind: 'tenant',
        url: '',
        invalid: `tenant ${name}: its row has no database_url, database or schema (columns: ${Object.keys(row).join(', ')})`,
      });
    }
  }
  refuseUnknownLocationColumns(rows, targets);
  // Before anything runs: two rows on one ledger would apply every migration twice.
  refuseSharedLedgers(targets, masterUrl);
  return targets;
}

/**
 * No row says where its tenant lives: the query's columns are named otherwise (goose fleets keep
 * `db_connection_string`), not every row is wrong. Refused before anything runs, with the query
 * that would read them, instead of migrating the master and then failing every tenant.
 */
function refuseUnknownLocationColumns(rows: readonly Row[], targets: readonly Target[]): void {
  if (targets.length === 0 || targets.some((target) => target.url !== '')) return;
  const columns = Object.keys(rows[0]);
  const urlLike = columns.find((column) => rows.some((row) => /^postgres(ql)?:\/\//i.test(String(row[column] ?? ''))));
  const example = `SELECT name, ${urlLike ?? '<column>'} AS database_url FROM tenants`;
  throw new TenantMigrateError(
    'TENANTS_BAD_ROW',
    `the tenants query returns the columns ${columns.join(', ')}: none of them says where a tenant lives (database_url, database or schema)`,
    {
      hint: text('tenants.location-column', `name the column in the query: {option:tenantsQuery=${example}}`, { option: 'tenantsQuery' }),
    },
  );
}

/** Keeps the tenants --tenant names and --shard selects; an unknown --tenant name is an error. Pure. */
export function selectTenants(tenants: readonly Target[], options: Pick<ResolvedFleetOptions, 'tenants' | 'shard'>): Target[] {
  let selected = [...tenants];
  if (options.tenants) {
    const known = new Set(tenants.map((tenant) => tenant.name));
    const unknown = options.tenants.filter((name) => !known.has(name));
    if (unknown.length > 0) {
      throw new TenantMigrateError('TENANT_NOT_FOUND', `no active tenant is named ${unknown.join(', ')}`, {
        hint: `the tenants query returned ${tenants.length} active tenant(s); tenant-migrate status lists them`,
      });
    }
    const wanted = new Set(options.tenants);
    selected = selected.filter((tenant) => wanted.has(tenant.name));
  }
  return selected.filter((tenant) => inShard(tenant.name, options.shard));
}

export interface DiscoveredTenants {
  tenants: Target[];
  /** Rows of the default query left out as inactive (0 with --tenants-query). */
  inactive: number;
  /** Which host:port names one server (the resolved aliases); the connection budget is keyed on it. */
  serverOf: ServerOf;
}

/**
 * The tenants query's rows, read in a READ ONLY transaction that is rolled back: listing tenants
 * (for migrate, rollback, status) never changes the master, whatever --tenants-query says
 * (an UPDATE ... RETURNING, a writing CTE or function is stopped by the server, SQLSTATE 25006).
 */
export async function readOnlyRows(client: Session['client'], query: string): Promise<Row[]> {
  // The extended protocol takes one statement: "SELECT ...; COMMIT; UPDATE ..." cannot end the READ ONLY transaction.
  return inReadOnlyTransaction(
    client,
    async () => (await client.query<Row>({ text: query, queryMode: 'extended' } as pg.QueryConfig)).rows,
  );
}

/** The tenants query met a table lock through every retry: who holds its tables, as a migration's lock_timeout says. */
async function tenantsTableBusy(
  client: Session['client'],
  query: string,
  message: string,
  options: ResolvedFleetOptions,
): Promise<TenantMigrateError> {
  const tables = tablesOfQuery(options.tenantsQuery);
  const holders = describeLockHolders(await readLockHolders(client, tables).catch(() => ({ holders: [], more: 0 })));
  const tried = options.lockRetries > 0 ? ` (tried ${options.lockRetries + 1} times)` : '';
  return new TenantMigrateError(
    'LOCK_TIMEOUT',
    `the tenants query on the master waited past lock_timeout${tried}: another session holds a lock on its table (${message})`,
    {
      detail: [`query: ${query}`, ...(holders ? [holders] : [])].join('\n'),
      hint: text(
        'tenants.table-busy',
        'run again once that session is done (an ALTER or LOCK TABLE on the tenants table), or raise {option}',
        {
          option: 'lockTimeout',
        },
      ),
    },
  );
}

/** Runs the tenants query on the master, read-only. */
export async function discoverTenants(options: ResolvedFleetOptions): Promise<DiscoveredTenants> {
  const session = await openMasterSession(options);
  const query = options.tenantsQuery ?? DEFAULT_TENANTS_QUERY;
  try {
    const rows = await retryOnLockTimeout(() => readOnlyRows(session.client, query), {
      retries: options.lockRetries,
      baseDelayMs: options.lockRetryDelayMs,
    });
    const kept = options.tenantsQuery === undefined ? activeRows(rows) : { rows, inactive: 0 };
    const tenants = tenantsFromRows(kept.rows, options.masterUrl);
    // Two host names of one server: refused like two spellings of one URL, still before anything runs.
    const master: Target = { name: 'master', kind: 'master', url: options.masterUrl };
    const serverOf = await serverAliases([master, ...tenants]);
    refuseSharedLedgers(tenants, options.masterUrl, serverOf);
    return { tenants: selectTenants(tenants, options), inactive: kept.inactive, serverOf };
  } catch (error) {
    if (error instanceof TenantMigrateError) throw error;
    const pgError = error as { code?: string; message?: string };
    const message = scrubSecrets(pgError.message ?? String(error), passwordsIn([options.masterUrl]));
    if (pgError.code === '42P01' && !options.tenantsQuery) {
      throw new TenantMigrateError('TENANTS_TABLE_MISSING', `the master database has no tenants table (${message})`, {
        hint: text(
          'tenants.table-missing',
          'create it (columns: name, and database_url or schema, optional active) or point {option} at your own table',
          { option: 'tenantsQuery' },
        ),
      });
    }
    if (pgError.code === '55P03') throw await tenantsTableBusy(session.client, query, message, options);
    if (pgError.code === '25006') {
      throw new TenantMigrateError('TENANTS_QUERY_WRITES', `the tenants query tried to write on the master, and was stopped: ${message}`, {
        detail: `query: ${query}`,
        hint: 'the tenants query runs in a READ ONLY transaction and changed nothing: make it a SELECT that returns name and database_url, database or schema',
      });
    }
    throw new TenantMigrateError('TENANTS_QUERY_FAILED', `the tenants query failed on the master: ${message}`, {
      detail: `query: ${query}`,
      hint: 'it must return a name column and a database_url, database or schema column',
    });
  } finally {
    await session.close();
  }
}
