/**
 * What the targets' ledgers say, read without a lock and many per query: status shows it, and
 * migrate uses it to leave alone, without a lock or a transaction, every target that has nothing
 * to do (what it does apply is read again under the target's lock). Targets are read per
 * database in batches (LEDGERS_PER_QUERY), at most LANES_PER_DATABASE batches of one database at
 * once (each batch holds its tables' locks until it ends), on the run's shared sessions. Each
 * batch runs in a READ ONLY transaction, rolled back: reading ledgers never writes.
 */

import { describeServer } from '../db/connection-url.js';
import { gooseLikeTableFor, gooseLikeTables, gooseSearchSchemas } from '../db/goose-adoption.js';
import { GOOSE_TABLE, type LedgerInspection, type LedgerRow } from '../db/ledger.js';
import {
  atOnceResult,
  atOnceStatements,
  inspectLedgers,
  LEDGERS_PER_QUERY,
  readLedgers,
  readLedgersAtOnce,
  type SchemaLedger,
} from '../db/ledger-batch.js';
import { inReadOnlyTransaction } from '../db/read-only-transaction.js';
import { TenantMigrateError } from '../errors.js';
import type { Migration } from '../migrations/types.js';
import { isTenantDatabase } from './goose-table-elsewhere.js';
import { readTargetHistory, type TargetHistory } from './history.js';
import { runPool } from './pool.js';
import type { SessionSource } from './session-pool.js';
import { ledgerSchema } from './target-identity.js';
import type { Target } from './types.js';

export interface LedgerSnapshot {
  inspection: LedgerInspection;
  history: TargetHistory;
  /** Nothing in the ledger, no goose table of the configured name, but a table shaped like goose's: its name (bare: beside the ledger; schema.name: in the schema a schema-qualified goose table names). */
  otherGooseTable?: string;
}

export type SnapshotOutcome = { snapshot: LedgerSnapshot; error?: undefined } | { snapshot?: undefined; error: unknown };

const LANES_PER_DATABASE = 3;

interface Lane {
  url: string;
  chunks: Target[][];
}

export async function readLedgerSnapshots(
  targets: readonly Target[],
  migrationsOf: (target: Target) => readonly Migration[],
  options: {
    sessions: SessionSource & { expect(targets: readonly Target[]): void };
    concurrency: number;
    /** Once aborted, no further batch is read (its targets get no outcome). */
    signal?: AbortSignal;
    /** goose's version table (default goose_db_version). */
    gooseTable?: string;
  },
): Promise<Map<Target, SnapshotOutcome>> {
  const outcomes = new Map<Target, SnapshotOutcome>();
  const gooseTable = options.gooseTable ?? GOOSE_TABLE;
  const lanes = lanesOf(targets.filter((target) => !target.invalid));
  const leaseTargets = lanes.map((lane): Target => ({ name: `ledgers of ${describeServer(lane.url)}`, kind: 'tenant', url: lane.url }));
  options.sessions.expect(leaseTargets);
  await runPool(lanes, options.concurrency, async (lane, index) => {
    if (options.signal?.aborted) return;
    let session: Awaited<ReturnType<SessionSource['lease']>>;
    // The lane's first batch is read in the session's setup round trip (a database per tenant: one round trip in all).
    const firstSchemas = [...new Set(lane.chunks[0].map(ledgerSchema))];
    try {
      session = await options.sessions.lease(leaseTargets[index], atOnceStatements(firstSchemas, gooseTable));
    } catch (error) {
      for (const target of lane.chunks.flat()) outcomes.set(target, { error });
      return;
    }
    const first = session.followed && atOnceResult(firstSchemas, session.followed);
    // A lane whose batch was not the usual case (new tenants without a ledger) reads the rest in steps.
    let atOnce = first !== undefined;
    try {
      for (const [position, chunk] of lane.chunks.entries()) {
        if (options.signal?.aborted) break;
        try {
          const quick: Array<[Target, SnapshotOutcome]> | undefined =
            position === 0
              ? first && (await outcomesOf(session.client, lane.url, chunk, migrationsOf, first.inspections, first.rows, gooseTable))
              : atOnce
                ? await readChunkAtOnce(session.client, lane.url, chunk, migrationsOf, gooseTable)
                : undefined;
          if (position > 0) atOnce = quick !== undefined;
          // Read-only: a ledger that is a view over something that writes changes nothing here.
          const read =
            quick ??
            (await inReadOnlyTransaction(session.client, () => readChunk(session.client, lane.url, chunk, migrationsOf, gooseTable)));
          for (const [target, outcome] of read) outcomes.set(target, outcome);
        } catch (error) {
          for (const target of chunk) outcomes.set(target, { error });
        }
      }
    } finally {
      await session.close();
    }
  });
  return outcomes;
}

