import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  checkPlaceName,
  checkTenantName,
  cloneTemplate,
  dirOf,
  identifierFor,
  migrateNewTarget,
  refreshTemplateOn,
  templateDatabaseName,
  tenantTimeline
} from "./chunk-MFJLDADD.js";
import {
  checkContract,
  checkRegistration,
  placeOf,
  readTenantRecords,
  registerTenant
} from "./chunk-JCD6YID7.js";
import {
  createDatabase,
  createSchema,
  databaseExists,
  provisioningLockHolder,
  releaseProvisioningLock,
  schemaExists,
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
  openSession
} from "./chunk-EYDMOPBA.js";
import {
  checkDatabaseUrl,
  databaseOf,
  describeServer,
  maskUrl,
  withDatabase
} from "./chunk-IDMQH24V.js";
import {
  TenantMigrateError,
  isTenantMigrateError,
  text
} from "./chunk-TONUKN4I.js";

// src/fleet/provision-tenant.ts
import { performance } from "node:perf_hooks";
async function provisionTenant(options) {
  const started = performance.now();
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
  const resolved = resolveFleetOptions({ ...options, dir: dirOf(options.dir), masterUrl, target: "tenants" });
  const contract = {
    tenantsQuery: options.tenantsQuery,
    registerQuery: options.registerQuery,
    register: options.register ?? true
  };
  checkContract(contract, "add");
  const kind = options.schema !== void 0 ? "schema" : options.kind ?? "database";
  if (options.template && kind === "schema") {
    throw new TenantMigrateError(
      "BAD_OPTION",
      text("template.schema", "{option} copies a database: a schema tenant is built by running its migrations in one transaction", {
        option: "useTemplate"
      }),
      { hint: text("template.leave-out", "leave out {option} for schema tenants", { option: "useTemplate" }) }
    );
  }
  const given = kind === "schema" ? options.schema : options.database;
  const place = given === void 0 ? void 0 : checkPlaceName(given, kind === "schema" ? "schema" : "database");
  const inDatabase = kind === "schema" && options.database !== void 0 ? schemaDatabaseUrl(masterUrl, options.database) : void 0;
  const migrations = await tenantTimeline(options.dir);
  return { name, masterUrl, resolved, contract, migrations, requested: { kind, place, ...inDatabase ? { inDatabase } : {} } };
}
function schemaDatabaseUrl(masterUrl, database) {
  if (/^postgres(ql)?:\/\//i.test(database.trim())) return checkDatabaseUrl(database, { option: "database" });
  return withDatabase(masterUrl, checkPlaceName(database, "database"));
}
function serverOf(url) {
  return describeServer(url).toLowerCase().replace(/\/[^/]*$/, "");
}
function inOtherDatabase(target, masterUrl) {
  return target.schema !== void 0 && describeServer(target.url).toLowerCase() !== describeServer(masterUrl).toLowerCase();
}
function tenantTarget(plan, previous) {
  const { kind, place, inDatabase } = plan.requested;
  if (!place && !inDatabase && previous && !previous.target.invalid && kind === "schema" === Boolean(previous.target.schema)) {
    return { ...previous.target, name: plan.name };
  }
  const chosen = place ?? identifierFor(plan.name);
  return kind === "schema" ? { name: plan.name, kind: "tenant", url: inDatabase ?? plan.masterUrl, schema: chosen } : { name: plan.name, kind: "tenant", url: withDatabase(plan.masterUrl, chosen) };
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
  /** What the migrate step left: a failure after it (registering the row) still says what was applied. */
  migrated;
  method;
  async step(step, work) {
    this.options.onProgress?.({ type: "step", tenant: this.options.name, step });
    const started = performance.now();
    try {
      return await work();
    } finally {
      this.steps.push({ step, durationMs: Math.round((performance.now() - started) * 10) / 10 });
    }
  }
  async execute(plan, master, locks, started) {
    const { client } = master;
    await this.step("lock", () => this.lock(client, `tenant:${plan.name}`, locks));
    const { records, previous, target, tenantPlace, elsewhere } = await this.step("check", async () => {
      const records2 = await existingRecords(client, plan);
      const previous2 = records2.find((record) => record.name === plan.name);
      if (previous2?.active) {
        throw new TenantMigrateError("TENANT_EXISTS", `tenant ${plan.name} is already registered and active`, {
          // The name goes into the option's value as typed (tenant names hold no braces).
          hint: text(
            "tenant.exists",
            `migrate with {option:tenants=${plan.name}} brings it up to date; tenant remove first to add it anew`,
            {
              option: "tenants"
            }
          )
        });
      }
      const target2 = tenantTarget(plan, previous2);
      const elsewhere2 = inOtherDatabase(target2, plan.masterUrl);
      const tenantPlace2 = {
        name: plan.name,
        url: target2.url,
        // A database column names a database on the master's server: a schema tenant on another server has only its URL.
        database: elsewhere2 && serverOf(target2.url) !== serverOf(plan.masterUrl) ? void 0 : databaseOf(target2.url),
        schema: target2.schema,
        ...elsewhere2 ? { inDatabase: true } : {}
      };
      await checkRegistration(client, plan.contract, tenantPlace2);
      return { records: records2, previous: previous2, target: target2, tenantPlace: tenantPlace2, elsewhere: elsewhere2 };
    });
    this.target = target;
    const place = placeOf(target);
    await this.step("lock-place", () => this.lock(client, `place:${place}`, locks));
    const database = databaseOf(target.url);
    const existed = target.schema ? await this.inSchemaDatabase(plan, target, elsewhere, client, (on) => schemaExists(on, target.schema)) : await databaseExists(client, database);
    const owner = records.find((record) => record.name !== plan.name && placeOf(record.target) === place && (record.active || existed));
    if (owner) {
      throw new TenantMigrateError(
        "TENANT_PLACE_TAKEN",
        `${target.schema ? `schema ${target.schema}` : `database ${database}`} belongs to tenant ${owner.name}${owner.active ? "" : " (removed, not dropped)"}`,
        {
          hint: text("tenant.place-taken", "give {name} its own {option}", {
            option: target.schema ? "schema" : "database",
            values: { name: plan.name }
          })
        }
      );
    }
    if (!target.schema && !existed) await this.createDatabase(plan, master, database);
    if (target.schema && !existed) {
      await this.step(
        "create-schema",
        () => this.inSchemaDatabase(plan, target, elsewhere, client, (on) => createSchema(on, target.schema))
      );
    }
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
    this.migrated = { version: migrated.toVersion, applied: migrated.applied };
    if (migrated.status === "failed")
      return this.result({ status: "failed", version: migrated.toVersion, applied: migrated.applied, error: migrated.error }, started);
    const registered = plan.contract.register ? await this.step("register", () => registerTenant(client, plan.contract, tenantPlace)).then(() => true) : false;
    return this.result(
      {
        status: existed ? "resumed" : "created",
        version: migrated.toVersion,
        applied: migrated.applied,
        registered,
        reactivated: Boolean(previous)
      },
      started
    );
  }
  /** Runs `work` on the schema tenant's database: the master's own session, or one of its own for another database. */
  async inSchemaDatabase(plan, target, elsewhere, master, work) {
    if (!elsewhere) return work(master);
    const session = await openSession(target.url, {
      connectTimeoutMs: plan.resolved.connectTimeoutMs,
      lockTimeoutMs: plan.resolved.lockTimeoutMs,
      statementTimeoutMs: plan.resolved.statementTimeoutMs
    });
    try {
      return await work(session.client);
    } finally {
      await session.close();
    }
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
      const reason = await this.cloneOrSayWhyNot(plan, master, template, database);
      if (!reason) return;
      this.warnings.push(`${reason}: built by migrations instead`);
      this.method = "migrations";
    }
    await this.step("create-database", () => createDatabase(master.client, database));
  }
  /** Copies the template (made first when missing); a reason when it could not. */
  async cloneOrSayWhyNot(plan, master, template, database) {
    if (!await databaseExists(master.client, template)) {
      const refreshed = await this.step(
        "refresh-template",
        () => refreshTemplateOn(master, plan.resolved, { dir: this.options.dir, templateDatabase: template })
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
      reactivated: false,
      steps: this.steps,
      warnings: this.warnings,
      durationMs: Math.round(performance.now() - started),
      ...fields
    };
  }
  failed(error, masterUrl, started) {
    const secrets = [masterUrl, this.target?.url].filter((url) => Boolean(url));
    const { version, applied } = this.migrated ?? { version: null, applied: [] };
    return this.result({ status: "failed", version, applied, error: toTargetError(error, secrets) }, started);
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
  provisionTenant
};
