import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  DEFAULT_TENANTS_QUERY
} from "./chunk-MEC7FD5J.js";
import {
  StatementFailure,
  concurrentIndexes,
  dropFailedBuild,
  runMigration
} from "./chunk-K7NWUBXN.js";
import {
  APPLICATION_NAME,
  openSession,
  qualified,
  quoteIdent
} from "./chunk-EYDMOPBA.js";
import {
  checkDatabaseUrl
} from "./chunk-IDMQH24V.js";
import {
  droppedNames
} from "./chunk-ZMVQXNSG.js";
import {
  parseStatements
} from "./chunk-IDH5E2XY.js";
import {
  TenantMigrateError,
  hintFields,
  isTenantMigrateError,
  text
} from "./chunk-TONUKN4I.js";

// src/db/abort-waits.ts
var registered = /* @__PURE__ */ new WeakMap();
function onAbort(signal, callback) {
  if (signal.aborted) {
    let cancelled = false;
    queueMicrotask(() => {
      if (!cancelled) callback();
    });
    return () => {
      cancelled = true;
    };
  }
  let entry = registered.get(signal);
  if (!entry) {
    const callbacks2 = /* @__PURE__ */ new Set();
    const listener2 = () => {
      registered.delete(signal);
      for (const each of [...callbacks2]) each();
      callbacks2.clear();
    };
    entry = { callbacks: callbacks2, listener: listener2 };
    registered.set(signal, entry);
    signal.addEventListener("abort", listener2, { once: true });
  }
  const { callbacks, listener } = entry;
  callbacks.add(callback);
  return () => {
    if (!callbacks.delete(callback) || callbacks.size > 0 || registered.get(signal)?.listener !== listener) return;
    registered.delete(signal);
    signal.removeEventListener("abort", listener);
  };
}
function abortError(signal) {
  const error = new Error("The operation was aborted", { cause: signal.reason });
  error.name = "AbortError";
  return error;
}
function abortableSleep(ms, signal) {
  if (!signal) return new Promise((resolve) => setTimeout(resolve, ms));
  if (signal.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      resolve();
    }, ms);
    const stop = onAbort(signal, () => {
      clearTimeout(timer);
      reject(abortError(signal));
    });
  });
}

