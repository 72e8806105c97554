/**
 * Who held the tables a statement gave up on (lock_timeout, 55P03): read on the same session
 * right after the timeout, while the holder most likely still holds them. PostgreSQL's error
 * names no table and no session, and the question a deploy's reader has is "what is blocking
 * us": an application transaction left idle, a report, another deploy. Only what identifies a
 * session is read (pid, application, user, state, how long its transaction is open), never its
 * query text: the report may be posted on a pull request.
 */
import type pg from 'pg';
import type { Statement } from '../migrations/types.js';
import { rangeVarsIn } from '../sql/range-vars.js';
import { APPLICATION_NAME, qualified, quoteIdent } from './session.js';

export interface LockHolder {
  pid: number;
  /** Empty when the server does not show it (another role's session, without pg_read_all_stats). */
  applicationName: string;
  user: string;
  /** `idle in transaction`, `active`, ...; empty when not shown. */
  state: string;
  /** The lock it holds, e.g. AccessShareLock; empty for an open transaction a concurrent index build waited for. */
  mode: string;
  /** Empty for an open transaction a concurrent index build waited for. */
  table: string;
  /** How long its transaction had been open, in whole seconds (null when not shown). */
  transactionSeconds: number | null;
}

/** At most this many holders are named: a table read by a crowd is said as "and N more". */
const HOLDERS_SHOWN = 5;

/** The tables and other relations a statement names, as to_regclass reads them. */
export function relationsOf(nodes: Statement['nodes']): string[] {
  const names = rangeVarsIn(nodes).map((range) =>
    range.schemaname ? qualified(range.schemaname, range.relname) : quoteIdent(range.relname),
  );
  return [...new Set(names)];
}

interface HolderRow {
  pid: number;
  application_name: string | null;
  usename: string | null;
  state: string | null;
  mode: string;
  table: string;
  seconds: number | null;
  holders: number;
}

/**
 * The sessions holding granted locks on these relations (resolved on the session's search_path),
 * longest-open transaction first; empty when none is left or the session cannot ask.
 */
export async function readLockHolders(client: pg.Client, relations: readonly string[]): Promise<{ holders: LockHolder[]; more: number }> {
  if (relations.length === 0) return { holders: [], more: 0 };
  const { rows } = await client.query<HolderRow>(
    `SELECT l.pid, a.application_name, a.usename::text AS usename, a.state, l.mode, l.relation::regclass::text AS "table",
            floor(extract(epoch FROM now() - a.xact_start))::int AS seconds, count(*) OVER ()::int AS holders
       FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid
      WHERE l.locktype = 'relation' AND l.granted AND l.pid <> pg_backend_pid()
        AND l.relation IN (SELECT to_regclass(name) FROM unnest($1::text[]) AS name)
      ORDER BY a.xact_start NULLS LAST, l.pid
      LIMIT ${HOLDERS_SHOWN}`,
    [relations],
  );
  return holdersOf(rows);
}

function holdersOf(rows: readonly HolderRow[]): { holders: LockHolder[]; more: number } {
  const holders = rows.map((row) => ({
    pid: row.pid,
    applicationName: row.application_name ?? '',
    user: row.usename ?? '',
    state: row.state ?? '',
    mode: row.mode,
    table: row.table,
    transactionSeconds: row.seconds,
  }));
  return { holders, more: Math.max(0, (rows[0]?.holders ?? 0) - holders.length) };
}

/**
 * The transactions open in this session's database, oldest first (tenant-migrate's own last): what a CREATE INDEX
 * CONCURRENTLY waits for (each one that began before it, whatever table it touches), so its
 * lock_timeout names them rather than a table no one holds.
 */
export async function readOpenTransactions(client: pg.Client): Promise<{ holders: LockHolder[]; more: number }> {
  const { rows } = await client.query<HolderRow>(
    `SELECT a.pid, a.application_name, a.usename::text AS usename, a.state, '' AS mode, '' AS "table",
            floor(extract(epoch FROM now() - a.xact_start))::int AS seconds, count(*) OVER ()::int AS holders
       FROM pg_stat_activity a
      WHERE a.datname = current_database() AND a.pid <> pg_backend_pid() AND a.xact_start IS NOT NULL
      -- This run's other builds are open transactions too: the application's come first.
      ORDER BY a.application_name IS NOT DISTINCT FROM $1, a.xact_start, a.pid
      LIMIT ${HOLDERS_SHOWN}`,
    [APPLICATION_NAME],
  );
  return holdersOf(rows);
}

/** `held by pid 4242 (application "billing", user app, idle in transaction, transaction open 12 s): AccessShareLock on orders`, a line a holder. */
export function describeLockHolders(found: { holders: readonly LockHolder[]; more: number }): string | undefined {
  if (found.holders.length === 0) return undefined;
  const lines = found.holders.map((holder) => {
    const about = [
      holder.applicationName ? `application "${holder.applicationName}"` : undefined,
      holder.user ? `user ${holder.user}` : undefined,
      holder.state || undefined,
      holder.transactionSeconds === null ? undefined : `transaction open ${holder.transactionSeconds} s`,
    ].filter((part): part is string => part !== undefined);
    const who = `pid ${holder.pid}${about.length ? ` (${about.join(', ')})` : ''}`;
    return holder.table ? `held by ${who}: ${holder.mode} on ${holder.table}` : `open transaction in this database: ${who}`;
  });
  if (found.more > 0) {
    const held = found.holders[0].table !== '';
    lines.push(held ? `and ${found.more} more lock${found.more === 1 ? '' : 's'} held by other sessions` : `and ${found.more} more open`);
  }
  return lines.join('\n');
}
