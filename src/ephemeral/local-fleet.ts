/**
 * A small fleet on one server, for `demo` and `dev`: a master database and one database per
 * tenant, registered in the master's `tenants` table once the master's migrations created it.
 */
import pg from 'pg';
import { withDatabase } from '../db/connection-url.js';
import { newPgClient } from '../db/pg-client.js';
import { TenantMigrateError } from '../errors.js';

export const DEMO_TENANTS = ['acme-corp', 'techstart', 'startupxyz'] as const;
export const MASTER_DATABASE = 'master';

export interface LocalFleet {
  masterUrl: string;
  tenants: Array<{ name: string; url: string }>;
}

/** Creates the databases that do not exist yet; existing ones are kept (dev fleets persist). */
export async function createFleetDatabases(serverUrl: string, tenantNames: readonly string[] = DEMO_TENANTS): Promise<LocalFleet> {
  const client = newPgClient({ connectionString: serverUrl });
  await client.connect();
  try {
    const wanted = [MASTER_DATABASE, ...tenantNames];
    const existing = new Set(
      (await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname = ANY($1)', [wanted])).rows.map(
        (row) => row.datname,
      ),
    );
    for (const name of wanted) {
      if (!existing.has(name)) await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
    }
  } finally {
    await client.end();
  }
  return {
    masterUrl: withDatabase(serverUrl, MASTER_DATABASE),
    tenants: tenantNames.map((name) => ({ name, url: withDatabase(serverUrl, name) })),
  };
}

/**
 * Adds the fleet's tenants to the master's `tenants` table. The project's master migrations
 * usually create that table; when they do not, the minimal table of the documented contract is
 * made here, so `demo` and `dev` work on any migrations directory.
 */
export async function registerTenants(fleet: LocalFleet): Promise<{ createdTable: boolean }> {
  const client = newPgClient({ connectionString: fleet.masterUrl });
  await client.connect();
  try {
    const columns = new Set(
      (
        await client.query<{ name: string }>(
          `SELECT attname AS name FROM pg_attribute
           WHERE attrelid = to_regclass('tenants') AND attnum > 0 AND NOT attisdropped`,
        )
      ).rows.map((row) => row.name),
    );
    const createdTable = columns.size === 0;
    if (createdTable) {
      await client.query('CREATE TABLE tenants (name TEXT PRIMARY KEY, database_url TEXT NOT NULL, active BOOLEAN NOT NULL DEFAULT TRUE)');
      for (const column of ['name', 'database_url', 'active']) columns.add(column);
    }
    if (!columns.has('name') || !columns.has('database_url')) {
      throw new TenantMigrateError(
        'TENANTS_TABLE_SHAPE',
        "the master's tenants table has no name and database_url columns to register the local tenants in",
        {
          hint: 'give it those columns (see "The tenants table" in the README), or run demo/dev on a migrations directory that does',
        },
      );
    }
    const activeColumn = ['active', 'is_active', 'enabled'].find((column) => columns.has(column));
    const setActive = activeColumn ? `, ${pg.escapeIdentifier(activeColumn)} = TRUE` : '';
    for (const tenant of fleet.tenants) {
      // UPDATE, then INSERT when nothing matched: works whether or not name has a unique key.
      const updated = await client.query(`UPDATE tenants SET database_url = $2${setActive} WHERE name = $1`, [tenant.name, tenant.url]);
      if (updated.rowCount === 0) {
        const insertColumns = activeColumn ? `name, database_url, ${pg.escapeIdentifier(activeColumn)}` : 'name, database_url';
        await client.query(`INSERT INTO tenants (${insertColumns}) VALUES ($1, $2${activeColumn ? ', TRUE' : ''})`, [
          tenant.name,
          tenant.url,
        ]);
      }
    }
    return { createdTable };
  } finally {
    await client.end();
  }
}

export async function dropFleetDatabases(serverUrl: string, tenantNames: readonly string[] = DEMO_TENANTS): Promise<void> {
  const client = newPgClient({ connectionString: serverUrl });
  await client.connect();
  try {
    for (const name of [MASTER_DATABASE, ...tenantNames]) {
      await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
    }
  } finally {
    await client.end();
  }
}
