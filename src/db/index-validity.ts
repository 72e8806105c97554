/**
 * CREATE INDEX CONCURRENTLY can leave an INVALID index behind: when it fails, and when a retry
 * written `IF NOT EXISTS` finds the invalid leftover and skips. PostgreSQL then keeps paying to
 * update an index no query uses, and the migration looks done. After a NO TRANSACTION file, the
 * indexes it built concurrently are checked in pg_index; a build that fails is dropped at once
 * (dropFailedBuild), so the next attempt or run builds it anew.
 */
import type pg from 'pg';
import type { Statement } from '../migrations/types.js';
import { quoteIdent } from './session.js';

/** An index a statement builds concurrently: by name when it has one, else by its table. */
export interface ConcurrentIndex {
  /** Qualified and quoted, e.g. `"shop"."items_sku"`; absent for an unnamed index. */
  index?: string;
  /** Qualified and quoted table. */
  table: string;
}

/** The CREATE INDEX CONCURRENTLY statements' indexes. Pure. */
export function concurrentIndexes(statements: readonly Statement[]): ConcurrentIndex[] {
  const found: ConcurrentIndex[] = [];
  for (const statement of statements) {
    for (const node of statement.nodes) {
      const index = node.IndexStmt as
        | { idxname?: string; concurrent?: boolean; relation?: { schemaname?: string; relname?: string } }
        | undefined;
      if (!index?.concurrent || !index.relation?.relname) continue;
      const schema = index.relation.schemaname;
      const qualify = (name: string) => (schema ? `${quoteIdent(schema)}.${quoteIdent(name)}` : quoteIdent(name));
      found.push({ ...(index.idxname ? { index: qualify(index.idxname) } : {}), table: qualify(index.relation.relname) });
    }
  }
  return found;
}

/**
 * The invalid ones among them (named: that index; unnamed: any invalid index of its table).
 * Names resolve with the session's search_path as the migration left it, as its statements did.
 */
export async function invalidIndexes(client: pg.Client, indexes: readonly ConcurrentIndex[]): Promise<string[]> {
  if (indexes.length === 0) return [];
  const named = indexes.flatMap((item) => (item.index ? [item.index] : []));
  const tables = indexes.flatMap((item) => (item.index ? [] : [item.table]));
  // Schema-qualified: the name is for a report read outside the tenant's search_path too.
  const { rows } = await client.query<{ index: string }>(
    `SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname) AS index
       FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE NOT i.indisvalid
        AND (i.indexrelid IN (SELECT to_regclass(name) FROM unnest($1::text[]) name)
          OR i.indrelid IN (SELECT to_regclass(name) FROM unnest($2::text[]) name))
      ORDER BY 1`,
    [named, tables],
  );
  return rows.map((row) => row.index);
}

/**
 * A CREATE INDEX CONCURRENTLY statement that failed: its index, when it left one INVALID, is
 * dropped (DROP INDEX CONCURRENTLY: no lock that stops the application's reads and writes), so
 * the statement is as if it never ran. `clean`: none of its named indexes is left invalid; an
 * unnamed index cannot be told from others of its table, so it is never clean.
 */
export async function dropFailedBuild(client: pg.Client, statement: Statement): Promise<{ dropped: string[]; clean: boolean }> {
  const indexes = concurrentIndexes([statement]);
  const named = indexes.filter((item) => item.index !== undefined);
  if (named.length === 0) return { dropped: [], clean: false };
  const dropped: string[] = [];
  try {
    for (const index of await invalidIndexes(client, named)) {
      await client.query(`DROP INDEX CONCURRENTLY IF EXISTS ${index}`);
      dropped.push(index);
    }
    return { dropped, clean: named.length === indexes.length };
  } catch {
    // The drop waited past lock_timeout too, or the session is gone: the index stays, and the report says to drop it.
    return { dropped, clean: false };
  }
}
