/**
 * A database session for one target, set up the way a deploy wants it: a connect timeout,
 * `application_name=tenant-migrate` (so a DBA sees who holds a lock), `lock_timeout` and
 * `statement_timeout`, the tenant's schema as search_path, and on PostgreSQL 14+ a check that
 * aborts the work when the deploy process dies instead of finishing a migration nobody records.
 *
 * The client side has timeouts too: a connection that goes silent after connecting (a dropped
 * route, a stuck proxy) would otherwise hang its target and hold a pool slot forever. Every
 * query gives up after the statement timeout plus a margin, bookkeeping queries much sooner, and
 * a query that gives up closes the connection: the target fails with QUERY_TIMEOUT.
 */
import pg from 'pg';
import { TenantMigrateError } from '../errors.js';
import { connectionError } from './connection-error.js';
import { describeServer } from './connection-url.js';
import { newPgClient } from './pg-client.js';

export const APPLICATION_NAME = 'tenant-migrate';

/** TCP keepalive probes start after this much silence, so the OS notices a dead peer. */
const KEEPALIVE_DELAY_MS = 5_000;

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
  /**
   * Statements that put the target's settings back (search_path, lock_timeout, statement_timeout).
   * A migration may change them for the rest of the session (pg_dump output sets search_path):
   * they are sent before each migration, in the same round trip as its BEGIN.
   */
  settings: readonly string[];
  /** The client-side limit for quick bookkeeping queries (lock polls), in milliseconds. */
  quickQueryTimeoutMs: number;
  close(): Promise<void>;
}

/**
 * How long the client waits for an answer beyond the server's own statement_timeout: the server
 * cancels first and says so; only a connection that stopped answering reaches this.
 */
export function queryTimeoutMs(statementTimeoutMs: number): number | undefined {
  if (statementTimeoutMs <= 0) return undefined;
  return statementTimeoutMs + Math.min(30_000, Math.max(1_000, Math.round(statementTimeoutMs / 10)));
}

/** A bookkeeping query (a lock poll, the session setup) answers at once; give it what a connect gets. */
export function quickQueryTimeoutMs(connectTimeoutMs: number): number {
  return Math.max(connectTimeoutMs, 1_000) + 1_000;
}

export async function openSession(url: string, options: SessionOptions): Promise<Session> {
  const connection = await openConnection(url, options);
  try {
    return await setUpSession(connection, options);
  } catch (error) {
    await connection.close();
    throw error;
  }
}

/**
 * A connected client, not yet set up for a target: what a pool of sessions on one database
 * keeps between tenants (setUpSession per tenant, resetConnection after it).
 */
export interface Connection {
  url: string;
  client: pg.Client;
  statementTimeoutMs: number;
  quickQueryTimeoutMs: number;
  /** False once a query gave up or the connection dropped: it is closed, never reused. */
  readonly usable: boolean;
  close(): Promise<void>;
}

/**
 * Refusals worth another try: the server starting up or shutting down (57P03: a restart, a
 * failover) for up to the connect timeout, and a connection refused or reset (the port closed
 * for a moment during that restart) for a short while only, since a wrong port answers the same.
 * "Too many clients" (53300) is the connection budget's to wait out (connection-budget.ts).
 */
const STARTING_UP = '57P03';
const RESTART_CODES = new Set(['ECONNREFUSED', 'ECONNRESET']);
const RESTART_WINDOW_MS = 2_000;

