/**
 * The master's tenants table as `tenant add|remove|list` read and write it. The default contract
 * is the table `tenants` with a name column and a database_url, database or schema column (the
 * spellings discovery accepts), optionally an active flag, a status or a deleted_at. With a custom
 * --tenants-query the rows are read with that query, and writing them is the caller's SQL
 * (`registerQuery`, `unregisterQuery`) or nothing at all (`register: false`).
 */
import type pg from 'pg';
import { describeServer, passwordsIn, scrubSecrets } from '../db/connection-url.js';
import { quoteIdent } from '../db/session.js';
import { TenantMigrateError } from '../errors.js';
import { text } from '../messages.js';
import {
  ACTIVE_COLUMNS,
  DATABASE_COLUMNS,
  DEFAULT_TENANTS_QUERY,
  isActiveRow,
  LOOSE_URL_COLUMNS,
  NAME_COLUMNS,
  type Row,
  SCHEMA_COLUMNS,
  tenantsFromRows,
  URL_COLUMNS,
} from './tenants.js';
import type { Target } from './types.js';

export interface RegistryContract {
  /** Custom SQL listing the tenants (its rows are all taken as active); default: the tenants table. */
  tenantsQuery?: string;
  /** Custom SQL that registers a tenant: $1 its name, $2 its database URL (or null), $3 its schema (or null). */
  registerQuery?: string;
  /** Custom SQL that marks a tenant inactive: $1 its name. */
  unregisterQuery?: string;
  /** False: leave the tenants rows alone (the application registers the tenant itself). */
  register: boolean;
}

export interface TenantRecord {
  name: string;
  active: boolean;
  /** Where the row says the tenant lives; `invalid` set when it says nothing usable. */
  target: Target;
}

/**
 * Checked before anything changes: with a custom tenants query, writing rows needs the caller's
 * SQL or `register: false`, since there is no knowing which table the query reads.
 */
export function checkContract(contract: RegistryContract, action: 'add' | 'remove'): void {
  if (!contract.tenantsQuery || !contract.register) return;
  const missing = action === 'add' ? !contract.registerQuery : !contract.unregisterQuery;
  if (missing) {
    const option = action === 'add' ? 'registerQuery' : 'unregisterQuery';
    throw new TenantMigrateError(
      'BAD_OPTION',
      text(
        'register-query.needed',
        "with {option:tenantsQuery}, tenant {action} needs {option} SQL to write the tenant's row, or {option:register=false}",
        { option, values: { action } },
      ),
      {
        hint:
          action === 'add'
            ? text(
                'register-query.example',
                'e.g. {option:registerQuery=INSERT INTO customers (slug, db_url, schema_name) VALUES ($1, $2, $3)} ($1 name, $2 database URL or null, $3 schema or null)',
                { option },
              )
            : text(
                'unregister-query.example',
                'e.g. {option:unregisterQuery=UPDATE customers SET enabled = false WHERE slug = $1} ($1 name)',
                {
                  option,
                },
              ),
      },
    );
  }
}

/** Every tenant row, active or not (the default table), or every row of the custom query. */
export async function readTenantRecords(client: pg.ClientBase, masterUrl: string, tenantsQuery?: string): Promise<TenantRecord[]> {
  const rows = await queryTenants(client, masterUrl, tenantsQuery);
  const records: TenantRecord[] = [];
  for (const row of rows) {
    let target: Target | undefined;
    try {
      [target] = tenantsFromRows([row], masterUrl);
    } catch {
      continue; // a row with no name cannot be this tenant's; discovery reports it
    }
    records.push({ name: target.name, active: tenantsQuery ? true : isActiveRow(row), target });
  }
  return records;
}

async function queryTenants(client: pg.ClientBase, masterUrl: string, tenantsQuery?: string): Promise<Row[]> {
  try {
    return (await client.query<Row>(tenantsQuery ?? DEFAULT_TENANTS_QUERY)).rows;
  } catch (error) {
    const pgError = error as { code?: string; message?: string };
    const message = scrubSecrets(pgError.message ?? String(error), passwordsIn([masterUrl]));
    if (pgError.code === '42P01' && !tenantsQuery) {
      throw new TenantMigrateError('TENANTS_TABLE_MISSING', `the master database has no tenants table (${message})`, {
        hint: text(
          'tenants.run-master-first',
          'run the master migrations first (migrate with {option:target=master}), or create it: CREATE TABLE tenants (name text PRIMARY KEY, database_url text, schema text, is_active boolean NOT NULL DEFAULT true)',
          { option: 'target' },
        ),
      });
    }
    throw new TenantMigrateError('TENANTS_QUERY_FAILED', `the tenants query failed on the master: ${message}`, {
      detail: `query: ${tenantsQuery ?? DEFAULT_TENANTS_QUERY}`,
    });
  }
}

/** `host:port/database` plus the schema: two rows with the same place share a ledger. */
export function placeOf(target: Pick<Target, 'url' | 'schema'>): string {
  return `${describeServer(target.url).toLowerCase()}${target.schema ? `#${target.schema}` : ''}`;
}

export interface TenantPlace {
  name: string;
  /** Database per tenant: the tenant's URL (password included) and database name (none when it is not on the master's server). */
  url: string;
  database?: string;
  schema?: string;
  /** A schema tenant in a database other than the master's: the row names that database too. */
  inDatabase?: boolean;
}

/**
 * Checked before the add creates anything: the default tenants table has a column for each value
 * the tenant's row needs (a name; a schema for a schema tenant; a database_url or database for a
 * database, or for a schema in another database), else TENANTS_TABLE_SHAPE with nothing changed.
 */
