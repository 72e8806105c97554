/**
 * Cancels the statements running on other sessions of one database, from a connection of its
 * own: an interrupted deploy must stop a migration that is waiting on a lock or running a long
 * statement now, not when it ends. A transactional migration then rolls back on the server;
 * PostgreSQL ignores a cancel that reaches a session between statements, so the caller also
 * checks before starting the next one.
 */
import { newPgClient } from './pg-client.js';
import { APPLICATION_NAME } from './session.js';

/** True when the server accepted the cancel of every backend (pid) it was asked about. */
export async function cancelBackends(url: string, pids: readonly number[], connectTimeoutMs: number): Promise<boolean> {
  if (pids.length === 0) return true;
  const client = newPgClient({
    connectionString: url,
    application_name: `${APPLICATION_NAME} (cancel)`,
    connectionTimeoutMillis: connectTimeoutMs,
  });
  // A connection that drops while cancelling is a failed cancel, not an unhandled 'error' event.
  client.on('error', () => {});
  try {
    await client.connect();
    const { rows } = await client.query<{ cancelled: boolean }>(
      'SELECT pg_cancel_backend(pid) AS cancelled FROM unnest($1::int[]) AS pid',
      [pids],
    );
    return rows.every((row) => row.cancelled);
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}
