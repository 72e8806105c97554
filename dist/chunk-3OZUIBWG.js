import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  parseCanary,
  parseFailureBudget,
  planRollout
} from "./chunk-L6NSDMH4.js";
import {
  readLedgerSnapshots
} from "./chunk-EMMSOOPR.js";
import {
  TARGETS_TABLE,
  addTargets,
  ensureRunTables,
  finishPart,
  joinRun,
  lastRunOf,
  markRunning,
  readRunInfo,
  readRunParts,
  readRunTargets,
  recordOutcomes,
  recordRollout,
  recordUnavailable,
  runTablesExist
} from "./chunk-S7BLVPBG.js";
import {
  runTemplateJob,
  templateTargets
} from "./chunk-MFJLDADD.js";
import {
  loadMigrations,
  timeline
} from "./chunk-RG55CJQW.js";
import {
  discoverTenants,
  readOnlyRows,
  runPool,
  tenantsFromRows
} from "./chunk-4DTQHM3K.js";
import {
  RunningSessions,
  createSessionPool,
  interruptError,
  interruptName,
  notStarted,
  runTarget,
  toTargetError,
  untouchedResult
} from "./chunk-WE6CLKK2.js";
import {
  freeSlots,
  openMasterSession,
  readServerLimits
} from "./chunk-JKLMB7YD.js";
import {
  DEFAULT_TENANTS_QUERY,
  formatShard,
  inShard,
  parseDuration,
  resolveFleetOptions
} from "./chunk-MEC7FD5J.js";
import {
  openSession,
  quoteIdent
} from "./chunk-EYDMOPBA.js";
import {
  databaseOf,
  maskUrl,
  passwordsIn,
  scrubSecrets
} from "./chunk-IDMQH24V.js";
import {
  TenantMigrateError,
  invalidOption,
  isTenantMigrateError,
  text
} from "./chunk-TONUKN4I.js";

// src/fleet/fleet-run.ts
import { performance } from "node:perf_hooks";

// src/fleet/run-phases.ts
async function runPhases(work, options) {
  const results = [];
  let failed = 0;
  let stopped;
  const budgetStop2 = (phase) => options.budget && failed > options.budget.maxFailures ? {
    code: "FAILURE_BUDGET_SPENT",
    phase: phase.name,
    message: `not tried: the failure budget of ${options.budget.spec} is spent (${failed} failed, ${options.budget.maxFailures} allowed)`
  } : void 0;
  for (const [position, { phase, targets }] of work.entries()) {
    if (stopped) {
      for (const target of targets) results.push(withWave(await options.skip(target, stopped), phase));
      continue;
    }
    const phaseResults = await options.schedule(targets, phase.concurrency ?? options.concurrency, async (target) => {
      const spent = budgetStop2(phase);
      if (spent) {
        stopped ??= spent;
        return withWave(await options.skip(target, spent), phase);
      }
      const result = withWave(await options.run(target, phase), phase);
      if (result.status === "failed") failed++;
      return result;
    });
    results.push(...phaseResults);
    if (stopped || !work.slice(position + 1).some((next) => next.targets.length > 0)) continue;
    const phaseFailures = phaseResults.filter((result) => result.status === "failed");
    stopped = budgetStop2(phase) ?? (phaseFailures.length > 0 && phase.onError === "halt" ? haltStop(
      phase,
      phaseFailures.map((result) => result.name)
    ) : void 0);
  }
  return { results, ...stopped ? { stopped } : {} };
}
function haltStop(phase, failedNames) {
  const listed = failedNames.length > 5 ? `${failedNames.slice(0, 5).join(", ")} and ${failedNames.length - 5} more` : failedNames.join(", ");
  return phase.role === "canary" ? {
    code: "CANARY_FAILED",
    phase: phase.name,
    message: `not tried: ${failedNames.length} canary tenant(s) failed (${listed}), so no other tenant was touched`
  } : {
    code: "WAVE_HALTED",
    phase: phase.name,
    message: `not tried: wave ${phase.name} had ${failedNames.length} failure(s) (${listed}) and halts the rollout (onError: halt)`
  };
}
function withWave(result, phase) {
  return { ...result, wave: phase.name };
}

