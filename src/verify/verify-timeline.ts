/**
 * One timeline (master, or tenant) on its own ephemeral database: the schema file, then every
 * migration in order, older ones simply applied, the ones under test put through the cycle.
 * When a cycle leaves the database in another state than "applied once" (a DOWN that failed
 * half-way outside a transaction, an UP that cannot re-run), the database is rebuilt from
 * scratch up to that migration, so one broken file does not hide the verdict on the next ones.
 */
import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import { newPgClient } from '../db/pg-client.js';
import type { EphemeralDatabase, EphemeralProvider } from '../ephemeral/provider.js';
import type { Migration, Timeline } from '../migrations/types.js';
import type { MigrationResult, ScopeResult, VerifyFinding } from '../report/verify-model.js';
import { loadSchemaFile } from './load-schema-file.js';
import { verifyMigrationCycle } from './migration-cycle.js';
import { runSection, VERIFY_STATEMENT_TIMEOUT_MS } from './run-section.js';
import { schemaFileHint } from './schema-files.js';

export interface TimelinePlan {
  timeline: Timeline;
  /** The timeline's migrations in order, up to the last one under test. */
  migrations: Migration[];
  /** Paths of the migrations to put through the cycle. */
  underTest: Set<string>;
  /** Findings that make a migration fail before it runs (a syntax error), by path. */
  problems: Map<string, VerifyFinding[]>;
}

export interface TimelineOptions {
  schemaFile?: { path: string; text: string };
  strict?: boolean;
  onMigrationStart?: (migration: Migration) => void;
  onMigrationDone?: (result: MigrationResult) => void;
  onDatabase?: (database: EphemeralDatabase) => void;
}

export async function verifyTimeline(provider: EphemeralProvider, plan: TimelinePlan, options: TimelineOptions = {}): Promise<ScopeResult> {
  const scope: ScopeResult = { timeline: plan.timeline, setupMigrations: 0, setupDurationMs: 0, migrations: [], findings: [] };
  // Without a schema file, a missing relation most likely is one production has: say to pass one.
  const missingRelationHint: RelationHint | undefined = options.schemaFile
    ? undefined
    : (sqlState) => schemaFileHint(plan.timeline, sqlState);
  let session = await openSession(provider, plan.timeline, options);
  try {
    const setupStart = performance.now();
    const loaded = await prepare(session.client, session.database, [], options);
    if (loaded) {
      scope.findings.push(loaded);
      skipRest(scope, plan, 0, 'the schema file failed to load');
      return scope;
    }
    let setupDone = false;
    for (const [index, migration] of plan.migrations.entries()) {
      if (!plan.underTest.has(migration.path)) {
        const failure = plan.problems.get(migration.path)?.[0] ?? (await applyOnce(session.client, migration, missingRelationHint));
        if (!setupDone) scope.setupMigrations++;
        if (failure) {
          scope.findings.push({
            ...failure,
            code: 'setup-failed',
            message: `applying ${migration.name} before the migrations under test failed: ${failure.message}`,
          });
          skipRest(scope, plan, index + 1, `${migration.name} could not be applied`);
          return scope;
        }
        continue;
      }
      if (!setupDone) {
        setupDone = true;
        scope.setupDurationMs = performance.now() - setupStart;
      }
      options.onMigrationStart?.(migration);
      const problems = plan.problems.get(migration.path);
      if (problems) {
        const result = unrunnable(migration, problems);
        scope.migrations.push(result);
        options.onMigrationDone?.(result);
        skipRest(scope, plan, index + 1, `${migration.name} has errors`);
        return scope;
      }
      const outcome = await verifyMigrationCycle(session.client, migration, {
        strict: options.strict,
        missingRelationHint,
        schemaFileLoaded: Boolean(options.schemaFile),
      });
      scope.migrations.push(outcome.result);
      options.onMigrationDone?.(outcome.result);
      if (outcome.upFailed) {
        skipRest(scope, plan, index + 1, `${migration.name} failed to apply`);
        return scope;
      }
      if (!outcome.intact) {
        await session.close();
        session = await openSession(provider, plan.timeline, options);
        const rebuilt = await prepare(session.client, session.database, plan.migrations.slice(0, index + 1), options);
        if (rebuilt) {
          scope.findings.push({ ...rebuilt, message: `rebuilding the database after ${migration.name} failed: ${rebuilt.message}` });
          skipRest(scope, plan, index + 1, `the database could not be rebuilt after ${migration.name}`);
          return scope;
        }
      }
    }
    if (!setupDone) scope.setupDurationMs = performance.now() - setupStart;
    return scope;
  } finally {
    await session.close();
  }
}

