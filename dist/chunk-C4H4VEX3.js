import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  esm_default
} from "./chunk-TAF4GB3Y.js";
import {
  describeServer,
  maskUrl,
  passwordsIn,
  scrubSecrets
} from "./chunk-6XJADNPY.js";
import {
  TenantMigrateError
} from "./chunk-T3KOPJMJ.js";

// src/db/connection-error.ts
function connectionError(error, url) {
  const secrets = passwordsIn([url]);
  const cause = error;
  const driverMessage = scrubSecrets(String(cause?.message ?? error), secrets);
  const server = describeServer(url);
  const masked = maskUrl(url);
  const code = cause?.code ?? "";
  if (code === "28P01" || code === "28000") {
    return new TenantMigrateError("AUTH_FAILED", `authentication failed at ${server}: ${driverMessage}`, {
      hint: `check the user and password in the URL (${masked})`
    });
  }
  if (code === "3D000") {
    return new TenantMigrateError("DATABASE_MISSING", `the database at ${server} does not exist`, {
      hint: `create it, or fix the URL (${masked})`
    });
  }
  if (["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ETIMEDOUT", "EHOSTUNREACH", "ECONNRESET"].includes(code) || /timeout/i.test(driverMessage)) {
    return new TenantMigrateError("CONNECT_FAILED", `cannot reach ${server}: ${driverMessage}`, {
      hint: `is the server up and the host and port right? (${masked})`
    });
  }
  if (code === "53300") {
    return new TenantMigrateError("TOO_MANY_CONNECTIONS", `${server} has no connection slot left: ${driverMessage}`, {
      hint: `the server (or the role, or the database) is at its connection limit: lower --max-connections, or raise max_connections / the role's CONNECTION LIMIT (${masked})`,
      cause: error
    });
  }
  return new TenantMigrateError("CONNECT_FAILED", `cannot connect to ${server}: ${driverMessage}`, {
    hint: `check the URL (${masked})`
  });
}

// src/db/session.ts
var APPLICATION_NAME = "tenant-migrate";
var KEEPALIVE_DELAY_MS = 5e3;
function queryTimeoutMs(statementTimeoutMs) {
  if (statementTimeoutMs <= 0) return void 0;
  return statementTimeoutMs + Math.min(3e4, Math.max(1e3, Math.round(statementTimeoutMs / 10)));
}
function quickQueryTimeoutMs(connectTimeoutMs) {
  return Math.max(connectTimeoutMs, 1e3) + 1e3;
}
async function openSession(url, options) {
  const connection = await openConnection(url, options);
  try {
    return await setUpSession(connection, options);
  } catch (error) {
    await connection.close();
    throw error;
  }
}
async function openConnection(url, options) {
  const queryTimeout = queryTimeoutMs(options.statementTimeoutMs);
  const client = new esm_default.Client({
    connectionString: url,
    application_name: APPLICATION_NAME,
    connectionTimeoutMillis: options.connectTimeoutMs,
    keepAlive: true,
    keepAliveInitialDelayMillis: KEEPALIVE_DELAY_MS,
    ...queryTimeout ? { query_timeout: queryTimeout } : {}
  });
  let usable = true;
  client.on("error", () => {
    usable = false;
  });
  client.on("end", () => {
    usable = false;
  });
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {
    });
    throw connectionError(error, url);
  }
  let closing;
  const close = () => {
    usable = false;
    closing ??= closeClient(client);
    return closing;
  };
  guardQueries(client, url, queryTimeout, close);
  return {
    url,
    client,
    statementTimeoutMs: options.statementTimeoutMs,
    quickQueryTimeoutMs: quickQueryTimeoutMs(options.connectTimeoutMs),
    get usable() {
      return usable;
    },
    close
  };
}
async function setUpSession(connection, options) {
  const { rows } = await connection.client.query({
    text: SETUP_SQL,
    values: [String(options.lockTimeoutMs), String(options.statementTimeoutMs), options.schema ?? null],
    query_timeout: connection.quickQueryTimeoutMs
  });
  if (!rows[0].schema_exists) {
    throw new TenantMigrateError("SCHEMA_MISSING", `schema "${options.schema}" does not exist in ${describeServer(connection.url)}`, {
      hint: "create the tenant schema first (CREATE SCHEMA ...), or fix the schema column of its tenants row"
    });
  }
  return {
    client: connection.client,
    serverVersion: rows[0].server_version,
    settingsSql: settingsSql(options),
    quickQueryTimeoutMs: connection.quickQueryTimeoutMs,
    close: connection.close
  };
}
async function resetConnection(connection) {
  const quick = { query_timeout: connection.quickQueryTimeoutMs };
  try {
    await connection.client.query({ text: "DISCARD ALL", ...quick });
  } catch (error) {
    if (error.code !== "25001") throw error;
    await connection.client.query({ text: "ROLLBACK", ...quick });
    await connection.client.query({ text: "DISCARD ALL", ...quick });
  }
}
var SETUP_SQL = `
SELECT current_setting('server_version_num')::int AS server_version,
       set_config('lock_timeout', $1, false) AS lock_timeout,
       set_config('statement_timeout', $2, false) AS statement_timeout,
       CASE WHEN current_setting('server_version_num')::int >= 140000
            THEN set_config('client_connection_check_interval', '1000', false) END AS check_interval,
       CASE WHEN $3::text IS NULL THEN NULL ELSE set_config('search_path', quote_ident($3::text), false) END AS search_path,
       ($3::text IS NULL OR EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $3::text)) AS schema_exists`;