// src/fleet/claim.ts
var DEFAULT_CLAIM_LEASE_MS = 6e4;
async function runClaimed(work, options) {
  const results = [];
  const heartbeat = startHeartbeat(options);
  try {
    for (const [position, { phase, targets }] of work.entries()) {
      if (options.signal?.aborted) return { results };
      const halted = await haltedBefore(options, work.slice(0, position));
      if (halted) return { results: [...results, ...await skipRemaining(options, work.slice(position), halted)], stopped: halted };
      await runPhase(phase, new Map(targets.map((target) => [target.name, target])), options, results);
      if (options.signal?.aborted) return { results };
      const spent = await budgetStop(options, phase);
      if (spent) {
        const skipped2 = await skipRemaining(options, work.slice(position), spent);
        const leftOver = skipped2.length > 0 || work.slice(position + 1).some((next) => next.targets.length > 0) || await leftOutByBudget(options);
        return { results: [...results, ...skipped2], ...leftOver ? { stopped: spent } : {} };
      }
    }
    return { results };
  } finally {
    heartbeat.stop();
  }
}
async function runPhase(phase, byName, options, results) {
  const lanes = Array.from({ length: Math.max(1, Math.min(phase.concurrency ?? options.concurrency, byName.size)) }, async () => {
    for (; ; ) {
      if (options.signal?.aborted || await budgetSpent(options)) return;
      const name = await claimNext(options, phase.name);
      if (name === void 0) return;
      const target = byName.get(name);
      if (!target) continue;
      results.push({ ...await options.run(target, phase), wave: phase.name });
    }
  });
  await Promise.all(lanes);
  for (; ; ) {
    const { rows } = await options.client.query(
      `SELECT count(*)::int AS open, count(*) FILTER (WHERE status = 'pending' OR lease_until < now())::int AS claimable
       FROM ${TARGETS_TABLE} WHERE run_id = $1 AND kind = 'tenant' AND wave = $2 AND status IN ('pending', 'running')`,
      [options.runId, phase.name]
    );
    if (rows[0].open === 0 || options.signal?.aborted || await budgetSpent(options)) return;
    if (rows[0].claimable > 0) {
      await runPhase(phase, byName, options, results);
      return;
    }
    await sleep(options.pollMs ?? 500);
  }
}
async function claimNext(options, wave) {
  const { rows } = await options.client.query(
    // The CTE runs once: a subquery in FROM may be rescanned per row, and each rescan with SKIP
    // LOCKED would hand out one more target.
    `WITH next AS MATERIALIZED (
       SELECT kind, name FROM ${TARGETS_TABLE}
       WHERE run_id = $1 AND kind = 'tenant' AND wave = $2
         AND (status = 'pending' OR (status = 'running' AND lease_until < now()))
       ORDER BY position LIMIT 1 FOR UPDATE SKIP LOCKED)
     UPDATE ${TARGETS_TABLE} AS t SET status = 'running', claimed_by = $3, part = $3, started_at = now(),
       lease_until = now() + make_interval(secs => $4::double precision / 1000)
     FROM next
     WHERE t.run_id = $1 AND t.kind = next.kind AND t.name = next.name
     RETURNING t.name`,
    [options.runId, wave, options.worker, options.leaseMs]
  );
  return rows[0]?.name;
}
async function failuresSoFar(options) {
  const { rows } = await options.client.query(
    `SELECT count(*)::int AS failed FROM ${TARGETS_TABLE} WHERE run_id = $1 AND kind = 'tenant' AND status = 'failed'`,
    [options.runId]
  );
  return rows[0].failed;
}
async function budgetSpent(options) {
  return options.budget !== void 0 && await failuresSoFar(options) > options.budget.maxFailures;
}
async function budgetStop(options, phase) {
  if (!options.budget) return void 0;
  const failed = await failuresSoFar(options);
  if (failed <= options.budget.maxFailures) return void 0;
  return {
    code: "FAILURE_BUDGET_SPENT",
    phase: phase.name,
    message: `not tried: the failure budget of ${options.budget.spec} is spent (${failed} failed, ${options.budget.maxFailures} allowed)`
  };
}
async function leftOutByBudget(options) {
  const { rows } = await options.client.query(
    `SELECT 1 FROM ${TARGETS_TABLE} WHERE run_id = $1 AND status = 'skipped' AND error->>'code' = 'FAILURE_BUDGET_SPENT' LIMIT 1`,
    [options.runId]
  );
  return rows.length > 0;
}
async function haltedBefore(options, before) {
  for (const { phase: earlier } of before) {
    if (earlier.onError !== "halt") continue;
    const { rows } = await options.client.query(
      `SELECT name FROM ${TARGETS_TABLE} WHERE run_id = $1 AND kind = 'tenant' AND wave = $2 AND status = 'failed' ORDER BY position`,
      [options.runId, earlier.name]
    );
    if (rows.length > 0)
      return haltStop(
        earlier,
        rows.map((row) => row.name)
      );
  }
  return void 0;
}
async function skipRemaining(options, rest, stop) {
  const results = [];
  for (const { phase, targets } of rest) {
    const byName = new Map(targets.map((target) => [target.name, target]));
    const { rows } = await options.client.query(
      `UPDATE ${TARGETS_TABLE} SET status = 'skipped', error = $3, ended_at = now(), claimed_by = $4, part = $4
       WHERE run_id = $1 AND kind = 'tenant' AND wave = $2 AND status = 'pending' RETURNING name`,
      [options.runId, phase.name, JSON.stringify({ code: stop.code, message: stop.message }), options.worker]
    );
    for (const row of rows) {
      const target = byName.get(row.name);
      if (target) results.push({ ...options.skip(target, stop), wave: phase.name });
    }
  }
  return results;
}
function startHeartbeat(options) {
  const timer = setInterval(
    () => {
      options.client.query(
        `UPDATE ${TARGETS_TABLE} SET lease_until = now() + make_interval(secs => $3::double precision / 1000)
           WHERE run_id = $1 AND claimed_by = $2 AND status = 'running'`,
        [options.runId, options.worker, options.leaseMs]
      ).catch(() => {
      });
    },
    Math.max(200, Math.floor(options.leaseMs / 3))
  );
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// src/fleet/create-missing.ts
async function runCreatingMissingSchema(target, options, run) {
  const first = await run();
  if (first.error?.code !== "SCHEMA_MISSING" || !target.schema || options.dryRun) return first;
  try {
    await createSchema(target, options);
  } catch (error) {
    return { ...first, error: toTargetError(error, [target.url]) };
  }
  const second = await run(true);
  return { ...second, createdSchema: true, durationMs: first.durationMs + second.durationMs };
}
async function createSchema(target, options) {
  const session = await openSession(target.url, {
    connectTimeoutMs: options.connectTimeoutMs,
    lockTimeoutMs: options.lockTimeoutMs,
    statementTimeoutMs: options.statementTimeoutMs
  });
  try {
    await session.client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(target.schema)}`).catch((error) => {
      if (error.code !== "23505" && error.code !== "42P06") throw error;
    });
  } finally {
    await session.close();
  }
}

// src/fleet/wave-predicates.ts
async function evaluateWavePredicates(waves, options) {
  const matches = /* @__PURE__ */ new Map();
  const predicateWaves = waves.filter((wave) => wave.selection.kind === "where");
  if (predicateWaves.length === 0) return matches;
  const session = await openMasterSession(options);
  const query = options.tenantsQuery ?? DEFAULT_TENANTS_QUERY;
  try {
    for (const wave of predicateWaves) {
      const predicate = wave.selection.predicate;
      const text2 = `SELECT * FROM (${query}) AS tenants WHERE (${predicate})`;
      try {
        const rows = await readOnlyRows(session.client, text2);
        matches.set(wave.name, new Set(tenantsFromRows(rows, options.masterUrl).map((tenant) => tenant.name)));
      } catch (error) {
        if (error instanceof TenantMigrateError) throw error;
        const message = scrubSecrets(error.message ?? String(error), passwordsIn([options.masterUrl]));
        throw new TenantMigrateError("WAVE_PREDICATE_FAILED", `wave ${wave.name}: its condition failed on the master: ${message}`, {
          detail: `query: ${text2}`,
          hint: `rollout.waves[].where is one condition on the tenants query's columns, e.g. "tier = 'free'"`
        });
      }
    }
    return matches;
  } finally {
    await session.close();
  }
}

