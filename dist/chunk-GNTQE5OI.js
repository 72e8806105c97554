import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  loadMigrations,
  timeline
} from "./chunk-RG55CJQW.js";
import {
  readTenantRecords
} from "./chunk-JCD6YID7.js";
import {
  runTarget,
  toTargetError,
  untouchedResult
} from "./chunk-WE6CLKK2.js";
import {
  connectMaster,
  masterUrlOf
} from "./chunk-JKLMB7YD.js";
import {
  resolveFleetOptions
} from "./chunk-MEC7FD5J.js";
import {
  TenantMigrateError
} from "./chunk-TONUKN4I.js";

// src/fleet/migrate-tenant.ts
import { performance } from "node:perf_hooks";
async function migrateTenant(options) {
  const started = performance.now();
  let masterUrl;
  try {
    masterUrl = await masterUrlOf(options.master);
    const resolved = resolveFleetOptions({ ...options, masterUrl, target: "tenants" });
    const master = await connectMaster(options.master, resolved);
    let records;
    try {
      records = await readTenantRecords(master.client, masterUrl, options.tenantsQuery);
    } finally {
      await master.release();
    }
    const record = records.find((candidate) => candidate.name === options.name && candidate.active);
    if (!record) {
      throw new TenantMigrateError("TENANT_NOT_FOUND", `no active tenant is named ${options.name}`, {
        hint: "tenant-migrate tenant list shows the tenants; tenant add creates one"
      });
    }
    const migrations = timeline((await loadMigrations(options.dir)).migrations, "tenant");
    return await runTarget({
      target: record.target,
      migrations,
      timeline: "tenant",
      direction: "up",
      to: options.to,
      options: resolved,
      onProgress: options.onProgress
    });
  } catch (error) {
    return untouchedResult(
      { name: options.name, kind: "tenant", url: masterUrl ?? "" },
      { durationMs: Math.round(performance.now() - started), error: toTargetError(error, masterUrl ? [masterUrl] : []) }
    );
  }
}

export {
  migrateTenant
};
