/**
 * A target's lock and its ledger in one round trip, for a target whose ledger a batched read has
 * just seen (fleet/ledger-snapshots.ts): pg_try_advisory_lock, the ledger's shape, then its rows.
 * The rows are read by a statement after the one that took the lock, so they include whatever a
 * deploy that held the lock before committed. The statements go with the session's setup
 * (SessionSource.lease's `follow`); the caller falls back to the step-by-step way (poll for the
 * lock, inspect, read) when the lock was busy or the ledger is no longer what the batch saw.
 */
import type pg from 'pg';
import { lockKey } from './advisory-lock.js';
import {
  type InspectionRow,
  inspectionColumns,
  type LedgerInspection,
  type LedgerRow,
  ledgerOrder,
  ledgerRowsSelect,
  type RawLedgerRow,
  toInspection,
  toLedgerRow,
} from './ledger.js';

export function lockAndReadStatements(schema: string, columns: ReadonlySet<string>, gooseTable?: string): string[] {
  const [namespace, key] = lockKey(schema);
  const lock = `SELECT pg_try_advisory_lock(${namespace}, ${key}) AS locked, ${inspectionColumns(schema, gooseTable)}`;
  if (columns.size === 0) return [lock];
  const read = new Set(columns);
  return [lock, `${ledgerRowsSelect(schema, read)} ORDER BY ${ledgerOrder(read)}`];
}

export interface LockedRead {
  /** False: another session holds the lock (nothing else is known). */
  locked: boolean;
  /** Under the lock: the ledger as it is now, when it still has the columns the batch saw. */
  ledger?: { inspection: LedgerInspection; rows: LedgerRow[] };
}

/** What the statements answered; `expected` is the ledger's columns as the batch saw them. */
export function lockedReadResult(results: readonly pg.QueryResult[], expected: ReadonlySet<string>): LockedRead {
  const [lock, read] = results;
  const row = lock.rows[0] as InspectionRow & { locked: boolean };
  if (!row.locked) return { locked: false };
  const inspection = toInspection(row);
  const same = inspection.columns.size === expected.size && [...expected].every((column) => inspection.columns.has(column));
  if (!same || inspection.hasGooseTable) return { locked: true };
  const rows = read ? (read.rows as RawLedgerRow[]).map(toLedgerRow) : [];
  return { locked: true, ledger: { inspection, rows } };
}
