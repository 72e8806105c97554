import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  checksumMatches
} from "./chunk-CAATKD7F.js";
import {
  ConnectionBudget,
  abortError,
  abortableSleep,
  connectWithinBudget,
  derivedBudget,
  describeLockHolders,
  guardTenantsTable,
  ledgerIdentity,
  ledgerSchema,
  onAbort,
  readServerLimits,
  runWithLockRetries,
  serverOf,
  tablesOfQuery
} from "./chunk-JKLMB7YD.js";
import {
  InvalidIndexFailure,
  MigrationInterrupted,
  MigrationStepFailure,
  StatementFailure,
  appliedState,
  concurrentIndexes,
  createLedgerSql,
  ensureLedger,
  inspectLedger,
  inspectionColumns,
  ledgerComplete,
  ledgerOrder,
  ledgerRowsSelect,
  migrationKey,
  qualifiedGooseTable,
  readLedger,
  recordLedgerEntry,
  toInspection,
  toLedgerRow
} from "./chunk-K7NWUBXN.js";
import {
  GOOSE_TABLE,
  LEDGER_TABLE,
  gooseTableOf
} from "./chunk-L32NRCTA.js";
import {
  APPLICATION_NAME,
  newPgClient,
  openConnection,
  openSession,
  resetConnection,
  setUpSession
} from "./chunk-EYDMOPBA.js";
import {
  maskUrl,
  passwordsIn,
  scrubSecrets
} from "./chunk-IDMQH24V.js";
import {
  TenantMigrateError,
  hintFields,
  isTenantMigrateError,
  mapTextValues,
  text
} from "./chunk-TONUKN4I.js";

// src/fleet/target-failure.ts
var TargetFailure = class extends Error {
  constructor(failure) {
    super(failure.message);
    this.failure = failure;
    this.name = "TargetFailure";
  }
  failure;
};

// src/fleet/describe-failure.ts
function describeFailure(error, migration, direction, retried) {
  const label = `${migration.name} (${direction.toUpperCase()})`;
  const context = { migration: migration.name, file: migration.path };
  if (error instanceof StatementFailure) {
    const failure2 = statementFailure(error, migration, label, direction);
    if (!retried) return new TargetFailure(failure2);
    const tried = ` It was tried ${retried.attempts + 1} times, waiting ${formatSeconds(retried.waitedMs)} in all between attempts.`;
    return new TargetFailure({
      ...failure2,
      message: `${failure2.message}${tried}`,
      lockRetries: { attempts: retried.attempts + 1, waitedMs: retried.waitedMs }
    });
  }
  if (error instanceof InvalidIndexFailure) {
    const list = error.indexes.join(", ");
    return new TargetFailure({
      code: "INVALID_INDEX",
      message: `${label} ran, but ${error.indexes.length === 1 ? "index" : "indexes"} ${list} built CONCURRENTLY ${error.indexes.length === 1 ? "is" : "are"} INVALID (pg_index.indisvalid). Its statements stay applied; the migration is not recorded.`,
      hint: `run ${error.indexes.map((index) => `DROP INDEX CONCURRENTLY ${index};`).join(" ")} then run again to build it anew (an earlier failed build leaves such an index, and IF NOT EXISTS skips it)`,
      ...context
    });
  }
  if (error instanceof MigrationStepFailure) {
    const cause = toTargetError(error.cause, []);
    const sqlState = error.cause?.code;
    const state = typeof sqlState === "string" && /^[0-9A-Z]{5}$/.test(sqlState) ? ` [SQLSTATE ${sqlState}]` : "";
    const lost = cause.code === "QUERY_TIMEOUT" || cause.code === "CONNECTION_LOST";
    if (error.step === "transaction-ended") return new TargetFailure(transactionEnded(error, label, context));
    const where = error.step === "commit" ? "at COMMIT" : error.step === "ledger" ? "writing its ledger row" : "before its first statement";
    const kept = error.applied ? " The file is NO TRANSACTION: all its statements ran and stay applied, but it is not recorded, so the next run runs it again." : error.step === "commit" && lost ? " The COMMIT got no answer: the migration may or may not be committed; tenant-migrate status shows which." : nothingDone(direction);
    return new TargetFailure({
      code: lost ? cause.code : "MIGRATION_FAILED",
      message: `${label} failed ${where}: ${cause.message}${state}.${kept}`,
      hint: lost ? cause.hint : error.step === "commit" && sqlState?.startsWith("23") ? "a deferred constraint is checked at COMMIT: fix the data or the migration, then run again" : error.applied ? "make its statements idempotent (IF NOT EXISTS) or record the version in the ledger by hand, then run again" : error.cause?.hint ?? "fix the cause, then run again",
      ...postgresDetail(error.cause),
      ...context
    });
  }
  const failure = toTargetError(error, []);
  return new TargetFailure({ ...failure, message: `${label}: ${failure.message}`, ...context });
}
function statementFailure(error, migration, label, direction) {
  const where = `${migration.path}:${error.statement.line}:${error.statement.column}`;
  const lost = isTenantMigrateError(error.cause) && (error.cause.code === "QUERY_TIMEOUT" || error.cause.code === "CONNECTION_LOST");
  const pgError = error.cause;
  let kept;
  if (error.transaction) {
    kept = lost ? " Its transaction was not committed: the server rolls it back when it notices the connection is gone." : nothingDone(direction);
  } else {
    const recorded = direction === "down" ? "the migration stays recorded as applied" : "the migration is not recorded";
    kept = error.ran.length > 0 ? ` The file is NO TRANSACTION: ${error.ran.length} statement${error.ran.length === 1 ? "" : "s"} before this one ran and stay${error.ran.length === 1 ? "s" : ""} applied (${ranList(error.ran)}); ${recorded}.` : ` The file is NO TRANSACTION: no statement before this one ran; ${recorded}.`;
    if (lost) kept += " This statement may still complete on the server.";
  }
  const dropped = error.aftermath.droppedIndexes ?? [];
  if (dropped.length > 0) {
    kept += ` The INVALID index ${dropped.join(", ")} it left was dropped (DROP INDEX CONCURRENTLY): the next run builds it anew.`;
  }
  const hint = lost ? error.cause.hint : statementHint(error, pgError);
  const { lockHolders } = error.aftermath;
  const holders = lockHolders && describeLockHolders(lockHolders);
  const detail = [postgresDetail(error.cause).detail, holders].filter(Boolean).join("\n");
  return {
    ...detail ? { detail } : {},
    ...lockHolders ? { lockHolders: lockHolders.holders } : {},
    // A table busy past lock_timeout is the lock's doing, not the migration's: CI can tell the two apart.
    code: lost ? error.cause.code : pgError.code === "55P03" ? "LOCK_TIMEOUT" : "MIGRATION_FAILED",
    message: `${label} failed at ${where}: ${pgError.message ?? String(error.cause)}${!lost && pgError.code ? ` [SQLSTATE ${pgError.code}]` : ""}.${kept}`,
    ...hint === void 0 ? {} : typeof hint === "string" ? { hint } : hintFields(hint),
    migration: migration.name,
    file: migration.path,
    line: error.statement.line,
    column: error.statement.column
  };
}
function nothingDone(direction) {
  return direction === "up" ? " Nothing of this migration was applied." : " Its DOWN was rolled back: nothing of it was undone, and the migration stays applied.";
}
function statementHint(error, pgError) {
  const builds = concurrentIndexes([error.statement]);
  const concurrentIndex2 = builds.length > 0;
  if (concurrentIndex2 && !error.transaction && error.aftermath.buildCleaned !== true) {
    const names2 = builds.map((index) => index.index ?? `the unnamed index of ${index.table}`);
    return `a failed CREATE INDEX CONCURRENTLY leaves an INVALID index behind: drop it (DROP INDEX CONCURRENTLY ${names2.join(", ")}, in the target's schema) before running again`;
  }
  if (pgError.code === "55P03" && concurrentIndex2) {
    return text(
      "lock-timeout.concurrent-index",
      "CREATE INDEX CONCURRENTLY waits for every transaction open in the database when it began, on any table: end the long one named above (or wait for it), then run again; or raise {option}",
      { option: "lockTimeout" }
    );
  }
  if (pgError.code === "55P03") {
    return text("lock-timeout.raise", "lock_timeout: a table it needs is busy; run again at a quieter time, or raise {option}", {
      option: "lockTimeout"
    });
  }
  if (pgError.code === "57014") {
    return text("statement-timeout.raise", "statement_timeout cut the statement; raise {option} for long migrations", {
      option: "statementTimeout"
    });
  }
  if (pgError.hint) return pgError.hint;
  if (isDataFailure(pgError.code)) return DATA_HINT;
  return "fix the migration (tenant-migrate verify runs it on a throwaway database), then run again";
}
function isDataFailure(code) {
  return code !== void 0 && (code.startsWith("22") || code.startsWith("23"));
}
var DATA_HINT = "this target's rows do not fit the change (other targets may have passed; a dry run on an empty database cannot see it): fix those rows, or make the migration handle them (remove duplicates before a UNIQUE index, backfill before SET NOT NULL), then run again";
function transactionEnded(error, label, context) {
  return error.applied ? {
    code: "TRANSACTION_LEFT_OPEN",
    message: `${label} is NO TRANSACTION but left a transaction open (a BEGIN without COMMIT): what it did since that BEGIN was rolled back, what ran before stays applied; the migration is not recorded.`,
    hint: "end the transaction the file opens with COMMIT, then run again",
    ...context
  } : {
    code: "TRANSACTION_ENDED",
    message: `${label} ended the transaction the runner opened for it (a COMMIT or ROLLBACK inside it): its ledger row was not written, and what it committed before that stays applied.`,
    hint: "remove the COMMIT/ROLLBACK (a procedure that commits, for one), or mark the file NO TRANSACTION",
    ...context
  };
}
function postgresDetail(error) {
  const pgError = error;
  const parts = [pgError?.detail ? `DETAIL: ${pgError.detail}` : void 0, pgError?.where ? `CONTEXT: ${pgError.where}` : void 0];
  const shown = parts.filter((part) => part !== void 0);
  return shown.length > 0 ? { detail: shown.join("\n") } : {};
}
function formatSeconds(ms) {
  return `${(ms / 1e3).toFixed(1)}s`;
}
function ranList(statements) {
  const lines = statements.map((statement) => `line ${statement.line}`);
  return lines.length <= 5 ? lines.join(", ") : `${lines.slice(0, 5).join(", ")} and ${lines.length - 5} more`;
}
function toTargetError(error, urls) {
  const secrets = passwordsIn(urls);
  const scrub = (text2) => text2 === void 0 ? void 0 : scrubSecrets(text2, secrets);
  const texts = (messageText, hintText) => ({
    ...messageText ? { messageText: mapTextValues(messageText, (value) => scrubSecrets(value, secrets)) } : {},
    ...hintText ? { hintText: mapTextValues(hintText, (value) => scrubSecrets(value, secrets)) } : {}
  });
  if (error instanceof TargetFailure) {
    const failure = error.failure;
    return {
      ...failure,
      message: scrub(failure.message),
      ...failure.hint ? { hint: scrub(failure.hint) } : {},
      ...failure.detail ? { detail: scrub(failure.detail) } : {},
      ...texts(failure.messageText, failure.hintText)
    };
  }
  if (isTenantMigrateError(error)) {
    return {
      code: error.code,
      message: scrub(error.message),
      ...error.hint ? { hint: scrub(error.hint) } : {},
      ...error.detail ? { detail: scrub(error.detail) } : {},
      ...texts(error.messageText, error.hintText),
      ...error.location ? { file: error.location.file, line: error.location.line, column: error.location.column } : {}
    };
  }
  const pgError = error;
  const detail = postgresDetail(error).detail;
  return {
    code: pgError?.code === "55P03" ? "LOCK_TIMEOUT" : "DATABASE_ERROR",
    message: scrub(pgError?.message ?? String(error)),
    ...pgError?.hint ? { hint: scrub(pgError.hint) } : {},
    ...detail ? { detail: scrub(detail) } : {}
  };
}