function settingsSql(options) {
  return [
    `SET lock_timeout = ${Math.round(options.lockTimeoutMs)}`,
    `SET statement_timeout = ${Math.round(options.statementTimeoutMs)}`,
    options.schema === void 0 ? "RESET search_path" : `SET search_path = ${quoteIdent(options.schema)}`
  ].join("; ");
}
function guardQueries(client, url, clientTimeoutMs, close) {
  const query = client.query.bind(client);
  const guarded = (...args) => {
    const result = query(...args);
    if (!result || typeof result.then !== "function") return result;
    const perQuery = args[0]?.query_timeout;
    return result.catch((error) => {
      throw lostConnection(error, url, perQuery ?? clientTimeoutMs, close);
    });
  };
  client.query = guarded;
}
function lostConnection(error, url, timeoutMs, close) {
  const message = error instanceof Error ? error.message : "";
  if (message === "Query read timeout") {
    void close();
    const waited = timeoutMs === void 0 ? "" : ` within ${Math.round(timeoutMs / 100) / 10}s`;
    return new TenantMigrateError(
      "QUERY_TIMEOUT",
      `no answer from ${describeServer(url)}${waited}: the connection went silent and was closed`,
      {
        hint: "check the network path to the server (a proxy, a firewall dropping idle connections); the server ends the work when it notices the connection is gone",
        cause: error
      }
    );
  }
  if (/Connection terminated|not queryable/.test(message)) {
    return new TenantMigrateError("CONNECTION_LOST", `the connection to ${describeServer(url)} was lost: ${message}`, {
      hint: "check that the server is up and reachable, then run again",
      cause: error
    });
  }
  return error;
}
async function closeClient(client) {
  const stream = client.connection?.stream;
  let timer;
  const grace = new Promise((resolve) => {
    timer = setTimeout(() => {
      stream?.destroy();
      resolve();
    }, 2e3);
    timer.unref();
  });
  await Promise.race([client.end().catch(() => {
  }), grace]);
  clearTimeout(timer);
}
function qualified(schema, name) {
  return `${quoteIdent(schema)}.${quoteIdent(name)}`;
}
function quoteIdent(name) {
  return `"${name.replace(/"/g, '""')}"`;
}

// src/fleet/target-identity.ts
var DEFAULT_LEDGER_SCHEMA = "public";
function ledgerSchema(target) {
  const schema = target.schema?.trim();
  return schema ? schema : DEFAULT_LEDGER_SCHEMA;
}
var LOOPBACK = /* @__PURE__ */ new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);
function ledgerIdentity(target) {
  let parsed;
  try {
    parsed = new URL(target.url);
  } catch {
    return void 0;
  }
  const rawHost = (parsed.searchParams.get("host") || parsed.hostname).toLowerCase();
  const host = LOOPBACK.has(rawHost) ? "localhost" : rawHost.replace(/^\[(.*)\]$/, "$1");
  const port = parsed.searchParams.get("port") || parsed.port || "5432";
  const user = safeDecode(parsed.username) || parsed.searchParams.get("user") || "";
  const database = safeDecode(parsed.pathname.replace(/^\//, "")) || parsed.searchParams.get("dbname") || user || "postgres";
  return { server: `${host}:${port}`, database, schema: ledgerSchema(target) };
}
function identityKey(identity) {
  return JSON.stringify([identity.server, identity.database, identity.schema]);
}
function describeLedger(identity) {
  return `${identity.schema}._migration_versions in database ${identity.database} on ${identity.server}`;
}
function placeOf(target) {
  return target.schema?.trim() ? `schema ${target.schema}` : "no schema";
}
function refuseSharedLedgers(tenants, masterUrl) {
  const master = ledgerIdentity({ url: masterUrl });
  const seen = /* @__PURE__ */ new Map();
  for (const tenant of tenants) {
    if (tenant.invalid) continue;
    const identity = ledgerIdentity(tenant);
    if (!identity) continue;
    const key = identityKey(identity);
    if (master && key === identityKey(master)) {
      throw new TenantMigrateError(
        "TENANT_IS_MASTER",
        `tenant ${tenant.name} (${placeOf(tenant)}) resolves to the master's own ledger, ${describeLedger(identity)}: its migrations would run on the master`,
        {
          hint: "point the tenant's row at its own database (database_url or database) or its own schema; nothing was run"
        }
      );
    }
    const first = seen.get(key);
    if (first) {
      throw new TenantMigrateError(
        "TENANTS_SAME_LEDGER",
        `tenants ${first.name} (${placeOf(first)}) and ${tenant.name} (${placeOf(tenant)}) resolve to one ledger, ${describeLedger(identity)}: each migration would run twice`,
        {
          hint: "keep one of the two rows (or give each its own database or schema); a NULL schema means public. Nothing was run"
        }
      );
    }
    seen.set(key, tenant);
  }
}
function safeDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export {
  APPLICATION_NAME,
  openSession,
  openConnection,
  setUpSession,
  resetConnection,
  settingsSql,
  qualified,
  quoteIdent,
  ledgerSchema,
  refuseSharedLedgers
};