// src/fleet/rollout.ts
function checkRolloutOptions(options) {
  if (options.canary !== void 0) parseCanary(options.canary);
  if (options.maxFailures !== void 0) parseFailureBudget(options.maxFailures);
}
function hasRollout(options) {
  return (options.rollout?.waves.length ?? 0) > 0 || options.canary !== void 0 || options.wave !== void 0 || options.maxFailures !== void 0;
}
async function planFleetRollout(tenants, rollout, options) {
  const waves = rollout.rollout?.waves ?? [];
  const predicateMatches = await evaluateWavePredicates(waves, options);
  const request = { waves, predicateMatches, canary: rollout.canary, wave: rollout.wave, maxFailures: rollout.maxFailures };
  const names = tenants.map((tenant) => tenant.name);
  const plan = planRollout(names, { ...request, shard: options.shard });
  const order = options.shard ? planRollout(names, request).phases.flatMap((phase) => phase.tenants) : plan.phases.flatMap((phase) => phase.tenants);
  const byName = new Map(tenants.map((tenant) => [tenant.name, tenant]));
  return {
    plan,
    work: plan.phases.map((phase) => ({ phase, targets: phase.tenants.map((name) => byName.get(name)) })),
    order
  };
}

// src/fleet/run-recorder.ts
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";

// src/fleet/grouped-writes.ts
var GroupedWrites = class {
  constructor(writeBatch, maxBatch = 500) {
    this.writeBatch = writeBatch;
    this.maxBatch = maxBatch;
  }
  writeBatch;
  maxBatch;
  pending = [];
  /** The loop writing batches, while there are any. */
  flushing;
  /** Resolves once the item's batch was written (or failed). */
  add(item) {
    return new Promise((written) => {
      this.pending.push({ item, written });
      this.flushing ??= this.flush();
    });
  }
  /** Resolves once everything asked for so far was written (before the run's part is closed). */
  async drain() {
    while (this.flushing) await this.flushing;
  }
  async flush() {
    try {
      while (this.pending.length > 0) {
        const batch = this.pending.splice(0, this.maxBatch);
        try {
          await this.writeBatch(batch.map((entry) => entry.item));
        } catch {
        }
        for (const entry of batch) entry.written();
      }
    } finally {
      this.flushing = void 0;
    }
  }
};

