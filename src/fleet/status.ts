/**
 * The fleet's version matrix: per target the newest applied version, what is pending, drift and
 * the last applied time. Read-only (no lock, no ledger created), and many targets at once, so
 * it stays fast on large fleets.
 */
import { performance } from 'node:perf_hooks';
import { maskUrl } from '../db/connection-url.js';
import { appliedState } from '../db/ledger.js';
import { loadMigrations, timeline } from '../migrations/read-directory.js';
import type { Migration } from '../migrations/types.js';
import { gooseTableElsewhere } from './goose-table-elsewhere.js';
import { ledgerScopeRefusal } from './ledger-scope.js';
import { readLedgerSnapshots, type SnapshotOutcome } from './ledger-snapshots.js';
import { DEFAULT_STATUS_CONCURRENCY, resolveFleetOptions } from './options.js';
import { blockingDrift, findDrift, newestVersion, outOfOrderMigrations, pendingMigrations } from './plan.js';
import { toTargetError } from './run-target.js';
import { formatShard } from './shard.js';
import { ledgerSchema } from './target-identity.js';
import { createSessionPool } from './target-session.js';
import { discoverTenants } from './tenants.js';
import type { StatusOptions, StatusReport, Target, TargetResult, TargetStatusRow } from './types.js';

export async function fleetStatus(raw: StatusOptions): Promise<StatusReport> {
  const started = performance.now();
  const options = resolveFleetOptions(raw, DEFAULT_STATUS_CONCURRENCY);
  const set = await loadMigrations(options.dir);
  const targets: Array<{ target: Target; migrations: Migration[] }> = [];
  if (options.target !== 'tenants') {
    targets.push({ target: { name: 'master', kind: 'master', url: options.masterUrl }, migrations: timeline(set.migrations, 'master') });
  }
  let error: StatusReport['error'];
  let inactive = 0;
  let serverOf: ((server: string) => string) | undefined;
  if (options.target !== 'master') {
    try {
      const tenantMigrations = timeline(set.migrations, 'tenant');
      const discovered = await discoverTenants(options);
      const tenants = discovered.tenants;
      inactive = discovered.inactive;
      serverOf = discovered.serverOf;
      raw.onTargets?.(tenants);
      for (const tenant of tenants) targets.push({ target: tenant, migrations: tenantMigrations });
    } catch (failure) {
      error = toTargetError(failure, [options.masterUrl]);
    }
  }
  const pool = createSessionPool(options);
  if (serverOf) pool.nameServers(serverOf);
  const migrationsOf = new Map(targets.map(({ target, migrations }) => [target, migrations]));
  const snapshots = await readLedgerSnapshots(
    targets.map(({ target }) => target),
    (target) => migrationsOf.get(target)!,
    { sessions: pool, concurrency: options.concurrency, gooseTable: options.gooseTable },
  ).finally(() => pool.close());
  let failed = 0;
  const rows = targets.map(({ target, migrations }, index) => {
    const row = statusRow(target, migrations, snapshots.get(target), options.gooseTable);
    if (row.error) failed++;
    raw.onProgress?.({ type: 'target-done', result: asProgressResult(row), done: index + 1, total: targets.length, failed });
    return row;
  });
  return {
    ok: !error && rows.every((row) => !row.error && blockingDrift(row.drift).length === 0 && row.outOfOrder.length === 0),
    durationMs: Math.round(performance.now() - started),
    ...(options.shard ? { shard: formatShard(options.shard) } : {}),
    targets: rows,
    ...(inactive ? { inactiveTenants: inactive } : {}),
    ...(error ? { error } : {}),
  };
}

/** One target's row of the matrix, from what its ledger says (or why it could not be read). Pure. */
function statusRow(target: Target, migrations: Migration[], outcome: SnapshotOutcome | undefined, gooseTable: string): TargetStatusRow {
  const row: TargetStatusRow = {
    name: target.name,
    kind: target.kind,
    url: target.url ? maskUrl(target.url) : '',
    ...(target.schema ? { schema: target.schema } : {}),
    currentVersion: null,
    latestVersion: newestVersion(migrations),
    pending: 0,
    pendingVersions: [],
    drift: [],
    outOfOrder: [],
    lastAppliedAt: null,
    managedBy: 'none',
  };
  if (target.invalid) return { ...row, error: { code: 'TENANT_INVALID', message: target.invalid } };
  if (!outcome?.snapshot) return { ...row, error: toTargetError(outcome?.error ?? new Error('not read'), [target.url]) };
  const { inspection, history } = outcome.snapshot;
  const managedBy = inspection.columns.size > 0 ? 'tenant-migrate' : history.adopted.length > 0 ? 'goose' : 'none';
  const schema = ledgerSchema(target);
  const otherScope = ledgerScopeRefusal(history.rows, target.kind === 'master' ? 'master' : 'tenant', `${schema}._migration_versions`);
  if (otherScope) return { ...row, managedBy, error: otherScope };
  if (outcome.snapshot.otherGooseTable && history.rows.length === 0) {
    return { ...row, error: gooseTableElsewhere(schema, outcome.snapshot.otherGooseTable, gooseTable) };
  }
  const state = appliedState(history.rows, migrations);
  const pending = pendingMigrations(migrations, state);
  const currentVersion = newestVersion(state.applied);
  const pendingVersions = pending.map((migration) => migration.version);
  const unchecked = state.applied.filter((applied) => !applied.checksum).length;
  return {
    ...row,
    managedBy,
    ...(unchecked > 0 ? { unchecked } : {}),
    currentVersion,
    pending: pending.length,
    pendingVersions,
    drift: findDrift(migrations, state.applied),
    outOfOrder: outOfOrderMigrations(pending, state).map((migration) => migration.version),
    lastAppliedAt: state.lastAppliedAt ? state.lastAppliedAt.toISOString() : null,
  };
}

/** A status row as the progress display's target-done event wants it. */
function asProgressResult(row: TargetStatusRow): TargetResult {
  return {
    name: row.name,
    kind: row.kind,
    url: row.url,
    status: row.error ? 'failed' : 'up-to-date',
    fromVersion: row.currentVersion,
    toVersion: row.currentVersion,
    applied: [],
    durationMs: 0,
    ...(row.error ? { error: row.error } : {}),
  };
}
