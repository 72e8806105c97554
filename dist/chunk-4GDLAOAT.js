import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  TenantMigrateError
} from "./chunk-XG3U772U.js";

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
function refuseSharedLedgers(tenants, masterUrl, serverOf = (server) => server) {
  const master = ledgerIdentity({ url: masterUrl });
  const keyOf = (identity) => identityKey({ ...identity, server: serverOf(identity.server) });
  const seen = /* @__PURE__ */ new Map();
  for (const tenant of tenants) {
    if (tenant.invalid) continue;
    const identity = ledgerIdentity(tenant);
    if (!identity) continue;
    const key = keyOf(identity);
    if (master && key === keyOf(master)) {
      throw new TenantMigrateError(
        "TENANT_IS_MASTER",
        `tenant ${tenant.name} (${placeOf(tenant)}) resolves to the master's own ledger, ${describeLedger(identity)}${aliasNote(identity, master)}: its migrations would run on the master`,
        {
          hint: "point the tenant's row at its own database (database_url or database) or its own schema; nothing was run"
        }
      );
    }
    const seenFirst = seen.get(key);
    if (seenFirst) {
      const first = seenFirst.tenant;
      throw new TenantMigrateError(
        "TENANTS_SAME_LEDGER",
        `tenants ${first.name} (${placeOf(first)}) and ${tenant.name} (${placeOf(tenant)}) resolve to one ledger, ${describeLedger(seenFirst.identity)}${aliasNote(identity, seenFirst.identity)}: each migration would run twice`,
        {
          hint: "keep one of the two rows (or give each its own database or schema); a NULL schema means public. Nothing was run"
        }
      );
    }
    seen.set(key, { tenant, identity });
  }
}
function aliasNote(identity, other) {
  return identity.server === other.server ? "" : ` (${identity.server} is the same server: both host names resolve to one address)`;
}
function serversToResolve(targets) {
  const hostsOf = /* @__PURE__ */ new Map();
  for (const target of targets) {
    if (target.invalid) continue;
    const identity = ledgerIdentity(target);
    if (!identity) continue;
    const port = identity.server.slice(identity.server.lastIndexOf(":") + 1);
    const key = JSON.stringify([port, identity.database, identity.schema]);
    const hosts = hostsOf.get(key) ?? /* @__PURE__ */ new Set();
    hosts.add(identity.server);
    hostsOf.set(key, hosts);
  }
  const servers = /* @__PURE__ */ new Set();
  for (const hosts of hostsOf.values()) if (hosts.size > 1) for (const server of hosts) servers.add(server);
  return [...servers];
}
function safeDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export {
  ledgerSchema,
  ledgerIdentity,
  refuseSharedLedgers,
  serversToResolve
};