// src/fleet/target-result.ts
function untouchedResult(target, fields = {}) {
  return {
    name: target.name,
    kind: target.kind,
    url: target.url ? maskUrl(target.url) : "",
    ...target.schema ? { schema: target.schema } : {},
    status: "failed",
    fromVersion: null,
    toVersion: null,
    applied: [],
    durationMs: 0,
    ...fields
  };
}

// src/db/cancel-backends.ts
async function cancelBackends(url, pids, connectTimeoutMs) {
  if (pids.length === 0) return true;
  const client = newPgClient({
    connectionString: url,
    application_name: `${APPLICATION_NAME} (cancel)`,
    connectionTimeoutMillis: connectTimeoutMs
  });
  client.on("error", () => {
  });
  try {
    await client.connect();
    const { rows } = await client.query(
      "SELECT pg_cancel_backend(pid) AS cancelled FROM unnest($1::int[]) AS pid",
      [pids]
    );
    return rows.every((row) => row.cancelled);
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {
    });
  }
}

// src/fleet/interrupt.ts
function interruptName(signal) {
  return typeof signal.reason === "string" && /^SIG[A-Z]+$/.test(signal.reason) ? signal.reason : "an abort signal";
}
var RunningSessions = class {
  constructor(signal, connectTimeoutMs) {
    this.connectTimeoutMs = connectTimeoutMs;
    this.unwatch = onAbort(signal, () => {
      this.cancelling = this.cancelAll().catch(() => {
      });
    });
  }
  connectTimeoutMs;
  running = /* @__PURE__ */ new Map();
  cancelling = Promise.resolve();
  unwatch;
  /** Watches `client` (a session on the database at `url`) until the returned function is called. */
  track(url, client) {
    this.running.set(client, url);
    return () => {
      this.running.delete(client);
    };
  }
  /** Resolves once the cancels the abort sent are through (at once when there was no abort). */
  settled() {
    return this.cancelling;
  }
  /** The run is over: no later abort cancels anything. */
  dispose() {
    this.unwatch();
  }
  async cancelAll() {
    const byDatabase = /* @__PURE__ */ new Map();
    for (const [client, url] of this.running) byDatabase.set(url, [...byDatabase.get(url) ?? [], client]);
    await Promise.all(
      [...byDatabase].map(async ([url, clients]) => {
        const pids = clients.map(backendPid).filter((pid) => pid !== void 0);
        if (await cancelBackends(url, pids, this.connectTimeoutMs)) return;
        await Promise.all(clients.map((client) => client.end().catch(() => {
        })));
      })
    );
  }
};
function backendPid(client) {
  const pid = client.processID;
  return typeof pid === "number" ? pid : void 0;
}
function notStarted(target, signal) {
  return untouchedResult(target, {
    status: "skipped",
    error: { code: "INTERRUPTED", message: `not started: the run was interrupted by ${interruptName(signal)}` }
  });
}
function wasInterrupted(result) {
  return result.status === "failed" && result.error?.code === "INTERRUPTED";
}
function interruptError(results, signal, runId, redo = false) {
  const interrupted = [];
  const notStartedTargets = [];
  const finished = [];
  for (const result of results) {
    if (wasInterrupted(result)) interrupted.push(result);
    else if (result.status === "skipped" && result.error?.code === "INTERRUPTED") notStartedTargets.push(result);
    else finished.push(result);
  }
  const group = (label, targets) => `${targets.length} ${label}${targets.length > 0 ? ` (${names(targets)})` : ""}`;
  return {
    code: "INTERRUPTED",
    message: `interrupted by ${interruptName(signal)}: ${group("finished", finished)}, ${group("interrupted", interrupted)}, ${group("not started", notStartedTargets)}; no target was started after the signal, ${redo ? "and a redo's running DOWN was cancelled and rolled back, while a running UP ran to its end (none is left one version down)" : "and the migrations running were cancelled"}`,
    // A redo run again would redo its finished targets once more: only the rest are to run.
    ...redo ? redoHint(runId) : (
      // Without a run record there is nothing to retry from: the ledgers alone say what is left.
      runId ? hintFields(
        text(
          "interrupt.retry",
          `run the same command again, or {option:retryFailed=${runId}} to run only the interrupted and not started targets`
        )
      ) : { hint: "run the same command again: the targets that finished have nothing left to do" }
    )
  };
}
function redoHint(runId) {
  return runId ? hintFields(
    text(
      "interrupt.redo-retry",
      `redo with {option:retryFailed=${runId}} redoes only the interrupted and not started targets; the finished ones were redone (rolled back and applied again), and the same command again would redo them once more`
    )
  ) : {
    hint: "the finished targets were redone (rolled back and applied again); redo the others by name, since the same command again would redo the finished ones once more"
  };
}
function names(targets) {
  const shown = targets.slice(0, 5).map((target) => target.name);
  return targets.length > 5 ? `${shown.join(", ")} and ${targets.length - 5} more` : shown.join(", ");
}

