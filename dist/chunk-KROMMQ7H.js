import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  ledgerChangeStatements,
  recordLedgerChange
} from "./chunk-NL6IW7GP.js";
import {
  esm_default,
  queryTimeoutMs,
  quoteIdent
} from "./chunk-ZOTJX6FU.js";

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
  StatementFailure,
  MigrationStepFailure,
  MigrationInterrupted,
  InvalidIndexFailure,
  runMigration
};
