/**
 * The template database of a database-per-tenant fleet: a database beside the master, kept at
 * the newest tenant version, that `tenant add --template` copies with CREATE DATABASE ...
 * TEMPLATE (a file copy: milliseconds, however many migrations it took).
 *
 * Who may touch it, through one lock on the master keyed on its name: a refresh (and `migrate`,
 * which keeps it current as one more target) holds it exclusively while it migrates the
 * template; a clone holds it shared. So a clone never copies a template mid-migration, and any
 * tenant-migrate session still on the template while a clone holds the lock is a leftover that
 * may be ended. CREATE DATABASE refuses a template with other sessions (it waits 5 s for them
 * first); sessions of other programs are reported, never ended.
 */
import { performance } from 'node:perf_hooks';
import { databaseOf, withDatabase } from '../db/connection-url.js';
import { createDatabase, databaseExists, describeSession, sessionsOn, terminateSessions } from '../db/database-admin.js';
import {
  provisioningLockHolder,
  releaseProvisioningLock,
  releaseProvisioningLockShared,
  tryProvisioningLockShared,
  waitProvisioningLock,
} from '../db/provisioning-lock.js';
import { APPLICATION_NAME } from '../db/session.js';
import { hintFields, text } from '../messages.js';
import { loadMigrations, type MigrationSet, timeline } from '../migrations/read-directory.js';
import type { Migration } from '../migrations/types.js';
import { connectMaster, type MasterClient, type MasterDatabase, masterUrlOf } from './master-connection.js';
import { migrateNewTarget } from './migrate-new-target.js';
import { type ResolvedFleetOptions, resolveFleetOptions } from './options.js';
import { runTarget, type TargetJob, toTargetError } from './run-target.js';
import { untouchedResult } from './target-result.js';
import { defaultTemplateDatabase } from './tenant-names.js';
import type { FleetOptions, ProgressEvent, Target, TargetResult } from './types.js';

/** The tenant timeline of a directory, or of a set loaded before. */
export async function tenantTimeline(dir: string | MigrationSet): Promise<Migration[]> {
  return timeline((typeof dir === 'string' ? await loadMigrations(dir) : dir).migrations, 'tenant');
}

export function dirOf(dir: string | MigrationSet): string {
  return typeof dir === 'string' ? dir : dir.dir;
}

const lockSubject = (database: string) => `template:${database}`;

export function templateDatabaseName(masterUrl: string, templateDatabase?: string): string {
  return templateDatabase ?? defaultTemplateDatabase(databaseOf(masterUrl));
}

/** The template as a fleet target: reports name it `template <database>`. */
export function templateTarget(masterUrl: string, database: string): Target {
  return { name: `template ${database}`, kind: 'tenant', url: withDatabase(masterUrl, database) };
}

/**
 * For migrate and rollback: the template as one more target when it exists and the run covers
 * every tenant (no --tenant list; with --shard, the first share only).
 */
export async function templateTargets(options: ResolvedFleetOptions, templateDatabase?: string): Promise<Target[]> {
  if (options.tenants || (options.shard && options.shard.index !== 1)) return [];
  const database = templateDatabaseName(options.masterUrl, templateDatabase);
  let master: MasterClient | undefined;
  try {
    master = await connectMaster(options.masterUrl, options);
    return (await databaseExists(master.client, database)) ? [templateTarget(options.masterUrl, database)] : [];
  } catch {
    // An unreachable master fails as the master target, with its own message; no template then.
    return [];
  } finally {
    await master?.release();
  }
}

/** Runs a job on the template holding the template's lock, so no clone copies it half migrated. */
export async function runTemplateJob(job: TargetJob, database: string, master?: MasterClient): Promise<TargetResult> {
  const own = master ?? (await connectMaster(job.options.masterUrl, job.options));
  try {
    if (!(await waitProvisioningLock(own.client, lockSubject(database), job.options.lockWaitMs))) {
      return await busyResult(own, job.target, database, job.options.lockWaitMs);
    }
    try {
      return await (job.direction === 'up' ? migrateNewTarget(job) : runTarget(job));
    } finally {
      await releaseProvisioningLock(own.client, lockSubject(database));
    }
  } finally {
    if (!master) await own.release();
  }
}

export interface TemplateRefreshOptions
  extends Pick<FleetOptions, 'connectTimeout' | 'lockTimeout' | 'statementTimeout' | 'lockWait' | 'appliedBy'> {
  /** The master: a URL or the application's pg.Pool. The template lives on its server. */
  master: MasterDatabase;
  /** The migrations directory, or what loadMigrations(dir) returned. */
  dir: string | MigrationSet;
  /** Default: `<master database>_tenant_template`. */
  templateDatabase?: string;
  onProgress?: (event: ProgressEvent) => void;
}

