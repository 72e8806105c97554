/**
 * migrate and rollback across the fleet. migrate: the master first (when it fails, no tenant is
 * touched), then every selected tenant in a bounded pool. rollback reverses that order: the
 * tenants, then the master unless a tenant failed. Every tenant is tried; the report lists each
 * target's outcome and `ok` is false when any failed.
 */
import { performance } from 'node:perf_hooks';
import { databaseOf, maskUrl } from '../db/connection-url.js';
import { type ErrorCode, TenantMigrateError } from '../errors.js';
import { invalidOption, text } from '../messages.js';
import { loadMigrations, timeline } from '../migrations/read-directory.js';
import type { Migration } from '../migrations/types.js';
import type { RolloutReport, RolloutStop } from '../report/rollout-model.js';
import { runCreatingMissingSchema } from './create-missing.js';
import { type LedgerSnapshot, readLedgerSnapshots, type SnapshotOutcome } from './ledger-snapshots.js';
import { type ResolvedFleetOptions, resolveFleetOptions } from './options.js';
import { checkRolloutOptions, type FleetRollout, hasRollout, planFleetRollout } from './rollout.js';
import { runPhases } from './run-phases.js';
import { runTarget, toTargetError } from './run-target.js';
import { runScheduled } from './scheduler.js';
import type { SessionPool } from './session-pool.js';
import { formatShard } from './shard.js';
import { createSessionPool } from './target-session.js';
import { runTemplateJob, templateTargets } from './tenant-template.js';
import { type DiscoveredTenants, discoverTenants } from './tenants.js';
import type { FleetOptions, FleetReport, RollbackOptions, Target, TargetResult } from './types.js';

export function migrateFleet(options: FleetOptions): Promise<FleetReport> {
  return runFleet('migrate', options);
}

export async function rollbackFleet(options: RollbackOptions): Promise<FleetReport> {
  if (options.to !== undefined && options.steps !== undefined) {
    throw new TenantMigrateError('BAD_OPTION', text('rollback.to-or-steps', 'rollback takes {option:to} or {option:steps}, not both'));
  }
  if (options.steps !== undefined && (!Number.isInteger(options.steps) || options.steps < 1)) {
    throw new TenantMigrateError('BAD_OPTION', invalidOption('steps', options.steps, 'a whole number of at least 1'));
  }
  return runFleet('rollback', options);
}

async function runFleet(command: 'migrate' | 'rollback', raw: RollbackOptions): Promise<FleetReport> {
  const options = resolveFleetOptions(raw);
  checkRolloutOptions(raw);
  const pool = createSessionPool(options);
  try {
    return await runFleetWith(command, raw, options, pool);
  } finally {
    await pool.close();
  }
}

