/**
 * The master database as an application hands it over: a URL, or the `pg.Pool` it already has.
 * Work on the master (locks, CREATE DATABASE, the tenants row) runs on one client of it; the
 * tenant's own database is reached with a URL built from the same connection settings, since
 * the migrations run in a session of their own (timeouts, application_name, the target's lock).
 */
import type pg from 'pg';
import { slotWaitMs, whenSlotFree } from '../db/connection-budget.js';
import { checkDatabaseUrl } from '../db/connection-url.js';
import { openSession, type Session } from '../db/session.js';
import { TenantMigrateError } from '../errors.js';

export type MasterDatabase = string | pg.Pool;

export interface MasterClient {
  /** The master's URL, password included: never print it (maskUrl). */
  url: string;
  client: pg.ClientBase;
  /** Gives the client back (to the pool) or closes it; `broken` destroys a pool client instead. */
  release(broken?: boolean): Promise<void>;
}

export interface MasterTimeouts {
  connectTimeoutMs: number;
  lockTimeoutMs: number;
  statementTimeoutMs: number;
}

/**
 * A session on the master for a run's own reads (the tenants query, wave conditions): when the
 * server or the role has no slot free it waits for one, as the targets' connects do, rather than
 * failing the run that met another deploy's sessions first.
 */
export function openMasterSession(options: { masterUrl: string } & MasterTimeouts): Promise<Session> {
  const { connectTimeoutMs, lockTimeoutMs, statementTimeoutMs } = options;
  return whenSlotFree(
    () => openSession(options.masterUrl, { connectTimeoutMs, lockTimeoutMs, statementTimeoutMs }),
    slotWaitMs(connectTimeoutMs),
  );
}

/** The master's URL, from the URL given or the pool's settings. */
export function masterUrlOf(master: MasterDatabase): Promise<string> {
  return typeof master === 'string' ? Promise.resolve(checkDatabaseUrl(master, 'the master URL')) : poolUrl(master);
}

export async function connectMaster(master: MasterDatabase, timeouts: MasterTimeouts): Promise<MasterClient> {
  if (typeof master === 'string') {
    const url = checkDatabaseUrl(master, 'the master URL');
    const session = await openSession(url, timeouts);
    return { url, client: session.client, release: () => session.close() };
  }
  const url = await poolUrl(master);
  const client = await master.connect();
  return {
    url,
    client,
    release: async (broken = false) => client.release(broken),
  };
}

/** The master URL a pool connects with: its connectionString, else one built from its settings. */
export async function poolUrl(pool: pg.Pool): Promise<string> {
  const options = (pool as unknown as { options: pg.PoolConfig }).options;
  if (options.connectionString) return checkDatabaseUrl(options.connectionString, 'the pool');
  const host = options.host ?? process.env.PGHOST ?? 'localhost';
  if (host.startsWith('/')) {
    throw new TenantMigrateError('BAD_OPTION', 'the pool connects through a Unix socket directory; give the master as a URL instead', {
      hint: 'pass master: "postgresql://user@localhost/master?host=/var/run/postgresql"',
    });
  }
  const url = new URL('postgresql://localhost');
  url.hostname = host;
  url.port = String(options.port ?? process.env.PGPORT ?? 5432);
  const user = options.user ?? process.env.PGUSER ?? '';
  url.username = encodeURIComponent(user);
  const password = typeof options.password === 'function' ? await options.password() : (options.password ?? process.env.PGPASSWORD);
  if (password) url.password = encodeURIComponent(password);
  url.pathname = `/${encodeURIComponent(options.database ?? process.env.PGDATABASE ?? user)}`;
  // A pool's ssl object (certificates) cannot travel in a URL: the tenant sessions get TLS, verified as pg does by default.
  if (options.ssl) url.searchParams.set('sslmode', 'require');
  return url.toString();
}