export interface TemplateRefreshResult {
  ok: boolean;
  database: string;
  /** True when this refresh created the template database. */
  created: boolean;
  /** The template as a migrated target (masked URL, versions, what ran). */
  target: TargetResult;
  durationMs: number;
}

/** Creates the template database when it is missing and brings it to the newest tenant version. */
export async function refreshTemplate(options: TemplateRefreshOptions): Promise<TemplateRefreshResult> {
  const masterUrl = await masterUrlOf(options.master);
  const resolved = resolveFleetOptions({ ...options, dir: dirOf(options.dir), masterUrl, target: 'tenants' });
  const master = await connectMaster(options.master, resolved);
  try {
    return await refreshTemplateOn(master, resolved, options);
  } finally {
    await master.release();
  }
}

/**
 * The refresh on a master session the caller holds (tenant add reuses its own: an application
 * pool of one connection must not wait for a second). The template is created under its lock,
 * so no clone copies it empty.
 */
export async function refreshTemplateOn(
  master: MasterClient,
  resolved: ResolvedFleetOptions,
  options: Pick<TemplateRefreshOptions, 'dir' | 'templateDatabase' | 'onProgress'>,
): Promise<TemplateRefreshResult> {
  const started = performance.now();
  const database = templateDatabaseName(master.url, options.templateDatabase);
  const target = templateTarget(master.url, database);
  const subject = lockSubject(database);
  let created = false;
  let locked = false;
  try {
    const migrations = await tenantTimeline(options.dir);
    locked = await waitProvisioningLock(master.client, subject, resolved.lockWaitMs);
    if (!locked)
      return {
        ok: false,
        database,
        created,
        target: await busyResult(master, target, database, resolved.lockWaitMs),
        durationMs: Math.round(performance.now() - started),
      };
    if (!(await databaseExists(master.client, database))) {
      await createDatabase(master.client, database);
      created = true;
    }
    const result = await runTemplateJob(
      { target, migrations, timeline: 'tenant', direction: 'up', options: resolved, onProgress: options.onProgress },
      database,
      master,
    );
    return { ok: result.status !== 'failed', database, created, target: result, durationMs: Math.round(performance.now() - started) };
  } catch (error) {
    const result = failedResult(target, toTargetError(error, [master.url]));
    return { ok: false, database, created, target: result, durationMs: Math.round(performance.now() - started) };
  } finally {
    // Advisory locks count: this releases the hold taken here, runTemplateJob released its own.
    if (locked) await releaseProvisioningLock(master.client, subject).catch(() => {});
  }
}

export type CloneOutcome =
  | { cloned: true; endedSessions: number }
  /** Not cloned, and why: the caller builds the tenant by migrations instead. */
  | { cloned: false; reason: string };

/**
 * CREATE DATABASE `database` TEMPLATE `template`, holding the template's lock shared. Leftover
 * tenant-migrate sessions on the template are ended; another program's sessions make it give up
 * with their description (CREATE DATABASE has already waited 5 s for them).
 */
export async function cloneTemplate(master: MasterClient, template: string, database: string): Promise<CloneOutcome> {
  const subject = lockSubject(template);
  if (!(await tryProvisioningLockShared(master.client, subject))) {
    return { cloned: false, reason: `the template database ${template} is being refreshed right now` };
  }
  try {
    let endedSessions = 0;
    for (let attempt = 0; ; attempt++) {
      try {
        await createDatabase(master.client, database, template);
        return { cloned: true, endedSessions };
      } catch (error) {
        if ((error as { code?: string }).code !== '55006' || attempt >= 2) throw error;
      }
      const sessions = await sessionsOn(master.client, template);
      const ours = sessions.filter((session) => session.applicationName === APPLICATION_NAME);
      const others = sessions.filter((session) => session.applicationName !== APPLICATION_NAME);
      if (others.length > 0) {
        return {
          cloned: false,
          reason: `other sessions are connected to the template database ${template}: ${others.map(describeSession).join('; ')}`,
        };
      }
      await terminateSessions(
        master.client,
        ours.map((session) => session.pid),
      );
      endedSessions += ours.length;
    }
  } finally {
    await releaseProvisioningLockShared(master.client, subject);
  }
}

/** The template's lock stayed taken: who holds it. */
async function busyResult(master: MasterClient, target: Target, database: string, waitedMs: number): Promise<TargetResult> {
  const holder = await provisioningLockHolder(master.client, lockSubject(database));
  return failedResult(target, {
    code: 'LOCK_TIMEOUT',
    message: `the template database ${database} is being refreshed or cloned${holder ? ` (${holder})` : ''}; gave up after ${Math.round(waitedMs / 1000)}s`,
    ...hintFields(text('lock-wait.longer', 'run again once it is done, or wait longer with {option}', { option: 'lockWait' })),
  });
}

function failedResult(target: Target, error: TargetResult['error']): TargetResult {
  return untouchedResult(target, { error });
}