// src/fleet/run-recorder.ts
async function refuseLastSlot(session) {
  const limits = await readServerLimits(session.client, session.quickQueryTimeoutMs);
  if (freeSlots(limits) > 0) return;
  const whose = !limits.superuser && limits.roleLimit >= 0 ? `role's CONNECTION LIMIT (${limits.roleInUse} of ${limits.roleLimit} in use)` : `server's max_connections (${limits.inUse} of ${limits.maxConnections} in use)`;
  throw new TenantMigrateError("TOO_MANY_CONNECTIONS", `its session would hold the last free slot of the ${whose}, which the targets need`);
}
function partName(shard, claim) {
  if (claim) return `worker ${hostname()}:${process.pid}`;
  return shard ? `shard ${shard.index}/${shard.count}` : "all";
}
function recordedOptions(options) {
  const kept = {
    target: options.target,
    to: options.to,
    steps: options.steps,
    canary: options.canary,
    wave: options.wave,
    maxFailures: options.maxFailures,
    shard: options.shard,
    claim: options.claim || void 0,
    retryFailed: options.retryFailed
  };
  return Object.fromEntries(Object.entries(kept).filter(([, value]) => value !== void 0));
}
function newRunId(now = /* @__PURE__ */ new Date()) {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
  return `${stamp}-${randomBytes(2).toString("hex")}`;
}
function gitCommitOf(dir, env = process.env) {
  if (env.GITHUB_SHA) return env.GITHUB_SHA;
  try {
    return execFileSync("git", ["rev-parse", "HEAD"], {
      cwd: dir,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      timeout: 5e3
    }).trim() || void 0;
  } catch {
    return void 0;
  }
}
function checkRecordOptions(options) {
  if (options.claim && options.record === false) {
    throw new TenantMigrateError(
      "BAD_OPTION",
      text("claim.no-record", "{option} takes targets from the run record, and {option:record=false} turns it off", { option: "claim" }),
      { hint: text("claim.drop-no-record", "drop {option:record=false}", { option: "record" }) }
    );
  }
  if (options.claim && options.sharded) {
    throw new TenantMigrateError(
      "BAD_OPTION",
      text("claim.shard", "{option} and {option:shard} are two ways to split the tenants: take one", { option: "claim" }),
      {
        hint: text(
          "claim.or-shard",
          "{option:shard=i/n} gives each job a fixed share; {option} lets identical workers take tenants as they go",
          {
            option: "claim"
          }
        )
      }
    );
  }
  if (options.claim && options.dryRun) {
    throw new TenantMigrateError(
      "BAD_OPTION",
      text("claim.dry-run", "{option} runs targets taken from the run record; a dry run records nothing", { option: "claim" }),
      { hint: text("claim.drop", "drop {option} for the dry run", { option: "claim" }) }
    );
  }
  if (options.record === false && options.runId !== void 0) {
    throw new TenantMigrateError(
      "BAD_OPTION",
      text("run-id.no-record", "{option} names a run in the run record, and {option:record=false} turns the record off", {
        option: "runId"
      }),
      { hint: "drop one of them" }
    );
  }
  if (options.record === false && options.retryFailed !== void 0) {
    throw new TenantMigrateError(
      "BAD_OPTION",
      text("retry-failed.no-record", "{option} reads the run record, and {option:record=false} turns it off", { option: "retryFailed" }),
      { hint: text("claim.drop-no-record", "drop {option:record=false}", { option: "record" }) }
    );
  }
  const runId = options.runId;
  if (runId !== void 0 && !/^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,99}$/.test(runId)) {
    throw new TenantMigrateError(
      "BAD_OPTION",
      text("run-id.invalid", "{option} {value} is not a run id", { option: "runId", values: { value: JSON.stringify(runId) } }),
      { hint: "letters, digits and - _ . : / (up to 100), e.g. the workflow run id" }
    );
  }
}
function claimLeaseMs(options) {
  if (options.claimLease === void 0) return DEFAULT_CLAIM_LEASE_MS;
  const ms = parseDuration(options.claimLease, "claimLease");
  if (ms < 1e3) {
    throw new TenantMigrateError(
      "BAD_OPTION",
      text("claim-lease.short", "{option} must be at least 1s, not {value}", {
        option: "claimLease",
        values: { value: options.claimLease }
      })
    );
  }
  return ms;
}
function sessionOptions(options) {
  return {
    connectTimeoutMs: options.connectTimeoutMs,
    lockTimeoutMs: options.lockTimeoutMs,
    statementTimeoutMs: options.statementTimeoutMs
  };
}
function targetKey(target) {
  return `${target.kind}:${target.name}`;
}
async function readRetrySet(command, runId, options) {
  const session = await openMasterSession(options);
  try {
    const client = session.client;
    const wanted = runId === "last" ? "" : runId;
    const run = wanted ? await runTablesExist(client) ? await readRunInfo(client, wanted) : void 0 : await lastRunOf(client, command);
    if (!run) {
      throw new TenantMigrateError(
        "RUN_NOT_FOUND",
        wanted ? `no run ${wanted} in the run record` : `the run record holds no ${command} run to retry`,
        {
          hint: "tenant-migrate runs lists the recorded runs"
        }
      );
    }
    if (run.command !== command && !(command === "redo" && await wasRecordedRedo(client, run))) {
      throw new TenantMigrateError("RUN_OF_OTHER_COMMAND", `run ${run.id} is a ${run.command} run, not ${command}`, {
        hint: text("retry-failed.other-command", `retry it with the {command} command and {option:retryFailed=${run.id}}`, {
          option: "retryFailed",
          values: { command: run.command }
        })
      });
    }
    const targets = await readRunTargets(client, run.id);
    const keys = new Set(targets.filter((target) => !["applied", "up-to-date"].includes(target.status)).map(targetKey));
    if (keys.size > 0) return { run, keys };
    await refuseFailedWithoutTargets(client, run, wanted === "");
    const parts = await readRunParts(client, run.id);
    return { run, keys, nothingLeft: parts.length > 0 && parts.every((part) => part.ok === true) ? "ok" : "finished" };
  } finally {
    await session.close();
  }
}
async function wasRecordedRedo(client, run) {
  if (run.command !== "rollback") return false;
  return (await readRunParts(client, run.id)).some((part) => part.error?.hintText?.id === "interrupt.redo-retry");
}
async function refuseFailedWithoutTargets(client, run, last) {
  const failed = (await readRunParts(client, run.id)).find((part) => part.ok === false && part.error && part.error.code !== "INTERRUPTED");
  if (!failed?.error) return;
  throw new TenantMigrateError(
    "RUN_NOT_RETRYABLE",
    `${last ? `the last ${run.command} run, ${run.id}` : `run ${run.id}`} (started ${run.startedAt.replace("T", " ").replace(/\.\d+Z$/, "Z")}) failed before it recorded a target to retry: ${failed.error.message} [${failed.error.code}]`,
    { hint: text("retry-failed.not-retryable", `run the command again without {option}`, { option: "retryFailed" }) }
  );
}
var RunRecorder = class _RunRecorder {
  constructor(session, runId, part, takeOver) {
    this.session = session;
    this.runId = runId;
    this.part = part;
    this.takeOver = takeOver;
  }
  session;
  runId;
  part;
  takeOver;
  /** The first write that failed once the run was going. */
  writeError;
  static async open(command, record, options, details) {
    const session = await openSession(options.masterUrl, sessionOptions(options));
    try {
      if (!record.claim && !details.lastSlot) await refuseLastSlot(session);
      await ensureRunTables(session.client);
      const runId = record.runId ?? newRunId();
      await joinRun(
        session.client,
        {
          id: runId,
          command,
          startedBy: options.appliedBy.replace(/^tenant-migrate /, ""),
          gitCommit: gitCommitOf(options.dir),
          retryOf: details.retryOf,
          options: details.options,
          ...details.startedAt ? { startedAt: details.startedAt } : {}
        },
        details.part
      ).catch((error) => {
        throw error instanceof TenantMigrateError ? error : recordUnavailable(error);
      });
      await session.client.query("SET synchronous_commit = off");
      return new _RunRecorder(session, runId, details.part, details.takeOver);
    } catch (error) {
      await session.close();
      throw error;
    }
  }
  /**
   * The record's session for others (the --claim loop, its heartbeat): one query at a time, in
   * the order asked, as pg wants for a client shared by concurrent callers.
   */
  client = {
    query: (text2, values) => {
      const next = this.queue.then(() => this.session.client.query(text2, values));
      this.queue = next.then(
        () => void 0,
        () => void 0
      );
      return next;
    }
  };
  queue = Promise.resolve();
  /** Lists the targets as pending (positions give the order `runs show` lists them in). */
  async plan(targets) {
    await this.write(() => addTargets(this.client, this.runId, targets, this.part, this.takeOver));
  }
  /** The rollout's phases as planned, without their tenant lists. */
  async rolloutPlan(plan) {
    const { shard: _shard, ...whole } = plan;
    const phases = plan.phases.map(({ tenants: _tenants, ...phase }) => phase);
    await this.write(() => recordRollout(this.client, this.runId, { plan: { ...whole, phases } }));
  }
  /**
   * Running marks and outcomes go in groups (one write per group, see GroupedWrites): a target's
   * mark is written before its outcome, as each caller waits for its own write.
   */
  targetWrites = new GroupedWrites(
    (writes) => this.write(async () => {
      const running = writes.filter((write) => write.type === "running").map((write) => write.target);
      const outcomes = writes.filter((write) => write.type === "done").map((write) => write.result);
      await markRunning(this.client, this.runId, running, this.part);
      await recordOutcomes(this.client, this.runId, outcomes, this.part);
    })
  );
  started(target) {
    return this.targetWrites.add({ type: "running", target });
  }
  /** Callers need not wait: finish() and fail() write every outcome asked for before they close the part. */
  done(result) {
    return this.targetWrites.add({ type: "done", result });
  }
  /** Ends this process's part; returns what the report should say about the record. */
  async finish(report) {
    await this.targetWrites.drain();
    const stopped = report.rollout?.stopped;
    if (stopped) await this.write(() => recordRollout(this.client, this.runId, { stopped }));
    await this.write(() => finishPart(this.client, this.runId, this.part, report.ok, report.error));
    await this.session.close();
    return { runId: this.runId, ...this.writeError ? { recordWarning: `the run record is incomplete: ${this.writeError}` } : {} };
  }
  /**
   * A run recorded only once it ended (its session would have held a slot its targets needed):
   * its targets, in the report's order, with their outcomes, then its end.
   */
  async record(report) {
    await this.plan(
      report.targets.map((target, position) => ({
        kind: target.kind,
        name: target.name,
        position,
        ...target.kind === "master" ? {} : { wave: target.wave ?? "rest" },
        url: target.url,
        ...target.schema ? { schema: target.schema } : {}
      }))
    );
    if (report.rollout) {
      const { stopped: _stopped, ...plan } = report.rollout;
      await this.rolloutPlan(plan);
    }
    for (const result of report.targets) void this.done(result);
    return this.finish(report);
  }
  /** The run stopped with an error before its report: the part ends failed, with the error. */
  async fail(error) {
    await this.targetWrites.drain();
    await this.write(() => finishPart(this.client, this.runId, this.part, false, error));
    await this.session.close();
  }
  async write(step) {
    try {
      await step();
    } catch (error) {
      this.writeError ??= toTargetError(error, []).message;
    }
  }
};