export async function openConnection(
  url: string,
  options: Pick<SessionOptions, 'connectTimeoutMs' | 'statementTimeoutMs'>,
): Promise<Connection> {
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      return await openConnectionOnce(url, options);
    } catch (error) {
      const code = ((error as { cause?: { code?: string } }).cause?.code ?? '') as string;
      const window = code === STARTING_UP ? Math.max(options.connectTimeoutMs, 1_000) : RESTART_CODES.has(code) ? RESTART_WINDOW_MS : 0;
      const wait = Math.min(1_000, 100 * 2 ** attempt);
      if (Date.now() - started + wait > window) throw error;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

async function openConnectionOnce(
  url: string,
  options: Pick<SessionOptions, 'connectTimeoutMs' | 'statementTimeoutMs'>,
): Promise<Connection> {
  const queryTimeout = queryTimeoutMs(options.statementTimeoutMs);
  const client = newPgClient({
    connectionString: url,
    application_name: APPLICATION_NAME,
    connectionTimeoutMillis: options.connectTimeoutMs,
    keepAlive: true,
    keepAliveInitialDelayMillis: KEEPALIVE_DELAY_MS,
    ...(queryTimeout ? { query_timeout: queryTimeout } : {}),
  });
  let usable = true;
  // A dropped connection must become a failed target, not an unhandled 'error' event.
  client.on('error', () => {
    usable = false;
  });
  client.on('end', () => {
    usable = false;
  });
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    throw connectionError(error, url);
  }
  let closing: Promise<void> | undefined;
  const close = () => {
    usable = false;
    closing ??= closeClient(client);
    return closing;
  };
  guardQueries(client, url, queryTimeout, close);
  return {
    url,
    client,
    statementTimeoutMs: options.statementTimeoutMs,
    quickQueryTimeoutMs: quickQueryTimeoutMs(options.connectTimeoutMs),
    get usable() {
      return usable;
    },
    close,
  };
}

/** A session, and the results of the statements sent with its setup (see setUpSession). */
export interface SetUpSession extends Session {
  /** One result per statement of `follow`; absent when they failed (the session is set up all the same). */
  followed?: pg.QueryResult[];
}

/**
 * Sets the connection up for one target (timeouts, the tenant's search_path) in one round trip.
 * A missing schema throws SCHEMA_MISSING and leaves the connection as it was, usable for the next.
 * `follow`: statements (no parameters) sent in the same round trip, after the setup (the target's
 * lock and ledger read); when one fails, the server undoes the setup with it, so the setup is
 * sent again on its own and `followed` is left out.
 */
export async function setUpSession(connection: Connection, options: SessionOptions, follow: readonly string[] = []): Promise<SetUpSession> {
  let results: pg.QueryResult[];
  try {
    const answer = await connection.client.query({
      text: [setupSql(options), ...follow].join(';\n'),
      query_timeout: connection.quickQueryTimeoutMs,
    } as pg.QueryConfig);
    results = Array.isArray(answer) ? answer : [answer];
  } catch (error) {
    if (follow.length === 0 || !(error instanceof pg.DatabaseError)) throw error;
    return setUpSession(connection, options);
  }
  const rows = results[0].rows as Array<{ server_version: number; schema_exists: boolean }>;
  if (!rows[0].schema_exists) {
    throw new TenantMigrateError('SCHEMA_MISSING', `schema "${options.schema}" does not exist in ${describeServer(connection.url)}`, {
      hint: 'create the tenant schema first (CREATE SCHEMA ...), or fix the schema column of its tenants row',
    });
  }
  return {
    client: connection.client,
    serverVersion: rows[0].server_version,
    settings: settingsStatements(options),
    quickQueryTimeoutMs: connection.quickQueryTimeoutMs,
    close: connection.close,
    ...(follow.length > 0 ? { followed: results.slice(1) } : {}),
  };
}

/**
 * Puts a connection back as a fresh session would be, between two tenants sharing it: whatever
 * a migration SET (search_path, role, timeouts), its temporary tables, prepared statements and
 * the previous tenant's advisory lock all go. An open transaction (a failure mid-migration whose
 * ROLLBACK did not arrive) is rolled back first.
 */
export async function resetConnection(connection: Connection): Promise<void> {
  const quick = { query_timeout: connection.quickQueryTimeoutMs } as Partial<pg.QueryConfig>;
  try {
    await connection.client.query({ text: 'DISCARD ALL', ...quick } as pg.QueryConfig);
  } catch (error) {
    if ((error as { code?: string }).code !== '25001') throw error;
    await connection.client.query({ text: 'ROLLBACK', ...quick } as pg.QueryConfig);
    await connection.client.query({ text: 'DISCARD ALL', ...quick } as pg.QueryConfig);
  }
}

/** One statement: the settings, and whether the schema exists (values written in, so more can follow it). */
function setupSql(options: SessionOptions): string {
  return `SELECT current_setting('server_version_num')::int AS server_version,
       set_config('lock_timeout', '${Math.round(options.lockTimeoutMs)}', false) AS lock_timeout,
       set_config('statement_timeout', '${Math.round(options.statementTimeoutMs)}', false) AS statement_timeout,
       CASE WHEN current_setting('server_version_num')::int >= 140000
            THEN set_config('client_connection_check_interval', '1000', false) END AS check_interval,
       ${schemaSetup(options.schema)}`;
}