export { VERIFY_STATEMENT_TIMEOUT_MS };

interface Session {
  database: EphemeralDatabase;
  client: pg.Client;
  close(): Promise<void>;
}

async function openSession(provider: EphemeralProvider, timeline: Timeline, options: TimelineOptions): Promise<Session> {
  const database = await provider.createDatabase(timeline);
  options.onDatabase?.(database);
  const client = newPgClient({
    connectionString: database.url,
    application_name: 'tenant-migrate verify',
    connectionTimeoutMillis: 15_000,
    // Nothing else uses a throwaway database, so a statement that runs this long is stuck (a
    // pg_sleep left in, a runaway data migration): fail it with PostgreSQL's own message
    // instead of leaving the pull request check hanging until the job's timeout.
    statement_timeout: VERIFY_STATEMENT_TIMEOUT_MS,
  });
  try {
    await client.connect();
  } catch (error) {
    await database.drop();
    throw error;
  }
  // A statement error must not kill the process through an unhandled 'error' event while the server drops the database.
  client.on('error', () => undefined);
  return {
    database,
    client,
    async close() {
      await client.end().catch(() => undefined);
      await database.drop();
    },
  };
}

/** The schema file, then `migrations` applied once each; the first failure as a finding. */
async function prepare(
  client: pg.Client,
  database: EphemeralDatabase,
  migrations: Migration[],
  options: TimelineOptions,
): Promise<VerifyFinding | undefined> {
  if (options.schemaFile) {
    try {
      await loadSchemaFile(database.url, options.schemaFile.path, options.schemaFile.text);
    } catch (error) {
      const location = (error as { location?: { file: string; line?: number; column?: number } }).location;
      return {
        code: 'setup-failed',
        severity: 'error',
        message: (error as Error).message,
        file: location?.file ?? options.schemaFile.path,
        line: location?.line,
        column: location?.column,
      };
    }
  }
  for (const migration of migrations) {
    const failure = await applyOnce(client, migration);
    if (failure) return failure;
  }
  return undefined;
}

type RelationHint = (sqlState: string | undefined) => Pick<VerifyFinding, 'hint' | 'hintText'>;

async function applyOnce(client: pg.Client, migration: Migration, missingRelationHint?: RelationHint): Promise<VerifyFinding | undefined> {
  const run = await runSection(client, migration, migration.up);
  if (!run.failure) return undefined;
  const { message, file, line, column } = run.failure;
  return { code: 'setup-failed', severity: 'error', message, file, line, column, ...missingRelationHint?.(run.failure.sqlState) };
}

function unrunnable(migration: Migration, findings: VerifyFinding[]): MigrationResult {
  return {
    path: migration.path,
    version: migration.version,
    name: migration.name,
    status: 'failed',
    durationMs: 0,
    reversible: null,
    idempotent: null,
    transaction: migration.transaction,
    statements: [],
    findings,
  };
}

function skipRest(scope: ScopeResult, plan: TimelinePlan, from: number, why: string): void {
  for (const migration of plan.migrations.slice(from)) {
    if (!plan.underTest.has(migration.path)) continue;
    scope.migrations.push({
      ...unrunnable(migration, [
        { code: 'skipped', severity: 'info', message: `not run: ${why} earlier in the ${plan.timeline} timeline`, file: migration.path },
      ]),
      status: 'skipped',
    });
  }
}
