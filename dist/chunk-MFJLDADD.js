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
  countUserRelations,
  createDatabase,
  databaseExists,
  describeSession,
  provisioningLockHolder,
  releaseProvisioningLock,
  releaseProvisioningLockShared,
  schemaExists,
  sessionsOn,
  terminateSessions,
  tryProvisioningLockShared,
  waitProvisioningLock
} from "./chunk-A7CFDGPP.js";
import {
  acquireTargetLock,
  describeFailure,
  runTarget,
  toTargetError,
  untouchedResult
} from "./chunk-WE6CLKK2.js";
import {
  connectMaster,
  ledgerSchema,
  masterUrlOf
} from "./chunk-JKLMB7YD.js";
import {
  resolveFleetOptions
} from "./chunk-MEC7FD5J.js";
import {
  ensureLedger,
  inspectLedger,
  runMigration
} from "./chunk-K7NWUBXN.js";
import {
  APPLICATION_NAME,
  openSession,
  quoteIdent,
  settingsStatements
} from "./chunk-EYDMOPBA.js";
import {
  databaseOf,
  describeServer,
  withDatabase
} from "./chunk-IDMQH24V.js";
import {
  TenantMigrateError,
  hintFields,
  text
} from "./chunk-TONUKN4I.js";

// src/fleet/tenant-template.ts
import { performance as performance2 } from "node:perf_hooks";

