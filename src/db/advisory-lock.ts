/**
 * One advisory lock per target's ledger (database + ledger schema). Advisory locks live in one
 * database, so the key only needs the ledger's schema: tenants in different databases or schemas
 * never wait for each other, two deploys of the same target take turns, and two rows that name
 * one ledger differently (no schema, and `public`) take the same lock. The lock is a session lock: it outlives each
 * migration's transaction, and a killed deploy's lock goes with its connection.
 */
import { createHash } from 'node:crypto';
import type pg from 'pg';
import { TenantMigrateError } from '../errors.js';
import { text } from '../messages.js';
import { abortableSleep } from './abort-waits.js';

/** 'tmig' as a 32-bit integer: the first key, so our locks do not collide with the application's. */
const LOCK_NAMESPACE = 0x746d6967;
const POLL_MS = 200;

/**
 * The lock of the ledger in `ledgerSchema` (undefined: `public`). `public` keeps the key earlier
 * releases took for a target without a schema, so a deploy running the old release and one
 * running this one still take turns on database-per-tenant fleets.
 */
export function lockKey(ledgerSchema: string | undefined): [number, number] {
  const schema = ledgerSchema === undefined || ledgerSchema === 'public' ? '' : ledgerSchema;
  const digest = createHash('sha256').update(`tenant-migrate:${schema}`).digest();
  return [LOCK_NAMESPACE, digest.readInt32BE(0)];
}

/**
 * Waits up to `waitMs` for the target's lock, polling with pg_try_advisory_lock (a blocking
 * pg_advisory_lock would be cut by statement_timeout and could not be given up on cleanly).
 * Each poll answers at once, so it gets a short client-side timeout (`queryTimeoutMs`): a
 * connection that went silent fails the target instead of waiting out the statement timeout.
 */
export async function acquireTargetLock(
  client: pg.Client,
  /** The ledger's schema, resolved (`ledgerSchema(target)`). */
  schema: string | undefined,
  waitMs: number,
  queryTimeoutMs?: number,
  /** An interrupted run stops waiting at once (AbortError). */
  signal?: AbortSignal,
): Promise<void> {
  const key = lockKey(schema);
  const deadline = Date.now() + waitMs;
  for (;;) {
    const { rows } = await client.query<{ locked: boolean }>(quick('SELECT pg_try_advisory_lock($1, $2) AS locked', key, queryTimeoutMs));
    if (rows[0].locked) return;
    if (Date.now() >= deadline) {
      const holder = await lockHolder(client, key, queryTimeoutMs);
      throw new TenantMigrateError(
        'LOCK_TIMEOUT',
        `another deploy holds the migration lock${holder ? ` (${holder})` : ''}; gave up after ${Math.round(waitMs / 1000)}s`,
        {
          hint: text('lock-wait.raise', 'let the other deploy finish and run again, or wait longer with {option}', { option: 'lockWait' }),
        },
      );
    }
    await abortableSleep(Math.min(POLL_MS, Math.max(0, deadline - Date.now())), signal);
  }
}

/** Who holds an advisory lock of this database, for the message: application name, pid and since when. */
export async function lockHolder(client: pg.ClientBase, key: [number, number], queryTimeoutMs?: number): Promise<string | undefined> {
  const { rows } = await client.query<{ pid: number; application_name: string; since: string }>(
    quick(
      `SELECT a.pid, a.application_name, to_char(a.backend_start, 'YYYY-MM-DD HH24:MI:SS') AS since
       FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
      WHERE l.locktype = 'advisory' AND l.granted AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
        AND l.classid = $1::int::oid AND l.objid = $2::int::oid AND l.objsubid = 2`,
      [key[0], key[1]],
      queryTimeoutMs,
    ),
  );
  const holder = rows[0];
  return holder ? `pid ${holder.pid}, ${holder.application_name || 'unknown application'}, connected since ${holder.since}` : undefined;
}

/** A query with its own client-side timeout (pg reads `query_timeout` from the query config; its types omit it). */
function quick(text: string, values: unknown[], queryTimeoutMs: number | undefined): pg.QueryConfig {
  return { text, values, ...(queryTimeoutMs ? { query_timeout: queryTimeoutMs } : {}) } as pg.QueryConfig;
}
