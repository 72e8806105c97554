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
} from "./chunk-LKBX5ENP.js";
import {
  readLedgerSnapshots,
  runPool
} from "./chunk-TYRAZGYJ.js";
import {
  runTemplateJob,
  templateTargets
} from "./chunk-TUYZMNJD.js";
import {
  loadMigrations,
  timeline
} from "./chunk-YP3VZLIF.js";
import {
  discoverTenants,
  tenantsFromRows
} from "./chunk-J5F42THH.js";
import {
  createSessionPool,
  runTarget,
  toTargetError
} from "./chunk-KCEC3NUD.js";
import {
  DEFAULT_TENANTS_QUERY,
  formatShard,
  resolveFleetOptions
} from "./chunk-7PMDD7V6.js";
import {
  openSession,
  quoteIdent
} from "./chunk-YWW4IGFJ.js";
import {
  databaseOf,
  maskUrl,
  passwordsIn,
  scrubSecrets
} from "./chunk-PNIS5OL4.js";
import {
  TenantMigrateError,
  invalidOption,
  text
} from "./chunk-N5GR3MAN.js";

// src/fleet/run-fleet.ts
import { performance } from "node:perf_hooks";

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
  const session = await openSession(options.masterUrl, {
    connectTimeoutMs: options.connectTimeoutMs,
    lockTimeoutMs: options.lockTimeoutMs,
    statementTimeoutMs: options.statementTimeoutMs
  });
  const query = options.tenantsQuery ?? DEFAULT_TENANTS_QUERY;
  try {
    await session.client.query("BEGIN READ ONLY");
    for (const wave of predicateWaves) {
      const predicate = wave.selection.predicate;
      const text2 = `SELECT * FROM (${query}) AS tenants WHERE (${predicate})`;
      try {
        const { rows } = await session.client.query({ text: text2, queryMode: "extended" });
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
    await session.client.query("COMMIT");
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
  const plan = planRollout(
    tenants.map((tenant) => tenant.name),
    { waves, predicateMatches, canary: rollout.canary, wave: rollout.wave, maxFailures: rollout.maxFailures, shard: options.shard }
  );
  const byName = new Map(tenants.map((tenant) => [tenant.name, tenant]));
  return {
    plan,
    work: plan.phases.map((phase) => ({ phase, targets: phase.tenants.map((name) => byName.get(name)) }))
  };
}

// src/fleet/run-phases.ts
async function runPhases(work, options) {
  const results = [];
  let failed = 0;
  let stopped;
  const budgetStop = (phase) => options.budget && failed > options.budget.maxFailures ? {
    code: "FAILURE_BUDGET_SPENT",
    phase: phase.name,
    message: `not tried: the failure budget is spent (${failed} failed, --max-failures ${options.budget.spec} allows ${options.budget.maxFailures})`
  } : void 0;
  for (const [position, { phase, targets }] of work.entries()) {
    if (stopped) {
      results.push(...targets.map((target) => withWave(options.skip(target, stopped), phase)));
      continue;
    }
    const phaseResults = await options.schedule(targets, phase.concurrency ?? options.concurrency, async (target) => {
      const spent = budgetStop(phase);
      if (spent) {
        stopped ??= spent;
        return withWave(options.skip(target, spent), phase);
      }
      const result = withWave(await options.run(target, phase), phase);
      if (result.status === "failed") failed++;
      return result;
    });
    results.push(...phaseResults);
    if (stopped || !work.slice(position + 1).some((next) => next.targets.length > 0)) continue;
    const phaseFailures = phaseResults.filter((result) => result.status === "failed");
    stopped = budgetStop(phase) ?? (phaseFailures.length > 0 && phase.onError === "halt" ? haltStop(phase, phaseFailures) : void 0);
  }
  return { results, ...stopped ? { stopped } : {} };
}
function haltStop(phase, failures) {
  const names = failures.map((result) => result.name);
  const listed = names.length > 5 ? `${names.slice(0, 5).join(", ")} and ${names.length - 5} more` : names.join(", ");
  return phase.role === "canary" ? {
    code: "CANARY_FAILED",
    phase: phase.name,
    message: `not tried: ${failures.length} canary tenant(s) failed (${listed}), so no other tenant was touched`
  } : {
    code: "WAVE_HALTED",
    phase: phase.name,
    message: `not tried: wave ${phase.name} had ${failures.length} failure(s) (${listed}) and halts the rollout (onError: halt)`
  };
}
function withWave(result, phase) {
  return { ...result, wave: phase.name };
}

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
async function runFleet(command, raw) {
  const options = resolveFleetOptions(raw);
  checkRolloutOptions(raw);
  const pool = createSessionPool(options);
  try {
    return await runFleetWith(command, raw, options, pool);
  } finally {
    await pool.close();
  }
}
async function runFleetWith(command, raw, options, pool) {
  const started = performance.now();
  const staged = hasRollout(raw);
  const set = await loadMigrations(options.dir);
  const masterMigrations = timeline(set.migrations, "master");
  const tenantMigrations = timeline(set.migrations, "tenant");
  const direction = command === "migrate" ? "up" : "down";
  const results = [];
  let done = 0;
  let failed = 0;
  let total = options.target === "tenants" ? 0 : 1;
  const progress = raw.onProgress;
  let runError;
  let inactive;
  let rollout;
  let stopped;
  const report = () => ({
    command,
    ok: results.every((result) => result.status !== "failed" && result.status !== "skipped") && !runError,
    dryRun: options.dryRun,
    durationMs: Math.round(performance.now() - started),
    ...options.shard ? { shard: formatShard(options.shard) } : {},
    targets: results,
    ...inactive ? { inactiveTenants: inactive } : {},
    ...runError ? { error: runError } : {},
    ...rollout ? { rollout: { ...rollout.plan, ...stopped ? { stopped } : {} } } : {}
  });
  const run = async (target, migrations, which, snapshot) => {
    const job = {
      snapshot,
      target,
      migrations,
      timeline: which,
      direction,
      to: raw.to,
      steps: raw.steps,
      options,
      sessions: pool,
      onProgress: progress
    };
    const once = (retry = false) => runTarget(retry ? { ...job, snapshot: void 0 } : job);
    return finished(raw.createMissing && which === "tenant" ? await runCreatingMissingSchema(target, options, once) : await once());
  };
  const finished = (result) => {
    done++;
    if (result.status === "failed") failed++;
    progress?.({ type: "target-done", result, done, total, failed });
    return result;
  };
  const templates = options.target === "master" ? [] : await templateTargets(options, raw.templateDatabase);
  total += templates.length;
  const runTemplate = async (template) => {
    const database = databaseOf(template.url);
    const job = {
      target: template,
      migrations: tenantMigrations,
      timeline: "tenant",
      direction,
      to: raw.to,
      steps: raw.steps,
      options,
      onProgress: progress
    };
    return finished(await runTemplateJob(job, database));
  };
  const snapshots = /* @__PURE__ */ new Map();
  const runTenants = async (tenants2) => {
    const work = rollout?.work ?? [
      { phase: { name: "rest", role: "rest", selection: "", tenants: [], onError: "continue" }, targets: tenants2 }
    ];
    const outcome = await runPhases(work, {
      concurrency: options.concurrency,
      schedule: async (targets, concurrency, each) => {
        for (const [target, outcome2] of await readLedgerSnapshots(sharingADatabase(targets), () => tenantMigrations, {
          sessions: pool,
          concurrency
        })) {
          snapshots.set(target, outcome2);
        }
        return runScheduled(targets, { concurrency, pool }, each);
      },
      budget: rollout?.plan.budget,
      run: (tenant) => run(tenant, tenantMigrations, "tenant", snapshots.get(tenant)?.snapshot),
      skip: (tenant, stop) => finished(skipped(tenant, stop.code, stop.message))
    });
    stopped = outcome.stopped;
    const ofTemplates = await Promise.all(
      templates.map((template) => stopped ? finished(skipped(template, stopped.code, stopped.message)) : runTemplate(template))
    );
    const ofTenants = rollout ? outcome.results : outcome.results.map(({ wave: _wave, ...result }) => result);
    return [...ofTenants, ...ofTemplates];
  };
  const master = { name: "master", kind: "master", url: options.masterUrl };
  const discover = () => discoverTenants(staged ? { ...options, shard: void 0 } : options);
  const found = async (discovered) => {
    inactive = discovered.inactive;
    let tenants2 = discovered.tenants;
    if (staged) {
      rollout = await planFleetRollout(tenants2, raw, options);
      tenants2 = rollout.work.flatMap((part) => part.targets);
    }
    total += tenants2.length;
    raw.onTargets?.(tenants2);
    progress?.({ type: "total", total });
    return tenants2;
  };
  let tenants;
  if (options.target !== "master") {
    try {
      tenants = await found(await discover());
    } catch (error) {
      const deferred = command === "migrate" && options.target === "all" && error instanceof TenantMigrateError && error.code === "TENANTS_TABLE_MISSING";
      if (!deferred) throw error;
    }
  }
  if (!tenants) progress?.({ type: "total", total });
  if (command === "rollback") {
    if (tenants) results.push(...await runTenants(tenants));
    if (options.target === "tenants") return report();
    const tenantFailures = results.filter((result) => result.status === "failed").length;
    const notTried = results.filter((result) => result.status === "skipped").length;
    if (tenantFailures + notTried > 0) {
      const why = [tenantFailures ? `${tenantFailures} tenant(s) failed` : "", notTried ? `${notTried} tenant(s) were not tried` : ""].filter(Boolean).join(" and ");
      results.push(skipped(master, "TENANTS_FAILED", `not rolled back: ${why}, and their data may still depend on the master's`));
      done++;
      progress?.({ type: "target-done", result: results[results.length - 1], done, total, failed });
      return report();
    }
    pool.expect([master]);
    results.push(await run(master, masterMigrations, "master"));
    return report();
  }
  if (options.target !== "tenants") {
    pool.expect([master]);
    const masterResult = await run(master, masterMigrations, "master");
    results.push(masterResult);
    if (masterResult.status === "failed") {
      for (const tenant of tenants ?? []) {
        results.push(skipped(tenant, "MASTER_FAILED", "not tried: the master failed, so no tenant was touched"));
      }
      return report();
    }
  }
  if (options.target === "master") return report();
  if (!tenants) {
    try {
      tenants = await found(await discover());
    } catch (error) {
      runError = toTargetError(error, [options.masterUrl]);
      return report();
    }
  }
  results.push(...await runTenants(tenants));
  return report();
}
function sharingADatabase(targets) {
  const counts = /* @__PURE__ */ new Map();
  for (const target of targets) counts.set(target.url, (counts.get(target.url) ?? 0) + 1);
  return targets.filter((target) => !target.invalid && (counts.get(target.url) ?? 0) > 1);
}
function skipped(target, code, message) {
  return {
    name: target.name,
    kind: target.kind,
    url: target.url ? maskUrl(target.url) : "",
    ...target.schema ? { schema: target.schema } : {},
    status: "skipped",
    fromVersion: null,
    toVersion: null,
    applied: [],
    durationMs: 0,
    error: { code, message }
  };
}

export {
  migrateFleet,
  rollbackFleet
};