// src/db/connection-budget.ts
async function readServerLimits(client, queryTimeoutMs) {
  const { rows } = await client.query({
    text: `SELECT current_setting('max_connections')::int AS max,
                  current_setting('superuser_reserved_connections')::int AS reserved,
                  (SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend')::int AS in_use,
                  r.rolconnlimit AS role_limit, r.rolsuper AS superuser,
                  (SELECT count(*) FROM pg_stat_activity WHERE usename = current_user AND backend_type = 'client backend')::int AS role_in_use
             FROM pg_roles r WHERE r.rolname = current_user`,
    ...queryTimeoutMs ? { query_timeout: queryTimeoutMs } : {}
  });
  const row = rows[0];
  return {
    maxConnections: row.max,
    reservedConnections: row.reserved,
    inUse: row.in_use,
    roleLimit: row.role_limit,
    roleInUse: row.role_in_use,
    superuser: row.superuser
  };
}
function derivedBudget(limits) {
  return 1 + Math.floor(freeSlots(limits) / 2);
}
function freeSlots(limits) {
  const serverFree = limits.maxConnections - (limits.superuser ? 0 : limits.reservedConnections) - limits.inUse;
  const roleFree = !limits.superuser && limits.roleLimit >= 0 ? limits.roleLimit - limits.roleInUse : Number.POSITIVE_INFINITY;
  return Math.max(0, Math.min(serverFree, roleFree));
}
function isTooManyConnections(error) {
  const cause = isTenantMigrateError(error) ? error.cause : error;
  return cause?.code === "53300" || isTenantMigrateError(error) && error.code === "TOO_MANY_CONNECTIONS";
}
var ServerBudget = class {
  constructor(server, fixed) {
    this.server = server;
    this.cap = fixed;
  }
  server;
  held = 0;
  waiting = [];
  /** Undefined until the first session measured the server (only one goes first). */
  cap;
  /** The cap is a stand-in: connects failed before any measured the server (see unreachableTarget). */
  provisional = false;
  get limit() {
    return this.cap;
  }
  get inUse() {
    return this.held;
  }
  /** True when no cap is known yet: the caller that gets the slot should measure the server. */
  get unmeasured() {
    return this.cap === void 0 || this.provisional;
  }
  /**
   * A connect that was to measure failed for its own target (a database that does not exist, a
   * refused password): the server told nothing about its slots. The next connects may go a few
   * at once (PROVISIONAL_CAP) instead of one by one, so a fleet of missing databases takes as long
   * as its connect attempts; the first that succeeds measures the server.
   */
  /** True while the cap is unreachableTarget's stand-in. */
  get guessed() {
    return this.provisional;
  }
  unreachableTarget() {
    if (this.cap !== void 0 && !this.provisional) return;
    this.cap = PROVISIONAL_CAP;
    this.provisional = true;
    this.wake();
  }
  /**
   * Waits for a slot. `reclaim` may close one of our idle sessions on this server to make room
   * (it returns true when it did, and that session's release wakes a waiter). An aborted `signal`
   * (the run interrupted, or its pool closing) ends the wait with an AbortError, holding nothing.
   */
  async acquire(reclaim, signal) {
    while (this.held >= (this.cap ?? 1)) {
      if (signal?.aborted) throw abortError(signal);
      if (reclaim?.()) continue;
      await this.nextWake(signal);
    }
    if (signal?.aborted) throw abortError(signal);
    this.held++;
  }
  nextWake(signal) {
    return new Promise((resolve, reject) => {
      const wake = () => {
        stop?.();
        resolve();
      };
      this.waiting.push(wake);
      const stop = signal && onAbort(signal, () => {
        const at = this.waiting.indexOf(wake);
        if (at !== -1) this.waiting.splice(at, 1);
        reject(abortError(signal));
      });
    });
  }
  release() {
    this.held = Math.max(0, this.held - 1);
    this.wake();
  }
  /** The measured cap, once. */
  measured(cap) {
    if (this.cap === void 0 || this.provisional) this.cap = Math.max(1, cap);
    this.provisional = false;
    this.wake();
  }
  /** The server refused a connect: hold no more than we do now (at least 1). */
  saturated() {
    this.provisional = false;
    this.cap = Math.max(1, Math.min(this.cap ?? Number.POSITIVE_INFINITY, this.held - 1));
  }
  wake() {
    const free = (this.cap ?? 1) - this.held;
    for (const resolve of this.waiting.splice(0, Math.max(1, free))) resolve();
  }
};
var PROVISIONAL_CAP = 16;
var ConnectionBudget = class {
  /** `maxConnections`: the --max-connections cap for every server; undefined derives it per server. */
  constructor(maxConnections, serverKey = serverOf) {
    this.maxConnections = maxConnections;
    this.serverKey = serverKey;
  }
  maxConnections;
  serverKey;
  servers = /* @__PURE__ */ new Map();
  nameOf = (server) => server;
  /** Names of servers known to be one (host names resolved to one address): call before the first session. */
  useServerNames(nameOf) {
    this.nameOf = nameOf;
  }
  of(url) {
    const server = this.nameOf(this.serverKey(url));
    let budget = this.servers.get(server);
    if (!budget) {
      budget = new ServerBudget(server, this.maxConnections);
      this.servers.set(server, budget);
    }
    return budget;
  }
};
function serverOf(url) {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname || parsed.searchParams.get("host") || "localhost"}:${parsed.port || "5432"}`;
  } catch {
    return url;
  }
}
async function connectWithinBudget(budget, connect, options) {
  const giveUpAt = Date.now() + options.deadlineMs;
  for (let attempt = 0; ; attempt++) {
    await budget.acquire(options.reclaim, options.signal);
    const measuring = budget.unmeasured;
    const guessed = budget.guessed;
    try {
      const connection = await connect();
      if (measuring && options.measure) budget.measured(await options.measure(connection).catch(() => 1));
      return connection;
    } catch (error) {
      const full = isTooManyConnections(error);
      if (full && (!measuring || guessed)) budget.saturated();
      if (!full && measuring) budget.unreachableTarget();
      budget.release();
      if (!full || Date.now() >= giveUpAt) throw error;
      if (budget.inUse === 0)
        await abortableSleep(Math.min(2e3, 100 * 2 ** Math.min(attempt, 5)) * (0.5 + Math.random() / 2), options.signal);
    }
  }
}
async function whenSlotFree(connect, deadlineMs, signal) {
  const giveUpAt = Date.now() + deadlineMs;
  for (let attempt = 0; ; attempt++) {
    try {
      return await connect();
    } catch (error) {
      if (!isTooManyConnections(error) || Date.now() >= giveUpAt) throw error;
      await abortableSleep(Math.min(2e3, 100 * 2 ** Math.min(attempt, 5)) * (0.5 + Math.random() / 2), signal);
    }
  }
}
function slotWaitMs(connectTimeoutMs) {
  return Math.max(connectTimeoutMs, 3e4);
}

// src/fleet/master-connection.ts
function openMasterSession(options) {
  const { connectTimeoutMs, lockTimeoutMs, statementTimeoutMs } = options;
  return whenSlotFree(
    () => openSession(options.masterUrl, { connectTimeoutMs, lockTimeoutMs, statementTimeoutMs }),
    slotWaitMs(connectTimeoutMs)
  );
}
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
function refuseSharedLedgers(tenants, masterUrl, serverOf2 = (server) => server) {
  const master = ledgerIdentity({ url: masterUrl });
  const keyOf = (identity) => identityKey({ ...identity, server: serverOf2(identity.server) });
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
function safeDecode(text2) {
  try {
    return decodeURIComponent(text2);
  } catch {
    return text2;
  }
}

// src/sql/range-vars.ts
function rangeVarsIn(tree) {
  const found = [];
  const visit = (value) => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (value === null || typeof value !== "object") return;
    const range = value;
    if (typeof range.relname === "string" && range.relpersistence !== void 0) {
      found.push({ relname: range.relname, ...range.schemaname ? { schemaname: range.schemaname } : {} });
    }
    for (const child of Object.values(value)) visit(child);
  };
  visit(tree);
  return found;
}

// src/db/lock-holders.ts
var HOLDERS_SHOWN = 5;
function relationsOf(nodes) {
  const names = rangeVarsIn(nodes).map(
    (range) => range.schemaname ? qualified(range.schemaname, range.relname) : quoteIdent(range.relname)
  );
  return [...new Set(names)];
}
async function readLockHolders(client, relations) {
  if (relations.length === 0) return { holders: [], more: 0 };
  const { rows } = await client.query(
    `SELECT l.pid, a.application_name, a.usename::text AS usename, a.state, l.mode, l.relation::regclass::text AS "table",
            floor(extract(epoch FROM now() - a.xact_start))::int AS seconds, count(*) OVER ()::int AS holders
       FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid
      WHERE l.locktype = 'relation' AND l.granted AND l.pid <> pg_backend_pid()
        AND l.relation IN (SELECT to_regclass(name) FROM unnest($1::text[]) AS name)
      ORDER BY a.xact_start NULLS LAST, l.pid
      LIMIT ${HOLDERS_SHOWN}`,
    [relations]
  );
  return holdersOf(rows);
}
function holdersOf(rows) {
  const holders = rows.map((row) => ({
    pid: row.pid,
    applicationName: row.application_name ?? "",
    user: row.usename ?? "",
    state: row.state ?? "",
    mode: row.mode,
    table: row.table,
    transactionSeconds: row.seconds
  }));
  return { holders, more: Math.max(0, (rows[0]?.holders ?? 0) - holders.length) };
}
async function readOpenTransactions(client) {
  const { rows } = await client.query(
    `SELECT a.pid, a.application_name, a.usename::text AS usename, a.state, '' AS mode, '' AS "table",
            floor(extract(epoch FROM now() - a.xact_start))::int AS seconds, count(*) OVER ()::int AS holders
       FROM pg_stat_activity a
      WHERE a.datname = current_database() AND a.pid <> pg_backend_pid() AND a.xact_start IS NOT NULL
      -- This run's other builds are open transactions too: the application's come first.
      ORDER BY a.application_name IS NOT DISTINCT FROM $1, a.xact_start, a.pid
      LIMIT ${HOLDERS_SHOWN}`,
    [APPLICATION_NAME]
  );
  return holdersOf(rows);
}
function describeLockHolders(found) {
  if (found.holders.length === 0) return void 0;
  const lines = found.holders.map((holder) => {
    const about = [
      holder.applicationName ? `application "${holder.applicationName}"` : void 0,
      holder.user ? `user ${holder.user}` : void 0,
      holder.state || void 0,
      holder.transactionSeconds === null ? void 0 : `transaction open ${holder.transactionSeconds} s`
    ].filter((part) => part !== void 0);
    const who = `pid ${holder.pid}${about.length ? ` (${about.join(", ")})` : ""}`;
    return holder.table ? `held by ${who}: ${holder.mode} on ${holder.table}` : `open transaction in this database: ${who}`;
  });
  if (found.more > 0) {
    const held = found.holders[0].table !== "";
    lines.push(held ? `and ${found.more} more lock${found.more === 1 ? "" : "s"} held by other sessions` : `and ${found.more} more open`);
  }
  return lines.join("\n");
}

// src/fleet/lock-retries.ts
var LOCK_RETRY_BASE_DELAY_MS = 500;
var MAX_WAIT_MS = 3e4;
async function runWithLockRetries(client, schema, run, policy, onRetry) {
  let statements = run.statements;
  let ranBefore = [];
  let waitedMs = 0;
  let durationMs = 0;
  for (let attempt = 1; ; attempt++) {
    const started = performance.now();
    try {
      durationMs += await runMigration(client, schema, { ...run, statements });
      return { durationMs, ...attempt > 1 ? { retries: { attempts: attempt, waitedMs: Math.round(waitedMs) } } : {} };
    } catch (error) {
      const failure = withEarlierStatements(error, ranBefore);
      if (run.signal?.aborted) throw failure;
      if (attempt > policy.retries || !retryable(failure, run)) throw await withLockHolders(client, failure);
      const wait = backoff(attempt, policy.baseDelayMs ?? LOCK_RETRY_BASE_DELAY_MS);
      waitedMs += wait;
      onRetry?.({ attempts: attempt, waitedMs: Math.round(waitedMs) });
      await abortableSleep(wait, run.signal);
      if (failure instanceof StatementFailure && failure.aftermath.buildCleaned === false) {
        const { clean } = await dropFailedBuild(client, failure.statement);
        if (!clean) throw await withLockHolders(client, failure);
      }
      if (!run.transaction && failure instanceof StatementFailure) {
        durationMs += performance.now() - started - wait;
        ranBefore = failure.ran;
        statements = run.statements.slice(ranBefore.length);
      }
    }
  }
}
function retryable(error, run) {
  if (!(error instanceof StatementFailure) || error.cause?.code !== "55P03") return false;
  if (run.transaction) return true;
  const concurrent = error.statement.nodes.some(
    (node) => Object.values(node).some((value) => value?.concurrent === true)
  );
  const ownTransaction = run.statements.some((statement) => statement.nodes.some((node) => "TransactionStmt" in node));
  return (!concurrent || error.aftermath.buildCleaned !== void 0) && !ownTransaction;
}
async function withLockHolders(client, failure) {
  if (!(failure instanceof StatementFailure) || failure.cause?.code !== "55P03") return failure;
  const read = concurrentIndexes([failure.statement]).length > 0 ? readOpenTransactions(client) : readLockHolders(client, relationsOf(failure.statement.nodes));
  const found = await read.catch(() => void 0);
  return found && found.holders.length > 0 ? failure.with({ lockHolders: found }) : failure;
}
function withEarlierStatements(error, ranBefore) {
  if (ranBefore.length === 0 || !(error instanceof StatementFailure)) return error;
  return new StatementFailure(error.statement, error.cause, [...ranBefore, ...error.ran], error.transaction, error.aftermath);
}
async function retryOnLockTimeout(work, policy) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (error?.code !== "55P03" || attempt > policy.retries) throw error;
      await abortableSleep(backoff(attempt, policy.baseDelayMs ?? LOCK_RETRY_BASE_DELAY_MS));
    }
  }
}
function backoff(attempt, baseMs) {
  return Math.min(MAX_WAIT_MS, baseMs * 2 ** (attempt - 1)) * (0.75 + Math.random() / 2);
}

// src/fleet/tenants-table-guard.ts
function tablesOfQuery(query) {
  let statements;
  try {
    statements = parseStatements(query ?? DEFAULT_TENANTS_QUERY);
  } catch {
    return [];
  }
  const names = new Set(statements.flatMap((statement) => rangeVarsIn(statement.node).map((range) => range.relname.toLowerCase())));
  return [...names];
}
function guardTenantsTable(plan, tables) {
  if (plan.refusal || plan.direction !== "down" || tables.length === 0) return plan;
  for (const step of plan.steps) {
    const table = droppedTable(step, tables);
    if (!table) continue;
    return {
      ...plan,
      steps: [],
      toVersion: plan.fromVersion,
      refusal: {
        code: "ROLLBACK_DROPS_TENANTS",
        message: `rolling back ${step.name} on the master drops table ${table}, which lists the tenants: every tenant row would be lost, and no later run could find the tenants`,
        ...hintFields(
          text(
            "rollback.tenants-table",
            "roll back the tenants only ({option:target=tenants}); to drop the table all the same, roll back the master on its own ({option:target=master})",
            { option: "target" }
          )
        ),
        migration: step.name,
        file: step.path
      }
    };
  }
  return plan;
}
function droppedTable(step, tables) {
  for (const statement of step.down?.statements ?? []) {
    for (const node of statement.nodes) {
      const drop = node.DropStmt;
      if (drop?.removeType !== "OBJECT_TABLE") continue;
      const hit = droppedNames(drop).find((name) => tables.includes(name.split(".").at(-1).toLowerCase()));
      if (hit) return hit;
    }
  }
  return void 0;
}

export {
  onAbort,
  abortError,
  abortableSleep,
  readServerLimits,
  derivedBudget,
  freeSlots,
  ConnectionBudget,
  serverOf,
  connectWithinBudget,
  openMasterSession,
  masterUrlOf,
  connectMaster,
  readLockHolders,
  describeLockHolders,
  runWithLockRetries,
  retryOnLockTimeout,
  ledgerSchema,
  ledgerIdentity,
  refuseSharedLedgers,
  serversToResolve,
  tablesOfQuery,
  guardTenantsTable
};
