import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  readLedgerSnapshots
} from "./chunk-EMMSOOPR.js";
import {
  loadMigrations,
  timeline
} from "./chunk-RG55CJQW.js";
import {
  discoverTenants
} from "./chunk-4DTQHM3K.js";
import {
  blockingDrift,
  createSessionPool,
  findDrift,
  gooseTableElsewhere,
  ledgerScopeRefusal,
  newestVersion,
  outOfOrderMigrations,
  pendingMigrations,
  toTargetError
} from "./chunk-WE6CLKK2.js";
import {
  ledgerSchema
} from "./chunk-JKLMB7YD.js";
import {
  DEFAULT_STATUS_CONCURRENCY,
  formatShard,
  resolveFleetOptions
} from "./chunk-MEC7FD5J.js";
import {
  appliedState
} from "./chunk-K7NWUBXN.js";
import {
  maskUrl
} from "./chunk-IDMQH24V.js";

// src/fleet/status.ts
import { performance } from "node:perf_hooks";
async function fleetStatus(raw) {
  const started = performance.now();
  const options = resolveFleetOptions(raw, DEFAULT_STATUS_CONCURRENCY);
  const set = await loadMigrations(options.dir);
  const targets = [];
  if (options.target !== "tenants") {
    targets.push({ target: { name: "master", kind: "master", url: options.masterUrl }, migrations: timeline(set.migrations, "master") });
  }
  let error;
  let inactive = 0;
  let serverOf;
  if (options.target !== "master") {
    try {
      const tenantMigrations = timeline(set.migrations, "tenant");
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
    (target) => migrationsOf.get(target),
    { sessions: pool, concurrency: options.concurrency, gooseTable: options.gooseTable }
  ).finally(() => pool.close());
  let failed = 0;
  const rows = targets.map(({ target, migrations }, index) => {
    const row = statusRow(target, migrations, snapshots.get(target), options.gooseTable);
    if (row.error) failed++;
    raw.onProgress?.({ type: "target-done", result: asProgressResult(row), done: index + 1, total: targets.length, failed });
    return row;
  });
  return {
    ok: !error && rows.every((row) => !row.error && blockingDrift(row.drift).length === 0 && row.outOfOrder.length === 0),
    durationMs: Math.round(performance.now() - started),
    ...options.shard ? { shard: formatShard(options.shard) } : {},
    targets: rows,
    ...inactive ? { inactiveTenants: inactive } : {},
    ...error ? { error } : {}
  };
}
function statusRow(target, migrations, outcome, gooseTable) {
  const row = {
    name: target.name,
    kind: target.kind,
    url: target.url ? maskUrl(target.url) : "",
    ...target.schema ? { schema: target.schema } : {},
    currentVersion: null,
    latestVersion: newestVersion(migrations),
    pending: 0,
    pendingVersions: [],
    drift: [],
    outOfOrder: [],
    lastAppliedAt: null,
    managedBy: "none"
  };
  if (target.invalid) return { ...row, error: { code: "TENANT_INVALID", message: target.invalid } };
  if (!outcome?.snapshot) return { ...row, error: toTargetError(outcome?.error ?? new Error("not read"), [target.url]) };
  const { inspection, history } = outcome.snapshot;
  const managedBy = inspection.columns.size > 0 ? "tenant-migrate" : history.adopted.length > 0 ? "goose" : "none";
  const schema = ledgerSchema(target);
  const otherScope = ledgerScopeRefusal(history.rows, target.kind === "master" ? "master" : "tenant", `${schema}._migration_versions`);
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
    ...unchecked > 0 ? { unchecked } : {},
    currentVersion,
    pending: pending.length,
    pendingVersions,
    drift: findDrift(migrations, state.applied),
    outOfOrder: outOfOrderMigrations(pending, state).map((migration) => migration.version),
    lastAppliedAt: state.lastAppliedAt ? state.lastAppliedAt.toISOString() : null
  };
}
function asProgressResult(row) {
  return {
    name: row.name,
    kind: row.kind,
    url: row.url,
    status: row.error ? "failed" : "up-to-date",
    fromVersion: row.currentVersion,
    toVersion: row.currentVersion,
    applied: [],
    durationMs: 0,
    ...row.error ? { error: row.error } : {}
  };
}

export {
  fleetStatus
};
