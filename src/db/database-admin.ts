/**
 * Databases and schemas as objects: create (empty or as a copy of a template), drop, and who is
 * connected to one. Used by `tenant add|remove` and the template database. Names are always
 * quoted: a name is data, never SQL.
 */
import type pg from 'pg';
import { quoteIdent } from './session.js';

export async function databaseExists(client: pg.ClientBase, name: string): Promise<boolean> {
  const { rows } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  return rows.length > 0;
}

export async function schemaExists(client: pg.ClientBase, name: string): Promise<boolean> {
  const { rows } = await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [name]);
  return rows.length > 0;
}

/** CREATE DATABASE, empty or as a file-level copy of `template` (which must have no other sessions). */
export async function createDatabase(client: pg.ClientBase, name: string, template?: string): Promise<void> {
  await client.query(`CREATE DATABASE ${quoteIdent(name)}${template ? ` TEMPLATE ${quoteIdent(template)}` : ''}`);
}

/** CREATE SCHEMA; one that another session created meanwhile is as good. */
export async function createSchema(client: pg.ClientBase, name: string): Promise<void> {
  await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(name)}`).catch((error: { code?: string }) => {
    // Two creators at once: IF NOT EXISTS still races on the catalog's unique index.
    if (error.code !== '23505' && error.code !== '42P06') throw error;
  });
}

export async function dropDatabase(client: pg.ClientBase, name: string): Promise<void> {
  await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`);
}

export async function dropSchema(client: pg.ClientBase, name: string): Promise<void> {
  await client.query(`DROP SCHEMA IF EXISTS ${quoteIdent(name)} CASCADE`);
}

export interface DatabaseSession {
  pid: number;
  applicationName: string;
  user: string;
  /** `YYYY-MM-DD HH:MM:SS` of the backend's start. */
  since: string;
  /** What the session is doing (`idle`, `active`...). */
  state: string;
}

/** The other sessions connected to a database (never this one). */
export async function sessionsOn(client: pg.ClientBase, database: string): Promise<DatabaseSession[]> {
  const { rows } = await client.query<{ pid: number; application_name: string; usename: string; since: string; state: string }>(
    `SELECT pid, coalesce(application_name, '') AS application_name, coalesce(usename::text, '') AS usename,
            to_char(backend_start, 'YYYY-MM-DD HH24:MI:SS') AS since, coalesce(state, '') AS state
       FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid() ORDER BY pid`,
    [database],
  );
  return rows.map((row) => ({
    pid: row.pid,
    applicationName: row.application_name,
    user: row.usename,
    since: row.since,
    state: row.state,
  }));
}

export async function terminateSessions(client: pg.ClientBase, pids: readonly number[]): Promise<void> {
  if (pids.length === 0) return;
  await client.query('SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid', [pids]);
}

/** `pid 123 (psql, alice, since 2026-01-01 10:00:00)` for a message. */
export function describeSession(session: DatabaseSession): string {
  return `pid ${session.pid} (${session.applicationName || 'unknown application'}, ${session.user || 'unknown user'}, since ${session.since})`;
}

/**
 * Relations in the database's own schemas (or in one schema): a place with some is not empty, so
 * it is not what a half-done `tenant add` leaves behind.
 */
export async function countUserRelations(client: pg.ClientBase, schema?: string): Promise<number> {
  const { rows } = await client.query<{ count: string }>(
    `SELECT count(*)::text AS count FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
        AND ${schema === undefined ? "n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'" : 'n.nspname = $1'}`,
    schema === undefined ? [] : [schema],
  );
  return Number(rows[0].count);
}
