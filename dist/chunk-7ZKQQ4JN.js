import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  createSessionPool,
  discoverTenants,
  runScheduled,
  runTarget,
  toTargetError
} from "./chunk-QGLWLDSC.js";
import {
  formatShard,
  resolveFleetOptions
} from "./chunk-CQGH5JJJ.js";
import {
  loadMigrations,
  timeline
} from "./chunk-CD4WFOUR.js";
import {
  maskUrl
} from "./chunk-OKUOVSY7.js";
import {
  TenantMigrateError
} from "./chunk-NNLCX7UU.js";

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
  const options = resolveFleetOptions(raw);
  const pool = createSessionPool(options);
  try {
    return await runFleetWith(command, raw, options, pool);
  } finally {
    await pool.close();
  }
}
async function runFleetWith(command, raw, options, pool) {
  const started = performance.now();
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
  let inactive;
  const report = () => ({
    command,
    ok: results.every((result) => result.status !== "failed" && result.status !== "skipped") && !runError,
    dryRun: options.dryRun,
    durationMs: Math.round(performance.now() - started),
    ...options.shard ? { shard: formatShard(options.shard) } : {},
    targets: results,
    ...inactive ? { inactiveTenants: inactive } : {},
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
      sessions: pool,
      onProgress: progress
    });
    done++;
    if (result.status === "failed") failed++;
    progress?.({ type: "target-done", result, done, total, failed });
    return result;
  };
  const runTenants = (tenants2) => runScheduled(tenants2, { concurrency: options.concurrency, pool }, (tenant) => run(tenant, tenantMigrations, "tenant"));
  const master = { name: "master", kind: "master", url: options.masterUrl };
  const found = (discovered) => {
    inactive = discovered.inactive;
    total += discovered.tenants.length;
    raw.onTargets?.(discovered.tenants);
    progress?.({ type: "total", total });
    return discovered.tenants;
  };
  let tenants;
  if (options.target !== "master") {
    try {
      tenants = found(await discoverTenants(options));
    } catch (error) {
      const deferred = command === "migrate" && options.target === "all" && error instanceof TenantMigrateError && error.code === "TENANTS_TABLE_MISSING";
      if (!deferred) throw error;
    }
  }
  if (!tenants) progress?.({ type: "total", total });
  if (command === "rollback") {
    if (tenants) results.push(...await runTenants(tenants));
    if (options.target === "tenants") return report();
    const tenantFailures = results.filter((result) => result.status === "failed").length;
    if (tenantFailures > 0) {
      results.push(
        skipped(
          master,
          "TENANTS_FAILED",
          `not rolled back: ${tenantFailures} tenant(s) failed, and their data may still depend on the master's`
        )
      );
      done++;
      progress?.({ type: "target-done", result: results[results.length - 1], done, total, failed });
      return report();
    }
    pool.expect([master]);
    results.push(await run(master, masterMigrations, "master"));
    return report();
  }
  if (options.target !== "tenants") {
    pool.expect([master]);
    const masterResult = await run(master, masterMigrations, "master");
    results.push(masterResult);
    if (masterResult.status === "failed") {
      for (const tenant of tenants ?? []) {
        results.push(skipped(tenant, "MASTER_FAILED", "not tried: the master failed, so no tenant was touched"));
      }
      return report();
    }
  }
  if (options.target === "master") return report();
  if (!tenants) {
    try {
      tenants = found(await discoverTenants(options));
    } catch (error) {
      runError = toTargetError(error, [options.masterUrl]);
      return report();
    }
  }
  results.push(...await runTenants(tenants));
  return report();
}
function skipped(target, code, message) {
  return {
    name: target.name,
    kind: target.kind,
    url: target.url ? maskUrl(target.url) : "",
    ...target.schema ? { schema: target.schema } : {},
    status: "skipped",
    fromVersion: null,
    toVersion: null,
    applied: [],
    durationMs: 0,
    error: { code, message }
  };
}

export {
  migrateFleet,
  rollbackFleet
};
