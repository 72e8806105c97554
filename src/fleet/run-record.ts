/**
 * The run record in the master database: every migrate and rollback, with who ran it, the git
 * commit, and each target's outcome (from, to, status, error), written as each target finishes,
 * so a run that died midway still says how far it got. Several processes may share one run (by
 * `--run-id`): shards add their part, `--claim` workers take targets from it.
 *
 * Three tables of its own, created on first use under an advisory lock (two shards starting at
 * once must not race on CREATE TABLE):
 *   _tenant_migrate_runs         one row per run
 *   _tenant_migrate_run_parts    one row per process that worked on the run
 *   _tenant_migrate_run_targets  one row per target of the run
 */
import type pg from 'pg';

/** What the record's queries need of a connection (the recorder hands out one that queues them). */
export interface Queryable {
  query<Row extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values?: unknown[]): Promise<pg.QueryResult<Row>>;
}

import { TenantMigrateError } from '../errors.js';
import { text } from '../messages.js';
import type { TargetError, TargetResult, TargetStatus } from '../report/fleet-model.js';
import type { RunCommand } from '../report/run-model.js';

export type { RunCommand };

export const RUNS_TABLE = '_tenant_migrate_runs';
export const PARTS_TABLE = '_tenant_migrate_run_parts';
export const TARGETS_TABLE = '_tenant_migrate_run_targets';

/** pg_advisory_xact_lock key for creating the tables: 'tmrun' as a number. */
const CREATE_LOCK_KEY = 0x746d72756e;