// src/fleet/goose-table-elsewhere.ts
function isTenantDatabase(target) {
  return !target.schema && target.kind !== "master";
}
function gooseTableElsewhere(schema, found, configured) {
  const where = (name) => {
    const table = gooseTableOf(schema, name);
    return `${table.schema}.${table.table}`;
  };
  return {
    code: "GOOSE_TABLE_ELSEWHERE",
    message: `no migration ledger and no ${where(configured)} here, but ${where(found)} looks like goose's version table (version_id, is_applied): read as a new database, every migration would run again from version 1`,
    ...hintFields(
      text(
        "goose-table.elsewhere",
        `if goose manages it with -table ${found}, pass {option:gooseTable=${found}} (GOOSE_TABLE is read too) so its history is adopted; nothing was run here`,
        { option: "gooseTable" }
      )
    )
  };
}

// src/fleet/ledger-scope.ts
function ledgerScopeRefusal(rows, timeline, ledger) {
  const other = timeline === "master" ? "tenant" : "master";
  const foreign = rows.filter((row) => row.scope?.trim().toLowerCase() === other);
  if (foreign.length === 0) return void 0;
  const names2 = [...new Set(foreign.map((row) => row.name))];
  const shown = names2.length <= 3 ? names2.join(", ") : `${names2.slice(0, 3).join(", ")} and ${names2.length - 3} more`;
  return {
    code: "LEDGER_OTHER_SCOPE",
    message: `the ledger ${ledger} holds ${other} migrations (${shown}), but this target is ${timeline === "master" ? "the master" : "a tenant"}: it is another target's ledger`,
    ...timeline === "tenant" ? { hint: "the tenant's row points at the master's database (or a copy of it): fix its database_url or schema; nothing was run here" } : hintFields(
      text("master-url.is-tenant", "the master URL points at a tenant database: check {option} / MASTER_DB_URL; nothing was run here", {
        option: "masterUrl"
      })
    )
  };
}