/**
 * A schema tenant's search_path, and whether its schema exists. Without a schema nothing is
 * asked of the catalog: on a fresh backend (a database per tenant: every connection) even a
 * subquery that never runs is planned from cold catalog caches.
 */
function schemaSetup(schema: string | undefined): string {
  if (schema === undefined) return 'NULL AS search_path, true AS schema_exists';
  const literal = pg.escapeLiteral(schema);
  return `set_config('search_path', quote_ident(${literal}::text), false) AS search_path,
       EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = ${literal}::text) AS schema_exists`;
}

/**
 * The target's settings as plain SET statements (no parameters, so they can share a simple-query
 * round trip with BEGIN). The master gets its default search_path back with RESET, which keeps a
 * search_path set for the role or the database.
 */
export function settingsStatements(options: Pick<SessionOptions, 'lockTimeoutMs' | 'statementTimeoutMs' | 'schema'>): string[] {
  return [
    `SET lock_timeout = ${Math.round(options.lockTimeoutMs)}`,
    `SET statement_timeout = ${Math.round(options.statementTimeoutMs)}`,
    options.schema === undefined ? 'RESET search_path' : `SET search_path = ${quoteIdent(options.schema)}`,
  ];
}

/**
 * Turns the driver's client-side timeout and a dropped connection into errors that say so, and
 * closes the connection on a timeout: pg leaves the silent query active, so every later query
 * (the ROLLBACK, the next migration) would queue behind it and wait its own full timeout.
 */
function guardQueries(client: pg.Client, url: string, clientTimeoutMs: number | undefined, close: () => Promise<void>): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  const guarded = (...args: unknown[]) => {
    const submitted = args[0] as { submit?: unknown; callback?: (error: unknown, result?: unknown) => void; query_timeout?: number };
    if (typeof submitted?.submit === 'function' && typeof submitted.callback === 'function') {
      // A query object (migration-batch.ts) answers through its callback: the same errors there.
      const callback = submitted.callback;
      const timeout = submitted.query_timeout ?? clientTimeoutMs;
      submitted.callback = (error, result) => callback(error ? lostConnection(error, url, timeout, close) : error, result);
    }
    const result = query(...args);
    if (!result || typeof (result as Promise<unknown>).then !== 'function') return result;
    const perQuery = (args[0] as { query_timeout?: number } | undefined)?.query_timeout;
    return (result as Promise<unknown>).catch((error: unknown) => {
      throw lostConnection(error, url, perQuery ?? clientTimeoutMs, close);
    });
  };
  client.query = guarded as typeof client.query;
}

function lostConnection(error: unknown, url: string, timeoutMs: number | undefined, close: () => Promise<void>): unknown {
  const message = error instanceof Error ? error.message : '';
  if (message === 'Query read timeout') {
    void close();
    const waited = timeoutMs === undefined ? '' : ` within ${Math.round(timeoutMs / 100) / 10}s`;
    return new TenantMigrateError(
      'QUERY_TIMEOUT',
      `no answer from ${describeServer(url)}${waited}: the connection went silent and was closed`,
      {
        hint: 'check the network path to the server (a proxy, a firewall dropping idle connections); the server ends the work when it notices the connection is gone',
        cause: error,
      },
    );
  }
  if (/Connection terminated|not queryable/.test(message)) {
    return new TenantMigrateError('CONNECTION_LOST', `the connection to ${describeServer(url)} was lost: ${message}`, {
      hint: 'check that the server is up and reachable, then run again',
      cause: error,
    });
  }
  return error;
}

/**
 * Ends the client without trusting the peer: a graceful end waits for the server to close its
 * side, which a dead route never does, so the socket is destroyed after a short grace period.
 */
async function closeClient(client: pg.Client): Promise<void> {
  const stream = (client as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream;
  let timer: NodeJS.Timeout | undefined;
  const grace = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      stream?.destroy();
      resolve();
    }, 2_000);
    timer.unref();
  });
  await Promise.race([client.end().catch(() => {}), grace]);
  clearTimeout(timer);
}

/** A schema-qualified identifier, quoted. */
export function qualified(schema: string, name: string): string {
  return `${quoteIdent(schema)}.${quoteIdent(name)}`;
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
