import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  ACTIVE_COLUMNS,
  APPLICATION_NAME,
  DATABASE_COLUMNS,
  LOOSE_URL_COLUMNS,
  NAME_COLUMNS,
  SCHEMA_COLUMNS,
  URL_COLUMNS,
  acquireTargetLock,
  describeFailure,
  ensureLedger,
  inspectLedger,
  isActiveRow,
  ledgerSchema,
  lockHolder,
  openSession,
  quoteIdent,
  runMigration,
  runTarget,
  settingsSql,
  tenantsFromRows,
  toTargetError
} from "./chunk-KEP64RKZ.js";
import {
  DEFAULT_TENANTS_QUERY,
  resolveFleetOptions
} from "./chunk-MJG4XWE4.js";
import {
  loadMigrations,
  timeline
} from "./chunk-KYBFAH2C.js";
import {
  checkDatabaseUrl,
  databaseOf,
  describeServer,
  maskUrl,
  passwordsIn,
  scrubSecrets,
  withDatabase
} from "./chunk-6XJADNPY.js";
import {
  TenantMigrateError,
  isTenantMigrateError
} from "./chunk-T3KOPJMJ.js";

// src/fleet/migrate-tenant.ts
import { performance } from "node:perf_hooks";

// src/fleet/master-connection.ts
function masterUrlOf(master) {
  return typeof master === "string" ? Promise.resolve(checkDatabaseUrl(master, "the master URL")) : poolUrl(master);
}
async function connectMaster(master, timeouts) {
  if (typeof master === "string") {
    const url2 = checkDatabaseUrl(master, "the master URL");
    const session = await openSession(url2, timeouts);
    return { url: url2, client: session.client, release: () => session.close() };
  }
  const url = await poolUrl(master);
  const client = await master.connect();
  return {
    url,
    client,
    release: async (broken = false) => client.release(broken)
  };
}
async function poolUrl(pool) {
  const options = pool.options;
  if (options.connectionString) return checkDatabaseUrl(options.connectionString, "the pool");
  const host = options.host ?? process.env.PGHOST ?? "localhost";
  if (host.startsWith("/")) {
    throw new TenantMigrateError("BAD_OPTION", "the pool connects through a Unix socket directory; give the master as a URL instead", {
      hint: 'pass master: "postgresql://user@localhost/master?host=/var/run/postgresql"'
    });
  }
  const url = new URL("postgresql://localhost");
  url.hostname = host;
  url.port = String(options.port ?? process.env.PGPORT ?? 5432);
  const user = options.user ?? process.env.PGUSER ?? "";
  url.username = encodeURIComponent(user);
  const password = typeof options.password === "function" ? await options.password() : options.password ?? process.env.PGPASSWORD;
  if (password) url.password = encodeURIComponent(password);
  url.pathname = `/${encodeURIComponent(options.database ?? process.env.PGDATABASE ?? user)}`;
  if (options.ssl) url.searchParams.set("sslmode", "require");
  return url.toString();
}