// src/fleet/plan.ts
function sameName(recorded, file) {
  return [file.name, file.fileName, file.description, file.versionText, String(file.version)].includes(recorded);
}
function blockingDrift(drift) {
  return drift.filter((item) => item.kind !== "renamed");
}
function findDrift(migrations, applied) {
  const fileOf = fileFinder(migrations);
  const matched = new Set(applied.map(fileOf));
  const drift = [];
  for (const row of applied) {
    const file = fileOf(row);
    if (!file) {
      const twin = row.checksum ? migrations.find((m) => !matched.has(m) && checksumMatches(m, row.checksum)) : void 0;
      drift.push({ version: row.version, name: row.name, kind: "missing", ...twin ? { file: twin.name } : {} });
    } else if (row.checksum && !checksumMatches(file, row.checksum)) {
      const other = row.name && !sameName(row.name, file) ? { ledgerName: row.name } : {};
      drift.push({ version: row.version, name: file.name, kind: "changed", ...other });
    } else if (!sameName(row.name, file)) {
      drift.push({ version: row.version, name: row.name, kind: "renamed", file: file.name });
    }
  }
  return drift;
}
function newestVersion(applied) {
  return applied.length === 0 ? null : Math.max(...applied.map((row) => row.version));
}
function pendingMigrations(migrations, state) {
  const fileOf = fileFinder(migrations);
  const applied = new Set(state.applied.map((row) => fileOf(row)).filter((file) => file !== void 0));
  return migrations.filter((migration) => !applied.has(migration));
}
function fileFinder(migrations) {
  const byKey = new Map(migrations.map((migration) => [migrationKey(migration), migration]));
  const byVersion = /* @__PURE__ */ new Map();
  for (const migration of migrations) if (!byVersion.has(migration.version)) byVersion.set(migration.version, migration);
  return (row) => byKey.get(row.key) ?? (row.scope === null ? byVersion.get(row.version) : void 0);
}
function outOfOrderMigrations(pending, state) {
  const newest = /* @__PURE__ */ new Map();
  for (const row of state.applied) newest.set(row.scope, Math.max(newest.get(row.scope) ?? -Infinity, row.version));
  const unknown = newest.get(null) ?? -Infinity;
  return pending.filter((migration) => migration.version < Math.max(newest.get(migration.scope) ?? -Infinity, unknown));
}
function driftRefusal(drift, direction) {
  const lines = drift.map(
    (item) => item.kind === "changed" ? item.ledgerName ? `version ${item.version} is ${item.ledgerName} in the ledger, but its file is ${item.name}, with other SQL` : `${item.name} changed after it was applied (its checksum differs from the ledger's)` : item.file ? `${item.name} (version ${item.version}) was applied but its file is gone: ${item.file} has the same SQL, renumbered after it was applied (give it version ${item.version} back)` : `${item.name} (version ${item.version}) was applied but its file is gone`
  );
  const changed = drift.some((item) => item.kind === "changed");
  const otherFleet = drift.every((item) => item.kind === "changed" && item.ledgerName);
  return {
    code: "DRIFT",
    message: `the database no longer matches the files: ${lines.join("; ")}`,
    ...hintFields(
      otherFleet ? text(
        "drift.other-fleet",
        "the ledger holds other migrations than these files: check that the URL is the database these migrations are for (an exported MASTER_DB_URL wins over .env), and {option:dir}"
      ) : direction === "down" && changed ? text(
        "drift.rollback-once",
        "if the only change is a DOWN section added so it can be rolled back, run this rollback once with {option} (the version is then no longer applied, so the drift goes with it); otherwise restore the file as it was applied",
        { option: "allowDrift" }
      ) : text(
        changed ? "drift.restore-changed" : "drift.restore",
        `restore the applied file as it was and put the change in a new migration, or pass {option} if you know why${changed ? " (a DOWN section added to an applied file counts as a change: roll it back once with {option})" : ""}`,
        { option: "allowDrift" }
      )
    ),
    migration: drift[0].name
  };
}
function planMigrate(migrations, state, options) {
  const fromVersion = newestVersion(state.applied);
  const drift = findDrift(migrations, state.applied);
  const blocking = blockingDrift(drift);
  const pending = pendingMigrations(migrations, state).filter((migration) => options.to === void 0 || migration.version <= options.to);
  const outOfOrder = outOfOrderMigrations(pending, state).map((m) => m.version);
  const base = { direction: "up", fromVersion, drift, outOfOrder };
  if (blocking.length > 0 && !options.allowDrift) {
    return { ...base, steps: [], toVersion: fromVersion, refusal: driftRefusal(blocking, "up") };
  }
  if (outOfOrder.length > 0 && !options.allowOutOfOrder) {
    const first = pending.find((migration) => migration.version === outOfOrder[0]);
    return {
      ...base,
      steps: [],
      toVersion: fromVersion,
      refusal: {
        code: "OUT_OF_ORDER",
        message: `${outOfOrder.length === 1 ? `${first.name} is` : `${outOfOrder.length} migrations (${outOfOrder.join(", ")}) are`} older than version ${fromVersion}, already applied`,
        ...hintFields(
          text("out-of-order.allow", "give it a version after the newest applied one (tenant-migrate create picks it), or pass {option}", {
            option: "allowOutOfOrder"
          })
        ),
        migration: first.name,
        file: first.path
      }
    };
  }
  const steps = [...pending];
  return { ...base, steps, toVersion: newestVersion([...state.applied, ...steps]) };
}
function planRollback(migrations, state, options) {
  const fromVersion = newestVersion(state.applied);
  const drift = findDrift(migrations, state.applied);
  const newestFirst = [...state.applied].sort((a, b) => b.order - a.order || b.version - a.version);
  const chosen = options.to !== void 0 ? newestFirst.filter((row) => row.version > options.to) : newestFirst.slice(0, options.steps ?? 1);
  const remaining = state.applied.filter((row) => !chosen.includes(row));
  const base = { direction: "down", fromVersion, drift, outOfOrder: [] };
  const chosenDrift = blockingDrift(drift).filter((item) => chosen.some((row) => row.version === item.version));
  if (chosenDrift.length > 0 && !options.allowDrift)
    return { ...base, steps: [], toVersion: fromVersion, refusal: driftRefusal(chosenDrift, "down") };
  const fileOf = fileFinder(migrations);
  const steps = [];
  for (const row of chosen) {
    const file = fileOf(row);
    if (!file) {
      return {
        ...base,
        steps: [],
        toVersion: fromVersion,
        refusal: {
          code: "ROLLBACK_FILE_MISSING",
          message: `${row.name} (version ${row.version}) is applied but its file is gone: its DOWN section is unknown`,
          hint: "restore the file, then roll back",
          migration: row.name
        }
      };
    }
    if (!file.down) {
      return {
        ...base,
        steps: [],
        toVersion: fromVersion,
        refusal: {
          code: "NO_DOWN_SECTION",
          message: `${file.name} has no DOWN section: it cannot be rolled back`,
          ...hintFields(
            text(
              "rollback.add-down",
              "add a DOWN section to the file, then roll back once with {option}: the checksum covers its SQL, DOWN section included, so the edited file no longer matches the ledger; or roll back to a later version",
              { option: "allowDrift" }
            )
          ),
          migration: file.name,
          file: file.path
        }
      };
    }
    steps.push(file);
  }
  return { ...base, steps, toVersion: newestVersion(remaining) };
}