// src/fleet/migrate-new-target.ts
import { performance } from "node:perf_hooks";
async function migrateNewTarget(job) {
  const built = await buildInOneTransaction(job);
  return built ?? runTarget(job);
}
async function buildInOneTransaction(job) {
  if (job.direction !== "up" || job.options.dryRun || job.migrations.some((migration) => !migration.transaction)) return void 0;
  const { target, options } = job;
  const started = performance.now();
  const schema = ledgerSchema(target);
  const applied = [];
  const result = (fields) => untouchedResult(target, { applied, durationMs: Math.round(performance.now() - started), ...fields });
  job.onProgress?.({ type: "target-start", target: target.name, kind: target.kind });
  let session;
  let inTransaction = false;
  let current;
  try {
    session = await openSession(target.url, {
      connectTimeoutMs: options.connectTimeoutMs,
      lockTimeoutMs: options.lockTimeoutMs,
      statementTimeoutMs: options.statementTimeoutMs
    });
    const { client } = session;
    await acquireTargetLock(client, schema, options.lockWaitMs, session.quickQueryTimeoutMs);
    const exists = target.schema ? await schemaExists(client, target.schema) : true;
    if (exists) {
      const inspection = await inspectLedger(client, schema, options.gooseTable);
      if (inspection.columns.size > 0 || inspection.hasGooseTable) return void 0;
      const relations = await countUserRelations(client, target.schema);
      if (relations > 0) {
        return result({
          error: {
            code: "TENANT_PLACE_NOT_EMPTY",
            message: `${target.schema ? `schema ${target.schema} in ` : ""}${describeServer(target.url)} already holds ${relations} table(s), view(s) or sequence(s) and no migration ledger: it is not a tenant an earlier add left half made`,
            ...hintFields(
              text(
                "tenant.place-not-empty",
                "give the tenant another {option:database} or {option:schema}, or drop what is there if it is yours to drop",
                {
                  option: "database"
                }
              )
            )
          }
        });
      }
    }
    const targetSettings = settingsStatements({ ...options, schema: target.schema });
    await client.query(["BEGIN", ...targetSettings].join("; "));
    inTransaction = true;
    if (target.schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(target.schema)}`);
    await ensureLedger(client, schema, { columns: /* @__PURE__ */ new Set(), hasGooseTable: false });
    for (const migration of job.migrations) {
      current = migration;
      job.onProgress?.({ type: "migration-start", target: target.name, version: migration.version, name: migration.name, direction: "up" });
      const durationMs = await runMigration(client, schema, {
        statements: migration.up.statements,
        transaction: true,
        withinTransaction: true,
        settings: targetSettings,
        entry: {
          version: migration.version,
          versionText: migration.versionText,
          name: migration.name,
          direction: "up",
          scope: migration.scope,
          checksum: migration.checksum,
          appliedBy: options.appliedBy
        }
      });
      applied.push({ version: migration.version, name: migration.name, direction: "up", durationMs: Math.round(durationMs * 10) / 10 });
    }
    current = void 0;
    await client.query("COMMIT");
    inTransaction = false;
    const toVersion = job.migrations.length === 0 ? null : Math.max(...job.migrations.map((migration) => migration.version));
    return result({ status: applied.length > 0 ? "applied" : "up-to-date", toVersion });
  } catch (error) {
    if (inTransaction) await session?.client.query("ROLLBACK").catch(() => {
    });
    applied.length = 0;
    const failure = toTargetError(current ? describeFailure(error, current, "up") : error, [target.url]);
    const note = current ? " The new target is built in one transaction: nothing of it was kept, and running tenant add again starts it over." : "";
    return result({ error: { ...failure, message: `${failure.message}${note}` } });
  } finally {
    await session?.close();
  }
}

// src/fleet/tenant-names.ts
import { createHash } from "node:crypto";
var MAX_IDENTIFIER_BYTES = 63;
var RESERVED = /* @__PURE__ */ new Set(["postgres", "template0", "template1", "public", "information_schema"]);
function identifierFor(tenantName) {
  let slug = tenantName.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9_]+/g, "_").replace(/^_+|_+$/g, "");
  if (slug === "") slug = "tenant";
  if (/^[0-9]/.test(slug)) slug = `t_${slug}`;
  if (RESERVED.has(slug) || slug.startsWith("pg_")) slug = `tenant_${slug}`;
  if (slug.length > MAX_IDENTIFIER_BYTES) {
    const hash = createHash("sha256").update(tenantName).digest("hex").slice(0, 8);
    slug = `${slug.slice(0, MAX_IDENTIFIER_BYTES - 9).replace(/_+$/, "")}_${hash}`;
  }
  return slug;
}
function checkPlaceName(name, option) {
  const problem = !/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name) ? "use letters, digits, _ and -, starting with a letter or _" : Buffer.byteLength(name) > MAX_IDENTIFIER_BYTES ? `it is longer than ${MAX_IDENTIFIER_BYTES} bytes, where PostgreSQL cuts names` : RESERVED.has(name.toLowerCase()) || name.toLowerCase().startsWith("pg_") ? "it is a name PostgreSQL keeps for itself" : void 0;
  if (problem) {
    throw new TenantMigrateError(
      "BAD_OPTION",
      text("tenant.place-name", "{option} {name} is not a usable name: {problem}", {
        option,
        values: { name: JSON.stringify(name), problem }
      })
    );
  }
  return name;
}
function checkTenantName(name) {
  const trimmed = name.trim();
  if (trimmed === "" || trimmed !== name || /[\u0000-\u001f]/.test(name)) {
    throw new TenantMigrateError(
      "BAD_OPTION",
      `the tenant name ${JSON.stringify(name)} is empty or has surrounding spaces or control characters`
    );
  }
  return name;
}
function defaultTemplateDatabase(masterDatabase) {
  const name = `${masterDatabase}_tenant_template`;
  return Buffer.byteLength(name) <= MAX_IDENTIFIER_BYTES ? name : `${identifierFor(masterDatabase).slice(0, 40)}_tenant_template`;
}

// src/fleet/tenant-template.ts
async function tenantTimeline(dir) {
  return timeline((typeof dir === "string" ? await loadMigrations(dir) : dir).migrations, "tenant");
}
function dirOf(dir) {
  return typeof dir === "string" ? dir : dir.dir;
}
var lockSubject = (database) => `template:${database}`;
function templateDatabaseName(masterUrl, templateDatabase) {
  return templateDatabase ?? defaultTemplateDatabase(databaseOf(masterUrl));
}
function templateTarget(masterUrl, database) {
  return { name: `template ${database}`, kind: "tenant", url: withDatabase(masterUrl, database) };
}
async function templateTargets(options, templateDatabase) {
  if (options.tenants || options.shard && options.shard.index !== 1) return [];
  const database = templateDatabaseName(options.masterUrl, templateDatabase);
  let master;
  try {
    master = await connectMaster(options.masterUrl, options);
    return await databaseExists(master.client, database) ? [templateTarget(options.masterUrl, database)] : [];
  } catch {
    return [];
  } finally {
    await master?.release();
  }
}
async function runTemplateJob(job, database, master) {
  const own = master ?? await connectMaster(job.options.masterUrl, job.options);
  try {
    if (!await waitProvisioningLock(own.client, lockSubject(database), job.options.lockWaitMs)) {
      return await busyResult(own, job.target, database, job.options.lockWaitMs);
    }
    try {
      return await (job.direction === "up" ? migrateNewTarget(job) : runTarget(job));
    } finally {
      await releaseProvisioningLock(own.client, lockSubject(database));
    }
  } finally {
    if (!master) await own.release();
  }
}
async function refreshTemplate(options) {
  const masterUrl = await masterUrlOf(options.master);
  const resolved = resolveFleetOptions({ ...options, dir: dirOf(options.dir), masterUrl, target: "tenants" });
  const master = await connectMaster(options.master, resolved);
  try {
    return await refreshTemplateOn(master, resolved, options);
  } finally {
    await master.release();
  }
}
async function refreshTemplateOn(master, resolved, options) {
  const started = performance2.now();
  const database = templateDatabaseName(master.url, options.templateDatabase);
  const target = templateTarget(master.url, database);
  const subject = lockSubject(database);
  let created = false;
  let locked = false;
  try {
    const migrations = await tenantTimeline(options.dir);
    locked = await waitProvisioningLock(master.client, subject, resolved.lockWaitMs);
    if (!locked)
      return {
        ok: false,
        database,
        created,
        target: await busyResult(master, target, database, resolved.lockWaitMs),
        durationMs: Math.round(performance2.now() - started)
      };
    if (!await databaseExists(master.client, database)) {
      await createDatabase(master.client, database);
      created = true;
    }
    const result = await runTemplateJob(
      { target, migrations, timeline: "tenant", direction: "up", options: resolved, onProgress: options.onProgress },
      database,
      master
    );
    return { ok: result.status !== "failed", database, created, target: result, durationMs: Math.round(performance2.now() - started) };
  } catch (error) {
    const result = failedResult(target, toTargetError(error, [master.url]));
    return { ok: false, database, created, target: result, durationMs: Math.round(performance2.now() - started) };
  } finally {
    if (locked) await releaseProvisioningLock(master.client, subject).catch(() => {
    });
  }
}
async function cloneTemplate(master, template, database) {
  const subject = lockSubject(template);
  if (!await tryProvisioningLockShared(master.client, subject)) {
    return { cloned: false, reason: `the template database ${template} is being refreshed right now` };
  }
  try {
    let endedSessions = 0;
    for (let attempt = 0; ; attempt++) {
      try {
        await createDatabase(master.client, database, template);
        return { cloned: true, endedSessions };
      } catch (error) {
        if (error.code !== "55006" || attempt >= 2) throw error;
      }
      const sessions = await sessionsOn(master.client, template);
      const ours = sessions.filter((session) => session.applicationName === APPLICATION_NAME);
      const others = sessions.filter((session) => session.applicationName !== APPLICATION_NAME);
      if (others.length > 0) {
        return {
          cloned: false,
          reason: `other sessions are connected to the template database ${template}: ${others.map(describeSession).join("; ")}`
        };
      }
      await terminateSessions(
        master.client,
        ours.map((session) => session.pid)
      );
      endedSessions += ours.length;
    }
  } finally {
    await releaseProvisioningLockShared(master.client, subject);
  }
}
async function busyResult(master, target, database, waitedMs) {
  const holder = await provisioningLockHolder(master.client, lockSubject(database));
  return failedResult(target, {
    code: "LOCK_TIMEOUT",
    message: `the template database ${database} is being refreshed or cloned${holder ? ` (${holder})` : ""}; gave up after ${Math.round(waitedMs / 1e3)}s`,
    ...hintFields(text("lock-wait.longer", "run again once it is done, or wait longer with {option}", { option: "lockWait" }))
  });
}
function failedResult(target, error) {
  return untouchedResult(target, { error });
}

export {
  migrateNewTarget,
  identifierFor,
  checkPlaceName,
  checkTenantName,
  tenantTimeline,
  dirOf,
  templateDatabaseName,
  templateTarget,
  templateTargets,
  runTemplateJob,
  refreshTemplate,
  refreshTemplateOn,
  cloneTemplate
};
