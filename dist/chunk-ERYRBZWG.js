import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  discoverTenants,
  runPool,
  runTarget,
  toTargetError
} from "./chunk-R4PDSYYM.js";
import {
  formatShard,
  resolveFleetOptions
} from "./chunk-FKYAVXTE.js";
import {
  maskUrl
} from "./chunk-RA7JWEE7.js";
import {
  loadMigrations,
  timeline
} from "./chunk-Z5O5O2I2.js";
import {
  TenantMigrateError
} from "./chunk-CKGJZ3FL.js";

// src/fleet/run-fleet.ts
import { performance } from "node:perf_hooks";
function migrateFleet(options) {
  return runFleet("migrate", options);
}
async function rollbackFleet(options) {
  if (options.to !== void 0 && options.steps !== void 0) {
    throw new TenantMigrateError("BAD_OPTION", "rollback takes --to VERSION or --steps N, not both");
  }
  if (options.steps !== void 0 && (!Number.isInteger(options.steps) || options.steps < 1)) {
    throw new TenantMigrateError("BAD_OPTION", `--steps must be a whole number of at least 1, not ${options.steps}`);
  }
  return runFleet("rollback", options);
}
async function runFleet(command, raw) {
  const started = performance.now();
  const options = resolveFleetOptions(raw);
  const set = await loadMigrations(options.dir);
  const masterMigrations = timeline(set.migrations, "master");
  const tenantMigrations = timeline(set.migrations, "tenant");
  const direction = command === "migrate" ? "up" : "down";
  const results = [];
  let done = 0;
  let failed = 0;
  let total = options.target === "tenants" ? 0 : 1;
  const progress = raw.onProgress;
  let runError;
  const report = () => ({
    command,
    ok: results.every((result) => result.status !== "failed" && result.status !== "skipped") && !runError,
    dryRun: options.dryRun,
    durationMs: Math.round(performance.now() - started),
    ...options.shard ? { shard: formatShard(options.shard) } : {},
    targets: results,
    ...runError ? { error: runError } : {}
  });
  const run = async (target, migrations, which) => {
    const result = await runTarget({
      target,
      migrations,
      timeline: which,
      direction,
      to: raw.to,
      steps: raw.steps,
      options,
      onProgress: progress
    });
    done++;
    if (result.status === "failed") failed++;
    progress?.({ type: "target-done", result, done, total, failed });
    return result;
  };
  let tenants;
  if (options.target !== "master") {
    try {
      tenants = await discoverTenants(options);
    } catch (error) {
      const deferred = options.target === "all" && error instanceof TenantMigrateError && error.code === "TENANTS_TABLE_MISSING";
      if (!deferred) throw error;
    }
  }
  if (tenants) {
    total += tenants.length;
    raw.onTargets?.(tenants);
  }
  progress?.({ type: "total", total });
  if (options.target !== "tenants") {
    const master = await run({ name: "master", kind: "master", url: options.masterUrl }, masterMigrations, "master");
    results.push(master);
    if (master.status === "failed") {
      for (const tenant of tenants ?? []) results.push(skipped(tenant));
      return report();
    }
  }
  if (options.target === "master") return report();
  if (!tenants) {
    try {
      tenants = await discoverTenants(options);
      raw.onTargets?.(tenants);
      total += tenants.length;
      progress?.({ type: "total", total });
    } catch (error) {
      runError = toTargetError(error, [options.masterUrl]);
      return report();
    }
  }
  results.push(...await runPool(tenants, options.concurrency, (tenant) => run(tenant, tenantMigrations, "tenant")));
  return report();
}
function skipped(tenant) {
  return {
    name: tenant.name,
    kind: "tenant",
    url: tenant.url ? maskUrl(tenant.url) : "",
    ...tenant.schema ? { schema: tenant.schema } : {},
    status: "skipped",
    fromVersion: null,
    toVersion: null,
    applied: [],
    durationMs: 0,
    error: { code: "MASTER_FAILED", message: "not tried: the master failed, so no tenant was touched" }
  };
}

export {
  migrateFleet,
  rollbackFleet
};