// src/fleet/session-pool.ts
var SessionPool = class {
  constructor(options, budget = new ConnectionBudget(), signal) {
    this.options = options;
    this.budget = budget;
    this.unwatch = signal ? onAbort(signal, () => this.stop()) : () => {
    };
  }
  options;
  budget;
  databases = /* @__PURE__ */ new Map();
  open = /* @__PURE__ */ new Set();
  /** Aborted when the pool stops: the run was interrupted, or close() was called. */
  stopping = new AbortController();
  unwatch;
  get stopped() {
    return this.stopping.signal.aborted;
  }
  /** Host names known to be one server (tenants.ts resolved them): they share one budget. */
  nameServers(nameOf) {
    this.budget.useServerNames(nameOf);
  }
  /** Announces the targets to come, so connections stay open exactly as long as they are needed. */
  expect(targets) {
    for (const target of targets) this.database(target.url).toLease++;
  }
  async lease(target, follow) {
    const database = this.database(target.url);
    database.toLease = Math.max(0, database.toLease - 1);
    if (this.stopped) throw abortError(this.stopping.signal);
    if (database.unreachable) throw database.unreachable;
    const connection = database.idle.pop() ?? await this.connectOrWait(target.url, database);
    let session;
    try {
      session = await setUpSession(connection, { ...this.options, schema: target.schema }, follow);
    } catch (error) {
      await this.giveBack(connection, database);
      throw error;
    }
    let returned = false;
    return {
      ...session,
      close: async () => {
        if (returned) return;
        returned = true;
        await this.giveBack(connection, database);
      }
    };
  }
  /** Stops the pool and closes every connection (the end of a run). */
  async close() {
    this.unwatch();
    this.stop();
    await Promise.all([...this.open].map((connection) => this.discard(connection)));
  }
  /**
   * No lease is served from now on: those waiting for a connection or a slot fail (AbortError),
   * idle connections close, and the ones in use close when given back.
   */
  stop() {
    if (this.stopped) return;
    this.stopping.abort("the session pool stopped");
    const error = abortError(this.stopping.signal);
    for (const database of this.databases.values()) {
      for (const waiter of database.waiting.splice(0)) waiter.stop(error);
      for (const connection of database.idle.splice(0)) void this.discard(connection);
    }
  }
  database(url) {
    let database = this.databases.get(url);
    if (!database) {
      database = { idle: [], waiting: [], toLease: 0 };
      this.databases.set(url, database);
    }
    return database;
  }
  /**
   * A new connection while the server's budget has room; when it is full, a connection of this
   * database given back meanwhile or a slot, whichever comes first. Racing with room to spare
   * would leave the losing connect's session idle, and the pool would grow to the whole budget:
   * every backend on a schema fleet's database then pays for every other's catalog changes.
   */
  connectOrWait(url, database) {
    const server = this.budget.of(url);
    const full = server.limit !== void 0 && server.inUse >= server.limit;
    return full ? this.connectOrTakeOver(url, database) : this.connect(url, database);
  }
  /**
   * A new connection, or one of this database's given back while waiting for the budget, whichever
   * comes first. A connect that loses the race still completes (its slot wait cannot be called
   * off): its connection is given back like any other, to the next waiter or to idle.
   */
  connectOrTakeOver(url, database) {
    return new Promise((resolve, reject) => {
      let settled = false;
      const takeOver = {
        take: (connection) => {
          settled = true;
          resolve(connection);
        },
        stop: (error) => {
          settled = true;
          reject(error);
        }
      };
      database.waiting.push(takeOver);
      const stopWaiting = () => {
        const at = database.waiting.indexOf(takeOver);
        if (at !== -1) database.waiting.splice(at, 1);
      };
      this.connect(url, database).then(
        (connection) => {
          if (!settled) {
            settled = true;
            stopWaiting();
            resolve(connection);
          } else {
            void this.giveBack(connection, database);
          }
        },
        (error) => {
          if (settled) return;
          settled = true;
          stopWaiting();
          reject(error);
        }
      );
    });
  }
  async connect(url, database) {
    const server = this.budget.of(url);
    try {
      const connection = await connectWithinBudget(server, () => openConnection(url, this.options), {
        reclaim: () => this.reclaimIdle(server.server),
        deadlineMs: Math.max(this.options.connectTimeoutMs, 3e4),
        measure: async (connection2) => derivedBudget(await readServerLimits(connection2.client, connection2.quickQueryTimeoutMs)),
        signal: this.stopping.signal
      });
      this.open.add(connection);
      if (this.stopped) {
        await this.discard(connection);
        throw abortError(this.stopping.signal);
      }
      return connection;
    } catch (error) {
      if (!this.stopped && ![...this.open].some((connection) => connection.url === url)) database.unreachable = error;
      throw error;
    }
  }
  async giveBack(connection, database) {
    if (!this.stopped && connection.usable && (database.toLease > 0 || database.waiting.length > 0)) {
      try {
        await resetConnection(connection);
        if (connection.usable && !this.stopped) {
          const waiter = database.waiting.shift();
          if (waiter) waiter.take(connection);
          else database.idle.push(connection);
          return;
        }
      } catch {
      }
    }
    await this.discard(connection);
  }
  /** Closes one idle connection on `server` whose database has no target waiting right now. */
  reclaimIdle(server) {
    for (const [url, database] of this.databases) {
      if (database.idle.length === 0 || this.budget.of(url).server !== server) continue;
      const connection = database.idle.pop();
      void this.discard(connection);
      return true;
    }
    return false;
  }
  async discard(connection) {
    if (!this.open.delete(connection)) return;
    this.budget.of(connection.url).release();
    await connection.close();
  }
};

// src/fleet/target-session.ts
function openTargetSession(target, options) {
  return openSession(target.url, sessionSettings(options, target.schema));
}
function createSessionPool(options, signal) {
  return new SessionPool(sessionSettings(options), new ConnectionBudget(options.maxConnections, budgetServer), signal);
}
function budgetServer(url) {
  return ledgerIdentity({ url })?.server ?? serverOf(url);
}
function sessionSettings(options, schema) {
  return {
    connectTimeoutMs: options.connectTimeoutMs,
    lockTimeoutMs: options.lockTimeoutMs,
    statementTimeoutMs: options.statementTimeoutMs,
    ...schema === void 0 ? {} : { schema }
  };
}

// src/fleet/run-target.ts
import { performance } from "node:perf_hooks";

// src/db/advisory-lock.ts
import { createHash } from "node:crypto";
var LOCK_NAMESPACE = 1953327463;
var POLL_MS = 200;
function lockKey(ledgerSchema2) {
  const schema = ledgerSchema2 === void 0 || ledgerSchema2 === "public" ? "" : ledgerSchema2;
  const digest = createHash("sha256").update(`tenant-migrate:${schema}`).digest();
  return [LOCK_NAMESPACE, digest.readInt32BE(0)];
}
async function acquireTargetLock(client, schema, waitMs, queryTimeoutMs, signal) {
  const key = lockKey(schema);
  const deadline = Date.now() + waitMs;
  for (; ; ) {
    const { rows } = await client.query(quick("SELECT pg_try_advisory_lock($1, $2) AS locked", key, queryTimeoutMs));
    if (rows[0].locked) return;
    if (Date.now() >= deadline) {
      const holder = await lockHolder(client, key, queryTimeoutMs);
      throw new TenantMigrateError(
        "LOCK_TIMEOUT",
        `another deploy holds the migration lock${holder ? ` (${holder})` : ""}; gave up after ${Math.round(waitMs / 1e3)}s`,
        {
          hint: text("lock-wait.raise", "let the other deploy finish and run again, or wait longer with {option}", { option: "lockWait" })
        }
      );
    }
    await abortableSleep(Math.min(POLL_MS, Math.max(0, deadline - Date.now())), signal);
  }
}
async function lockHolder(client, key, queryTimeoutMs) {
  const { rows } = await client.query(
    quick(
      `SELECT a.pid, a.application_name, to_char(a.backend_start, 'YYYY-MM-DD HH24:MI:SS') AS since
       FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
      WHERE l.locktype = 'advisory' AND l.granted AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
        AND l.classid = $1::int::oid AND l.objid = $2::int::oid AND l.objsubid = 2`,
      [key[0], key[1]],
      queryTimeoutMs
    )
  );
  const holder = rows[0];
  return holder ? `pid ${holder.pid}, ${holder.application_name || "unknown application"}, connected since ${holder.since}` : void 0;
}
function quick(text2, values, queryTimeoutMs) {
  return { text: text2, values, ...queryTimeoutMs ? { query_timeout: queryTimeoutMs } : {} };
}