// src/fleet/scheduler.ts
async function runScheduled(targets, schedule, work) {
  schedule.pool.expect(targets);
  const order = groupedByDatabase(targets);
  const results = new Array(targets.length);
  await runPool(order, schedule.concurrency, async (index) => {
    results[index] = await work(targets[index], index);
  });
  return results;
}
function groupedByDatabase(targets) {
  const groups = /* @__PURE__ */ new Map();
  targets.forEach((target, index) => {
    const group = groups.get(target.url);
    if (group) group.push(index);
    else groups.set(target.url, [index]);
  });
  return [...groups.values()].flat();
}

// src/fleet/fleet-run.ts
var FleetRun = class _FleetRun {
  constructor(command, raw, options, pool, context, migrations, templates) {
    this.command = command;
    this.raw = raw;
    this.options = options;
    this.pool = pool;
    this.context = context;
    this.migrations = migrations;
    this.templates = templates;
    this.master = { name: "master", kind: "master", url: options.masterUrl };
    this.total = (options.target === "tenants" ? 0 : 1) + templates.length;
  }
  command;
  raw;
  options;
  pool;
  context;
  migrations;
  templates;
  started = performance.now();
  results = [];
  done = 0;
  failed = 0;
  total;
  runError;
  inactive;
  tenantsNote;
  rollout;
  stopped;
  /** Ledgers read in batches before their tenants run; each is used once, then let go. */
  snapshots = /* @__PURE__ */ new Map();
  master;
  static async start(command, raw, options, pool, context) {
    const set = await loadMigrations(options.dir);
    const migrations = { master: timeline(set.migrations, "master"), tenant: timeline(set.migrations, "tenant") };
    const templates = options.target === "master" ? [] : await templateTargets(options, raw.templateDatabase);
    return new _FleetRun(command, raw, options, pool, context, migrations, templates);
  }
  get signal() {
    return this.raw.signal;
  }
  async execute() {
    const runsMaster = this.options.target !== "tenants" && this.retried(this.master);
    if (runsMaster) await this.context.recorder?.plan([{ kind: "master", name: "master", position: 0, url: maskUrl(this.master.url) }]);
    if (!runsMaster) this.total -= this.options.target === "tenants" ? 0 : 1;
    const tenants = await this.listTenantsFirst();
    if (!tenants) this.raw.onProgress?.({ type: "total", total: this.total });
    return this.command === "rollback" ? this.rollBack(tenants, runsMaster) : this.migrate(tenants, runsMaster);
  }
  /**
   * Tenants are listed before anything runs, so a wrong --tenant or query changes nothing. On a
   * fleet's first deploy the tenants table may come from a master migration: list them after it.
   */
  async listTenantsFirst() {
    if (this.options.target === "master") return void 0;
    try {
      return await this.found(await this.discover());
    } catch (error) {
      const deferred = this.command === "migrate" && this.options.target === "all" && isTenantMigrateError(error) && error.code === "TENANTS_TABLE_MISSING";
      if (!deferred) throw error;
      return void 0;
    }
  }
  /** Undo reverses the deploy: the tenants first (their objects may depend on the master's), then the master, and only when every tenant rolled back. */
  async rollBack(tenants, runsMaster) {
    if (tenants) this.results.push(...await this.runTenants(tenants));
    if (!runsMaster) return this.report();
    if (this.signal?.aborted) {
      this.results.push(await this.finished(notStarted(this.master, this.signal)));
      return this.report();
    }
    const tenantFailures = this.results.filter((result) => result.status === "failed").length;
    const notTried = this.results.filter((result) => result.status === "skipped").length;
    if (tenantFailures + notTried > 0) {
      const why = [tenantFailures ? `${tenantFailures} tenant(s) failed` : "", notTried ? `${notTried} tenant(s) were not tried` : ""].filter(Boolean).join(" and ");
      this.results.push(
        await this.finished(
          skipped(this.master, "TENANTS_FAILED", `not rolled back: ${why}, and their data may still depend on the master's`)
        )
      );
      return this.report();
    }
    this.pool.expect([this.master]);
    this.results.push(await this.run(this.master, this.migrations.master, "master"));
    return this.report();
  }
  /** The master first (when it fails, no tenant is touched), then the tenants. */
  async migrate(listed, runsMaster) {
    if (runsMaster) {
      this.pool.expect([this.master]);
      const masterResult = await this.run(this.master, this.migrations.master, "master");
      this.results.push(masterResult);
      if (masterResult.status === "failed") {
        for (const tenant of listed ?? []) {
          this.results.push(
            await this.finished(
              this.signal?.aborted ? notStarted(tenant, this.signal) : skipped(tenant, "MASTER_FAILED", "not tried: the master failed, so no tenant was touched")
            )
          );
        }
        return this.report();
      }
    }
    if (this.options.target === "master" || !listed && this.signal?.aborted) return this.report();
    const tenants = listed ?? await this.listTenantsAfterMaster();
    if (tenants) this.results.push(...await this.runTenants(tenants));
    return this.report();
  }
  /** The tenants of a first deploy, once the master's migrations made their table; undefined when they could not be listed (said in the report). */
  async listTenantsAfterMaster() {
    try {
      return await this.found(await this.discover());
    } catch (error) {
      const firstDeploy = this.options.dryRun && isTenantMigrateError(error) && error.code === "TENANTS_TABLE_MISSING";
      if (firstDeploy && this.results.some((result) => result.kind === "master" && result.status === "planned")) {
        this.tenantsNote = "tenants not listed: the master has no tenants table yet; its pending migrations would make it, and a real run lists the tenants after them";
      } else {
        this.runError = toTargetError(error, [this.options.masterUrl]);
      }
      return void 0;
    }
  }
  discover() {
    return discoverTenants({ ...this.options, shard: void 0 });
  }
  retried(target) {
    return !this.context.retry || this.context.retry.keys.has(targetKey(target));
  }
  /**
   * The whole selection is listed (the canary and share waves are picked fleet-wide, positions
   * in the record are the fleet's order); the plan, or inShard, keeps this shard's part.
   */
  async found(discovered) {
    const { recorder, retry } = this.context;
    this.inactive = discovered.inactive;
    this.pool.nameServers(discovered.serverOf);
    let tenants = discovered.tenants;
    const positions = new Map(tenants.map((tenant, index) => [tenant.name, index + 1]));
    if (hasRollout(this.raw)) {
      let rollout = await planFleetRollout(tenants, this.raw, this.options);
      for (const [index, name] of rollout.order.entries()) positions.set(name, index + 1);
      if (retry) rollout = onlyRetried(rollout, (target) => this.retried(target));
      await recorder?.rolloutPlan(rollout.plan);
      this.rollout = rollout;
      tenants = rollout.work.flatMap((part) => part.targets);
    } else {
      tenants = tenants.filter((tenant) => inShard(tenant.name, this.options.shard) && this.retried(tenant));
    }
    this.total += tenants.length;
    this.raw.onTargets?.(tenants);
    this.raw.onProgress?.({ type: "total", total: this.total });
    const waveOf = new Map(
      (this.rollout?.work ?? []).flatMap((part) => part.targets.map((target) => [target.name, part.phase.name]))
    );
    await recorder?.plan(
      tenants.map((tenant) => ({
        kind: "tenant",
        name: tenant.name,
        position: positions.get(tenant.name) ?? 0,
        wave: waveOf.get(tenant.name) ?? "rest",
        url: maskUrl(tenant.url),
        ...tenant.schema ? { schema: tenant.schema } : {}
      }))
    );
    return tenants;
  }
  /** The tenants, phase by phase (canary, waves; without a rollout plan they are one phase), then the template. */
  async runTenants(tenants) {
    const work = this.rollout?.work ?? [{ phase: unstagedPhase(tenants), targets: tenants }];
    const outcome = this.raw.claim ? await this.runClaimedPhases(work) : await this.runOwnPhases(work);
    this.stopped = this.signal?.aborted ? void 0 : outcome.stopped;
    const stopped = this.stopped;
    const ofTemplates = await Promise.all(
      this.templates.map(
        (template) => stopped ? this.finished(skipped(template, stopped.code, stopped.message)) : this.runTemplate(template)
      )
    );
    const ofTenants = this.rollout ? outcome.results : outcome.results.map(({ wave: _wave, ...result }) => result);
    return [...ofTenants, ...ofTemplates];
  }
  runTenant(tenant, phase) {
    const snapshot = this.snapshots.get(tenant)?.snapshot;
    this.snapshots.delete(tenant);
    return this.run(tenant, this.migrations.tenant, "tenant", { wave: phase.name, snapshot });
  }
  /** --claim: targets taken one by one from the run record, shared with the run's other workers. */
  runClaimedPhases(work) {
    const recorder = this.context.recorder;
    return runClaimed(work, {
      concurrency: this.options.concurrency,
      budget: this.rollout?.plan.budget,
      run: (tenant, phase) => this.runTenant(tenant, phase),
      client: recorder.client,
      runId: recorder.runId,
      worker: recorder.part,
      leaseMs: claimLeaseMs(this.raw),
      signal: this.signal,
      // The claim query already recorded these as not tried: count and show them only.
      skip: (tenant, stop) => {
        const result = skipped(tenant, stop.code, stop.message);
        this.count(result);
        return result;
      }
    });
  }
  /** This process's own share of the tenants, phase by phase, in a bounded pool. */
  runOwnPhases(work) {
    const signal = this.signal;
    return runPhases(work, {
      concurrency: this.options.concurrency,
      schedule: async (targets, concurrency, each) => {
        const read = await readLedgerSnapshots(sharingADatabase(targets), () => this.migrations.tenant, {
          sessions: this.pool,
          concurrency,
          // After an interrupt no target starts: the batches not read yet are not needed.
          signal: this.signal,
          gooseTable: this.options.gooseTable
        });
        for (const [target, outcome] of read) this.snapshots.set(target, outcome);
        return runScheduled(targets, { concurrency, pool: this.pool }, each);
      },
      budget: this.rollout?.plan.budget,
      run: (tenant, phase) => this.runTenant(tenant, phase),
      // A failure budget spent by interrupted targets is the interrupt's doing: they were not started.
      skip: (tenant, stop) => this.finished(signal?.aborted ? notStarted(tenant, signal) : skipped(tenant, stop.code, stop.message))
    });
  }
  async run(target, migrations, which, extra = {}) {
    const { wave, snapshot } = extra;
    const { signal, raw, options } = this;
    const { recorder, running } = this.context;
    if (signal?.aborted) return this.finished(wave ? { ...notStarted(target, signal), wave } : notStarted(target, signal));
    const job = {
      // Marked running when it starts work (not waited for: the mark is written before the outcome,
      // in the record's next group); a target with nothing to do goes straight to its outcome.
      onStart: raw.claim || !recorder ? void 0 : () => void recorder.started(target),
      snapshot,
      target,
      migrations,
      timeline: which,
      direction: this.direction,
      to: raw.to,
      steps: raw.steps,
      redo: raw.redo,
      options,
      sessions: this.pool,
      onProgress: raw.onProgress,
      signal,
      running
    };
    const once = (retry = false) => runTarget(retry ? { ...job, snapshot: void 0 } : job);
    const result = raw.createMissing && which === "tenant" ? await runCreatingMissingSchema(target, options, once) : await once();
    return this.finished(wave ? { ...result, wave } : result);
  }
  async runTemplate(template) {
    if (this.signal?.aborted) return this.finished(notStarted(template, this.signal));
    const job = {
      target: template,
      migrations: this.migrations.tenant,
      timeline: "tenant",
      direction: this.direction,
      to: this.raw.to,
      steps: this.raw.steps,
      redo: this.raw.redo,
      options: this.options,
      onProgress: this.raw.onProgress,
      // A rollback of the template stops like any target's (its migrate builds it in one transaction).
      signal: this.signal,
      running: this.context.running
    };
    return this.finished(await runTemplateJob(job, databaseOf(template.url)));
  }
  get direction() {
    return this.command === "migrate" ? "up" : "down";
  }
  /** A target's outcome: counted, shown, and written to the run record. */
  async finished(result) {
    this.count(result);
    void this.context.recorder?.done(result);
    return result;
  }
  count(result) {
    this.done++;
    if (result.status === "failed") this.failed++;
    this.raw.onProgress?.({ type: "target-done", result, done: this.done, total: this.total, failed: this.failed });
  }
  report() {
    const signal = this.signal;
    const interrupted = signal?.aborted ? interruptName(signal) : void 0;
    const error = this.runError ?? (signal?.aborted ? interruptError(this.results, signal, this.context.recorder?.runId, this.raw.redo === true) : void 0);
    return {
      ...this.reportOf(error),
      ...interrupted ? { ok: false, interrupted: { signal: interrupted } } : {}
    };
  }
  reportOf(error) {
    const { results, options, rollout, stopped } = this;
    return {
      command: this.command,
      ...this.raw.redo ? { redo: true } : {},
      // A --claim worker can find the run stopped by another worker's canary, wave or budget and
      // have nothing of its own to report: the run still failed, and so does this part of it.
      ok: results.every((result) => result.status !== "failed" && result.status !== "skipped") && !error && !stopped,
      dryRun: options.dryRun,
      durationMs: Math.round(performance.now() - this.started),
      ...options.shard ? { shard: formatShard(options.shard) } : {},
      targets: results,
      ...this.inactive ? { inactiveTenants: this.inactive } : {},
      ...this.tenantsNote ? { tenantsNote: this.tenantsNote } : {},
      ...error ? { error } : {},
      ...rollout ? { rollout: { ...rollout.plan, ...stopped ? { stopped } : {} } } : {}
    };
  }
};
function sharingADatabase(targets) {
  const counts = /* @__PURE__ */ new Map();
  for (const target of targets) counts.set(target.url, (counts.get(target.url) ?? 0) + 1);
  return targets.filter((target) => !target.invalid && (counts.get(target.url) ?? 0) > 1);
}
function unstagedPhase(tenants) {
  return {
    name: "rest",
    role: "rest",
    selection: "every tenant",
    tenants: tenants.map((tenant) => tenant.name),
    onError: "continue"
  };
}
function onlyRetried(rollout, retried) {
  const work = rollout.work.map(({ phase, targets }) => {
    const kept = targets.filter(retried);
    return { phase: { ...phase, tenants: kept.map((target) => target.name) }, targets: kept };
  });
  return { ...rollout, plan: { ...rollout.plan, phases: work.map((part) => part.phase) }, work };
}
function skipped(target, code, message) {
  return untouchedResult(target, { status: "skipped", error: { code, message } });
}

