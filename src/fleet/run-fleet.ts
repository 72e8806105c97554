/**
 * migrate and rollback across the fleet: the master first (when it fails, no tenant is
 * touched), then every selected tenant in a bounded pool. Every tenant is tried; the report
 * lists each target's outcome and `ok` is false when any failed.
 */
import { performance } from 'node:perf_hooks';
import { maskUrl } from '../db/connection-url.js';
import { TenantMigrateError } from '../errors.js';
import { loadMigrations, timeline } from '../migrations/read-directory.js';
import type { Migration } from '../migrations/types.js';
import { resolveFleetOptions } from './options.js';
import { runPool } from './pool.js';
import { runTarget, toTargetError } from './run-target.js';
import { formatShard } from './shard.js';
import { discoverTenants } from './tenants.js';
import type { FleetOptions, FleetReport, RollbackOptions, Target, TargetResult } from './types.js';

export function migrateFleet(options: FleetOptions): Promise<FleetReport> {
  return runFleet('migrate', options);
}

export async function rollbackFleet(options: RollbackOptions): Promise<FleetReport> {
  if (options.to !== undefined && options.steps !== undefined) {
    throw new TenantMigrateError('BAD_OPTION', 'rollback takes --to VERSION or --steps N, not both');
  }
  if (options.steps !== undefined && (!Number.isInteger(options.steps) || options.steps < 1)) {
    throw new TenantMigrateError('BAD_OPTION', `--steps must be a whole number of at least 1, not ${options.steps}`);
  }
  return runFleet('rollback', options);
}

async function runFleet(command: 'migrate' | 'rollback', raw: RollbackOptions): Promise<FleetReport> {
  const started = performance.now();
  const options = resolveFleetOptions(raw);
  const set = await loadMigrations(options.dir);
  const masterMigrations = timeline(set.migrations, 'master');
  const tenantMigrations = timeline(set.migrations, 'tenant');
  const direction = command === 'migrate' ? 'up' : 'down';
  const results: TargetResult[] = [];
  let done = 0;
  let failed = 0;
  let total = options.target === 'tenants' ? 0 : 1;
  const progress = raw.onProgress;
  let runError: FleetReport['error'];
  const report = (): FleetReport => ({
    command,
    ok: results.every((result) => result.status !== 'failed' && result.status !== 'skipped') && !runError,
    dryRun: options.dryRun,
    durationMs: Math.round(performance.now() - started),
    ...(options.shard ? { shard: formatShard(options.shard) } : {}),
    targets: results,
    ...(runError ? { error: runError } : {}),
  });

  const run = async (target: Target, migrations: Migration[], which: 'master' | 'tenant') => {
    const result = await runTarget({
      target,
      migrations,
      timeline: which,
      direction,
      to: raw.to,
      steps: raw.steps,
      options,
      onProgress: progress,
    });
    done++;
    if (result.status === 'failed') failed++;
    progress?.({ type: 'target-done', result, done, total, failed });
    return result;
  };

  // Tenants are listed before anything runs, so a wrong --tenant or query changes nothing. On a
  // fleet's first deploy the tenants table may come from a master migration: list them after it.
  let tenants: Target[] | undefined;
  if (options.target !== 'master') {
    try {
      tenants = await discoverTenants(options);
    } catch (error) {
      const deferred = options.target === 'all' && error instanceof TenantMigrateError && error.code === 'TENANTS_TABLE_MISSING';
      if (!deferred) throw error;
    }
  }
  if (tenants) {
    total += tenants.length;
    raw.onTargets?.(tenants);
  }
  progress?.({ type: 'total', total });

  if (options.target !== 'tenants') {
    const master = await run({ name: 'master', kind: 'master', url: options.masterUrl }, masterMigrations, 'master');
    results.push(master);
    if (master.status === 'failed') {
      for (const tenant of tenants ?? []) results.push(skipped(tenant));
      return report();
    }
  }
  if (options.target === 'master') return report();
  if (!tenants) {
    try {
      tenants = await discoverTenants(options);
      raw.onTargets?.(tenants);
      total += tenants.length;
      progress?.({ type: 'total', total });
    } catch (error) {
      runError = toTargetError(error, [options.masterUrl]);
      return report();
    }
  }
  results.push(...(await runPool(tenants, options.concurrency, (tenant) => run(tenant, tenantMigrations, 'tenant'))));
  return report();
}

function skipped(tenant: Target): TargetResult {
  return {
    name: tenant.name,
    kind: 'tenant',
    url: tenant.url ? maskUrl(tenant.url) : '',
    ...(tenant.schema ? { schema: tenant.schema } : {}),
    status: 'skipped',
    fromVersion: null,
    toVersion: null,
    applied: [],
    durationMs: 0,
    error: { code: 'MASTER_FAILED', message: 'not tried: the master failed, so no tenant was touched' },
  };
}