// src/db/goose-adoption.ts
var ADOPTED_FROM_GOOSE = "goose (adopted by tenant-migrate)";
async function readGooseVersions(client, schema, gooseTable = GOOSE_TABLE) {
  const { rows } = await client.query(
    `SELECT version_id::text AS version, tstamp::timestamptz AS tstamp FROM (
       SELECT DISTINCT ON (version_id) version_id, is_applied, tstamp
         FROM ${qualifiedGooseTable(schema, gooseTable)} ORDER BY version_id, id DESC) newest
      WHERE is_applied AND version_id > 0 ORDER BY version_id`
  );
  return rows.map((row) => ({ version: Number.parseInt(row.version, 10), appliedAt: row.tstamp }));
}
function versionsToAdopt(goose, ledger) {
  const known = new Set(ledger.map((row) => row.version));
  return goose.filter((entry) => !known.has(entry.version));
}
async function gooseLikeTables(client, schemas, options = {}) {
  const { rows } = await client.query(
    `SELECT n.nspname::text AS schema, min(c.relname::text) AS name
       FROM pg_namespace n JOIN pg_class c ON c.relnamespace = n.oid
      WHERE (n.nspname = ANY($1::text[])
             OR ($2 AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%'))
        AND c.relkind IN ('r', 'p')
        AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'version_id' AND NOT a.attisdropped)
        AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'is_applied' AND NOT a.attisdropped)
      GROUP BY n.nspname`,
    [schemas, options.everySchema === true]
  );
  return new Map(rows.map((row) => [row.schema, row.name]));
}
function gooseSearchSchemas(schema, gooseTable = GOOSE_TABLE) {
  const configured = gooseTableOf(schema, gooseTable).schema;
  return configured === schema ? [schema] : [schema, configured];
}
function gooseLikeTableFor(found, schema, gooseTable = GOOSE_TABLE, anywhere = false) {
  const beside = found.get(schema);
  if (beside) return beside;
  const configured = gooseTableOf(schema, gooseTable).schema;
  const there = configured === schema ? void 0 : found.get(configured);
  if (there) return `${configured}.${there}`;
  if (!anywhere) return void 0;
  const other = [...found.keys()].filter((name) => name !== schema).sort()[0];
  return other === void 0 ? void 0 : `${other}.${found.get(other)}`;
}

// src/db/locked-read.ts
function lockAndReadStatements(schema, columns, gooseTable) {
  const [namespace, key] = lockKey(schema);
  const lock = `SELECT pg_try_advisory_lock(${namespace}, ${key}) AS locked, ${inspectionColumns(schema, gooseTable)}`;
  if (columns.size === 0) return [lock];
  const read = new Set(columns);
  return [lock, `${ledgerRowsSelect(schema, read)} ORDER BY ${ledgerOrder(read)}`];
}
function lockedReadResult(results, expected) {
  const [lock, read] = results;
  const row = lock.rows[0];
  if (!row.locked) return { locked: false };
  const inspection = toInspection(row);
  const same = inspection.columns.size === expected.size && [...expected].every((column) => inspection.columns.has(column));
  if (!same || inspection.hasGooseTable) return { locked: true };
  const rows = read ? read.rows.map(toLedgerRow) : [];
  return { locked: true, ledger: { inspection, rows } };
}

// src/fleet/describe-interrupt.ts
function describeInterruptedStep(error, migration, direction, signal, context) {
  const label = `${migration.name} (${direction.toUpperCase()})`;
  const stopped = stoppedStatement(error);
  const step = cancelledStep(error);
  if (!stopped && !step && !isAbortError(error)) return void 0;
  const where = (statement) => `${migration.path}:${statement.line}:${statement.column}`;
  let what;
  let hint;
  if (step) {
    const at = step.step === "setup" ? "before its first statement" : step.step === "ledger" ? "while its ledger row was written" : "at COMMIT";
    what = step.applied ? `${label} is NO TRANSACTION: all its statements ran and stay applied, but it was cancelled ${at}: the migration is not recorded` : `${label} was cancelled ${at} and rolled back: nothing of it was applied`;
    hint = step.applied ? "the next run runs the file again: make its statements idempotent (IF NOT EXISTS), or record the version in the ledger by hand" : "run again: the migration runs from its first statement";
  } else if (!stopped) {
    what = `${label} was not run: the interrupt came while it waited to be tried again after lock_timeout`;
    hint = "run again";
  } else if (stopped.transaction) {
    what = stopped.how === "closed" ? `${label} was stopped at ${where(stopped.statement)} by closing its session (${NO_CANCEL}): its transaction was not committed, and the server rolls it back` : `${label} was ${stopped.how === "cancelled" ? "cancelled at" : "stopped before"} ${where(stopped.statement)} and rolled back: nothing of it was applied`;
    hint = "run again: the migration runs from its first statement";
  } else {
    const count = stopped.ran.length;
    const ran = count === 0 ? "no statement of it had run" : `${count} statement${count === 1 ? "" : "s"} ran before the interrupt and stay${count === 1 ? "s" : ""} applied (${lineList(stopped.ran)})`;
    const fate = stopped.how === "closed" ? `stopped by closing its session (${NO_CANCEL}) and may still complete on the server` : stopped.how;
    what = `${label} is NO TRANSACTION: ${ran}; the statement at ${where(stopped.statement)} was ${fate}, the rest were not run; the migration is not recorded`;
    hint = count === 0 ? "run again" : "the next run starts the file from its first statement: make its statements idempotent (IF NOT EXISTS), or undo the ones that ran, then run again";
    if (stopped.how !== "not started" && concurrentIndex(stopped.statement)) {
      hint += "; a cancelled CREATE INDEX CONCURRENTLY leaves an INVALID index: drop it (DROP INDEX CONCURRENTLY) first";
    }
  }
  const failure = {
    code: "INTERRUPTED",
    message: `interrupted by ${interruptName(signal)}: ${what}.${before(context)}`,
    hint,
    migration: migration.name,
    file: migration.path,
    ...stopped ? { line: stopped.statement.line, column: stopped.statement.column } : {},
    ...stopped && !stopped.transaction ? { ran: stopped.ran.map(({ line, column }) => ({ line, column })) } : {}
  };
  return new TargetFailure(failure);
}
function describeInterruptedTarget(signal, context) {
  const where = context.applied.length === 0 ? "before any migration ran on it" : "between two migrations";
  return {
    code: "INTERRUPTED",
    message: `interrupted by ${interruptName(signal)} ${where}.${before(context)}`,
    hint: "run again"
  };
}
function before(context) {
  const applied = context.applied.length > 0 ? ` Applied before the interrupt: ${context.applied.map((step) => step.name).join(", ")}.` : "";
  const notRun = context.notRun > 0 ? ` Not run: ${context.notRun} more migration${context.notRun === 1 ? "" : "s"}.` : "";
  return `${applied}${notRun}`;
}
var NO_CANCEL = "no cancel could get through to the server";
function stoppedStatement(error) {
  if (error instanceof MigrationInterrupted)
    return { statement: error.next, ran: error.ran, transaction: error.transaction, how: "not started" };
  if (!(error instanceof StatementFailure)) return void 0;
  const stopped = { statement: error.statement, ran: error.ran, transaction: error.transaction };
  if (error.cause?.code === "57014") return { ...stopped, how: "cancelled" };
  if (isTenantMigrateError(error.cause) && error.cause.code === "CONNECTION_LOST") return { ...stopped, how: "closed" };
  return void 0;
}
function cancelledStep(error) {
  if (!(error instanceof MigrationStepFailure) || error.step === "transaction-ended") return void 0;
  return error.cause?.code === "57014" ? error : void 0;
}
function isAbortError(error) {
  return error?.name === "AbortError";
}
function concurrentIndex(statement) {
  return statement.nodes.some((node) => node.IndexStmt?.concurrent === true);
}
function lineList(statements) {
  const lines = statements.map((statement) => `line ${statement.line}`);
  return lines.length <= 5 ? lines.join(", ") : `${lines.slice(0, 5).join(", ")} and ${lines.length - 5} more`;
}

