/**
 * Defaults and checks for the fleet options, applied before anything connects: a bad value is
 * a usage error that changes nothing.
 */
import { hostname, userInfo } from 'node:os';
import { checkDatabaseUrl } from '../db/connection-url.js';
import { parseDuration } from '../db/durations.js';
import { GOOSE_TABLE, GOOSE_TABLE_PATTERN } from '../db/ledger-names.js';
import { TenantMigrateError } from '../errors.js';
import { invalidOption } from '../messages.js';
import { parseShard, type Shard } from './shard.js';
import type { FleetOptions, TargetSelection } from './types.js';

/** Every row of `tenants`; rows that say they are inactive are left out afterwards. */
export const DEFAULT_TENANTS_QUERY = 'SELECT * FROM tenants';

/**
 * Tenants migrated at once. Measured with bench/fleet.bench.ts on a 2-core machine against a
 * local server: the work is mostly round trips and commits, so more connections than cores pay
 * off until the server's own CPU is saturated.
 */
export const DEFAULT_CONCURRENCY = 16;
/** Status only reads: more at once. */
export const DEFAULT_STATUS_CONCURRENCY = 32;
/** Short, so a migration waiting for a busy table gives up instead of queueing the application behind it. */
export const DEFAULT_LOCK_TIMEOUT = '10s';
export const DEFAULT_STATEMENT_TIMEOUT = '30min';
export const DEFAULT_CONNECT_TIMEOUT = '10s';
/** A migration that hit lock_timeout is tried this many more times, with backoff, before its target fails. */
export const DEFAULT_LOCK_RETRIES = 3;
/** A second deploy waits this long for the first to finish a target. */
export const DEFAULT_LOCK_WAIT_SECONDS = 300;

export interface ResolvedFleetOptions {
  dir: string;
  masterUrl: string;
  tenantsQuery?: string;
  tenants?: string[];
  shard?: Shard;
  concurrency: number;
  /** Undefined: derived per server. */
  maxConnections?: number;
  lockRetries: number;
  /** The first wait before a lock-timeout retry (doubling after); tests shorten it. */
  lockRetryDelayMs?: number;
  target: TargetSelection;
  dryRun: boolean;
  lockTimeoutMs: number;
  statementTimeoutMs: number;
  connectTimeoutMs: number;
  lockWaitMs: number;
  allowDrift: boolean;
  allowOutOfOrder: boolean;
  appliedBy: string;
  /** goose's version table beside each ledger (goose -table; default goose_db_version). */
  gooseTable: string;
}

export function resolveFleetOptions(options: FleetOptions, defaultConcurrency = DEFAULT_CONCURRENCY): ResolvedFleetOptions {
  const concurrency = options.concurrency ?? defaultConcurrency;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new TenantMigrateError('BAD_OPTION', invalidOption('concurrency', concurrency, 'a whole number of at least 1'));
  }
  const target = options.target ?? 'all';
  if (!['master', 'tenants', 'all'].includes(target)) {
    throw new TenantMigrateError('BAD_OPTION', invalidOption('target', target, 'one of master, tenants, all'));
  }
  if (options.to !== undefined && (!Number.isInteger(options.to) || options.to < 0)) {
    throw new TenantMigrateError('BAD_OPTION', invalidOption('to', options.to, 'a version number'));
  }
  if (options.maxConnections !== undefined && (!Number.isInteger(options.maxConnections) || options.maxConnections < 1)) {
    throw new TenantMigrateError('BAD_OPTION', invalidOption('maxConnections', options.maxConnections, 'a whole number of at least 1'));
  }
  const lockRetries = options.lockRetries ?? DEFAULT_LOCK_RETRIES;
  if (!Number.isInteger(lockRetries) || lockRetries < 0) {
    throw new TenantMigrateError('BAD_OPTION', invalidOption('lockRetries', lockRetries, 'a whole number (0: no retries)'));
  }
  const lockWaitMs = lockWaitMilliseconds(options.lockWait ?? DEFAULT_LOCK_WAIT_SECONDS);
  // An unset shell variable (--tenants-query "$TQ") must not list no tenants and pass.
  if (options.tenantsQuery !== undefined && options.tenantsQuery.trim() === '') {
    throw new TenantMigrateError(
      'BAD_OPTION',
      invalidOption('tenantsQuery', options.tenantsQuery, 'an SQL query that returns the tenants, not an empty text'),
    );
  }
  const gooseTable = options.gooseTable ?? GOOSE_TABLE;
  if (!GOOSE_TABLE_PATTERN.test(gooseTable)) {
    throw new TenantMigrateError(
      'BAD_OPTION',
      invalidOption(
        'gooseTable',
        gooseTable,
        "a table name (the table beside each target's ledger) or schema.table (that schema's table), as goose's -table takes it, without quotes",
      ),
    );
  }
  return {
    dir: options.dir,
    masterUrl: checkDatabaseUrl(options.masterUrl ?? '', 'the master URL'),
    tenantsQuery: options.tenantsQuery,
    tenants: options.tenants && options.tenants.length > 0 ? options.tenants : undefined,
    shard: options.shard === undefined ? undefined : parseShard(options.shard),
    concurrency,
    maxConnections: options.maxConnections,
    lockRetries,
    lockRetryDelayMs: options.lockRetryDelayMs,
    target,
    dryRun: options.dryRun ?? false,
    lockTimeoutMs: parseDuration(options.lockTimeout ?? DEFAULT_LOCK_TIMEOUT, 'lockTimeout'),
    statementTimeoutMs: parseDuration(options.statementTimeout ?? DEFAULT_STATEMENT_TIMEOUT, 'statementTimeout'),
    connectTimeoutMs: parseDuration(options.connectTimeout ?? DEFAULT_CONNECT_TIMEOUT, 'connectTimeout'),
    lockWaitMs,
    allowDrift: options.allowDrift ?? false,
    allowOutOfOrder: options.allowOutOfOrder ?? false,
    appliedBy: options.appliedBy ?? defaultAppliedBy(),
    gooseTable,
  };
}

/** lockWait: a number of seconds (also as text, `300`), or a duration (`10s`, `5min`). */
function lockWaitMilliseconds(lockWait: number | string): number {
  if (typeof lockWait === 'number' || /^\s*\d+(?:\.\d+)?\s*$/.test(lockWait)) {
    const seconds = Number(lockWait);
    if (!Number.isFinite(seconds) || seconds < 0) {
      throw new TenantMigrateError('BAD_OPTION', invalidOption('lockWait', lockWait, 'a duration, or a number of seconds'));
    }
    return Math.round(seconds * 1000);
  }
  return parseDuration(lockWait, 'lockWait');
}

function defaultAppliedBy(): string {
  const ci =
    process.env.GITHUB_ACTIONS === 'true'
      ? `github:${process.env.GITHUB_REPOSITORY ?? ''}@${process.env.GITHUB_SHA?.slice(0, 12) ?? ''}`
      : '';
  if (ci) return `tenant-migrate ${ci}`;
  let user = 'unknown';
  try {
    user = userInfo().username;
  } catch {
    // No passwd entry (some containers): the host still says where the deploy ran.
  }
  return `tenant-migrate ${user}@${hostname()}`;
}