async function runFleetWith(
  command: 'migrate' | 'rollback',
  raw: RollbackOptions,
  options: ResolvedFleetOptions,
  pool: SessionPool,
): Promise<FleetReport> {
  const started = performance.now();
  const staged = hasRollout(raw);
  const set = await loadMigrations(options.dir);
  const masterMigrations = timeline(set.migrations, 'master');
  const tenantMigrations = timeline(set.migrations, 'tenant');
  const direction: 'up' | 'down' = command === 'migrate' ? 'up' : 'down';
  const results: TargetResult[] = [];
  let done = 0;
  let failed = 0;
  let total = options.target === 'tenants' ? 0 : 1;
  const progress = raw.onProgress;
  let runError: FleetReport['error'];
  let inactive: number | undefined;
  let rollout: FleetRollout | undefined;
  let stopped: RolloutStop | undefined;
  const report = (): FleetReport => ({
    command,
    ok: results.every((result) => result.status !== 'failed' && result.status !== 'skipped') && !runError,
    dryRun: options.dryRun,
    durationMs: Math.round(performance.now() - started),
    ...(options.shard ? { shard: formatShard(options.shard) } : {}),
    targets: results,
    ...(inactive ? { inactiveTenants: inactive } : {}),
    ...(runError ? { error: runError } : {}),
    ...(rollout ? { rollout: { ...rollout.plan, ...(stopped ? { stopped } : {}) } satisfies RolloutReport } : {}),
  });

  const run = async (target: Target, migrations: Migration[], which: 'master' | 'tenant', snapshot?: LedgerSnapshot) => {
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
      onProgress: progress,
    };
    // A retry after --create-missing made the schema reads the ledger anew: the snapshot predates it.
    const once = (retry = false) => runTarget(retry ? { ...job, snapshot: undefined } : job);
    return finished(raw.createMissing && which === 'tenant' ? await runCreatingMissingSchema(target, options, once) : await once());
  };
  const finished = (result: TargetResult) => {
    done++;
    if (result.status === 'failed') failed++;
    progress?.({ type: 'target-done', result, done, total, failed });
    return result;
  };
  // The template database tenant add copies is kept in step as one more target, beside the tenants.
  const templates = options.target === 'master' ? [] : await templateTargets(options, raw.templateDatabase);
  total += templates.length;
  const runTemplate = async (template: Target) => {
    const database = databaseOf(template.url);
    const job = {
      target: template,
      migrations: tenantMigrations,
      timeline: 'tenant' as const,
      direction,
      to: raw.to,
      steps: raw.steps,
      options,
      onProgress: progress,
    };
    return finished(await runTemplateJob(job, database));
  };
  // The tenants run phase by phase (canary, waves); without a rollout plan they are one phase.
  const snapshots = new Map<Target, SnapshotOutcome>();
  const runTenants = async (tenants: Target[]): Promise<TargetResult[]> => {
    const work = rollout?.work ?? [
      { phase: { name: 'rest', role: 'rest' as const, selection: '', tenants: [], onError: 'continue' as const }, targets: tenants },
    ];
    const outcome = await runPhases(work, {
      concurrency: options.concurrency,
      schedule: async (targets, concurrency, each) => {
        // Schema tenants sharing a database: their ledgers are read in batches first, phase by phase.
        for (const [target, outcome] of await readLedgerSnapshots(sharingADatabase(targets), () => tenantMigrations, {
          sessions: pool,
          concurrency,
        })) {
          snapshots.set(target, outcome);
        }
        return runScheduled(targets, { concurrency, pool }, each);
      },
      budget: rollout?.plan.budget,
      run: (tenant) => run(tenant, tenantMigrations, 'tenant', snapshots.get(tenant)?.snapshot),
      skip: (tenant, stop) => finished(skipped(tenant, stop.code, stop.message)),
    });
    stopped = outcome.stopped;
    // The template follows the tenants: after the last wave, and not when the rollout stopped.
    const ofTemplates = await Promise.all(
      templates.map((template) => (stopped ? finished(skipped(template, stopped.code, stopped.message)) : runTemplate(template))),
    );
    // Without a plan the report stays as it always was: no wave per target.
    const ofTenants = rollout ? outcome.results : outcome.results.map(({ wave: _wave, ...result }) => result);
    return [...ofTenants, ...ofTemplates];
  };
  const master: Target = { name: 'master', kind: 'master', url: options.masterUrl };
  // With a rollout plan the whole selection is listed (the canary and share waves are picked
  // fleet-wide) and the plan keeps this shard's part.
  const discover = () => discoverTenants(staged ? { ...options, shard: undefined } : options);
  const found = async (discovered: DiscoveredTenants) => {
    inactive = discovered.inactive;
    let tenants = discovered.tenants;
    if (staged) {
      rollout = await planFleetRollout(tenants, raw, options);
      tenants = rollout.work.flatMap((part) => part.targets);
    }
    total += tenants.length;
    raw.onTargets?.(tenants);
    progress?.({ type: 'total', total });
    return tenants;
  };

  // Tenants are listed before anything runs, so a wrong --tenant or query changes nothing. On a
  // fleet's first deploy the tenants table may come from a master migration: list them after it.
  let tenants: Target[] | undefined;
  if (options.target !== 'master') {
    try {
      tenants = await found(await discover());
    } catch (error) {
      const deferred =
        command === 'migrate' && options.target === 'all' && error instanceof TenantMigrateError && error.code === 'TENANTS_TABLE_MISSING';
      if (!deferred) throw error;
    }
  }
  if (!tenants) progress?.({ type: 'total', total });

  if (command === 'rollback') {
    // Undo reverses the deploy: the tenants first (their objects may depend on the master's),
    // then the master, and only when every tenant rolled back.
    if (tenants) results.push(...(await runTenants(tenants)));
    if (options.target === 'tenants') return report();
    const tenantFailures = results.filter((result) => result.status === 'failed').length;
    const notTried = results.filter((result) => result.status === 'skipped').length;
    if (tenantFailures + notTried > 0) {
      const why = [tenantFailures ? `${tenantFailures} tenant(s) failed` : '', notTried ? `${notTried} tenant(s) were not tried` : '']
        .filter(Boolean)
        .join(' and ');
      results.push(skipped(master, 'TENANTS_FAILED', `not rolled back: ${why}, and their data may still depend on the master's`));
      done++;
      progress?.({ type: 'target-done', result: results[results.length - 1], done, total, failed });
      return report();
    }
    pool.expect([master]);
    results.push(await run(master, masterMigrations, 'master'));
    return report();
  }

  if (options.target !== 'tenants') {
    pool.expect([master]);
    const masterResult = await run(master, masterMigrations, 'master');
    results.push(masterResult);
    if (masterResult.status === 'failed') {
      for (const tenant of tenants ?? []) {
        results.push(skipped(tenant, 'MASTER_FAILED', 'not tried: the master failed, so no tenant was touched'));
      }
      return report();
    }
  }
  if (options.target === 'master') return report();
  if (!tenants) {
    try {
      tenants = await found(await discover());
    } catch (error) {
      runError = toTargetError(error, [options.masterUrl]);
      return report();
    }
  }
  results.push(...(await runTenants(tenants)));
  return report();
}

/** The targets that share their database with another target. Pure. */
function sharingADatabase(targets: readonly Target[]): Target[] {
  const counts = new Map<string, number>();
  for (const target of targets) counts.set(target.url, (counts.get(target.url) ?? 0) + 1);
  return targets.filter((target) => !target.invalid && (counts.get(target.url) ?? 0) > 1);
}

function skipped(target: Target, code: ErrorCode, message: string): TargetResult {
  return {
    name: target.name,
    kind: target.kind,
    url: target.url ? maskUrl(target.url) : '',
    ...(target.schema ? { schema: target.schema } : {}),
    status: 'skipped',
    fromVersion: null,
    toVersion: null,
    applied: [],
    durationMs: 0,
    error: { code, message },
  };
}
