/**
 * CREATE INDEX CONCURRENTLY can leave an INVALID index behind: when it fails, and when a retry
 * written `IF NOT EXISTS` finds the invalid leftover and skips. PostgreSQL then keeps paying to
 * update an index no query uses, and the migration looks done. After a NO TRANSACTION file, the
 * indexes it built concurrently are checked in pg_index.
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
  const { rows } = await client.query<{ index: string }>(
    `SELECT i.indexrelid::regclass::text AS index FROM pg_index i
      WHERE NOT i.indisvalid
        AND (i.indexrelid IN (SELECT to_regclass(name) FROM unnest($1::text[]) name)
          OR i.indrelid IN (SELECT to_regclass(name) FROM unnest($2::text[]) name))
      ORDER BY 1`,
    [named, tables],
  );
  return rows.map((row) => row.index);
}
