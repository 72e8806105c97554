import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  GOOSE_TABLE,
  LEDGER_TABLE,
  gooseTableOf
} from "./chunk-L32NRCTA.js";
import {
  esm_default,
  qualified,
  queryTimeoutMs,
  quoteIdent
} from "./chunk-EYDMOPBA.js";

// src/db/ledger.ts
var { escapeLiteral } = esm_default;
function qualifiedGooseTable(schema, gooseTable = GOOSE_TABLE) {
  const where = gooseTableOf(schema, gooseTable);
  return qualified(where.schema, where.table);
}
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
  const goose = escapeLiteral(qualifiedGooseTable(schema, gooseTable));
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
async function recordLedgerChange(client, schema, change2) {
  if (change2.replacesRows.length > 0) {
    await client.query(`DELETE FROM ${qualified(schema, LEDGER_TABLE)} WHERE id = ANY($1::bigint[])`, [change2.replacesRows]);
  }
  await recordLedgerEntry(client, schema, change2.entry);
  if (!change2.gooseTable) return;
  const goose = qualifiedGooseTable(schema, change2.gooseTableName);
  if (change2.entry.direction === "up") {
    await client.query(`INSERT INTO ${goose} (version_id, is_applied) VALUES ($1, true)`, [change2.entry.version]);
  } else {
    await client.query(`DELETE FROM ${goose} WHERE version_id = $1`, [change2.entry.version]);
  }
}
function ledgerChangeStatements(schema, change2) {
  const { entry } = change2;
  const table = qualified(schema, LEDGER_TABLE);
  const statements = [];
  if (change2.replacesRows.length > 0) {
    statements.push(`DELETE FROM ${table} WHERE id IN (${change2.replacesRows.map((id) => String(Math.trunc(Number(id)))).join(", ")})`);
  }
  const text = (value) => value === null || value === void 0 ? "NULL" : escapeLiteral(value);
  statements.push(
    `INSERT INTO ${table} (version, name, direction, scope, checksum, duration_ms, applied_by, applied_at)
     VALUES (${text(entry.versionText ?? String(entry.version))}, ${text(entry.name)}, ${text(entry.direction)}, ${text(entry.scope)}, ${text(entry.checksum)},
             round(extract(epoch FROM clock_timestamp() - now()) * 1000)::int, ${text(entry.appliedBy)}, ${entry.appliedAt ? `${text(entry.appliedAt.toISOString())}::timestamptz` : "now()"})`
  );
  if (change2.gooseTable) {
    const goose = qualifiedGooseTable(schema, change2.gooseTableName);
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

// src/db/index-validity.ts
function concurrentIndexes(statements) {
  const found = [];
  for (const statement of statements) {
    for (const node of statement.nodes) {
      const index = node.IndexStmt;
      if (!index?.concurrent || !index.relation?.relname) continue;
      const schema = index.relation.schemaname;
      const qualify = (name) => schema ? `${quoteIdent(schema)}.${quoteIdent(name)}` : quoteIdent(name);
      found.push({ ...index.idxname ? { index: qualify(index.idxname) } : {}, table: qualify(index.relation.relname) });
    }
  }
  return found;
}
async function invalidIndexes(client, indexes) {
  if (indexes.length === 0) return [];
  const named = indexes.flatMap((item) => item.index ? [item.index] : []);
  const tables = indexes.flatMap((item) => item.index ? [] : [item.table]);
  const { rows } = await client.query(
    `SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname) AS index
       FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE NOT i.indisvalid
        AND (i.indexrelid IN (SELECT to_regclass(name) FROM unnest($1::text[]) name)
          OR i.indrelid IN (SELECT to_regclass(name) FROM unnest($2::text[]) name))
      ORDER BY 1`,
    [named, tables]
  );
  return rows.map((row) => row.index);
}
async function dropFailedBuild(client, statement) {
  const indexes = concurrentIndexes([statement]);
  const named = indexes.filter((item) => item.index !== void 0);
  if (named.length === 0) return { dropped: [], clean: false };
  const dropped = [];
  try {
    for (const index of await invalidIndexes(client, named)) {
      await client.query(`DROP INDEX CONCURRENTLY IF EXISTS ${index}`);
      dropped.push(index);
    }
    return { dropped, clean: named.length === indexes.length };
  } catch {
    return { dropped, clean: false };
  }
}

// src/db/run-migration.ts
import { performance } from "node:perf_hooks";

// src/db/migration-batch.ts
var PER_STATEMENT_TIMEOUT_SINCE = 13e4;
function canBatch(run) {
  if (!run.batch || run.batch.serverVersion < PER_STATEMENT_TIMEOUT_SINCE) return false;
  if (!run.transaction || run.withinTransaction || run.hooks || run.finish === "rollback") return false;
  return !run.statements.some((statement) => statement.nodes.some((node) => "TransactionStmt" in node));
}
var BatchFailure = class extends Error {
  constructor(cause, completed) {
    super(cause?.message ?? String(cause));
    this.cause = cause;
    this.completed = completed;
    this.name = "BatchFailure";
  }
  cause;
  completed;
};
function sendBatch(client, statements, limits) {
  const query = new esm_default.Query(statements.join(";\n"));
  let completed = 0;
  const handleCommandComplete = query.handleCommandComplete.bind(query);
  query.handleCommandComplete = (...args) => {
    completed++;
    handleCommandComplete(...args);
  };
  const perStatement = queryTimeoutMs(limits.statementTimeoutMs);
  if (perStatement) query.query_timeout = perStatement * statements.length;
  return new Promise((resolve, reject) => {
    query.callback = (error) => error ? reject(new BatchFailure(error, completed)) : resolve();
    client.query(query);
  });
}

// src/db/run-migration.ts
var StatementFailure = class _StatementFailure extends Error {
  constructor(statement, cause, ran, transaction, aftermath = {}) {
    super(cause?.message ?? String(cause));
    this.statement = statement;
    this.cause = cause;
    this.ran = ran;
    this.transaction = transaction;
    this.aftermath = aftermath;
    this.name = "StatementFailure";
  }
  statement;
  cause;
  ran;
  transaction;
  aftermath;
  /** The same failure, with more known about what followed it. */
  with(more) {
    return new _StatementFailure(this.statement, this.cause, this.ran, this.transaction, { ...this.aftermath, ...more });
  }
  /** True when earlier statements of a NO TRANSACTION file stay applied. */
  get partial() {
    return this.ran.length > 0;
  }
};
var MigrationStepFailure = class extends Error {
  constructor(step2, cause, applied) {
    super(cause?.message ?? String(cause));
    this.step = step2;
    this.cause = cause;
    this.applied = applied;
    this.name = "MigrationStepFailure";
  }
  step;
  cause;
  applied;
};
var MigrationInterrupted = class extends Error {
  constructor(next, ran, transaction) {
    super("interrupted before the next statement");
    this.next = next;
    this.ran = ran;
    this.transaction = transaction;
    this.name = "MigrationInterrupted";
  }
  next;
  ran;
  transaction;
};
var InvalidIndexFailure = class extends Error {
  constructor(indexes) {
    super(`invalid index ${indexes.join(", ")}`);
    this.indexes = indexes;
    this.name = "InvalidIndexFailure";
  }
  indexes;
};
async function runMigration(client, schema, run) {
  return run.transaction ? runInTransaction(client, schema, run) : runStatementByStatement(client, schema, run);
}
async function runInTransaction(client, schema, run) {
  const started = performance.now();
  const own = !run.withinTransaction;
  try {
    if (canBatch(run)) {
      await runAsOneBatch(client, schema, run);
      return performance.now() - started;
    }
    const setup = [...own ? ["BEGIN"] : [], ...run.settings ?? []].join("; ");
    if (setup) await step("setup", false, () => client.query(setup));
    for (const statement of run.before ?? []) await step("setup", false, () => client.query(statement));
    await run.hooks?.beforeStatements?.();
    for (const statement of run.statements) {
      if (run.signal?.aborted) throw new MigrationInterrupted(statement, [], true);
      const statementStart = performance.now();
      try {
        await client.query(statement.sql);
      } catch (error) {
        throw new StatementFailure(statement, error, [], true);
      }
      await run.hooks?.afterStatement?.(statement, performance.now() - statementStart);
    }
    const durationMs = performance.now() - started;
    await run.hooks?.beforeFinish?.();
    const status = transactionStatus(client);
    if (status !== null && status !== "T") {
      throw new MigrationStepFailure("transaction-ended", new Error("the migration ended the transaction the runner opened"), false);
    }
    if (run.finish === "rollback" && own) {
      await client.query("ROLLBACK");
      return durationMs;
    }
    if (run.entry) await step("ledger", false, () => recordLedgerChange(client, schema, change(run, durationMs)));
    if (own) await step("commit", false, () => client.query("COMMIT"));
    return durationMs;
  } catch (error) {
    if (own) await client.query("ROLLBACK").catch(() => {
    });
    throw error;
  }
}
async function runAsOneBatch(client, schema, run) {
  const setup = ["BEGIN", ...run.settings ?? [], ...run.before ?? []];
  const ledger = run.entry ? ledgerChangeStatements(schema, {
    entry: run.entry,
    replacesRows: run.replacesRows ?? [],
    gooseTable: run.gooseTable === true,
    gooseTableName: run.gooseTableName
  }) : [];
  const statements = run.statements.map((statement) => statement.sql);
  try {
    await sendBatch(client, [...setup, ...statements, ...ledger], run.batch);
  } catch (error) {
    if (!(error instanceof BatchFailure)) throw error;
    const answered = error.cause instanceof esm_default.DatabaseError;
    const at = answered ? error.completed : Math.max(error.completed, setup.length);
    if (at < setup.length) throw new MigrationStepFailure("setup", error.cause, false);
    if (at < setup.length + statements.length) throw new StatementFailure(run.statements[at - setup.length], error.cause, [], true);
    throw new MigrationStepFailure("ledger", error.cause, false);
  }
  if ((transactionStatus(client) ?? "T") !== "T") {
    throw new MigrationStepFailure("transaction-ended", new Error("the migration ended the transaction the runner opened"), false);
  }
  await step("commit", false, () => client.query("COMMIT"));
}
async function runStatementByStatement(client, schema, run) {
  const started = performance.now();
  if (run.settings?.length) await step("setup", false, () => client.query(run.settings.join("; ")));
  if (run.entry) await step("setup", false, () => trialLedgerWrite(client, schema, change(run, 0)));
  await run.hooks?.beforeStatements?.();
  for (const [index, statement] of run.statements.entries()) {
    if (run.signal?.aborted) {
      if ((transactionStatus(client) ?? "I") !== "I") await client.query("ROLLBACK").catch(() => {
      });
      throw new MigrationInterrupted(statement, run.statements.slice(0, index), false);
    }
    const statementStart = performance.now();
    try {
      await client.query(statement.sql);
    } catch (error) {
      if ((transactionStatus(client) ?? "I") !== "I") await client.query("ROLLBACK").catch(() => {
      });
      const failure = new StatementFailure(statement, error, run.statements.slice(0, index), false);
      throw await afterFailedBuild(client, failure, run.signal);
    }
    await run.hooks?.afterStatement?.(statement, performance.now() - statementStart);
  }
  const durationMs = performance.now() - started;
  await run.hooks?.beforeFinish?.();
  const status = transactionStatus(client);
  if (status !== null && status !== "I") {
    await client.query("ROLLBACK").catch(() => {
    });
    throw new MigrationStepFailure("transaction-ended", new Error("the NO TRANSACTION file left a transaction open"), true);
  }
  if (!run.entry) return durationMs;
  const invalid = await step("ledger", true, () => invalidIndexes(client, concurrentIndexes(run.statements)));
  if (invalid.length > 0) throw new InvalidIndexFailure(invalid);
  await step("ledger", true, () => inTransaction(client, () => recordLedgerChange(client, schema, change(run, durationMs))));
  return durationMs;
}
async function afterFailedBuild(client, failure, signal) {
  const builds = concurrentIndexes([failure.statement]);
  if (signal?.aborted || !(failure.cause instanceof esm_default.DatabaseError) || builds.length === 0 || builds.some((build) => !build.index)) {
    return failure;
  }
  const { dropped, clean } = await dropFailedBuild(client, failure.statement);
  return failure.with({ ...dropped.length > 0 ? { droppedIndexes: dropped } : {}, buildCleaned: clean });
}
function change(run, durationMs) {
  return {
    entry: { ...run.entry, durationMs },
    replacesRows: run.replacesRows ?? [],
    gooseTable: run.gooseTable === true,
    gooseTableName: run.gooseTableName
  };
}
async function trialLedgerWrite(client, schema, ledgerChange) {
  await client.query("BEGIN");
  try {
    await recordLedgerChange(client, schema, ledgerChange);
  } finally {
    await client.query("ROLLBACK").catch(() => {
    });
  }
}
async function inTransaction(client, work) {
  await client.query("BEGIN");
  try {
    await work();
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {
    });
    throw error;
  }
}
function transactionStatus(client) {
  return client.getTransactionStatus?.() ?? null;
}
async function step(name, applied, work) {
  try {
    return await work();
  } catch (error) {
    throw new MigrationStepFailure(name, error, applied);
  }
}

export {
  concurrentIndexes,
  dropFailedBuild,
  qualifiedGooseTable,
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
  recordLedgerEntry,
  StatementFailure,
  MigrationStepFailure,
  MigrationInterrupted,
  InvalidIndexFailure,
  runMigration
};
