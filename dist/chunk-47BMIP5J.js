import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  runState
} from "./chunk-SJV3W6VZ.js";
import {
  interruptSignal,
  listRuns,
  readRunInfo,
  readRunParts,
  readRunTargets,
  runTablesExist
} from "./chunk-S7BLVPBG.js";
import {
  openSession
} from "./chunk-EYDMOPBA.js";
import {
  TenantMigrateError
} from "./chunk-TONUKN4I.js";

// src/fleet/run-report.ts
async function withMaster(options, read) {
  const session = await openSession(options.masterUrl, {
    connectTimeoutMs: options.connectTimeoutMs ?? 1e4,
    lockTimeoutMs: 1e4,
    statementTimeoutMs: 6e4
  });
  try {
    return await read(session.client);
  } finally {
    await session.close();
  }
}
function recentRuns(options) {
  return withMaster(options, (client) => listRuns(client, options.limit ?? 20));
}
function showRun(id, options) {
  return withMaster(options, async (client) => {
    const run = await runTablesExist(client) ? await readRunInfo(client, id) : void 0;
    if (!run)
      throw new TenantMigrateError("RUN_NOT_FOUND", `no run ${id} in the run record`, {
        hint: "tenant-migrate runs lists the recorded runs"
      });
    const [parts, targets] = await Promise.all([readRunParts(client, id), readRunTargets(client, id)]);
    return mergeRun(run, parts, targets);
  });
}
function mergeRun(run, parts, targets) {
  const results = targets.map(targetResult);
  const ended = run.endedAt ?? parts.reduce((latest, part) => part.endedAt && (!latest || part.endedAt > latest) ? part.endedAt : latest, null);
  const unfinished = targets.filter((target) => target.status === "pending" || target.status === "running").length;
  const partFailed = parts.some((part) => part.ok === false);
  const interrupt = parts.find((part) => part.ok === false && part.error?.code === "INTERRUPTED")?.error;
  const rollout = rolloutOf(targets, run.options);
  const ok = unfinished === 0 && !partFailed && results.every((result) => result.status !== "failed" && result.status !== "skipped");
  const report = {
    // A redo is a rollback that applies again what it rolled back: its report says redo, as the live one did.
    command: run.command === "redo" ? "rollback" : run.command,
    ...run.command === "redo" ? { redo: true } : {},
    ok,
    dryRun: false,
    durationMs: ended ? Date.parse(ended) - Date.parse(run.startedAt) : 0,
    targets: results,
    ...rollout ? { rollout } : {},
    runId: run.id,
    ...parts.find((part) => part.error) ? { error: parts.find((part) => part.error).error } : {},
    ...interrupt ? { interrupted: { signal: interruptSignal(interrupt) } } : {}
  };
  const state = runState({
    ended: run.endedAt !== null,
    runningParts: parts.filter((part) => part.endedAt === null).length,
    unfinishedTargets: unfinished,
    interrupted: interrupt !== void 0,
    failed: !ok
  });
  return { run, parts, report, unfinished, state };
}
function targetResult(target) {
  const finished = target.status !== "pending" && target.status !== "running";
  return {
    name: target.name,
    kind: target.kind,
    url: target.url,
    ...target.schema ? { schema: target.schema } : {},
    status: finished ? target.status : "skipped",
    fromVersion: target.fromVersion,
    toVersion: target.toVersion,
    applied: target.applied,
    durationMs: target.durationMs ?? 0,
    ...target.error ? { error: target.error } : finished ? {} : {
      error: {
        code: "NOT_FINISHED",
        message: target.status === "running" ? `not finished: running${target.claimedBy ? ` in ${target.claimedBy}` : target.part ? ` in ${target.part}` : ""} (or its process died)` : "not finished: not started yet"
      }
    },
    ...target.wave ? { wave: target.wave } : {}
  };
}
function rolloutOf(targets, options) {
  const recorded = options.rollout;
  const phases = new Map(
    (recorded?.phases ?? []).map((phase) => [phase.name, { ...phase, tenants: [] }])
  );
  for (const target of targets) {
    if (target.kind !== "tenant" || !target.wave) continue;
    let phase = phases.get(target.wave);
    if (!phase) {
      const role = target.wave === "canary" ? "canary" : target.wave === "rest" ? "rest" : "wave";
      phase = { name: target.wave, role, selection: "as recorded", tenants: [], onError: role === "rest" ? "continue" : "halt" };
      phases.set(target.wave, phase);
    }
    phase.tenants.push(target.name);
  }
  if (phases.size === 0 || phases.size === 1 && phases.has("rest") && !recorded) return void 0;
  const stopped = options.stopped;
  return {
    ...recorded ?? { outsideWave: 0 },
    phases: [...phases.values()].filter((phase) => phase.tenants.length > 0 || recorded),
    ...stopped ? { stopped } : {}
  };
}

export {
  recentRuns,
  showRun,
  mergeRun
};