// src/fleet/history.ts
async function readTargetHistory(client, schema, migrations, ledger, gooseTable) {
  const rows = await readLedger(client, schema, ledger.columns);
  if (!ledger.hasGooseTable) return { rows, adopted: [] };
  const adopted = versionsToAdopt(await readGooseVersions(client, schema, gooseTable), rows).map((entry) => adoptedRow(entry, migrations));
  return { rows: [...rows, ...adopted], adopted };
}
function adoptedRow(entry, migrations) {
  const file = migrations.find((migration) => migration.version === entry.version);
  return {
    version: entry.version,
    name: file?.name ?? `goose_${entry.version}`,
    direction: "up",
    appliedAt: entry.appliedAt,
    checksum: null,
    appliedBy: ADOPTED_FROM_GOOSE
  };
}

// src/fleet/nothing-to-do.ts
function nothingToDo(job, snapshot) {
  if (snapshot.history.adopted.length > 0) return void 0;
  if (ledgerScopeRefusal(snapshot.history.rows, job.timeline, LEDGER_TABLE)) return void 0;
  if (!job.options.dryRun && !ledgerComplete(snapshot.inspection.columns)) return void 0;
  const state = appliedState(snapshot.history.rows, job.migrations);
  const { options } = job;
  const plan = job.direction === "up" ? planMigrate(job.migrations, state, { to: job.to, allowDrift: options.allowDrift, allowOutOfOrder: options.allowOutOfOrder }) : planRollback(job.migrations, state, { to: job.to, steps: job.steps, allowDrift: options.allowDrift });
  if (plan.refusal || plan.steps.length > 0) return void 0;
  return {
    status: "up-to-date",
    fromVersion: plan.fromVersion,
    toVersion: plan.fromVersion,
    ...options.dryRun ? { planned: [] } : {}
  };
}