// src/fleet/run-fleet.ts
function migrateFleet(options) {
  return runFleet("migrate", options);
}
async function rollbackFleet(options) {
  if (options.to !== void 0 && options.steps !== void 0) {
    throw new TenantMigrateError("BAD_OPTION", text("rollback.to-or-steps", "rollback takes {option:to} or {option:steps}, not both"));
  }
  if (options.steps !== void 0 && (!Number.isInteger(options.steps) || options.steps < 1)) {
    throw new TenantMigrateError("BAD_OPTION", invalidOption("steps", options.steps, "a whole number of at least 1"));
  }
  return runFleet("rollback", options);
}
async function runFleet(command, given) {
  const options = resolveFleetOptions(given);
  checkRolloutOptions(given);
  checkRecordOptions({ ...given, dryRun: options.dryRun, sharded: options.shard !== void 0 });
  claimLeaseMs(given);
  const recordedAs = command === "rollback" && given.redo ? "redo" : command;
  const retry = given.retryFailed === void 0 ? void 0 : await readRetrySet(recordedAs, given.retryFailed, options);
  if (retry?.nothingLeft) {
    return {
      command,
      ...given.redo ? { redo: true } : {},
      ok: true,
      dryRun: options.dryRun,
      durationMs: 0,
      targets: [],
      retryOf: retry.run.id,
      nothingToRetry: retry.nothingLeft
    };
  }
  const raw = retry ? withRetriedBudget(given, retry) : given;
  const { recorder, recordWarning, recordLater } = await openRecord(recordedAs, raw, options, retry);
  const pool = createSessionPool(options, raw.signal);
  const running = raw.signal ? new RunningSessions(raw.signal, options.connectTimeoutMs) : void 0;
  let report;
  let failure;
  try {
    const executed = await (await FleetRun.start(command, raw, options, pool, { recorder, retry, running })).execute();
    report = { ...executed, ...retry ? { retryOf: retry.run.id } : {}, ...recordWarning ? { recordWarning } : {} };
    if (recorder) return { ...report, ...await recorder.finish(report) };
  } catch (error) {
    if (recorder) {
      await recorder.fail(toTargetError(error, [options.masterUrl]));
      throw error;
    }
    failure = { error };
  } finally {
    running?.dispose();
    await pool.close();
  }
  if (failure) {
    await recordLater?.((late) => late.fail(toTargetError(failure.error, [options.masterUrl])));
    throw failure.error;
  }
  const done = report;
  const recorded = await recordLater?.((late) => late.record(done));
  if (!recorded) return done;
  const why = recordWarning?.replace(/^the run was not recorded: /, "");
  return {
    ...done,
    ...recorded,
    recordWarning: recorded.recordWarning ?? `the run was recorded once it ended (while it ran it was not recorded: ${why})`
  };
}
function withRetriedBudget(raw, retry) {
  const budget = retry.run.options.maxFailures;
  return raw.maxFailures === void 0 && typeof budget === "string" ? { ...raw, maxFailures: budget } : raw;
}
async function openRecord(command, raw, options, retry) {
  if (raw.record === false || options.dryRun) return {};
  const startedAt = /* @__PURE__ */ new Date();
  const details = {
    part: partName(options.shard, raw.claim),
    takeOver: !raw.claim,
    options: recordedOptions(raw),
    retryOf: retry?.run.id
  };
  try {
    const recorder = await RunRecorder.open(command, raw, options, details);
    return { recorder };
  } catch (error) {
    const unreachable = isTenantMigrateError(error) && (CONNECT_ERRORS.has(error.code) || error.code === "TOO_MANY_CONNECTIONS");
    if (!unreachable || raw.claim) throw error;
    const recordWarning = `the run was not recorded: ${toTargetError(error, [options.masterUrl]).message}`;
    if (error.code !== "TOO_MANY_CONNECTIONS") return { recordWarning };
    const recordLater = async (write) => {
      let late;
      try {
        late = await RunRecorder.open(command, raw, options, { ...details, startedAt, lastSlot: true });
      } catch {
        return void 0;
      }
      return write(late);
    };
    return { recordWarning, recordLater };
  }
}
var CONNECT_ERRORS = /* @__PURE__ */ new Set([
  "CONNECT_FAILED",
  "AUTH_FAILED",
  "DATABASE_MISSING",
  "CONNECTION_LOST",
  "QUERY_TIMEOUT"
]);

export {
  migrateFleet,
  rollbackFleet
};