const SCHEMA_SQL = `
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

/** What a target's row says: a finished status, or pending/running while the run goes on. */
export type RecordedStatus = TargetStatus | 'pending' | 'running';

export interface RunInfo {
  id: string;
  command: RunCommand;
  startedAt: string;
  endedAt: string | null;
  startedBy: string | null;
  gitCommit: string | null;
  retryOf: string | null;
  options: Record<string, unknown>;
}

export interface RunPart {
  part: string;
  startedAt: string;
  endedAt: string | null;
  startedBy: string | null;
  ok: boolean | null;
  error: TargetError | null;
}

export interface RecordedTarget {
  kind: 'master' | 'tenant';
  name: string;
  position: number;
  wave: string | null;
  url: string;
  schema: string | null;
  status: RecordedStatus;
  fromVersion: number | null;
  toVersion: number | null;
  applied: TargetResult['applied'];
  error: TargetError | null;
  part: string | null;
  claimedBy: string | null;
  startedAt: string | null;
  endedAt: string | null;
  durationMs: number | null;
}

export interface RunSummary extends RunInfo {
  counts: Partial<Record<RecordedStatus, number>>;
  parts: number;
  /** Parts still working (no end yet). */
  running: number;
  /** Parts that ended failed (a run error: the master unreachable, the tenants not listed, an interrupt). */
  failedParts: number;
  /** A part ended by SIGINT or SIGTERM (one of the failed parts): the signal's name. */
  interrupted?: { signal: string };
}

/** Creates the tables when missing. A read-only master says so, with the way out. */
export async function ensureRunTables(client: Queryable): Promise<void> {
  const { rows } = await client.query<{ ready: boolean }>(
    `SELECT to_regclass('${RUNS_TABLE}') IS NOT NULL AND to_regclass('${PARTS_TABLE}') IS NOT NULL AND to_regclass('${TARGETS_TABLE}') IS NOT NULL AS ready`,
  );
  if (rows[0].ready) return;
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [CREATE_LOCK_KEY]);
    await client.query(SCHEMA_SQL);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw recordUnavailable(error);
  }
}

/** A master that cannot take the record (read-only, no CREATE right): a clear error before anything runs. */
export function recordUnavailable(error: unknown): TenantMigrateError {
  const pgError = error as { code?: string; message?: string };
  const readOnly = pgError.code === '25006';
  const denied = pgError.code === '42501';
  const why = readOnly
    ? 'the master is read-only'
    : denied
      ? 'the master user may not create or write its tables'
      : 'it could not be written';
  return new TenantMigrateError(
    'RUN_RECORD_UNAVAILABLE',
    `the run record (table ${RUNS_TABLE} on the master) is not available: ${why} (${pgError.message ?? String(error)})`,
    {
      hint: text(
        'run-record.unavailable',
        "run with {option:record=false} to go without one (runs, {option:retryFailed}, {option:runId} and {option:claim} then have nothing to work from), or grant the user CREATE on the master's public schema",
        { option: 'record' },
      ),
    },
  );
}

export interface NewRun {
  id: string;
  command: RunCommand;
  startedBy: string;
  gitCommit?: string;
  retryOf?: string;
  options: Record<string, unknown>;
  /** When the run started, for a run recorded only once it ended (default: now). */
  startedAt?: Date;
}

/**
 * Creates the run, or joins it when another process of the same run id created it first. A run
 * id already used by the other command is refused: two commands never share a record.
 */
export async function joinRun(client: Queryable, run: NewRun, part: string): Promise<RunInfo> {
  await client.query(
    `INSERT INTO ${RUNS_TABLE} (id, command, started_by, git_commit, retry_of, options, started_at)
     VALUES ($1, $2, $3, $4, $5, $6, coalesce($7::timestamptz, now())) ON CONFLICT (id) DO NOTHING`,
    [run.id, run.command, run.startedBy, run.gitCommit ?? null, run.retryOf ?? null, JSON.stringify(run.options), run.startedAt ?? null],
  );
  const info = await readRunInfo(client, run.id);
  if (!info) throw new Error(`internal: run ${run.id} vanished`);
  if (info.command !== run.command) {
    throw new TenantMigrateError('RUN_ID_IN_USE', `run ${run.id} is a ${info.command} run; this is ${run.command}`, {
      hint: text('run-id.in-use', 'give this run its own {option} (or none: a new id is made)', { option: 'runId' }),
    });
  }
  await client.query(
    `INSERT INTO ${PARTS_TABLE} (run_id, part, started_by, started_at) VALUES ($1, $2, $3, coalesce($4::timestamptz, now()))
     ON CONFLICT (run_id, part) DO UPDATE SET started_at = EXCLUDED.started_at, ended_at = NULL, ok = NULL, error = NULL, started_by = EXCLUDED.started_by`,
    [run.id, part, run.startedBy, run.startedAt ?? null],
  );
  return info;
}

export interface PlannedTarget {
  kind: 'master' | 'tenant';
  name: string;
  position: number;
  wave?: string;
  url: string;
  schema?: string;
}

/**
 * This process's targets as pending rows. `takeOver`: a shard (or a single run) that runs again
 * under the same id owns its rows again, but a row another part finished stays as it is (every
 * shard runs the master: the first one's outcome counts); `--claim` workers leave existing rows
 * alone.
 */
export async function addTargets(
  client: Queryable,
  runId: string,
  targets: readonly PlannedTarget[],
  part: string,
  takeOver: boolean,
): Promise<void> {
  const batch = 1000;
  for (let start = 0; start < targets.length; start += batch) {
    const slice = targets.slice(start, start + batch);
    await client.query(
      `INSERT INTO ${TARGETS_TABLE} AS t (run_id, kind, name, position, wave, url, schema, status, part)
       SELECT $1, t.kind, t.name, t.position, t.wave, t.url, t.schema, 'pending', $3
       FROM jsonb_to_recordset($2::jsonb) AS t(kind text, name text, position int, wave text, url text, schema text)
       ON CONFLICT (run_id, kind, name) DO ${
         takeOver
           ? `UPDATE SET status = 'pending', part = EXCLUDED.part, wave = EXCLUDED.wave, position = EXCLUDED.position,
              error = NULL, applied = '[]', from_version = NULL, to_version = NULL, claimed_by = NULL, lease_until = NULL,
              started_at = NULL, ended_at = NULL, duration_ms = NULL
              WHERE t.part = EXCLUDED.part OR t.status IN ('pending', 'running')`
           : 'NOTHING'
       }`,
      [runId, JSON.stringify(slice.map((target) => ({ ...target, wave: target.wave ?? null, schema: target.schema ?? null }))), part],
    );
  }
}

/** Marks targets as running, many in one statement (the recorder groups them). */
export async function markRunning(
  client: Queryable,
  runId: string,
  targets: ReadonlyArray<{ kind: string; name: string }>,
  part: string,
): Promise<void> {
  if (targets.length === 0) return;
  await client.query(
    `UPDATE ${TARGETS_TABLE} AS t SET status = 'running', started_at = now(), part = $3
       FROM jsonb_to_recordset($2::jsonb) AS m(kind text, name text)
     WHERE t.run_id = $1 AND t.kind = m.kind AND t.name = m.name
       AND NOT (t.status IN ('applied', 'up-to-date') AND t.part IS DISTINCT FROM $3)`,
    [runId, JSON.stringify(targets.map(({ kind, name }) => ({ kind, name }))), part],
  );
}

/** Writes finished targets' outcomes, many in one statement (the recorder groups them). */
export async function recordOutcomes(client: Queryable, runId: string, results: readonly TargetResult[], part: string): Promise<void> {
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
    wave: result.wave ?? null,
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
    [runId, JSON.stringify(rows), part],
  );
}

export async function finishPart(client: Queryable, runId: string, part: string, ok: boolean, error?: TargetError): Promise<void> {
  await client.query(`UPDATE ${PARTS_TABLE} SET ended_at = now(), ok = $3, error = $4 WHERE run_id = $1 AND part = $2`, [
    runId,
    part,
    ok,
    error ? JSON.stringify(error) : null,
  ]);
  await client.query(
    `UPDATE ${RUNS_TABLE} SET ended_at = (SELECT CASE WHEN bool_and(ended_at IS NOT NULL) THEN max(ended_at) END FROM ${PARTS_TABLE} WHERE run_id = $1) WHERE id = $1`,
    [runId],
  );
}

/** Tables missing means no run was ever recorded: reads return nothing rather than fail. */
export async function runTablesExist(client: Queryable): Promise<boolean> {
  const { rows } = await client.query<{ ready: boolean }>(
    `SELECT to_regclass('${RUNS_TABLE}') IS NOT NULL AND to_regclass('${TARGETS_TABLE}') IS NOT NULL AS ready`,
  );
  return rows[0].ready;
}

const RUN_COLUMNS = `id, command, started_at, ended_at, started_by, git_commit, retry_of, options`;

interface RunRow {
  id: string;
  command: RunCommand;
  started_at: Date;
  ended_at: Date | null;
  started_by: string | null;
  git_commit: string | null;
  retry_of: string | null;
  options: Record<string, unknown>;
}

function runInfo(row: RunRow): RunInfo {
  return {
    id: row.id,
    command: row.command,
    startedAt: row.started_at.toISOString(),
    endedAt: row.ended_at ? row.ended_at.toISOString() : null,
    startedBy: row.started_by,
    gitCommit: row.git_commit,
    retryOf: row.retry_of,
    options: row.options ?? {},
  };
}

/**
 * The rollout as it was planned (each phase's selection, concurrency and onError, the failure
 * budget) and, once a part saw it, where it stopped: kept with the run's options, so `runs show`
 * says what ran, not a guess from the targets' wave names. The phases' tenant lists are left out
 * (the targets' rows have them).
 */
export async function recordRollout(client: Queryable, runId: string, rollout: { plan?: unknown; stopped?: unknown }): Promise<void> {
  await client.query(`UPDATE ${RUNS_TABLE} SET options = options || $2::jsonb WHERE id = $1`, [
    runId,
    JSON.stringify({ ...(rollout.plan ? { rollout: rollout.plan } : {}), ...(rollout.stopped ? { stopped: rollout.stopped } : {}) }),
  ]);
}

export async function readRunInfo(client: Queryable, id: string): Promise<RunInfo | undefined> {
  const { rows } = await client.query<RunRow>(`SELECT ${RUN_COLUMNS} FROM ${RUNS_TABLE} WHERE id = $1`, [id]);
  return rows[0] ? runInfo(rows[0]) : undefined;
}

/** The newest run of a command (what --retry-failed without an id retries). */
export async function lastRunOf(client: Queryable, command: RunCommand): Promise<RunInfo | undefined> {
  if (!(await runTablesExist(client))) return undefined;
  const { rows } = await client.query<RunRow>(
    `SELECT ${RUN_COLUMNS} FROM ${RUNS_TABLE} WHERE command = $1 ORDER BY started_at DESC, id DESC LIMIT 1`,
    [command],
  );
  return rows[0] ? runInfo(rows[0]) : undefined;
}

export async function listRuns(client: Queryable, limit: number): Promise<RunSummary[]> {
  if (!(await runTablesExist(client))) return [];
  const { rows } = await client.query<
    RunRow & { counts: Record<string, number> | null; parts: number; running: number; failed_parts: number; interrupt: TargetError | null }
  >(
    `SELECT ${RUN_COLUMNS.split(', ')
      .map((column) => `r.${column}`)
      .join(', ')},
       (SELECT jsonb_object_agg(status, n) FROM (SELECT status, count(*)::int AS n FROM ${TARGETS_TABLE} t WHERE t.run_id = r.id GROUP BY status) s) AS counts,
       (SELECT count(*)::int FROM ${PARTS_TABLE} p WHERE p.run_id = r.id) AS parts,
       (SELECT count(*)::int FROM ${PARTS_TABLE} p WHERE p.run_id = r.id AND p.ended_at IS NULL) AS running,
       (SELECT count(*)::int FROM ${PARTS_TABLE} p WHERE p.run_id = r.id AND p.ok = false) AS failed_parts,
       (SELECT p.error FROM ${PARTS_TABLE} p WHERE p.run_id = r.id AND p.ok = false AND p.error->>'code' = 'INTERRUPTED'
         ORDER BY p.ended_at, p.part LIMIT 1) AS interrupt
     FROM ${RUNS_TABLE} r ORDER BY r.started_at DESC, r.id DESC LIMIT $1`,
    [limit],
  );
  return rows.map((row) => ({
    ...runInfo(row),
    counts: row.counts ?? {},
    parts: row.parts,
    running: row.running,
    failedParts: row.failed_parts,
    ...(row.interrupt ? { interrupted: { signal: interruptSignal(row.interrupt) } } : {}),
  }));
}

/**
 * The signal a part's INTERRUPTED error names (`interrupted by SIGINT: ...`, see interruptError),
 * so runs recorded before the record kept anything more read the same.
 */
export function interruptSignal(error: Pick<TargetError, 'message'>): string {
  return /^interrupted by (.+?):/.exec(error.message)?.[1] ?? 'a signal';
}

export async function readRunParts(client: Queryable, id: string): Promise<RunPart[]> {
  const { rows } = await client.query<{
    part: string;
    started_at: Date;
    ended_at: Date | null;
    started_by: string | null;
    ok: boolean | null;
    error: TargetError | null;
  }>(`SELECT part, started_at, ended_at, started_by, ok, error FROM ${PARTS_TABLE} WHERE run_id = $1 ORDER BY started_at, part`, [id]);
  return rows.map((row) => ({
    part: row.part,
    startedAt: row.started_at.toISOString(),
    endedAt: row.ended_at ? row.ended_at.toISOString() : null,
    startedBy: row.started_by,
    ok: row.ok,
    error: row.error,
  }));
}

export async function readRunTargets(client: Queryable, id: string): Promise<RecordedTarget[]> {
  const { rows } = await client.query<{
    kind: 'master' | 'tenant';
    name: string;
    position: number;
    wave: string | null;
    url: string;
    schema: string | null;
    status: RecordedStatus;
    from_version: string | null;
    to_version: string | null;
    applied: TargetResult['applied'];
    error: TargetError | null;
    part: string | null;
    claimed_by: string | null;
    started_at: Date | null;
    ended_at: Date | null;
    duration_ms: number | null;
  }>(
    `SELECT kind, name, position, wave, url, schema, status, from_version::text, to_version::text, applied, error, part, claimed_by,
            started_at, ended_at, duration_ms
     FROM ${TARGETS_TABLE} WHERE run_id = $1 ORDER BY kind = 'tenant', position, name`,
    [id],
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
    durationMs: row.duration_ms,
  }));
}
