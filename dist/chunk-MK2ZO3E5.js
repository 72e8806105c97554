import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  appliedState,
  discoverTenants,
  findDrift,
  inspectLedger,
  ledgerSchema,
  newestVersion,
  openTargetSession,
  pendingMigrations,
  readTargetHistory,
  runPool,
  toTargetError
} from "./chunk-CUUIDI4X.js";
import {
  DEFAULT_STATUS_CONCURRENCY,
  formatShard,
  resolveFleetOptions
} from "./chunk-6JE2FYHM.js";
import {
  loadMigrations,
  timeline
} from "./chunk-4JP25WZP.js";
import {
  maskUrl
} from "./chunk-NU2R5GXU.js";

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
  const rows = await runPool(targets, options.concurrency, async ({ target, migrations }) => {
    const row = await targetStatus(target, migrations, options);
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
  });
  return {
    ok: !error && rows.every((row) => !row.error && row.drift.length === 0 && row.outOfOrder.length === 0),
    durationMs: Math.round(performance.now() - started),
    ...options.shard ? { shard: formatShard(options.shard) } : {},
    targets: rows,
    ...inactive ? { inactiveTenants: inactive } : {},
    ...error ? { error } : {}
  };
}
async function targetStatus(target, migrations, options) {
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
    session = await openTargetSession(target, options);
    const schema = ledgerSchema(target);
    const inspection = await inspectLedger(session.client, schema);
    const history = await readTargetHistory(session.client, schema, migrations, inspection);
    row.managedBy = inspection.columns.size > 0 ? "tenant-migrate" : history.adopted.length > 0 ? "goose" : "none";
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
