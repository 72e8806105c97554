/**
 * Which relation locks a migration takes, read from pg_locks inside its own transaction: locks
 * are held until COMMIT, so after each statement the session's lock set only grows, and what a
 * statement added is the difference with the set before it. Catalog relations are left out (every
 * statement touches them, and reading pg_locks locks some of them too).
 */
import type pg from 'pg';
import type { LockTaken } from '../report/verify-model.js';

const USER_RELATIONS = `n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND n.nspname NOT LIKE 'pg_temp_%' AND n.nspname NOT LIKE 'pg_toast_temp_%'`;
const DISPLAY_NAME = `CASE WHEN n.nspname = 'public' THEN '' ELSE n.nspname || '.' END || c.relname`;

/** Relations of the user's schemas by OID, taken before the migration starts. */
export type RelationsBefore = Map<number, string>;

export async function relationsBefore(client: pg.ClientBase): Promise<RelationsBefore> {
  const result = await client.query<{ oid: number; name: string }>(
    `SELECT c.oid::int8 AS oid, ${DISPLAY_NAME} AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE ${USER_RELATIONS}`,
  );
  return new Map(result.rows.map((row) => [Number(row.oid), row.name]));
}

/** A granted relation lock of this session, identified by OID and mode. */
interface HeldLock {
  oid: number;
  mode: string;
  /** Null when the relation no longer exists (a DROP earlier in the transaction). */
  name: string | null;
  system: boolean;
}

export type LockSet = Map<string, HeldLock>;

export async function heldLocks(client: pg.ClientBase): Promise<LockSet> {
  const result = await client.query<{ oid: string; mode: string; name: string | null; system: boolean | null }>(
    `SELECT l.relation::int8 AS oid, l.mode, ${DISPLAY_NAME} AS name, NOT (${USER_RELATIONS}) AS system
     FROM pg_locks l
     LEFT JOIN pg_class c ON c.oid = l.relation
     LEFT JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE l.pid = pg_backend_pid() AND l.locktype = 'relation' AND l.granted
       AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
  );
  const locks: LockSet = new Map();
  for (const row of result.rows) {
    const oid = Number(row.oid);
    locks.set(`${oid} ${row.mode}`, { oid, mode: row.mode, name: row.name, system: row.system === true });
  }
  return locks;
}

/** The locks in `after` that were not in `before`, named, strongest first. */
export function newLocks(before: LockSet, after: LockSet, existing: RelationsBefore): LockTaken[] {
  const taken: LockTaken[] = [];
  for (const [key, lock] of after) {
    if (before.has(key) || lock.system) continue;
    const existedBefore = existing.has(lock.oid);
    const relation = lock.name ?? existing.get(lock.oid);
    // A relation created and dropped inside the migration has no name left to show and blocked nobody.
    if (relation === undefined) continue;
    taken.push({ relation, mode: lock.mode, existedBefore });
  }
  return taken.sort((a, b) => LOCK_STRENGTH.indexOf(b.mode) - LOCK_STRENGTH.indexOf(a.mode) || a.relation.localeCompare(b.relation));
}

/** PostgreSQL's table lock modes, weakest to strongest. */
export const LOCK_STRENGTH = [
  'AccessShareLock',
  'RowShareLock',
  'RowExclusiveLock',
  'ShareUpdateExclusiveLock',
  'ShareLock',
  'ShareRowExclusiveLock',
  'ExclusiveLock',
  'AccessExclusiveLock',
];