// src/fleet/tenant-registry.ts
function checkContract(contract, action) {
  if (!contract.tenantsQuery || !contract.register) return;
  const missing = action === "add" ? !contract.registerQuery : !contract.unregisterQuery;
  if (missing) {
    const flag = action === "add" ? "--register-query" : "--unregister-query";
    throw new TenantMigrateError(
      "BAD_OPTION",
      `with --tenants-query, tenant ${action} needs ${flag} SQL to write the tenant's row, or --no-register`,
      {
        hint: action === "add" ? `e.g. ${flag} "INSERT INTO customers (slug, db_url, schema_name) VALUES ($1, $2, $3)" ($1 name, $2 database URL or null, $3 schema or null)` : `e.g. ${flag} "UPDATE customers SET enabled = false WHERE slug = $1" ($1 name)`
      }
    );
  }
}
async function readTenantRecords(client, masterUrl, tenantsQuery) {
  const rows = await queryTenants(client, masterUrl, tenantsQuery);
  const records = [];
  for (const row of rows) {
    let target;
    try {
      [target] = tenantsFromRows([row], masterUrl);
    } catch {
      continue;
    }
    records.push({ name: target.name, active: tenantsQuery ? true : isActiveRow(row), target });
  }
  return records;
}
async function queryTenants(client, masterUrl, tenantsQuery) {
  try {
    return (await client.query(tenantsQuery ?? DEFAULT_TENANTS_QUERY)).rows;
  } catch (error) {
    const pgError = error;
    const message = scrubSecrets(pgError.message ?? String(error), passwordsIn([masterUrl]));
    if (pgError.code === "42P01" && !tenantsQuery) {
      throw new TenantMigrateError("TENANTS_TABLE_MISSING", `the master database has no tenants table (${message})`, {
        hint: "run the master migrations first (tenant-migrate migrate --target master), or create it: CREATE TABLE tenants (name text PRIMARY KEY, database_url text, schema text, is_active boolean NOT NULL DEFAULT true)"
      });
    }
    throw new TenantMigrateError("TENANTS_QUERY_FAILED", `the tenants query failed on the master: ${message}`, {
      detail: `query: ${tenantsQuery ?? DEFAULT_TENANTS_QUERY}`
    });
  }
}
function placeOf(target) {
  return `${describeServer(target.url).toLowerCase()}${target.schema ? `#${target.schema}` : ""}`;
}
async function registerTenant(client, contract, place) {
  if (!contract.register) return;
  if (contract.registerQuery) {
    await runContractQuery(client, contract.registerQuery, [place.name, place.schema ? null : place.url, place.schema ?? null]);
    return;
  }
  const columns = await tenantsColumns(client);
  const name = pick(
    columns,
    NAME_COLUMNS.filter((column) => column !== "id"),
    "a name"
  );
  const values = /* @__PURE__ */ new Map();
  if (place.schema) {
    values.set(pick(columns, SCHEMA_COLUMNS, "a schema"), place.schema);
  } else {
    const urlColumn = [...URL_COLUMNS, ...LOOSE_URL_COLUMNS].find((column) => columns.has(column));
    if (urlColumn) values.set(urlColumn, place.url);
    else values.set(pick(columns, DATABASE_COLUMNS, "a database_url or database"), place.database);
  }
  for (const [column, value] of activeValues(columns, true)) values.set(column, value);
  const assigned = [...values.keys()];
  const params = [place.name, ...values.values()];
  const updated = await client.query(
    `UPDATE tenants SET ${assigned.map((column, index) => `${quoteIdent(column)} = $${index + 2}`).join(", ")} WHERE ${quoteIdent(name)} = $1`,
    params
  );
  if (updated.rowCount) return;
  await client.query(
    `INSERT INTO tenants (${[name, ...assigned].map(quoteIdent).join(", ")}) VALUES (${params.map((_, index) => `$${index + 1}`).join(", ")})`,
    params
  );
}
var NOW = /* @__PURE__ */ Symbol("now()");
function activeValues(columns, active) {
  const values = [];
  const flag = ACTIVE_COLUMNS.find((column) => columns.has(column));
  if (flag) values.push([flag, active]);
  if (columns.has("status")) values.push(["status", active ? "active" : "inactive"]);
  if (columns.has("deleted_at")) values.push(["deleted_at", active ? null : NOW]);
  return values;
}
async function tenantsColumns(client) {
  const { rows } = await client.query(
    `SELECT attname::text AS name FROM pg_attribute WHERE attrelid = to_regclass('tenants') AND attnum > 0 AND NOT attisdropped`
  );
  return new Set(rows.map((row) => row.name));
}
function pick(columns, candidates, what) {
  const column = candidates.find((candidate) => columns.has(candidate));
  if (!column) {
    throw new TenantMigrateError(
      "TENANTS_TABLE_SHAPE",
      `the tenants table has no column for ${what} (it has: ${[...columns].join(", ") || "none"})`,
      {
        hint: `add one (${candidates.join(", ")}), or pass --register-query with your own INSERT, or --no-register`
      }
    );
  }
  return column;
}
function runContractQuery(client, sql, values) {
  const used = Math.max(0, ...[...sql.matchAll(/\$(\d+)/g)].map((match) => Number(match[1])));
  return client.query(sql, values.slice(0, used));
}

// src/fleet/migrate-tenant.ts
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
    return {
      name: options.name,
      kind: "tenant",
      url: masterUrl ? maskUrl(masterUrl) : "",
      status: "failed",
      fromVersion: null,
      toVersion: null,
      applied: [],
      durationMs: Math.round(performance.now() - started),
      error: toTargetError(error, masterUrl ? [masterUrl] : [])
    };
  }
}