export async function checkRegistration(client: pg.ClientBase, contract: RegistryContract, place: TenantPlace): Promise<void> {
  if (!contract.register || contract.registerQuery) return;
  registrationColumns(await tenantsColumns(client), place);
}

/** The columns the tenant's row is written to, with their values; TENANTS_TABLE_SHAPE when one is missing. */
function registrationColumns(columns: Set<string>, place: TenantPlace): { name: string; values: Map<string, unknown> } {
  const name = pick(
    columns,
    NAME_COLUMNS.filter((column) => column !== 'id'),
    'a name',
  );
  const values = new Map<string, unknown>();
  if (place.schema) values.set(pick(columns, SCHEMA_COLUMNS, 'a schema'), place.schema);
  if (!place.schema || place.inDatabase) {
    const urlColumn = [...URL_COLUMNS, ...LOOSE_URL_COLUMNS].find((column) => columns.has(column));
    if (urlColumn) values.set(urlColumn, place.url);
    // No database name for a database on another server than the master's: only a URL column can say where it is.
    else values.set(pick(columns, place.database === undefined ? [] : DATABASE_COLUMNS, 'a database_url or database'), place.database);
  }
  for (const [column, value] of activeValues(columns, true)) values.set(column, value);
  return { name, values };
}

/** Writes the tenant's row active: a new row, or the old one of a removed tenant brought back. */
export async function registerTenant(client: pg.ClientBase, contract: RegistryContract, place: TenantPlace): Promise<void> {
  if (!contract.register) return;
  if (contract.registerQuery) {
    await runContractQuery(client, contract.registerQuery, [
      place.name,
      place.schema && !place.inDatabase ? null : place.url,
      place.schema ?? null,
    ]);
    return;
  }
  const { name, values } = registrationColumns(await tenantsColumns(client), place);
  const assigned = [...values.keys()];
  const params = [place.name, ...values.values()];
  // UPDATE, then INSERT when no row matched: works whether or not the name has a unique key.
  const updated = await client.query(
    `UPDATE tenants SET ${assigned.map((column, index) => `${quoteIdent(column)} = $${index + 2}`).join(', ')} WHERE ${quoteIdent(name)} = $1`,
    params,
  );
  if (updated.rowCount) return;
  await client.query(
    `INSERT INTO tenants (${[name, ...assigned].map(quoteIdent).join(', ')}) VALUES (${params.map((_, index) => `$${index + 1}`).join(', ')})`,
    params,
  );
}

/** Marks the tenant's row inactive; false when there was no row to mark. */
export async function deactivateTenant(client: pg.ClientBase, contract: RegistryContract, name: string): Promise<boolean> {
  if (!contract.register) return false;
  if (contract.unregisterQuery) return ((await runContractQuery(client, contract.unregisterQuery, [name])).rowCount ?? 0) > 0;
  const columns = await tenantsColumns(client);
  const nameColumn = pick(
    columns,
    NAME_COLUMNS.filter((column) => column !== 'id'),
    'a name',
  );
  const inactive = activeValues(columns, false);
  if (inactive.length === 0) {
    throw new TenantMigrateError(
      'TENANTS_TABLE_SHAPE',
      'the tenants table has no active, is_active, enabled, status or deleted_at column to mark a tenant inactive',
      {
        hint: text(
          'tenants.no-active-column',
          'add one (ALTER TABLE tenants ADD COLUMN is_active boolean NOT NULL DEFAULT true), or pass {option}',
          { option: 'unregisterQuery' },
        ),
      },
    );
  }
  const params: unknown[] = [name];
  const assignments = inactive.map(([column, value]) => {
    if (value === NOW) return `${quoteIdent(column)} = now()`;
    params.push(value);
    return `${quoteIdent(column)} = $${params.length}`;
  });
  const { rowCount } = await client.query(`UPDATE tenants SET ${assignments.join(', ')} WHERE ${quoteIdent(nameColumn)} = $1`, params);
  return (rowCount ?? 0) > 0;
}

const NOW = Symbol('now()');

/** The column values that say active (or not), for the columns this table has. */
function activeValues(columns: Set<string>, active: boolean): Array<[string, unknown]> {
  const values: Array<[string, unknown]> = [];
  const flag = ACTIVE_COLUMNS.find((column) => columns.has(column));
  if (flag) values.push([flag, active]);
  if (columns.has('status')) values.push(['status', active ? 'active' : 'inactive']);
  if (columns.has('deleted_at')) values.push(['deleted_at', active ? null : NOW]);
  return values;
}

async function tenantsColumns(client: pg.ClientBase): Promise<Set<string>> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT attname::text AS name FROM pg_attribute WHERE attrelid = to_regclass('tenants') AND attnum > 0 AND NOT attisdropped`,
  );
  return new Set(rows.map((row) => row.name));
}

function pick(columns: Set<string>, candidates: readonly string[], what: string): string {
  const column = candidates.find((candidate) => columns.has(candidate));
  if (!column) {
    throw new TenantMigrateError(
      'TENANTS_TABLE_SHAPE',
      `the tenants table has no column for ${what} (it has: ${[...columns].join(', ') || 'none'})`,
      {
        hint: text('tenants.no-column', 'add one ({candidates}), or pass {option} with your own INSERT, or {option:register=false}', {
          option: 'registerQuery',
          values: { candidates: candidates.join(', ') },
        }),
      },
    );
  }
  return column;
}

/** The caller's SQL with as many of the values as it refers to ($1..$n): PostgreSQL refuses extra ones. */
function runContractQuery(client: pg.ClientBase, sql: string, values: unknown[]): Promise<pg.QueryResult> {
  const used = Math.max(0, ...[...sql.matchAll(/\$(\d+)/g)].map((match) => Number(match[1])));
  return client.query(sql, values.slice(0, used));
}
