/** Small helpers the fleet benchmarks share: one-off admin queries, fleets of schemas and databases, cleanup. */
import pg from 'pg';
import { withDatabase } from '../../src/db/connection-url.js';
import { runPool } from '../../src/fleet/pool.js';

export async function admin(url: string, sql: string, params: unknown[] = []): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql, params);
  } finally {
    await client.end();
  }
}

export const TENANTS_TABLE =
  'CREATE TABLE tenants (name text PRIMARY KEY, database_url text, schema text, is_active boolean NOT NULL DEFAULT true)';

/**
 * A master database (made afresh) whose tenants are `count` empty schemas in it. Schemas are
 * created in batches: one transaction creating thousands is fine, but keep each one short.
 */
export async function createSchemaFleet(server: string, database: string, count: number): Promise<string> {
  await admin(server, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  await admin(server, `CREATE DATABASE "${database}"`);
  const url = withDatabase(server, database);
  await admin(url, TENANTS_TABLE);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (let start = 0; start < count; start += 2000) {
      const names = schemaNames(count).slice(start, start + 2000);
      await client.query(`DO $$ BEGIN ${names.map((name) => `CREATE SCHEMA "${name}";`).join(' ')} END $$`);
      await client.query('INSERT INTO tenants (name, schema) SELECT unnest($1::text[]), unnest($1::text[])', [names]);
    }
  } finally {
    await client.end();
  }
  return url;
}

export function schemaNames(count: number): string[] {
  const width = String(count).length;
  return Array.from({ length: count }, (_, index) => `t${String(index + 1).padStart(width, '0')}`);
}

/** `count` empty databases listed in a fresh master's tenants table. */
export async function createDatabaseFleet(server: string, prefix: string, count: number): Promise<{ masterUrl: string; names: string[] }> {
  const names = Array.from({ length: count }, (_, index) => `${prefix}_t${String(index + 1).padStart(4, '0')}`);
  const master = `${prefix}_master`;
  await dropDatabases(server, [master, ...names]);
  await runPool([master, ...names], 4, (name) => admin(server, `CREATE DATABASE "${name}"`));
  const masterUrl = withDatabase(server, master);
  await admin(masterUrl, TENANTS_TABLE);
  await admin(masterUrl, 'INSERT INTO tenants (name, database_url) SELECT unnest($1::text[]), unnest($2::text[])', [
    names,
    names.map((name) => withDatabase(server, name)),
  ]);
  return { masterUrl, names: [master, ...names] };
}

export async function dropDatabases(server: string, names: string[]): Promise<void> {
  await runPool(names, 4, (name) => admin(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)}s`;
}

export function ratio(ours: number, theirs: number): string {
  return `${(ours / theirs).toFixed(2)}x`;
}
