import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  describeLockHolders,
  openMasterSession,
  readLockHolders,
  refuseSharedLedgers,
  retryOnLockTimeout,
  serversToResolve,
  tablesOfQuery
} from "./chunk-JKLMB7YD.js";
import {
  DEFAULT_TENANTS_QUERY,
  inShard
} from "./chunk-MEC7FD5J.js";
import {
  checkDatabaseUrl,
  maskUrl,
  passwordsIn,
  scrubSecrets,
  withDatabase
} from "./chunk-IDMQH24V.js";
import {
  TenantMigrateError,
  text
} from "./chunk-TONUKN4I.js";

// src/db/read-only-transaction.ts
async function inReadOnlyTransaction(client, work) {
  await client.query("BEGIN TRANSACTION READ ONLY");
  try {
    return await work();
  } finally {
    await client.query("ROLLBACK").catch(() => {
    });
  }
}

// src/fleet/server-aliases.ts
import { lookup } from "node:dns/promises";

// src/fleet/pool.ts
async function runPool(items, concurrency, work) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}

// src/fleet/server-aliases.ts
var LOOKUP_TIMEOUT_MS = 2e3;
var LOOKUPS_AT_ONCE = 8;
async function serverAliases(targets, resolve = resolveHost) {
  const servers = serversToResolve(targets);
  if (servers.length === 0) return (server) => server;
  const addresses = await runPool(servers, LOOKUPS_AT_ONCE, async (server) => resolve(hostOf(server)).catch(() => []));
  const owner = /* @__PURE__ */ new Map();
  const canonical = /* @__PURE__ */ new Map();
  for (const [index, server] of servers.entries()) {
    const port = server.slice(server.lastIndexOf(":") + 1);
    const keys = addresses[index].map((address) => `${address}|${port}`);
    const named = keys.map((key) => owner.get(key)).find((name) => name !== void 0) ?? server;
    canonical.set(server, named);
    for (const key of keys) if (!owner.has(key)) owner.set(key, named);
  }
  return (server) => canonical.get(server) ?? server;
}
function hostOf(server) {
  return server.slice(0, server.lastIndexOf(":"));
}
async function resolveHost(host) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer resolving ${host}`)), LOOKUP_TIMEOUT_MS);
    timer.unref();
  });
  try {
    const found = await Promise.race([lookup(host, { all: true }), timeout]);
    return found.map((entry) => entry.address);
  } finally {
    clearTimeout(timer);
  }
}

// src/fleet/tenants.ts
var NAME_COLUMNS = ["name", "tenant", "tenant_name", "slug", "id"];
var URL_COLUMNS = ["database_url", "db_url", "connection_string", "dsn"];
var LOOSE_URL_COLUMNS = ["url"];
var INACTIVE_STATUSES = /* @__PURE__ */ new Set(["inactive", "disabled", "suspended", "deleted", "archived", "cancelled", "canceled"]);
var DATABASE_COLUMNS = ["database", "database_name", "db_name"];
var SCHEMA_COLUMNS = ["schema", "schema_name"];
var ACTIVE_COLUMNS = ["active", "is_active", "enabled"];
function firstValue(row, columns) {
  for (const column of columns) {
    const value = row[column];
    if (value !== null && value !== void 0 && String(value).trim() !== "") return String(value).trim();
  }
  return void 0;
}
function isActiveRow(row) {
  for (const column of ACTIVE_COLUMNS) {
    if (column in row && row[column] !== null) return row[column] === true || row[column] === "t" || row[column] === 1;
  }
  if ("status" in row && typeof row.status === "string" && INACTIVE_STATUSES.has(row.status.trim().toLowerCase())) return false;
  if ("deleted_at" in row && row.deleted_at !== null && row.deleted_at !== void 0) return false;
  return true;
}
function activeRows(rows) {
  const kept = rows.filter(isActiveRow);
  return { rows: kept, inactive: rows.length - kept.length };
}
function databaseUrlOf(row) {
  const strict = firstValue(row, URL_COLUMNS);
  if (strict) return strict;
  const loose = firstValue(row, LOOSE_URL_COLUMNS);
  return loose && /^postgres(ql)?:\/\//i.test(loose) ? loose : void 0;
}
function tenantsFromRows(rows, masterUrl) {
  const targets = [];
  const seen = /* @__PURE__ */ new Set();
  for (const [index, row] of rows.entries()) {
    const name = firstValue(row, NAME_COLUMNS);
    if (!name) {
      throw new TenantMigrateError("TENANTS_BAD_ROW", `tenant row ${index + 1} has no name (columns: ${Object.keys(row).join(", ")})`, {
        hint: text(
          "tenants.name-column",
          "return a name column, e.g. {option:tenantsQuery=SELECT slug AS name, database_url FROM tenants WHERE active}",
          {
            option: "tenantsQuery"
          }
        )
      });
    }
    if (seen.has(name)) {
      throw new TenantMigrateError("TENANTS_DUPLICATE", `two tenant rows are named ${name}`, {
        hint: text("tenants.unique", "tenant names must be unique: the report, {option:tenants} and {option:shard} go by name")
      });
    }
    seen.add(name);
    const url = databaseUrlOf(row);
    const database = firstValue(row, DATABASE_COLUMNS);
    const schema = firstValue(row, SCHEMA_COLUMNS);
    if (url) {
      try {
        targets.push({ name, kind: "tenant", url: checkDatabaseUrl(url, `tenant ${name}`), schema });
      } catch (error) {
        targets.push({ name, kind: "tenant", url: maskUrl(url), schema, invalid: error.message });
      }
    } else if (database) {
      targets.push({ name, kind: "tenant", url: withDatabase(masterUrl, database), schema });
    } else if (schema) {
      targets.push({ name, kind: "tenant", url: masterUrl, schema });
    } else {
      targets.push({
        name,
        kind: "tenant",
        url: "",
        invalid: `tenant ${name}: its row has no database_url, database or schema (columns: ${Object.keys(row).join(", ")})`
      });
    }
  }
  refuseUnknownLocationColumns(rows, targets);
  refuseSharedLedgers(targets, masterUrl);
  return targets;
}
function refuseUnknownLocationColumns(rows, targets) {
  if (targets.length === 0 || targets.some((target) => target.url !== "")) return;
  const columns = Object.keys(rows[0]);
  const urlLike = columns.find((column) => rows.some((row) => /^postgres(ql)?:\/\//i.test(String(row[column] ?? ""))));
  const example = `SELECT name, ${urlLike ?? "<column>"} AS database_url FROM tenants`;
  throw new TenantMigrateError(
    "TENANTS_BAD_ROW",
    `the tenants query returns the columns ${columns.join(", ")}: none of them says where a tenant lives (database_url, database or schema)`,
    {
      hint: text("tenants.location-column", `name the column in the query: {option:tenantsQuery=${example}}`, { option: "tenantsQuery" })
    }
  );
}
function selectTenants(tenants, options) {
  let selected = [...tenants];
  if (options.tenants) {
    const known = new Set(tenants.map((tenant) => tenant.name));
    const unknown = options.tenants.filter((name) => !known.has(name));
    if (unknown.length > 0) {
      throw new TenantMigrateError("TENANT_NOT_FOUND", `no active tenant is named ${unknown.join(", ")}`, {
        hint: `the tenants query returned ${tenants.length} active tenant(s); tenant-migrate status lists them`
      });
    }
    const wanted = new Set(options.tenants);
    selected = selected.filter((tenant) => wanted.has(tenant.name));
  }
  return selected.filter((tenant) => inShard(tenant.name, options.shard));
}
async function readOnlyRows(client, query) {
  return inReadOnlyTransaction(
    client,
    async () => (await client.query({ text: query, queryMode: "extended" })).rows
  );
}
async function tenantsTableBusy(client, query, message, options) {
  const tables = tablesOfQuery(options.tenantsQuery);
  const holders = describeLockHolders(await readLockHolders(client, tables).catch(() => ({ holders: [], more: 0 })));
  const tried = options.lockRetries > 0 ? ` (tried ${options.lockRetries + 1} times)` : "";
  return new TenantMigrateError(
    "LOCK_TIMEOUT",
    `the tenants query on the master waited past lock_timeout${tried}: another session holds a lock on its table (${message})`,
    {
      detail: [`query: ${query}`, ...holders ? [holders] : []].join("\n"),
      hint: text(
        "tenants.table-busy",
        "run again once that session is done (an ALTER or LOCK TABLE on the tenants table), or raise {option}",
        {
          option: "lockTimeout"
        }
      )
    }
  );
}
async function discoverTenants(options) {
  const session = await openMasterSession(options);
  const query = options.tenantsQuery ?? DEFAULT_TENANTS_QUERY;
  try {
    const rows = await retryOnLockTimeout(() => readOnlyRows(session.client, query), {
      retries: options.lockRetries,
      baseDelayMs: options.lockRetryDelayMs
    });
    const kept = options.tenantsQuery === void 0 ? activeRows(rows) : { rows, inactive: 0 };
    const tenants = tenantsFromRows(kept.rows, options.masterUrl);
    const master = { name: "master", kind: "master", url: options.masterUrl };
    const serverOf = await serverAliases([master, ...tenants]);
    refuseSharedLedgers(tenants, options.masterUrl, serverOf);
    return { tenants: selectTenants(tenants, options), inactive: kept.inactive, serverOf };
  } catch (error) {
    if (error instanceof TenantMigrateError) throw error;
    const pgError = error;
    const message = scrubSecrets(pgError.message ?? String(error), passwordsIn([options.masterUrl]));
    if (pgError.code === "42P01" && !options.tenantsQuery) {
      throw new TenantMigrateError("TENANTS_TABLE_MISSING", `the master database has no tenants table (${message})`, {
        hint: text(
          "tenants.table-missing",
          "create it (columns: name, and database_url or schema, optional active) or point {option} at your own table",
          { option: "tenantsQuery" }
        )
      });
    }
    if (pgError.code === "55P03") throw await tenantsTableBusy(session.client, query, message, options);
    if (pgError.code === "25006") {
      throw new TenantMigrateError("TENANTS_QUERY_WRITES", `the tenants query tried to write on the master, and was stopped: ${message}`, {
        detail: `query: ${query}`,
        hint: "the tenants query runs in a READ ONLY transaction and changed nothing: make it a SELECT that returns name and database_url, database or schema"
      });
    }
    throw new TenantMigrateError("TENANTS_QUERY_FAILED", `the tenants query failed on the master: ${message}`, {
      detail: `query: ${query}`,
      hint: "it must return a name column and a database_url, database or schema column"
    });
  } finally {
    await session.close();
  }
}

export {
  inReadOnlyTransaction,
  runPool,
  NAME_COLUMNS,
  URL_COLUMNS,
  LOOSE_URL_COLUMNS,
  DATABASE_COLUMNS,
  SCHEMA_COLUMNS,
  ACTIVE_COLUMNS,
  isActiveRow,
  tenantsFromRows,
  readOnlyRows,
  discoverTenants
};
