/**
 * `verifyMigrations`: what a pull request check runs. Reads the migrations, picks the ones under
 * test (all, or those added or modified since a git ref), brings up throwaway databases shaped
 * like the master and like a tenant, runs every migration under test through the
 * UP / DOWN / UP / UP cycle and returns the report. Everything it creates is gone when it returns,
 * whether it succeeded, failed, or the process got SIGINT or SIGTERM.
 */
import { performance } from 'node:perf_hooks';
import { holdSignal, type Interruption, interruption } from '../ephemeral/cleanup-on-signal.js';
import { openEphemeral } from '../ephemeral/open-ephemeral.js';
import type { EphemeralEvent, ProviderChoice } from '../ephemeral/provider.js';
import { EPHEMERAL_DATABASE_PREFIX } from '../ephemeral/server-provider.js';
import { TenantMigrateError } from '../errors.js';
import { changedSince } from '../migrations/git-base.js';
import { readMigrations, timeline } from '../migrations/read-directory.js';
import type { Migration, MigrationProblem, Timeline } from '../migrations/types.js';
import type { MigrationResult, ScopeResult, VerifyFinding, VerifyReport } from '../report/verify-model.js';
import { shortRef } from '../short-sha.js';
import { loadParser } from '../sql/parser.js';
import { readSchemaFile } from './load-schema-file.js';
import { type SchemaFileOption, type SchemaFiles, schemaFilesFrom } from './schema-files.js';
import { type TimelinePlan, verifyTimeline } from './verify-timeline.js';

export interface VerifyOptions {
  /** The migrations directory. */
  dir: string;
  /** Where the throwaway databases come from; default `auto`. */
  ephemeral?: ProviderChoice;
  /** A server to create the databases on (the `server` provider; `auto` picks it when given). */
  ephemeralUrl?: string;
  /** Image for the `docker` provider; default `postgres:18`. */
  postgresImage?: string;
  /**
   * A `pg_dump --schema-only` loaded into each database first: one path for every timeline, or
   * entries `master=PATH` and `tenant=PATH` (`host=` is master) for a dump per timeline.
   */
  schemaFile?: SchemaFileOption;
  /** Test only the migrations added or modified since this git ref; the older ones are applied first. */
  base?: string;
  /** `not-idempotent` and `no-down` findings are errors instead of warnings. */
  strict?: boolean;
  onProgress?: (event: VerifyEvent) => void;
}

export type VerifyEvent =
  | EphemeralEvent
  | { type: 'provider-chosen'; provider: string; reason: string }
  | { type: 'plan'; timelines: Array<{ timeline: Timeline; underTest: number; setup: number }> }
  | { type: 'timeline-start'; timeline: Timeline }
  | { type: 'migration-start'; timeline: Timeline; path: string; name: string }
  | { type: 'migration-done'; timeline: Timeline; result: MigrationResult }
  | { type: 'timeline-done'; timeline: Timeline; result: ScopeResult };

const TIMELINES: Timeline[] = ['master', 'tenant'];

export async function verifyMigrations(options: VerifyOptions): Promise<VerifyReport> {
  // Ctrl-C drops the databases under the running statement, which then fails with whatever the
  // driver says ("Connection terminated unexpectedly"): the signal is what to report instead.
  const release = holdSignal();
  try {
    let report: VerifyReport | undefined;
    let failure: unknown;
    try {
      report = await runVerify(options);
    } catch (error) {
      failure = error;
    }
    const interrupted = interruption();
    if (interrupted) throw await interruptedError(interrupted);
    if (report === undefined) throw failure;
    return report;
  } finally {
    release();
  }
}

async function interruptedError(interrupted: Interruption): Promise<TenantMigrateError> {
  const cleaned = await interrupted.cleaned;
  if (cleaned) return new TenantMigrateError('INTERRUPTED', `interrupted by ${interrupted.signal}: every throwaway database was dropped`);
  return new TenantMigrateError('INTERRUPTED', `interrupted by ${interrupted.signal}: cleaning up did not finish`, {
    hint: `a throwaway database may be left behind: their names start with ${EPHEMERAL_DATABASE_PREFIX}`,
  });
}

