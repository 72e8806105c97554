import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  esm_default,
  qualified
} from "./chunk-ZOTJX6FU.js";

// src/db/ledger.ts
var { escapeLiteral } = esm_default;
var LEDGER_TABLE = "_migration_versions";
var GOOSE_TABLE = "goose_db_version";
var LEDGER_COLUMNS = [
  ["id", "BIGSERIAL"],
  ["version", "BIGINT"],
  ["name", "TEXT"],
  ["direction", "TEXT NOT NULL DEFAULT 'up'"],
  ["applied_at", "TIMESTAMPTZ NOT NULL DEFAULT now()"],
  ["scope", "TEXT"],
  ["checksum", "TEXT"],
  ["duration_ms", "INTEGER"],
  ["applied_by", "TEXT"]
];
function ledgerComplete(columns) {
  return LEDGER_COLUMNS.every(([name]) => columns.has(name));
}
async function inspectLedger(client, schema, gooseTable = GOOSE_TABLE) {
  const { rows } = await client.query(`SELECT ${inspectionColumns(schema, gooseTable)}`);
  return toInspection(rows[0]);
}
function inspectionColumns(schema, gooseTable = GOOSE_TABLE) {
  const ledger = escapeLiteral(qualified(schema, LEDGER_TABLE));
  const goose = escapeLiteral(qualified(schema, gooseTable));
  return `(SELECT array_agg(attname::text) FROM pg_attribute
              WHERE attrelid = to_regclass(${ledger}) AND attnum > 0 AND NOT attisdropped) AS columns,
            to_regclass(${goose}) IS NOT NULL AS goose`;
}
function toInspection(row) {
  return { columns: new Set(row.columns ?? []), hasGooseTable: row.goose };
}
async function ensureLedger(client, schema, inspection) {
  const table = qualified(schema, LEDGER_TABLE);
  if (inspection.columns.size === 0) {
    await client.query(createLedgerSql(schema));
    return allLedgerColumns();
  }
  const missing = LEDGER_COLUMNS.filter(([name]) => !inspection.columns.has(name));
  if (missing.length > 0) {
    await client.query(`ALTER TABLE ${table} ${missing.map(([name, type]) => `ADD COLUMN IF NOT EXISTS ${name} ${type}`).join(", ")}`);
  }
  return /* @__PURE__ */ new Set([...inspection.columns, ...LEDGER_COLUMNS.map(([name]) => name)]);
}
function createLedgerSql(schema) {
  return `CREATE TABLE IF NOT EXISTS ${qualified(schema, LEDGER_TABLE)} (
  id BIGSERIAL PRIMARY KEY,
  version BIGINT NOT NULL,
  name TEXT NOT NULL,
  direction TEXT NOT NULL DEFAULT 'up' CHECK (direction IN ('up', 'down')),
  applied_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  scope TEXT,
  checksum TEXT,
  duration_ms INTEGER,
  applied_by TEXT
)`;
}
function allLedgerColumns() {
  return new Set(LEDGER_COLUMNS.map(([name]) => name));
}
async function readLedger(client, schema, columns) {
  if (columns.size === 0) return [];
  const { rows } = await client.query(`${ledgerRowsSelect(schema, columns)} ORDER BY ${ledgerOrder(columns)}`);
  return rows.map(toLedgerRow);
}
function ledgerRowsSelect(schema, columns, extra = "") {
  const pick = (column, fallback = "NULL") => columns.has(column) ? column : fallback;
  return `SELECT ${extra}${pick("id")}::text AS row_id, version::text AS version, ${pick("scope")}::text AS scope, ${pick("name")}::text AS name, ${pick("direction", "'up'")}::text AS direction,
            ${pick("applied_at")}::timestamptz AS applied_at, ${pick("checksum")}::text AS checksum, ${pick("applied_by")}::text AS applied_by
       FROM ${qualified(schema, LEDGER_TABLE)}`;
}
function ledgerOrder(columns) {
  return columns.has("id") ? "id" : columns.has("applied_at") ? "applied_at" : "version";
}
function toLedgerRow(row) {
  return {
    ...row.row_id === null ? {} : { id: Number(row.row_id) },
    version: Number.parseInt(row.version, 10),
    scope: row.scope,
    name: row.name ?? row.version,
    direction: row.direction?.trim().toLowerCase() === "down" ? "down" : "up",
    appliedAt: row.applied_at,
    checksum: row.checksum,
    appliedBy: row.applied_by
  };
}
function appliedState(rows, migrations = []) {
  const files = filesByVersion(migrations);
  const latest = /* @__PURE__ */ new Map();
  const upRows = /* @__PURE__ */ new Map();
  let lastAppliedAt = null;
  rows.forEach((row, order) => {
    if (Number.isNaN(row.version)) return;
    const key = rowKey(row, files);
    if (row.direction === "up" && row.id !== void 0) upRows.set(key, [...upRows.get(key) ?? [], row.id]);
    latest.set(key, { row, order });
    if (row.appliedAt && (!lastAppliedAt || row.appliedAt > lastAppliedAt)) lastAppliedAt = row.appliedAt;
  });
  const applied = [...latest.entries()].filter(([, { row }]) => row.direction === "up").map(([key, { row, order }]) => ({
    key,
    version: row.version,
    name: row.name,
    scope: key.startsWith("?:") ? null : key.slice(0, key.indexOf(":")),
    checksum: row.checksum,
    appliedAt: row.appliedAt,
    upRowIds: upRows.get(key) ?? [],
    order
  })).sort((a, b) => a.version - b.version || a.key.localeCompare(b.key));
  return { applied, lastAppliedAt };
}
function migrationKey(migration) {
  return `${migration.scope}:${migration.version}`;
}
function filesByVersion(migrations) {
  const byVersion = /* @__PURE__ */ new Map();
  for (const migration of migrations) byVersion.set(migration.version, [...byVersion.get(migration.version) ?? [], migration]);
  return byVersion;
}
var ROW_SCOPES = { master: "master", host: "master", tenant: "tenant", tenants: "tenant", both: "both" };
function rowKey(row, files) {
  const scope = ROW_SCOPES[row.scope?.trim().toLowerCase() ?? ""];
  const candidates = files.get(row.version) ?? [];
  const pick = candidates.find((file) => file.scope === scope) ?? candidates.find((file) => file.name === row.name) ?? (candidates.length === 1 ? candidates[0] : void 0) ?? candidates.find((file) => file.scope !== "both");
  if (pick) return migrationKey(pick);
  return `${scope ?? "?"}:${row.version}`;
}
async function recordLedgerChange(client, schema, change) {
  if (change.replacesRows.length > 0) {
    await client.query(`DELETE FROM ${qualified(schema, LEDGER_TABLE)} WHERE id = ANY($1::bigint[])`, [change.replacesRows]);
  }
  await recordLedgerEntry(client, schema, change.entry);
  if (!change.gooseTable) return;
  const goose = qualified(schema, change.gooseTableName ?? GOOSE_TABLE);
  if (change.entry.direction === "up") {
    await client.query(`INSERT INTO ${goose} (version_id, is_applied) VALUES ($1, true)`, [change.entry.version]);
  } else {
    await client.query(`DELETE FROM ${goose} WHERE version_id = $1`, [change.entry.version]);
  }
}
function ledgerChangeStatements(schema, change) {
  const { entry } = change;
  const table = qualified(schema, LEDGER_TABLE);
  const statements = [];
  if (change.replacesRows.length > 0) {
    statements.push(`DELETE FROM ${table} WHERE id IN (${change.replacesRows.map((id) => String(Math.trunc(Number(id)))).join(", ")})`);
  }
  const text = (value) => value === null || value === void 0 ? "NULL" : escapeLiteral(value);
  statements.push(
    `INSERT INTO ${table} (version, name, direction, scope, checksum, duration_ms, applied_by, applied_at)
     VALUES (${text(entry.versionText ?? String(entry.version))}, ${text(entry.name)}, ${text(entry.direction)}, ${text(entry.scope)}, ${text(entry.checksum)},
             round(extract(epoch FROM clock_timestamp() - now()) * 1000)::int, ${text(entry.appliedBy)}, ${entry.appliedAt ? `${text(entry.appliedAt.toISOString())}::timestamptz` : "now()"})`
  );
  if (change.gooseTable) {
    const goose = qualified(schema, change.gooseTableName ?? GOOSE_TABLE);
    const version = String(Math.trunc(entry.version));
    statements.push(
      entry.direction === "up" ? `INSERT INTO ${goose} (version_id, is_applied) VALUES (${version}, true)` : `DELETE FROM ${goose} WHERE version_id = ${version}`
    );
  }
  return statements;
}
async function recordLedgerEntry(client, schema, entry) {
  await client.query(
    `INSERT INTO ${qualified(schema, LEDGER_TABLE)} (version, name, direction, scope, checksum, duration_ms, applied_by, applied_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, coalesce($8::timestamptz, now()))`,
    [
      entry.versionText ?? String(entry.version),
      entry.name,
      entry.direction,
      entry.scope,
      entry.checksum,
      entry.durationMs === null ? null : Math.round(entry.durationMs),
      entry.appliedBy,
      entry.appliedAt ?? null
    ]
  );
}

export {
  LEDGER_TABLE,
  GOOSE_TABLE,
  ledgerComplete,
  inspectLedger,
  inspectionColumns,
  toInspection,
  ensureLedger,
  createLedgerSql,
  readLedger,
  ledgerRowsSelect,
  ledgerOrder,
  toLedgerRow,
  appliedState,
  migrationKey,
  recordLedgerChange,
  ledgerChangeStatements,
  recordLedgerEntry
};
