import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  ACTIVE_COLUMNS,
  DATABASE_COLUMNS,
  LOOSE_URL_COLUMNS,
  NAME_COLUMNS,
  SCHEMA_COLUMNS,
  URL_COLUMNS,
  isActiveRow,
  tenantsFromRows
} from "./chunk-4DTQHM3K.js";
import {
  DEFAULT_TENANTS_QUERY
} from "./chunk-MEC7FD5J.js";
import {
  quoteIdent
} from "./chunk-EYDMOPBA.js";
import {
  describeServer,
  passwordsIn,
  scrubSecrets
} from "./chunk-IDMQH24V.js";
import {
  TenantMigrateError,
  text
} from "./chunk-TONUKN4I.js";

// src/fleet/tenant-registry.ts
function checkContract(contract, action) {
  if (!contract.tenantsQuery || !contract.register) return;
  const missing = action === "add" ? !contract.registerQuery : !contract.unregisterQuery;
  if (missing) {
    const option = action === "add" ? "registerQuery" : "unregisterQuery";
    throw new TenantMigrateError(
      "BAD_OPTION",
      text(
        "register-query.needed",
        "with {option:tenantsQuery}, tenant {action} needs {option} SQL to write the tenant's row, or {option:register=false}",
        { option, values: { action } }
      ),
      {
        hint: action === "add" ? text(
          "register-query.example",
          "e.g. {option:registerQuery=INSERT INTO customers (slug, db_url, schema_name) VALUES ($1, $2, $3)} ($1 name, $2 database URL or null, $3 schema or null)",
          { option }
        ) : text(
          "unregister-query.example",
          "e.g. {option:unregisterQuery=UPDATE customers SET enabled = false WHERE slug = $1} ($1 name)",
          {
            option
          }
        )
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
        hint: text(
          "tenants.run-master-first",
          "run the master migrations first (migrate with {option:target=master}), or create it: CREATE TABLE tenants (name text PRIMARY KEY, database_url text, schema text, is_active boolean NOT NULL DEFAULT true)",
          { option: "target" }
        )
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
async function checkRegistration(client, contract, place) {
  if (!contract.register || contract.registerQuery) return;
  registrationColumns(await tenantsColumns(client), place);
}
function registrationColumns(columns, place) {
  const name = pick(
    columns,
    NAME_COLUMNS.filter((column) => column !== "id"),
    "a name"
  );
  const values = /* @__PURE__ */ new Map();
  if (place.schema) values.set(pick(columns, SCHEMA_COLUMNS, "a schema"), place.schema);
  if (!place.schema || place.inDatabase) {
    const urlColumn = [...URL_COLUMNS, ...LOOSE_URL_COLUMNS].find((column) => columns.has(column));
    if (urlColumn) values.set(urlColumn, place.url);
    else values.set(pick(columns, place.database === void 0 ? [] : DATABASE_COLUMNS, "a database_url or database"), place.database);
  }
  for (const [column, value] of activeValues(columns, true)) values.set(column, value);
  return { name, values };
}
async function registerTenant(client, contract, place) {
  if (!contract.register) return;
  if (contract.registerQuery) {
    await runContractQuery(client, contract.registerQuery, [
      place.name,
      place.schema && !place.inDatabase ? null : place.url,
      place.schema ?? null
    ]);
    return;
  }
  const { name, values } = registrationColumns(await tenantsColumns(client), place);
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
async function deactivateTenant(client, contract, name) {
  if (!contract.register) return false;
  if (contract.unregisterQuery) return ((await runContractQuery(client, contract.unregisterQuery, [name])).rowCount ?? 0) > 0;
  const columns = await tenantsColumns(client);
  const nameColumn = pick(
    columns,
    NAME_COLUMNS.filter((column) => column !== "id"),
    "a name"
  );
  const inactive = activeValues(columns, false);
  if (inactive.length === 0) {
    throw new TenantMigrateError(
      "TENANTS_TABLE_SHAPE",
      "the tenants table has no active, is_active, enabled, status or deleted_at column to mark a tenant inactive",
      {
        hint: text(
          "tenants.no-active-column",
          "add one (ALTER TABLE tenants ADD COLUMN is_active boolean NOT NULL DEFAULT true), or pass {option}",
          { option: "unregisterQuery" }
        )
      }
    );
  }
  const params = [name];
  const assignments = inactive.map(([column, value]) => {
    if (value === NOW) return `${quoteIdent(column)} = now()`;
    params.push(value);
    return `${quoteIdent(column)} = $${params.length}`;
  });
  const { rowCount } = await client.query(`UPDATE tenants SET ${assignments.join(", ")} WHERE ${quoteIdent(nameColumn)} = $1`, params);
  return (rowCount ?? 0) > 0;
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
        hint: text("tenants.no-column", "add one ({candidates}), or pass {option} with your own INSERT, or {option:register=false}", {
          option: "registerQuery",
          values: { candidates: candidates.join(", ") }
        })
      }
    );
  }
  return column;
}
function runContractQuery(client, sql, values) {
  const used = Math.max(0, ...[...sql.matchAll(/\$(\d+)/g)].map((match) => Number(match[1])));
  return client.query(sql, values.slice(0, used));
}

export {
  checkContract,
  readTenantRecords,
  placeOf,
  checkRegistration,
  registerTenant,
  deactivateTenant
};
