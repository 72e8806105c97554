/**
 * One registered tenant brought to the newest version, for an application that migrates a
 * tenant when it needs to (on login, after an add that ran with an older release). The same
 * target runner as `migrate`; the result is that target's row of a fleet report, errors included.
 */
import { performance } from 'node:perf_hooks';
import { TenantMigrateError } from '../errors.js';
import { loadMigrations, timeline } from '../migrations/read-directory.js';
import { connectMaster, type MasterDatabase, masterUrlOf } from './master-connection.js';
import { resolveFleetOptions } from './options.js';
import { runTarget, toTargetError } from './run-target.js';
import { untouchedResult } from './target-result.js';
import { readTenantRecords } from './tenant-registry.js';
import type { FleetOptions, ProgressEvent, TargetResult } from './types.js';

export interface MigrateTenantOptions
  extends Pick<
    FleetOptions,
    | 'connectTimeout'
    | 'lockTimeout'
    | 'statementTimeout'
    | 'lockWait'
    | 'appliedBy'
    | 'allowDrift'
    | 'allowOutOfOrder'
    | 'to'
    | 'tenantsQuery'
  > {
  name: string;
  /** The master: a URL, or the application's pg.Pool (one client is borrowed to read the tenant's row). */
  master: MasterDatabase;
  dir: string;
  onProgress?: (event: ProgressEvent) => void;
}

export async function migrateTenant(options: MigrateTenantOptions): Promise<TargetResult> {
  const started = performance.now();
  let masterUrl: string | undefined;
  try {
    masterUrl = await masterUrlOf(options.master);
    const resolved = resolveFleetOptions({ ...options, masterUrl, target: 'tenants' });
    const master = await connectMaster(options.master, resolved);
    let records: Awaited<ReturnType<typeof readTenantRecords>>;
    try {
      records = await readTenantRecords(master.client, masterUrl, options.tenantsQuery);
    } finally {
      await master.release();
    }
    const record = records.find((candidate) => candidate.name === options.name && candidate.active);
    if (!record) {
      throw new TenantMigrateError('TENANT_NOT_FOUND', `no active tenant is named ${options.name}`, {
        hint: 'tenant-migrate tenant list shows the tenants; tenant add creates one',
      });
    }
    const migrations = timeline((await loadMigrations(options.dir)).migrations, 'tenant');
    return await runTarget({
      target: record.target,
      migrations,
      timeline: 'tenant',
      direction: 'up',
      to: options.to,
      options: resolved,
      onProgress: options.onProgress,
    });
  } catch (error) {
    return untouchedResult(
      { name: options.name, kind: 'tenant', url: masterUrl ?? '' },
      { durationMs: Math.round(performance.now() - started), error: toTargetError(error, masterUrl ? [masterUrl] : []) },
    );
  }
}
