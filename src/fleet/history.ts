/**
 * What a target has applied, read the same way by migrate, rollback and status: the ledger's
 * rows, plus the versions goose_db_version marks as applied that the ledger has never heard of
 * (adopted: named after their files, without a checksum).
 */
import { ADOPTED_FROM_GOOSE, readGooseVersions, versionsToAdopt } from '../db/goose-adoption.js';
import { type LedgerRow, readLedger } from '../db/ledger.js';
import type { Migration } from '../migrations/types.js';

export interface TargetHistory {
  /** The ledger's rows, oldest first, then the adopted ones. */
  rows: LedgerRow[];
  /** Goose versions not in the ledger yet. */
  adopted: LedgerRow[];
}

export async function readTargetHistory(
  client: Parameters<typeof readLedger>[0],
  schema: string,
  migrations: readonly Migration[],
  ledger: { columns: Set<string>; hasGooseTable: boolean },
  gooseTable?: string,
): Promise<TargetHistory> {
  const rows = await readLedger(client, schema, ledger.columns);
  if (!ledger.hasGooseTable) return { rows, adopted: [] };
  const adopted = versionsToAdopt(await readGooseVersions(client, schema, gooseTable), rows).map((entry) => adoptedRow(entry, migrations));
  return { rows: [...rows, ...adopted], adopted };
}

function adoptedRow(entry: { version: number; appliedAt: Date | null }, migrations: readonly Migration[]): LedgerRow {
  const file = migrations.find((migration) => migration.version === entry.version);
  return {
    version: entry.version,
    name: file?.name ?? `goose_${entry.version}`,
    direction: 'up',
    appliedAt: entry.appliedAt,
    checksum: null,
    appliedBy: ADOPTED_FROM_GOOSE,
  };
}
