/**
 * A small fleet on one server, for `demo` and `dev`: a master database and one database per
 * tenant, registered in the master's `tenants` table once the master's migrations created it.
 */
import pg from 'pg';
import { withDatabase } from '../db/connection-url.js';

export const DEMO_TENANTS = ['acme-corp', 'techstart', 'startupxyz'] as const;
export const MASTER_DATABASE = 'master';

export interface LocalFleet {
  masterUrl: string;
  tenants: Array<{ name: string; url: string }>;
}

/** Creates the databases that do not exist yet; existing ones are kept (dev fleets persist). */
export async function createFleetDatabases(serverUrl: string, tenantNames: readonly string[] = DEMO_TENANTS): Promise<LocalFleet> {
  const client = new pg.Client({ connectionString: serverUrl });
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

/** Adds the fleet's tenants to the master's `tenants` table (name, database_url, active). */
export async function registerTenants(fleet: LocalFleet): Promise<void> {
  const client = new pg.Client({ connectionString: fleet.masterUrl });
  await client.connect();
  try {
    for (const tenant of fleet.tenants) {
      await client.query(
        `INSERT INTO tenants (name, database_url, active) VALUES ($1, $2, TRUE)
         ON CONFLICT (name) DO UPDATE SET database_url = EXCLUDED.database_url, active = TRUE`,
        [tenant.name, tenant.url],
      );
    }
  } finally {
    await client.end();
  }
}

export async function dropFleetDatabases(serverUrl: string, tenantNames: readonly string[] = DEMO_TENANTS): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    for (const name of [MASTER_DATABASE, ...tenantNames]) {
      await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
    }
  } finally {
    await client.end();
  }
}
