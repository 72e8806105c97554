/**
 * The options migrate, rollback and status share: where the master is, which tenants, how
 * many at once, the session timeouts, and the report format.
 */
import { resolve } from 'node:path';
import type { Argv } from 'yargs';
import { resolveMasterUrl } from '../db/connection-url.js';
import {
  DEFAULT_CONCURRENCY,
  DEFAULT_CONNECT_TIMEOUT,
  DEFAULT_LOCK_TIMEOUT,
  DEFAULT_LOCK_WAIT_SECONDS,
  DEFAULT_STATEMENT_TIMEOUT,
  DEFAULT_TENANTS_QUERY,
} from '../fleet/options.js';
import type { FleetOptions, TargetSelection } from '../fleet/types.js';
import type { CommonOptions } from './command.js';
import type { CliIo } from './io.js';

export type ReportFormat = 'text' | 'json' | 'markdown';

export interface FleetFlags extends CommonOptions {
  masterUrl?: string;
  tenantsQuery?: string;
  tenant?: string[];
  shard?: string;
  concurrency?: number;
  target: TargetSelection;
  connectTimeout: string;
  json: boolean;
  format: ReportFormat;
}

export interface ApplyFlags extends FleetFlags {
  to?: number;
  dryRun: boolean;
  lockTimeout: string;
  statementTimeout: string;
  lockWait: number;
  allowDrift: boolean;
  allowOutOfOrder: boolean;
}

export function fleetFlags(yargs: Argv, options: { concurrency: number }): Argv {
  return yargs
    .option('master-url', {
      type: 'string',
      describe: 'master database URL (default: $MASTER_DB_URL, else MASTER_DB_URL in ./.env); never printed with its password',
    })
    .option('tenants-query', {
      type: 'string',
      describe: `SQL run on the master to list tenants (default: ${DEFAULT_TENANTS_QUERY}, active rows only); must return name and database_url, database or schema`,
    })
    .option('tenant', { type: 'string', array: true, describe: 'only this tenant (by name); repeat for several' })
    .option('shard', {
      type: 'string',
      describe:
        'i/n: the i-th of n stable shares of the tenants (by a hash of the name), for a CI matrix; each shard checks the master first',
    })
    .option('concurrency', { type: 'number', describe: `tenants handled at once (default ${options.concurrency})` })
    .option('target', {
      choices: ['master', 'tenants', 'all'] as const,
      default: 'all' as TargetSelection,
      describe: 'which databases: the master, the tenants, or both (master first)',
    })
    .option('connect-timeout', {
      type: 'string',
      default: DEFAULT_CONNECT_TIMEOUT,
      describe: 'give up connecting to a target after this long',
    })
    .option('json', { type: 'boolean', default: false, describe: 'print the report as JSON (same as --format json)' })
    .option('format', { choices: ['text', 'json', 'markdown'] as const, default: 'text' as ReportFormat, describe: 'report format' });
}

export function applyFlags(yargs: Argv): Argv {
  return fleetFlags(yargs, { concurrency: DEFAULT_CONCURRENCY })
    .option('dry-run', {
      type: 'boolean',
      default: false,
      describe: 'change nothing: print per target the migrations that would run and their SQL',
    })
    .option('lock-timeout', {
      type: 'string',
      default: DEFAULT_LOCK_TIMEOUT,
      describe: 'session lock_timeout: a statement waiting longer for a table lock fails instead of queueing traffic behind it',
    })
    .option('statement-timeout', { type: 'string', default: DEFAULT_STATEMENT_TIMEOUT, describe: 'session statement_timeout (0: none)' })
    .option('lock-wait', {
      type: 'number',
      default: DEFAULT_LOCK_WAIT_SECONDS,
      describe: 'seconds to wait when another deploy holds a target, before failing that target',
    })
    .option('allow-drift', { type: 'boolean', default: false, describe: 'go on when an applied file changed or vanished' })
    .option('allow-out-of-order', {
      type: 'boolean',
      default: false,
      describe: 'apply a pending migration older than the newest applied one',
    });
}

/** The flags as library options: the master URL resolved from flag, environment or .env, the directory from the cwd. */
export function fleetOptionsFrom(flags: FleetFlags, io: CliIo): FleetOptions {
  const master = resolveMasterUrl({ flag: flags.masterUrl, env: io.env, cwd: io.cwd });
  const apply = flags as Partial<ApplyFlags>;
  return {
    dir: resolve(io.cwd, flags.dir),
    masterUrl: master.url,
    tenantsQuery: flags.tenantsQuery,
    tenants: flags.tenant,
    shard: flags.shard,
    concurrency: flags.concurrency,
    target: flags.target,
    connectTimeout: flags.connectTimeout,
    to: apply.to,
    dryRun: apply.dryRun,
    lockTimeout: apply.lockTimeout,
    statementTimeout: apply.statementTimeout,
    lockWait: apply.lockWait,
    allowDrift: apply.allowDrift,
    allowOutOfOrder: apply.allowOutOfOrder,
  };
}

export function reportFormat(flags: FleetFlags): ReportFormat {
  return flags.json ? 'json' : flags.format;
}
