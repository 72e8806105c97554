import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  appliedState,
  createSessionPool,
  discoverTenants,
  findDrift,
  inspectLedger,
  ledgerSchema,
  ledgerScopeRefusal,
  newestVersion,
  pendingMigrations,
  readTargetHistory,
  runScheduled,
  toTargetError
} from "./chunk-2JPAK3IJ.js";
import {
  DEFAULT_STATUS_CONCURRENCY,
  formatShard,
  resolveFleetOptions
} from "./chunk-53NXIZJ2.js";
import {
  loadMigrations,
  timeline
} from "./chunk-KYBFAH2C.js";
import {
  maskUrl
} from "./chunk-6XJADNPY.js";

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
  if (options.target !== "master") {
    try {
      const tenantMigrations = timeline(set.migrations, "tenant");
      const discovered = await discoverTenants(options);
      const tenants = discovered.tenants;
      inactive = discovered.inactive;
      raw.onTargets?.(tenants);
      for (const tenant of tenants) targets.push({ target: tenant, migrations: tenantMigrations });
    } catch (failure) {
      error = toTargetError(failure, [options.masterUrl]);
    }
  }
  let done = 0;
  let failed = 0;
  const pool = createSessionPool(options);
  const migrationsOf = new Map(targets.map(({ target, migrations }) => [target, migrations]));
  const rows = await runScheduled(
    targets.map(({ target }) => target),
    { concurrency: options.concurrency, pool },
    async (target) => {
      const row = await targetStatus(target, migrationsOf.get(target), pool);
      done++;
      if (row.error) failed++;
      raw.onProgress?.({
        type: "target-done",
        result: {
          name: row.name,
          kind: row.kind,
          url: row.url,
          status: row.error ? "failed" : "up-to-date",
          fromVersion: row.currentVersion,
          toVersion: row.currentVersion,
          applied: [],
          durationMs: 0,
          ...row.error ? { error: row.error } : {}
        },
        done,
        total: targets.length,
        failed
      });
      return row;
    }
  ).finally(() => pool.close());
  return {
    ok: !error && rows.every((row) => !row.error && row.drift.length === 0 && row.outOfOrder.length === 0),
    durationMs: Math.round(performance.now() - started),
    ...options.shard ? { shard: formatShard(options.shard) } : {},
    targets: rows,
    ...inactive ? { inactiveTenants: inactive } : {},
    ...error ? { error } : {}
  };
}
async function targetStatus(target, migrations, sessions) {
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
  let session;
  try {
    session = await sessions.lease(target);
    const schema = ledgerSchema(target);
    const inspection = await inspectLedger(session.client, schema);
    const history = await readTargetHistory(session.client, schema, migrations, inspection);
    row.managedBy = inspection.columns.size > 0 ? "tenant-migrate" : history.adopted.length > 0 ? "goose" : "none";
    const otherScope = ledgerScopeRefusal(history.rows, target.kind === "master" ? "master" : "tenant", `${schema}._migration_versions`);
    if (otherScope) return { ...row, error: otherScope };
    const state = appliedState(history.rows);
    const pending = pendingMigrations(migrations, state);
    row.currentVersion = newestVersion(state.applied);
    row.pending = pending.length;
    row.pendingVersions = pending.map((migration) => migration.version);
    row.drift = findDrift(migrations, state.applied);
    row.outOfOrder = row.currentVersion === null ? [] : row.pendingVersions.filter((version) => version < row.currentVersion);
    row.lastAppliedAt = state.lastAppliedAt ? state.lastAppliedAt.toISOString() : null;
    return row;
  } catch (error) {
    return { ...row, error: toTargetError(error, [target.url]) };
  } finally {
    await session?.close();
  }
}

export {
  fleetStatus
};