// src/fleet/run-target.ts
var SESSION_WAIT_SHOWN_MS = 100;
async function runTarget(job) {
  const { target, options } = job;
  let started = performance.now();
  let sessionWaitMs = 0;
  const result = untouchedResult(target);
  const finish = () => ({
    ...result,
    durationMs: Math.round(performance.now() - started),
    ...sessionWaitMs >= SESSION_WAIT_SHOWN_MS ? { sessionWaitMs: Math.round(sessionWaitMs) } : {}
  });
  if (target.invalid) {
    result.error = { code: "TENANT_INVALID", message: target.invalid, hint: "fix the tenant row in the master database" };
    return finish();
  }
  const done = job.snapshot && nothingToDo(job, job.snapshot);
  if (done) return { ...finish(), ...done };
  job.onStart?.();
  job.onProgress?.({ type: "target-start", target: target.name, kind: target.kind });
  let session;
  let untrack;
  let plan;
  const schema = ledgerSchema(target);
  const seen = job.snapshot && !job.snapshot.inspection.hasGooseTable ? job.snapshot.inspection.columns : void 0;
  try {
    session = job.sessions ? await job.sessions.lease(target, seen && lockAndReadStatements(schema, seen, options.gooseTable)) : await openTargetSession(target, options);
    sessionWaitMs = performance.now() - started;
    started = performance.now();
    const { client } = session;
    untrack = job.running?.track(target.url, client);
    stopIfInterrupted(job.signal);
    if (!job.snapshot) {
      const inspection2 = await inspectLedger(client, schema, options.gooseTable);
      const history2 = await readTargetHistory(client, schema, job.migrations, inspection2, options.gooseTable);
      const nothing = nothingToDo(job, { inspection: inspection2, history: history2 });
      if (nothing) return { ...finish(), ...nothing };
    }
    const { inspection, columns, history } = await readUnderLock(job, session, schema, seen);
    const newLedger = !options.dryRun && inspection.columns.size === 0 && !inspection.hasGooseTable;
    const otherScope = ledgerScopeRefusal(history.rows, job.timeline, `${schema}._migration_versions`);
    if (otherScope) {
      result.error = otherScope;
      return finish();
    }
    if (history.rows.length === 0 && !inspection.hasGooseTable) {
      const found = job.snapshot ? job.snapshot.otherGooseTable : gooseLikeTableFor(
        await gooseLikeTables(client, gooseSearchSchemas(schema, options.gooseTable), { everySchema: isTenantDatabase(target) }),
        schema,
        options.gooseTable,
        isTenantDatabase(target)
      );
      if (found) {
        result.error = gooseTableElsewhere(schema, found, options.gooseTable);
        return finish();
      }
    }
    let rows = history.rows;
    if (history.adopted.length > 0) {
      result.adopted = history.adopted.map((row) => row.version);
      if (!options.dryRun) {
        await recordAdoption(session, schema, history.adopted, job.migrations, job.timeline);
        rows = await readLedger(client, schema, columns);
      }
    }
    const state = appliedState(rows, job.migrations);
    plan = job.direction === "up" ? planMigrate(job.migrations, state, { to: job.to, allowDrift: options.allowDrift, allowOutOfOrder: options.allowOutOfOrder }) : planRollback(job.migrations, state, { to: job.to, steps: job.steps, allowDrift: options.allowDrift });
    if (job.timeline === "master" && options.target !== "master") plan = guardTenantsTable(plan, tablesOfQuery(options.tenantsQuery));
    result.fromVersion = plan.fromVersion;
    result.toVersion = plan.fromVersion;
    let createLedger = newLedger;
    if (createLedger && (plan.refusal || !plan.steps[0]?.transaction)) {
      await ensureLedger(client, schema, inspection);
      createLedger = false;
    }
    if (plan.refusal) {
      result.error = plan.refusal;
      return finish();
    }
    const redo = job.redo === true && job.direction === "down";
    const reapplied = redo ? [...plan.steps].reverse() : [];
    if (options.dryRun) {
      result.status = plan.steps.length > 0 ? "planned" : "up-to-date";
      result.toVersion = redo ? plan.fromVersion : plan.toVersion;
      result.planned = [
        ...plan.steps.map((migration) => plannedStep(migration, job.direction)),
        ...reapplied.map((migration) => plannedStep(migration, "up"))
      ];
      return finish();
    }
    const applied = new Map(state.applied.map((row) => [row.key, row]));
    const steps = [
      ...plan.steps.map((migration) => ({ migration, direction: job.direction })),
      ...reapplied.map((migration) => ({ migration, direction: "up" }))
    ];
    for (const [index, { migration, direction }] of steps.entries()) {
      const reapplying = index >= plan.steps.length;
      if (reapplying && index === plan.steps.length) {
        untrack?.();
        untrack = void 0;
        if (job.signal?.aborted) await job.running?.settled();
      }
      const signal = reapplying ? void 0 : job.signal;
      if (!reapplying) stopIfInterrupted(signal);
      job.onProgress?.({
        type: "migration-start",
        target: target.name,
        version: migration.version,
        name: migration.name,
        direction
      });
      const section = direction === "up" ? migration.up : migration.down;
      let retried;
      const { durationMs, retries } = await runWithLockRetries(
        client,
        schema,
        {
          statements: section.statements,
          transaction: migration.transaction,
          settings: session.settings,
          before: createLedger ? [createLedgerSql(schema)] : void 0,
          batch: { serverVersion: session.serverVersion, statementTimeoutMs: options.statementTimeoutMs },
          entry: {
            version: migration.version,
            versionText: migration.versionText,
            name: migration.name,
            direction,
            scope: migration.scope,
            checksum: migration.checksum,
            appliedBy: options.appliedBy
          },
          replacesRows: direction === "down" ? applied.get(migrationKey(migration))?.upRowIds ?? [] : [],
          gooseTable: inspection.hasGooseTable,
          gooseTableName: options.gooseTable,
          signal
        },
        { retries: options.lockRetries, baseDelayMs: options.lockRetryDelayMs },
        (attempt) => {
          retried = attempt;
          job.onProgress?.({ type: "lock-retry", target: target.name, version: migration.version, ...attempt });
        }
      ).catch((error) => {
        const interrupted = signal?.aborted && describeInterruptedStep(error, migration, direction, signal, {
          applied: result.applied,
          notRun: steps.length - result.applied.length - 1
        });
        throw interrupted || describeFailure(error, migration, direction, retried);
      });
      createLedger = false;
      result.applied.push({ ...appliedStep(migration, direction, durationMs), ...retries ? { lockRetries: retries } : {} });
      if (direction === "up") applied.set(migrationKey(migration), { ...migrationRow(migration), upRowIds: [] });
      else applied.delete(migrationKey(migration));
      result.toVersion = newestVersion([...applied.values()]);
    }
    result.status = plan.steps.length === 0 ? "up-to-date" : job.direction === "down" && !redo ? "rolled-back" : "applied";
    return finish();
  } catch (error) {
    if (job.signal?.aborted && !session) return { ...notStarted(target, job.signal), durationMs: finish().durationMs };
    result.error = job.signal?.aborted && !(error instanceof TargetFailure) ? describeInterruptedTarget(job.signal, {
      applied: result.applied,
      notRun: plan ? plan.steps.length - result.applied.length : 0
    }) : toTargetError(error, [target.url]);
    const undone = job.redo ? result.applied.filter((step) => step.direction === "down").length : 0;
    if (undone > 0 && undone > result.applied.length - undone) {
      const { hintText: _replaced, ...failure } = result.error;
      result.error = {
        ...failure,
        message: `${failure.message} The redo rolled back ${result.applied.filter((step) => step.direction === "down").map((step) => step.name).join(", ")} and did not apply it again: the target is at version ${result.toVersion ?? "none"}.`,
        hint: "migrate (not redo) applies it again once the cause is fixed; a second redo would roll back one more version"
      };
    }
    return finish();
  } finally {
    untrack?.();
    await session?.close();
  }
}
function stopIfInterrupted(signal) {
  if (signal?.aborted) throw new Error("interrupted");
}
async function readUnderLock(job, session, schema, seen) {
  const { client } = session;
  const { options } = job;
  const quick2 = seen && session.followed ? lockedReadResult(session.followed, seen) : void 0;
  const ready = quick2?.ledger && (quick2.ledger.inspection.columns.size === 0 || ledgerComplete(quick2.ledger.inspection.columns));
  if (quick2?.ledger && ready) {
    const { inspection: inspection2, rows } = quick2.ledger;
    return { inspection: inspection2, columns: inspection2.columns, history: { rows, adopted: [] } };
  }
  if (!quick2?.locked) await acquireTargetLock(client, schema, options.lockWaitMs, session.quickQueryTimeoutMs, job.signal);
  const inspection = await inspectLedger(client, schema, options.gooseTable);
  const newLedger = !options.dryRun && inspection.columns.size === 0 && !inspection.hasGooseTable;
  const columns = options.dryRun || newLedger ? inspection.columns : await ensureLedger(client, schema, inspection);
  const history = await readTargetHistory(
    client,
    schema,
    job.migrations,
    { columns, hasGooseTable: inspection.hasGooseTable },
    options.gooseTable
  );
  return { inspection, columns, history };
}
async function recordAdoption(session, schema, rows, migrations, timeline) {
  await session.client.query("BEGIN");
  try {
    for (const row of rows) {
      await recordLedgerEntry(session.client, schema, {
        version: row.version,
        versionText: migrations.find((migration) => migration.version === row.version)?.versionText,
        name: row.name,
        direction: "up",
        scope: timeline,
        checksum: null,
        durationMs: null,
        appliedBy: ADOPTED_FROM_GOOSE,
        appliedAt: row.appliedAt
      });
    }
    await session.client.query("COMMIT");
  } catch (error) {
    await session.client.query("ROLLBACK").catch(() => {
    });
    throw error;
  }
}
function migrationRow(migration) {
  return {
    key: migrationKey(migration),
    version: migration.version,
    name: migration.name,
    scope: migration.scope,
    checksum: migration.checksum,
    appliedAt: null,
    order: Number.POSITIVE_INFINITY
  };
}
function appliedStep(migration, direction, durationMs) {
  return { version: migration.version, name: migration.name, direction, durationMs: Math.round(durationMs * 10) / 10 };
}
var plannedSteps = /* @__PURE__ */ new WeakMap();
function plannedStep(migration, direction) {
  const made = plannedSteps.get(migration) ?? {};
  const known = made[direction];
  if (known) return known;
  const section = direction === "up" ? migration.up : migration.down;
  const step = Object.freeze({
    version: migration.version,
    name: migration.name,
    direction,
    file: migration.path,
    transaction: migration.transaction,
    statements: Object.freeze(
      section.statements.map(({ sql, line, column }) => Object.freeze({ sql, line, column }))
    )
  });
  plannedSteps.set(migration, { ...made, [direction]: step });
  return step;
}

export {
  acquireTargetLock,
  lockHolder,
  gooseLikeTables,
  gooseSearchSchemas,
  gooseLikeTableFor,
  describeFailure,
  toTargetError,
  untouchedResult,
  interruptName,
  RunningSessions,
  notStarted,
  interruptError,
  isTenantDatabase,
  gooseTableElsewhere,
  readTargetHistory,
  ledgerScopeRefusal,
  blockingDrift,
  findDrift,
  newestVersion,
  pendingMigrations,
  outOfOrderMigrations,
  createSessionPool,
  runTarget
};
