import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  TenantMigrateError,
  text
} from "./chunk-TONUKN4I.js";

// src/fleet/run-record.ts
var RUNS_TABLE = "_tenant_migrate_runs";
var PARTS_TABLE = "_tenant_migrate_run_parts";
var TARGETS_TABLE = "_tenant_migrate_run_targets";
var CREATE_LOCK_KEY = 500052424046;
var SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS ${RUNS_TABLE} (
  id text PRIMARY KEY,
  command text NOT NULL,
  started_at timestamptz NOT NULL DEFAULT now(),
  ended_at timestamptz,
  started_by text,
  git_commit text,
  retry_of text,
  options jsonb NOT NULL DEFAULT '{}'
);
CREATE TABLE IF NOT EXISTS ${PARTS_TABLE} (
  run_id text NOT NULL REFERENCES ${RUNS_TABLE} (id) ON DELETE CASCADE,
  part text NOT NULL,
  started_at timestamptz NOT NULL DEFAULT now(),
  ended_at timestamptz,
  started_by text,
  ok boolean,
  error jsonb,
  PRIMARY KEY (run_id, part)
);
CREATE TABLE IF NOT EXISTS ${TARGETS_TABLE} (
  run_id text NOT NULL REFERENCES ${RUNS_TABLE} (id) ON DELETE CASCADE,
  kind text NOT NULL,
  name text NOT NULL,
  position integer NOT NULL,
  wave text,
  url text NOT NULL DEFAULT '',
  schema text,
  status text NOT NULL,
  from_version bigint,
  to_version bigint,
  applied jsonb NOT NULL DEFAULT '[]',
  error jsonb,
  part text,
  claimed_by text,
  lease_until timestamptz,
  started_at timestamptz,
  ended_at timestamptz,
  duration_ms integer,
  PRIMARY KEY (run_id, kind, name)
);
CREATE INDEX IF NOT EXISTS ${TARGETS_TABLE}_pending ON ${TARGETS_TABLE} (run_id, position) WHERE status IN ('pending', 'running');
`;
async function ensureRunTables(client) {
  const { rows } = await client.query(
    `SELECT to_regclass('${RUNS_TABLE}') IS NOT NULL AND to_regclass('${PARTS_TABLE}') IS NOT NULL AND to_regclass('${TARGETS_TABLE}') IS NOT NULL AS ready`
  );
  if (rows[0].ready) return;
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock($1)", [CREATE_LOCK_KEY]);
    await client.query(SCHEMA_SQL);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {
    });
    throw recordUnavailable(error);
  }
}
function recordUnavailable(error) {
  const pgError = error;
  const readOnly = pgError.code === "25006";
  const denied = pgError.code === "42501";
  const why = readOnly ? "the master is read-only" : denied ? "the master user may not create or write its tables" : "it could not be written";
  return new TenantMigrateError(
    "RUN_RECORD_UNAVAILABLE",
    `the run record (table ${RUNS_TABLE} on the master) is not available: ${why} (${pgError.message ?? String(error)})`,
    {
      hint: text(
        "run-record.unavailable",
        "run with {option:record=false} to go without one (runs, {option:retryFailed}, {option:runId} and {option:claim} then have nothing to work from), or grant the user CREATE on the master's public schema",
        { option: "record" }
      )
    }
  );
}
async function joinRun(client, run, part) {
  await client.query(
    `INSERT INTO ${RUNS_TABLE} (id, command, started_by, git_commit, retry_of, options, started_at)
     VALUES ($1, $2, $3, $4, $5, $6, coalesce($7::timestamptz, now())) ON CONFLICT (id) DO NOTHING`,
    [run.id, run.command, run.startedBy, run.gitCommit ?? null, run.retryOf ?? null, JSON.stringify(run.options), run.startedAt ?? null]
  );
  const info = await readRunInfo(client, run.id);
  if (!info) throw new Error(`internal: run ${run.id} vanished`);
  if (info.command !== run.command) {
    throw new TenantMigrateError("RUN_ID_IN_USE", `run ${run.id} is a ${info.command} run; this is ${run.command}`, {
      hint: text("run-id.in-use", "give this run its own {option} (or none: a new id is made)", { option: "runId" })
    });
  }
  await client.query(
    `INSERT INTO ${PARTS_TABLE} (run_id, part, started_by, started_at) VALUES ($1, $2, $3, coalesce($4::timestamptz, now()))
     ON CONFLICT (run_id, part) DO UPDATE SET started_at = EXCLUDED.started_at, ended_at = NULL, ok = NULL, error = NULL, started_by = EXCLUDED.started_by`,
    [run.id, part, run.startedBy, run.startedAt ?? null]
  );
  return info;
}
async function addTargets(client, runId, targets, part, takeOver) {
  const batch = 1e3;
  for (let start = 0; start < targets.length; start += batch) {
    const slice = targets.slice(start, start + batch);
    await client.query(
      `INSERT INTO ${TARGETS_TABLE} AS t (run_id, kind, name, position, wave, url, schema, status, part)
       SELECT $1, t.kind, t.name, t.position, t.wave, t.url, t.schema, 'pending', $3
       FROM jsonb_to_recordset($2::jsonb) AS t(kind text, name text, position int, wave text, url text, schema text)
       ON CONFLICT (run_id, kind, name) DO ${takeOver ? `UPDATE SET status = 'pending', part = EXCLUDED.part, wave = EXCLUDED.wave, position = EXCLUDED.position,
              error = NULL, applied = '[]', from_version = NULL, to_version = NULL, claimed_by = NULL, lease_until = NULL,
              started_at = NULL, ended_at = NULL, duration_ms = NULL
              WHERE t.part = EXCLUDED.part OR t.status IN ('pending', 'running')` : "NOTHING"}`,
      [runId, JSON.stringify(slice.map((target) => ({ ...target, wave: target.wave ?? null, schema: target.schema ?? null }))), part]
    );
  }
}
async function markRunning(client, runId, targets, part) {
  if (targets.length === 0) return;
  await client.query(
    `UPDATE ${TARGETS_TABLE} AS t SET status = 'running', started_at = now(), part = $3
       FROM jsonb_to_recordset($2::jsonb) AS m(kind text, name text)
     WHERE t.run_id = $1 AND t.kind = m.kind AND t.name = m.name
       AND NOT (t.status IN ('applied', 'up-to-date') AND t.part IS DISTINCT FROM $3)`,
    [runId, JSON.stringify(targets.map(({ kind, name }) => ({ kind, name }))), part]
  );
}
async function recordOutcomes(client, runId, results, part) {
  if (results.length === 0) return;
  const rows = results.map((result) => ({
    kind: result.kind,
    name: result.name,
    status: result.status,
    from_version: result.fromVersion,
    to_version: result.toVersion,
    applied: result.applied,
    error: result.error ?? null,
    duration_ms: Math.round(result.durationMs),
    wave: result.wave ?? null
  }));
  await client.query(
    `UPDATE ${TARGETS_TABLE} AS t SET status = o.status, from_version = o.from_version, to_version = o.to_version,
       applied = o.applied, error = o.error, duration_ms = o.duration_ms,
       ended_at = now(), started_at = COALESCE(t.started_at, now()), part = $3, lease_until = NULL, wave = COALESCE(o.wave, t.wave)
       FROM jsonb_to_recordset($2::jsonb)
         AS o(kind text, name text, status text, from_version bigint, to_version bigint, applied jsonb, error jsonb, duration_ms integer, wave text)
     WHERE t.run_id = $1 AND t.kind = o.kind AND t.name = o.name
       -- Another shard applied the master; this one found it up to date: the record keeps what was done.
       AND NOT (t.status = 'applied' AND o.status = 'up-to-date' AND t.part IS DISTINCT FROM $3)`,
    [runId, JSON.stringify(rows), part]
  );
}
async function finishPart(client, runId, part, ok, error) {
  await client.query(`UPDATE ${PARTS_TABLE} SET ended_at = now(), ok = $3, error = $4 WHERE run_id = $1 AND part = $2`, [
    runId,
    part,
    ok,
    error ? JSON.stringify(error) : null
  ]);
  await client.query(
    `UPDATE ${RUNS_TABLE} SET ended_at = (SELECT CASE WHEN bool_and(ended_at IS NOT NULL) THEN max(ended_at) END FROM ${PARTS_TABLE} WHERE run_id = $1) WHERE id = $1`,
    [runId]
  );
}
async function runTablesExist(client) {
  const { rows } = await client.query(
    `SELECT to_regclass('${RUNS_TABLE}') IS NOT NULL AND to_regclass('${TARGETS_TABLE}') IS NOT NULL AS ready`
  );
  return rows[0].ready;
}
var RUN_COLUMNS = `id, command, started_at, ended_at, started_by, git_commit, retry_of, options`;
function runInfo(row) {
  return {
    id: row.id,
    command: row.command,
    startedAt: row.started_at.toISOString(),
    endedAt: row.ended_at ? row.ended_at.toISOString() : null,
    startedBy: row.started_by,
    gitCommit: row.git_commit,
    retryOf: row.retry_of,
    options: row.options ?? {}
  };
}
async function recordRollout(client, runId, rollout) {
  await client.query(`UPDATE ${RUNS_TABLE} SET options = options || $2::jsonb WHERE id = $1`, [
    runId,
    JSON.stringify({ ...rollout.plan ? { rollout: rollout.plan } : {}, ...rollout.stopped ? { stopped: rollout.stopped } : {} })
  ]);
}
async function readRunInfo(client, id) {
  const { rows } = await client.query(`SELECT ${RUN_COLUMNS} FROM ${RUNS_TABLE} WHERE id = $1`, [id]);
  return rows[0] ? runInfo(rows[0]) : void 0;
}
async function lastRunOf(client, command) {
  if (!await runTablesExist(client)) return void 0;
  const { rows } = await client.query(
    `SELECT ${RUN_COLUMNS} FROM ${RUNS_TABLE} WHERE command = $1 ORDER BY started_at DESC, id DESC LIMIT 1`,
    [command]
  );
  return rows[0] ? runInfo(rows[0]) : void 0;
}
async function listRuns(client, limit) {
  if (!await runTablesExist(client)) return [];
  const { rows } = await client.query(
    `SELECT ${RUN_COLUMNS.split(", ").map((column) => `r.${column}`).join(", ")},
       (SELECT jsonb_object_agg(status, n) FROM (SELECT status, count(*)::int AS n FROM ${TARGETS_TABLE} t WHERE t.run_id = r.id GROUP BY status) s) AS counts,
       (SELECT count(*)::int FROM ${PARTS_TABLE} p WHERE p.run_id = r.id) AS parts,
       (SELECT count(*)::int FROM ${PARTS_TABLE} p WHERE p.run_id = r.id AND p.ended_at IS NULL) AS running,
       (SELECT count(*)::int FROM ${PARTS_TABLE} p WHERE p.run_id = r.id AND p.ok = false) AS failed_parts,
       (SELECT p.error FROM ${PARTS_TABLE} p WHERE p.run_id = r.id AND p.ok = false AND p.error->>'code' = 'INTERRUPTED'
         ORDER BY p.ended_at, p.part LIMIT 1) AS interrupt
     FROM ${RUNS_TABLE} r ORDER BY r.started_at DESC, r.id DESC LIMIT $1`,
    [limit]
  );
  return rows.map((row) => ({
    ...runInfo(row),
    counts: row.counts ?? {},
    parts: row.parts,
    running: row.running,
    failedParts: row.failed_parts,
    ...row.interrupt ? { interrupted: { signal: interruptSignal(row.interrupt) } } : {}
  }));
}
function interruptSignal(error) {
  return /^interrupted by (.+?):/.exec(error.message)?.[1] ?? "a signal";
}
async function readRunParts(client, id) {
  const { rows } = await client.query(`SELECT part, started_at, ended_at, started_by, ok, error FROM ${PARTS_TABLE} WHERE run_id = $1 ORDER BY started_at, part`, [id]);
  return rows.map((row) => ({
    part: row.part,
    startedAt: row.started_at.toISOString(),
    endedAt: row.ended_at ? row.ended_at.toISOString() : null,
    startedBy: row.started_by,
    ok: row.ok,
    error: row.error
  }));
}
async function readRunTargets(client, id) {
  const { rows } = await client.query(
    `SELECT kind, name, position, wave, url, schema, status, from_version::text, to_version::text, applied, error, part, claimed_by,
            started_at, ended_at, duration_ms
     FROM ${TARGETS_TABLE} WHERE run_id = $1 ORDER BY kind = 'tenant', position, name`,
    [id]
  );
  return rows.map((row) => ({
    kind: row.kind,
    name: row.name,
    position: row.position,
    wave: row.wave,
    url: row.url,
    schema: row.schema,
    status: row.status,
    fromVersion: row.from_version === null ? null : Number(row.from_version),
    toVersion: row.to_version === null ? null : Number(row.to_version),
    applied: row.applied ?? [],
    error: row.error,
    part: row.part,
    claimedBy: row.claimed_by,
    startedAt: row.started_at ? row.started_at.toISOString() : null,
    endedAt: row.ended_at ? row.ended_at.toISOString() : null,
    durationMs: row.duration_ms
  }));
}

export {
  TARGETS_TABLE,
  ensureRunTables,
  recordUnavailable,
  joinRun,
  addTargets,
  markRunning,
  recordOutcomes,
  finishPart,
  runTablesExist,
  recordRollout,
  readRunInfo,
  lastRunOf,
  listRuns,
  interruptSignal,
  readRunParts,
  readRunTargets
};