// src/fleet/tenant-template.ts
import { performance as performance3 } from "node:perf_hooks";

// src/db/database-admin.ts
async function databaseExists(client, name) {
  const { rows } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
  return rows.length > 0;
}
async function schemaExists(client, name) {
  const { rows } = await client.query("SELECT 1 FROM pg_namespace WHERE nspname = $1", [name]);
  return rows.length > 0;
}
async function createDatabase(client, name, template) {
  await client.query(`CREATE DATABASE ${quoteIdent(name)}${template ? ` TEMPLATE ${quoteIdent(template)}` : ""}`);
}
async function sessionsOn(client, database) {
  const { rows } = await client.query(
    `SELECT pid, coalesce(application_name, '') AS application_name, coalesce(usename::text, '') AS usename,
            to_char(backend_start, 'YYYY-MM-DD HH24:MI:SS') AS since, coalesce(state, '') AS state
       FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid() ORDER BY pid`,
    [database]
  );
  return rows.map((row) => ({
    pid: row.pid,
    applicationName: row.application_name,
    user: row.usename,
    since: row.since,
    state: row.state
  }));
}
async function terminateSessions(client, pids) {
  if (pids.length === 0) return;
  await client.query("SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid", [pids]);
}
function describeSession(session) {
  return `pid ${session.pid} (${session.applicationName || "unknown application"}, ${session.user || "unknown user"}, since ${session.since})`;
}
async function countUserRelations(client, schema) {
  const { rows } = await client.query(
    `SELECT count(*)::text AS count FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
        AND ${schema === void 0 ? "n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'" : "n.nspname = $1"}`,
    schema === void 0 ? [] : [schema]
  );
  return Number(rows[0].count);
}

// src/db/provisioning-lock.ts
import { createHash } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
var PROVISIONING_NAMESPACE = 1952539748;
var POLL_MS = 100;
function provisioningLockKey(subject) {
  const digest = createHash("sha256").update(`tenant-migrate:provision:${subject}`).digest();
  return [PROVISIONING_NAMESPACE, digest.readInt32BE(0)];
}
async function tryProvisioningLock(client, subject) {
  const { rows } = await client.query("SELECT pg_try_advisory_lock($1, $2) AS locked", provisioningLockKey(subject));
  return rows[0].locked;
}
async function tryProvisioningLockShared(client, subject) {
  const { rows } = await client.query(
    "SELECT pg_try_advisory_lock_shared($1, $2) AS locked",
    provisioningLockKey(subject)
  );
  return rows[0].locked;
}
async function releaseProvisioningLockShared(client, subject) {
  await client.query("SELECT pg_advisory_unlock_shared($1, $2)", provisioningLockKey(subject));
}
async function waitProvisioningLock(client, subject, waitMs) {
  const deadline = Date.now() + waitMs;
  for (; ; ) {
    if (await tryProvisioningLock(client, subject)) return true;
    if (Date.now() >= deadline) return false;
    await sleep(Math.min(POLL_MS, Math.max(0, deadline - Date.now())));
  }
}
async function releaseProvisioningLock(client, subject) {
  await client.query("SELECT pg_advisory_unlock($1, $2)", provisioningLockKey(subject));
}
function provisioningLockHolder(client, subject) {
  return lockHolder(client, provisioningLockKey(subject));
}

