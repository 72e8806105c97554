/**
 * Work that only looks (status, the tenant listing, migrate's pending check) runs in a READ ONLY
 * transaction that is rolled back: whatever the SQL it reads through does (a view over a function
 * that writes, a tenants query with UPDATE ... RETURNING), the server refuses the write
 * (SQLSTATE 25006) and nothing changes.
 */
import type pg from 'pg';

export async function inReadOnlyTransaction<T>(client: pg.ClientBase, work: () => Promise<T>): Promise<T> {
  await client.query('BEGIN TRANSACTION READ ONLY');
  try {
    return await work();
  } finally {
    await client.query('ROLLBACK').catch(() => {});
  }
}