async function readChunk(
  client: Parameters<typeof inspectLedgers>[0],
  url: string,
  chunk: readonly Target[],
  migrationsOf: (target: Target) => readonly Migration[],
  gooseTable: string,
): Promise<Array<[Target, SnapshotOutcome]>> {
  const schemas = chunk.map(ledgerSchema);
  const inspections = await inspectLedgers(client, [...new Set(schemas)], gooseTable);
  const plain = chunk.filter((_, index) => {
    const inspection = inspections.get(schemas[index])!;
    return inspection.schemaExists && !inspection.hasGooseTable;
  });
  const rows = await readLedgers(
    client,
    plain.map((target) => {
      const schema = ledgerSchema(target);
      return { schema, columns: inspections.get(schema)!.columns };
    }),
  );
  return outcomesOf(client, url, chunk, migrationsOf, inspections, rows, gooseTable);
}

/** The chunk in one round trip when every ledger in it is a deployed tenant-migrate ledger (readLedgersAtOnce). */
async function readChunkAtOnce(
  client: Parameters<typeof inspectLedgers>[0],
  url: string,
  chunk: readonly Target[],
  migrationsOf: (target: Target) => readonly Migration[],
  gooseTable: string,
): Promise<Array<[Target, SnapshotOutcome]> | undefined> {
  const read = await readLedgersAtOnce(client, [...new Set(chunk.map(ledgerSchema))], gooseTable);
  return read && outcomesOf(client, url, chunk, migrationsOf, read.inspections, read.rows, gooseTable);
}

async function outcomesOf(
  client: Parameters<typeof inspectLedgers>[0],
  url: string,
  chunk: readonly Target[],
  migrationsOf: (target: Target) => readonly Migration[],
  inspections: Map<string, SchemaLedger>,
  rows: Map<string, LedgerRow[]>,
  gooseTable: string,
): Promise<Array<[Target, SnapshotOutcome]>> {
  const schemas = chunk.map(ledgerSchema);
  const outcomes: Array<[Target, SnapshotOutcome]> = [];
  // Nothing in the ledger and no goose table: goose may keep its history under another name (goose -table).
  const unmanaged = [
    ...new Set(
      schemas.filter((schema) => {
        const inspection = inspections.get(schema)!;
        return inspection.schemaExists && !inspection.hasGooseTable && (rows.get(schema) ?? []).length === 0;
      }),
    ),
  ];
  const databaseTarget = (index: number) => isTenantDatabase(chunk[index]);
  const everySchema = schemas.some((schema, index) => databaseTarget(index) && unmanaged.includes(schema));
  const elsewhere =
    unmanaged.length > 0
      ? await gooseLikeTables(client, [...new Set(unmanaged.flatMap((schema) => gooseSearchSchemas(schema, gooseTable)))], { everySchema })
      : new Map<string, string>();
  for (const [index, target] of chunk.entries()) {
    const schema = schemas[index];
    const { schemaExists, ...inspection } = inspections.get(schema)!;
    if (!schemaExists) {
      outcomes.push([target, { error: schemaMissing(schema, url) }]);
    } else if (inspection.hasGooseTable) {
      // goose's table beside the ledger: rare, read the usual way.
      outcomes.push([
        target,
        { snapshot: { inspection, history: await readTargetHistory(client, schema, migrationsOf(target), inspection, gooseTable) } },
      ]);
    } else {
      const otherGooseTable = gooseLikeTableFor(elsewhere, schema, gooseTable, databaseTarget(index));
      outcomes.push([
        target,
        {
          snapshot: {
            inspection,
            history: { rows: rows.get(schema) ?? [], adopted: [] },
            ...(otherGooseTable ? { otherGooseTable } : {}),
          },
        },
      ]);
    }
  }
  return outcomes;
}

function schemaMissing(schema: string, url: string): TenantMigrateError {
  return new TenantMigrateError('SCHEMA_MISSING', `schema "${schema}" does not exist in ${describeServer(url)}`, {
    hint: 'create the tenant schema first (CREATE SCHEMA ...), or fix the schema column of its tenants row',
  });
}

/** Targets per database, in batches, dealt over a few lanes per database. Pure. */
export function lanesOf(targets: readonly Target[]): Lane[] {
  const byDatabase = new Map<string, Target[]>();
  for (const target of targets) {
    const list = byDatabase.get(target.url);
    if (list) list.push(target);
    else byDatabase.set(target.url, [target]);
  }
  const lanes: Lane[] = [];
  for (const [url, list] of byDatabase) {
    const chunks: Target[][] = [];
    for (let start = 0; start < list.length; start += LEDGERS_PER_QUERY) chunks.push(list.slice(start, start + LEDGERS_PER_QUERY));
    const count = Math.min(LANES_PER_DATABASE, chunks.length);
    const ofDatabase = Array.from({ length: count }, (): Lane => ({ url, chunks: [] }));
    for (const [index, chunk] of chunks.entries()) ofDatabase[index % count].chunks.push(chunk);
    lanes.push(...ofDatabase);
  }
  return lanes;
}