// src/fleet/migrate-new-target.ts
import { performance as performance2 } from "node:perf_hooks";
async function migrateNewTarget(job) {
  const built = await buildInOneTransaction(job);
  return built ?? runTarget(job);
}
async function buildInOneTransaction(job) {
  if (job.direction !== "up" || job.options.dryRun || job.migrations.some((migration) => !migration.transaction)) return void 0;
  const { target, options } = job;
  const started = performance2.now();
  const schema = ledgerSchema(target);
  const applied = [];
  const result = (fields) => ({
    name: target.name,
    kind: target.kind,
    url: maskUrl(target.url),
    ...target.schema ? { schema: target.schema } : {},
    status: "failed",
    fromVersion: null,
    toVersion: null,
    applied,
    durationMs: Math.round(performance2.now() - started),
    ...fields
  });
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
    await acquireTargetLock(client, target.schema, options.lockWaitMs, session.quickQueryTimeoutMs);
    const exists = target.schema ? await schemaExists(client, target.schema) : true;
    if (exists) {
      const inspection = await inspectLedger(client, schema);
      if (inspection.columns.size > 0 || inspection.hasGooseTable) return void 0;
      const relations = await countUserRelations(client, target.schema);
      if (relations > 0) {
        return result({
          error: {
            code: "TENANT_PLACE_NOT_EMPTY",
            message: `${target.schema ? `schema ${target.schema} in ` : ""}${describeServer(target.url)} already holds ${relations} table(s), view(s) or sequence(s) and no migration ledger: it is not a tenant an earlier add left half made`,
            hint: "give the tenant another --database or --schema, or drop what is there if it is yours to drop"
          }
        });
      }
    }
    const targetSettings = settingsSql({ ...options, schema: target.schema });
    await client.query(`BEGIN; ${targetSettings}`);
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
        settingsSql: targetSettings,
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
import { createHash as createHash2 } from "node:crypto";
var MAX_IDENTIFIER_BYTES = 63;
var RESERVED = /* @__PURE__ */ new Set(["postgres", "template0", "template1", "public", "information_schema"]);
function identifierFor(tenantName) {
  let slug = tenantName.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9_]+/g, "_").replace(/^_+|_+$/g, "");
  if (slug === "") slug = "tenant";
  if (/^[0-9]/.test(slug)) slug = `t_${slug}`;
  if (RESERVED.has(slug) || slug.startsWith("pg_")) slug = `tenant_${slug}`;
  if (slug.length > MAX_IDENTIFIER_BYTES) {
    const hash = createHash2("sha256").update(tenantName).digest("hex").slice(0, 8);
    slug = `${slug.slice(0, MAX_IDENTIFIER_BYTES - 9).replace(/_+$/, "")}_${hash}`;
  }
  return slug;
}
function checkPlaceName(name, flag) {
  const problem = !/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name) ? "use letters, digits, _ and -, starting with a letter or _" : Buffer.byteLength(name) > MAX_IDENTIFIER_BYTES ? `it is longer than ${MAX_IDENTIFIER_BYTES} bytes, where PostgreSQL cuts names` : RESERVED.has(name.toLowerCase()) || name.toLowerCase().startsWith("pg_") ? "it is a name PostgreSQL keeps for itself" : void 0;
  if (problem) throw new TenantMigrateError("BAD_OPTION", `${flag} ${JSON.stringify(name)} is not a usable name: ${problem}`);
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
var lockSubject = (database) => `template:${database}`;
function templateDatabaseName(masterUrl, templateDatabase) {
  return templateDatabase ?? defaultTemplateDatabase(databaseOf(masterUrl));
}
function templateTarget(masterUrl, database) {
  return { name: `template ${database}`, kind: "tenant", url: withDatabase(masterUrl, database) };
}
async function runTemplateJob(job, database, master) {
  const own = master ?? await connectMaster(job.options.masterUrl, job.options);
  try {
    if (!await waitProvisioningLock(own.client, lockSubject(database), job.options.lockWaitMs)) {
      const holder = await provisioningLockHolder(own.client, lockSubject(database));
      return failedResult(job.target, {
        code: "LOCK_TIMEOUT",
        message: `the template database ${database} is being refreshed or cloned${holder ? ` (${holder})` : ""}; gave up after ${Math.round(job.options.lockWaitMs / 1e3)}s`,
        hint: "run again once it is done, or wait longer with --lock-wait SECONDS"
      });
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
  const started = performance3.now();
  const masterUrl = await masterUrlOf(options.master);
  const resolved = resolveFleetOptions({ ...options, masterUrl, target: "tenants" });
  const database = templateDatabaseName(masterUrl, options.templateDatabase);
  const target = templateTarget(masterUrl, database);
  const master = await connectMaster(options.master, resolved);
  let created = false;
  try {
    const migrations = timeline((await loadMigrations(options.dir)).migrations, "tenant");
    if (!await databaseExists(master.client, database)) {
      await createDatabase(master.client, database).catch((error) => {
        if (error.code !== "42P04") throw error;
      });
      created = true;
    }
    const result = await runTemplateJob(
      { target, migrations, timeline: "tenant", direction: "up", options: resolved, onProgress: options.onProgress },
      database,
      master
    );
    return { ok: result.status !== "failed", database, created, target: result, durationMs: Math.round(performance3.now() - started) };
  } catch (error) {
    const result = failedResult(target, toTargetError(error, [master.url]));
    return { ok: false, database, created, target: result, durationMs: Math.round(performance3.now() - started) };
  } finally {
    await master.release();
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
function failedResult(target, error) {
  return {
    name: target.name,
    kind: target.kind,
    url: maskUrl(target.url),
    status: "failed",
    fromVersion: null,
    toVersion: null,
    applied: [],
    durationMs: 0,
    error
  };
}

// src/fleet/provision-tenant.ts
import { performance as performance4 } from "node:perf_hooks";
async function provisionTenant(options) {
  const started = performance4.now();
  const run = new ProvisionRun(options);
  let plan;
  let master;
  const locks = [];
  try {
    plan = await planProvision(options);
    master = await connectMaster(options.master, plan.resolved);
    return await run.execute(plan, master, locks, started);
  } catch (error) {
    return run.failed(error, plan?.masterUrl, started);
  } finally {
    for (const subject of locks.reverse()) await releaseProvisioningLock(master.client, subject).catch(() => {
    });
    await master?.release();
  }
}
async function planProvision(options) {
  const name = checkTenantName(options.name);
  const masterUrl = await masterUrlOf(options.master);
  const resolved = resolveFleetOptions({ ...options, masterUrl, target: "tenants" });
  const contract = {
    tenantsQuery: options.tenantsQuery,
    registerQuery: options.registerQuery,
    register: options.register ?? true
  };
  checkContract(contract, "add");
  const kind = options.schema !== void 0 ? "schema" : options.kind ?? "database";
  if (options.database !== void 0 && kind === "schema") {
    throw new TenantMigrateError("BAD_OPTION", "a tenant is a --database or a --schema, not both");
  }
  if (options.template && kind === "schema") {
    throw new TenantMigrateError(
      "BAD_OPTION",
      "--template copies a database: a schema tenant is built by running its migrations in one transaction",
      {
        hint: "leave out --template for schema tenants"
      }
    );
  }
  const given = kind === "schema" ? options.schema : options.database;
  const place = given === void 0 ? void 0 : checkPlaceName(given, kind === "schema" ? "--schema" : "--database");
  const migrations = timeline((await loadMigrations(options.dir)).migrations, "tenant");
  return { name, masterUrl, resolved, contract, migrations, requested: { kind, place } };
}
function tenantTarget(plan, previous) {
  const { kind, place } = plan.requested;
  if (!place && previous && !previous.target.invalid && kind === "schema" === Boolean(previous.target.schema)) {
    return { ...previous.target, name: plan.name };
  }
  const chosen = place ?? identifierFor(plan.name);
  return kind === "schema" ? { name: plan.name, kind: "tenant", url: plan.masterUrl, schema: chosen } : { name: plan.name, kind: "tenant", url: withDatabase(plan.masterUrl, chosen) };
}
var ProvisionRun = class {
  constructor(options) {
    this.options = options;
    this.method = options.template ? "template" : "migrations";
  }
  options;
  steps = [];
  warnings = [];
  target;
  method;
  async step(step, work) {
    this.options.onProgress?.({ type: "step", tenant: this.options.name, step });
    const started = performance4.now();
    try {
      return await work();
    } finally {
      this.steps.push({ step, durationMs: Math.round((performance4.now() - started) * 10) / 10 });
    }
  }
  async execute(plan, master, locks, started) {
    const { client } = master;
    await this.step("lock", () => this.lock(client, `tenant:${plan.name}`, locks));
    const records = await this.step("check", () => existingRecords(client, plan));
    const previous = records.find((record) => record.name === plan.name);
    if (previous?.active) {
      throw new TenantMigrateError("TENANT_EXISTS", `tenant ${plan.name} is already registered and active`, {
        hint: `tenant-migrate migrate --tenant ${plan.name} brings it up to date; tenant remove first to add it anew`
      });
    }
    const target = tenantTarget(plan, previous);
    this.target = target;
    const place = placeOf(target);
    await this.step("lock", () => this.lock(client, `place:${place}`, locks));
    const database = databaseOf(target.url);
    const existed = target.schema ? await schemaExists(client, target.schema) : await databaseExists(client, database);
    const owner = records.find((record) => record.name !== plan.name && placeOf(record.target) === place && (record.active || existed));
    if (owner) {
      throw new TenantMigrateError(
        "TENANT_PLACE_TAKEN",
        `${target.schema ? `schema ${target.schema}` : `database ${database}`} belongs to tenant ${owner.name}${owner.active ? "" : " (removed, not dropped)"}`,
        { hint: `give ${plan.name} its own ${target.schema ? "--schema" : "--database"} NAME` }
      );
    }
    if (!target.schema && !existed) await this.createDatabase(plan, master, database);
    const migrated = await this.step(
      "migrate",
      () => migrateNewTarget({
        target,
        migrations: plan.migrations,
        timeline: "tenant",
        direction: "up",
        options: plan.resolved,
        onProgress: this.options.onProgress
      })
    );
    if (migrated.status === "failed")
      return this.result({ status: "failed", version: migrated.toVersion, applied: migrated.applied, error: migrated.error }, started);
    const tenantPlace = { name: plan.name, url: target.url, database, schema: target.schema };
    const registered = plan.contract.register ? await this.step("register", () => registerTenant(client, plan.contract, tenantPlace)).then(() => true) : false;
    return this.result(
      { status: existed || previous ? "resumed" : "created", version: migrated.toVersion, applied: migrated.applied, registered },
      started
    );
  }
  async lock(client, subject, locks) {
    if (!await tryProvisioningLock(client, subject)) {
      const holder = await provisioningLockHolder(client, subject);
      const what = subject.startsWith("tenant:") ? `tenant ${this.options.name}` : `the ${this.target?.schema ? "schema" : "database"} of tenant ${this.options.name}`;
      throw new TenantMigrateError("TENANT_BUSY", `another tenant add of ${what} is running${holder ? ` (${holder})` : ""}`, {
        hint: "it is that add that wins: wait for it, then tenant-migrate tenant list shows the tenant"
      });
    }
    locks.push(subject);
  }
  async createDatabase(plan, master, database) {
    if (this.options.template) {
      const template = templateDatabaseName(plan.masterUrl, this.options.templateDatabase);
      const reason = await this.cloneOrSayWhyNot(master, template, database);
      if (!reason) return;
      this.warnings.push(`${reason}: built by migrations instead`);
      this.method = "migrations";
    }
    await this.step("create-database", () => createDatabase(master.client, database));
  }
  /** Copies the template (made first when missing); a reason when it could not. */
  async cloneOrSayWhyNot(master, template, database) {
    if (!await databaseExists(master.client, template)) {
      const refreshed = await this.step(
        "refresh-template",
        () => refreshTemplate({ ...this.options, templateDatabase: template, onProgress: void 0 })
      );
      if (!refreshed.ok) return `the template database ${template} could not be made (${refreshed.target.error?.message})`;
    }
    const outcome = await this.step("clone-template", () => cloneTemplate(master, template, database));
    return outcome.cloned ? void 0 : outcome.reason;
  }
  result(fields, started) {
    const target = this.target;
    return {
      ok: fields.status !== "failed",
      name: this.options.name,
      kind: target?.schema || this.options.schema !== void 0 || this.options.kind === "schema" ? "schema" : "database",
      database: target ? databaseOf(target.url) : this.options.database ?? "",
      ...target?.schema ? { schema: target.schema } : {},
      url: target ? maskUrl(target.url) : "",
      method: this.method,
      registered: false,
      steps: this.steps,
      warnings: this.warnings,
      durationMs: Math.round(performance4.now() - started),
      ...fields
    };
  }
  failed(error, masterUrl, started) {
    const secrets = [masterUrl, this.target?.url].filter((url) => Boolean(url));
    return this.result({ status: "failed", version: null, applied: [], error: toTargetError(error, secrets) }, started);
  }
};
async function existingRecords(client, plan) {
  try {
    return await readTenantRecords(client, plan.masterUrl, plan.contract.tenantsQuery);
  } catch (error) {
    if (!plan.contract.register && isTenantMigrateError(error) && error.code === "TENANTS_TABLE_MISSING") return [];
    throw error;
  }
}

export {
  migrateTenant,
  refreshTemplate,
  provisionTenant
};