async function runVerify(options: VerifyOptions): Promise<VerifyReport> {
  const start = performance.now();
  const emit = options.onProgress ?? (() => undefined);
  await loadParser();
  const set = await readMigrations(options.dir);
  const schemaFiles = await readSchemaFiles(schemaFilesFrom(options.schemaFile));
  const findings: VerifyFinding[] = [];
  const problems = problemsByPath(set.migrations, set.problems, findings);

  let underTest = set.migrations;
  if (options.base) {
    const changes = await changedSince(set.migrations, options.dir, options.base);
    underTest = [...changes.added, ...changes.modified];
    if (changes.note) findings.push({ code: 'base-without-merge-base', severity: 'info', message: changes.note });
    for (const { migration, from } of changes.renamed) {
      findings.push({
        code: 'renamed-migration',
        severity: 'info',
        message: `${from.path} on ${shortRef(options.base)} is renamed (now ${migration.path}), with the same version and SQL: the same migration to the databases that applied it, so it is not verified again`,
        file: migration.path,
      });
    }
    for (const deleted of changes.deleted) {
      findings.push({
        code: 'deleted-migration',
        severity: 'warning',
        message: `${deleted.path} exists on ${shortRef(options.base)} but was deleted: databases that applied it keep its changes`,
        file: deleted.path,
      });
    }
  }
  const plans = planTimelines(set.migrations, new Set(underTest.map((migration) => migration.path)), problems);
  emit({
    type: 'plan',
    timelines: plans.map((plan) => ({
      timeline: plan.timeline,
      underTest: plan.migrations.filter((migration) => plan.underTest.has(migration.path)).length,
      setup: plan.migrations.filter((migration) => !plan.underTest.has(migration.path)).length,
    })),
  });

  const report: VerifyReport = {
    ok: true,
    provider: 'none',
    providerDetail: 'no migration to verify: no database was started',
    durationMs: 0,
    strict: options.strict === true,
    base: options.base,
    scopes: [],
    findings,
  };
  if (plans.length > 0) {
    const provider = await openEphemeral({
      provider: options.ephemeral,
      url: options.ephemeralUrl,
      image: options.postgresImage,
      onEvent: emit,
    });
    report.provider = provider.name;
    report.providerDetail = provider.reason === 'asked for' ? provider.description : `${provider.description}; ${provider.reason}`;
    emit({ type: 'provider-chosen', provider: provider.name, reason: provider.reason });
    try {
      for (const plan of plans) {
        emit({ type: 'timeline-start', timeline: plan.timeline });
        const schemaFile = schemaFiles[plan.timeline];
        const scope = await verifyTimeline(provider, plan, {
          schemaFile,
          strict: options.strict,
          onMigrationStart: (migration) =>
            emit({ type: 'migration-start', timeline: plan.timeline, path: migration.path, name: migration.name }),
          onMigrationDone: (result) => emit({ type: 'migration-done', timeline: plan.timeline, result }),
        });
        report.scopes.push(scope);
        emit({ type: 'timeline-done', timeline: plan.timeline, result: scope });
      }
    } finally {
      await provider.close();
    }
  }
  report.durationMs = performance.now() - start;
  report.ok = !hasErrors(report);
  return report;
}

/** Each timeline's schema file read once (one file may serve both). */
async function readSchemaFiles(files: SchemaFiles): Promise<Partial<Record<Timeline, { path: string; text: string }>>> {
  const texts = new Map<string, Promise<string>>();
  const read: Partial<Record<Timeline, { path: string; text: string }>> = {};
  for (const timeline of TIMELINES) {
    const path = files[timeline];
    if (path === undefined) continue;
    if (!texts.has(path)) texts.set(path, readSchemaFile(path));
    read[timeline] = { path, text: await (texts.get(path) as Promise<string>) };
  }
  return read;
}

/** Per timeline: its migrations up to the last one under test; timelines with nothing under test are left out. */
export function planTimelines(
  migrations: readonly Migration[],
  underTest: Set<string>,
  problems: Map<string, VerifyFinding[]>,
): TimelinePlan[] {
  const plans: TimelinePlan[] = [];
  for (const which of TIMELINES) {
    const ordered = timeline(migrations, which);
    let last = -1;
    ordered.forEach((migration, index) => {
      if (underTest.has(migration.path)) last = index;
    });
    if (last === -1) continue;
    plans.push({ timeline: which, migrations: ordered.slice(0, last + 1), underTest, problems });
  }
  return plans;
}

/** Reading problems as findings: on their migration when there is one (it then fails without running), else on the report. */
function problemsByPath(
  migrations: readonly Migration[],
  problems: readonly MigrationProblem[],
  unattached: VerifyFinding[],
): Map<string, VerifyFinding[]> {
  const known = new Set(migrations.map((migration) => migration.path));
  const byPath = new Map<string, VerifyFinding[]>();
  for (const problem of problems) {
    const finding: VerifyFinding = {
      code: problem.code === 'SQL_SYNTAX' ? 'syntax-error' : 'invalid-file',
      severity: 'error',
      message: problem.hint && problem.code !== 'SQL_SYNTAX' ? `${problem.message} (${problem.hint})` : problem.message,
      file: problem.path,
      line: problem.line,
      column: problem.column,
    };
    if (!known.has(problem.path)) {
      unattached.push(finding);
      continue;
    }
    const list = byPath.get(problem.path) ?? [];
    list.push(finding);
    byPath.set(problem.path, list);
  }
  return byPath;
}

function hasErrors(report: VerifyReport): boolean {
  const all = [
    ...report.findings,
    ...report.scopes.flatMap((scope) => [...scope.findings, ...scope.migrations.flatMap((m) => m.findings)]),
  ];
  return (
    all.some((finding) => finding.severity === 'error') ||
    report.scopes.some((scope) => scope.migrations.some((m) => m.status === 'failed' || m.status === 'skipped'))
  );
}
