/**
 * A database session for one target, set up the way a deploy wants it: a connect timeout,
 * `application_name=tenant-migrate` (so a DBA sees who holds a lock), `lock_timeout` and
 * `statement_timeout`, the tenant's schema as search_path, and on PostgreSQL 14+ a check that
 * aborts the work when the deploy process dies instead of finishing a migration nobody records.
 */
import pg from 'pg';
import { TenantMigrateError } from '../errors.js';
import { connectionError } from './connection-error.js';
import { describeServer } from './connection-url.js';

export const APPLICATION_NAME = 'tenant-migrate';

export interface SessionOptions {
  connectTimeoutMs: number;
  lockTimeoutMs: number;
  statementTimeoutMs: number;
  /** Schema-per-tenant: the tenant's schema becomes the search_path; it must exist. */
  schema?: string;
}

export interface Session {
  client: pg.Client;
  serverVersion: number;
  close(): Promise<void>;
}

export async function openSession(url: string, options: SessionOptions): Promise<Session> {
  const client = new pg.Client({
    connectionString: url,
    application_name: APPLICATION_NAME,
    connectionTimeoutMillis: options.connectTimeoutMs,
  });
  // A dropped connection must become a failed target, not an unhandled 'error' event.
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    throw connectionError(error, url);
  }
  const close = () => client.end().catch(() => {});
  try {
    const { rows } = await client.query<{ server_version: number; schema_exists: boolean }>(SETUP_SQL, [
      String(options.lockTimeoutMs),
      String(options.statementTimeoutMs),
      options.schema ?? null,
    ]);
    if (!rows[0].schema_exists) {
      throw new TenantMigrateError('SCHEMA_MISSING', `schema "${options.schema}" does not exist in ${describeServer(url)}`, {
        hint: 'create the tenant schema first (CREATE SCHEMA ...), or fix the schema column of its tenants row',
      });
    }
    return { client, serverVersion: rows[0].server_version, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** One round trip: the settings, and whether the schema exists. */
const SETUP_SQL = `
SELECT current_setting('server_version_num')::int AS server_version,
       set_config('lock_timeout', $1, false) AS lock_timeout,
       set_config('statement_timeout', $2, false) AS statement_timeout,
       CASE WHEN current_setting('server_version_num')::int >= 140000
            THEN set_config('client_connection_check_interval', '1000', false) END AS check_interval,
       CASE WHEN $3::text IS NULL THEN NULL ELSE set_config('search_path', quote_ident($3::text), false) END AS search_path,
       ($3::text IS NULL OR EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $3::text)) AS schema_exists`;

/** A schema-qualified identifier, quoted. */
export function qualified(schema: string, name: string): string {
  return `${quoteIdent(schema)}.${quoteIdent(name)}`;
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
