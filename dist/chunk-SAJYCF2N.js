import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  checkContract,
  deactivateTenant,
  placeOf,
  readTenantRecords
} from "./chunk-JCD6YID7.js";
import {
  databaseExists,
  describeSession,
  dropDatabase,
  dropSchema,
  provisioningLockHolder,
  releaseProvisioningLock,
  sessionsOn,
  tryProvisioningLock
} from "./chunk-A7CFDGPP.js";
import {
  toTargetError
} from "./chunk-WE6CLKK2.js";
import {
  connectMaster,
  masterUrlOf
} from "./chunk-JKLMB7YD.js";
import {
  resolveFleetOptions
} from "./chunk-MEC7FD5J.js";
import {
  databaseOf,
  maskUrl
} from "./chunk-IDMQH24V.js";
import {
  TenantMigrateError,
  text
} from "./chunk-TONUKN4I.js";

// src/fleet/remove-tenant.ts
import { performance } from "node:perf_hooks";
async function removeTenant(options) {
  const started = performance.now();
  const done = { deactivated: false, dropped: false };
  let record;
  let masterUrl;
  let master;
  let locked = false;
  const subject = `tenant:${options.name}`;
  try {
    masterUrl = await masterUrlOf(options.master);
    const resolved = resolveFleetOptions({ dir: ".", ...options, masterUrl });
    const contract = {
      tenantsQuery: options.tenantsQuery,
      unregisterQuery: options.unregisterQuery,
      register: options.register ?? true
    };
    checkContract(contract, "remove");
    master = await connectMaster(options.master, resolved);
    locked = await tryProvisioningLock(master.client, subject);
    if (!locked) {
      const holder = await provisioningLockHolder(master.client, subject);
      throw new TenantMigrateError(
        "TENANT_BUSY",
        `a tenant add or remove of tenant ${options.name} is running${holder ? ` (${holder})` : ""}`,
        {
          hint: "wait for it to finish, then run again"
        }
      );
    }
    const records = await readTenantRecords(master.client, masterUrl, options.tenantsQuery);
    record = records.find((candidate) => candidate.name === options.name);
    if (!record) {
      throw new TenantMigrateError("TENANT_NOT_FOUND", `no tenant is named ${options.name}`, {
        hint: "tenant-migrate tenant list shows the tenants"
      });
    }
    done.deactivated = record.active ? await deactivateTenant(master.client, contract, options.name) : false;
    if (options.drop) done.dropped = await dropPlace(master, masterUrl, record, records);
    return describe(options.name, record, done, started);
  } catch (error) {
    return {
      ...describe(options.name, record, done, started),
      ok: false,
      error: toTargetError(error, [masterUrl, record?.target.url].filter(Boolean))
    };
  } finally {
    if (locked) await releaseProvisioningLock(master.client, subject).catch(() => {
    });
    await master?.release();
  }
}
async function dropPlace(master, masterUrl, record, records) {
  const { target } = record;
  if (target.invalid) throw new TenantMigrateError("TENANT_INVALID", `tenant ${record.name}: ${target.invalid}; nothing to drop`);
  const place = placeOf(target);
  const sharing = records.filter((other) => other.name !== record.name && !other.target.invalid && placeOf(other.target) === place);
  if (sharing.length > 0) {
    throw new TenantMigrateError(
      "TENANT_PLACE_TAKEN",
      `not dropped: tenant ${sharing[0].name} lives in the same ${target.schema ? "schema" : "database"}`,
      {
        hint: "the row is marked inactive; fix the rows so each tenant has its own place before dropping"
      }
    );
  }
  if (target.schema) {
    const inMaster = placeOf({ url: target.url }) === placeOf({ url: masterUrl });
    if (!inMaster)
      throw new TenantMigrateError(
        "BAD_OPTION",
        text("drop.schema-elsewhere", "{option} of schema {schema}: it is in another database than the master's; drop it there", {
          option: "drop",
          values: { schema: target.schema }
        })
      );
    await dropSchema(master.client, target.schema);
    return true;
  }
  const database = databaseOf(target.url);
  if (placeOf({ url: target.url }) === placeOf({ url: masterUrl })) {
    throw new TenantMigrateError("TENANT_PLACE_TAKEN", `not dropped: tenant ${record.name}'s row names the master database itself`);
  }
  if (describeServerOf(target.url) !== describeServerOf(masterUrl)) {
    throw new TenantMigrateError(
      "BAD_OPTION",
      text("drop.database-elsewhere", "{option} of database {database}: it is on another server than the master's; drop it there", {
        option: "drop",
        values: { database }
      })
    );
  }
  if (!await databaseExists(master.client, database)) return false;
  const sessions = await sessionsOn(master.client, database);
  if (sessions.length > 0) {
    throw new TenantMigrateError(
      "DATABASE_ERROR",
      `not dropped: database ${database} has ${sessions.length} session(s): ${sessions.map(describeSession).join("; ")}`,
      {
        hint: text(
          "drop.sessions",
          "stop the application for this tenant (or end those sessions), then remove it again with {option}; the row is already inactive",
          { option: "drop" }
        )
      }
    );
  }
  await dropDatabase(master.client, database);
  return true;
}
function describeServerOf(url) {
  const parsed = new URL(url);
  return `${parsed.hostname.toLowerCase()}:${parsed.port || "5432"}`;
}
function describe(name, record, done, started) {
  const target = record?.target;
  return {
    ok: true,
    name,
    ...target && !target.invalid ? {
      kind: target.schema ? "schema" : "database",
      database: databaseOf(target.url),
      ...target.schema ? { schema: target.schema } : {},
      url: maskUrl(target.url)
    } : {},
    ...done,
    durationMs: Math.round(performance.now() - started)
  };
}

export {
  removeTenant
};
