/**
 * The options migrate, rollback and status share: where the master is, which tenants, how
 * many at once, the session timeouts, and the report format.
 */

import { resolve } from 'node:path';
import type { Argv } from 'yargs';
import { resolveMasterUrl } from '../db/connection-url.js';
import { gooseTableFrom, tenantsQueryFromConfig } from '../fleet/tenants-query-config.js';
import type { FleetOptions, TargetSelection } from '../fleet/types.js';
import { catalogueFlags } from './catalogue-flags.js';
import type { CommonOptions } from './command.js';
import type { CliIo } from './io.js';

export type ReportFormat = 'text' | 'json' | 'markdown';

export interface FleetFlags extends CommonOptions {
  masterUrl?: string;
  tenantsQuery?: string;
  gooseTable?: string;
  tenant?: string[];
  shard?: string;
  concurrency?: number;
  maxConnections?: number;
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
  lockWait: string;
  lockRetries: number;
  allowDrift: boolean;
  allowOutOfOrder: boolean;
  createMissing?: boolean;
  templateDatabase?: string;
}

/** The flags of migrate, rollback or status, from the option catalogue. */
export function fleetFlags(yargs: Argv, command: 'migrate' | 'rollback' | 'status'): Argv {
  return catalogueFlags(yargs, command);
}

/** The flags as library options: the master URL resolved from flag, environment or .env, the directory from the cwd. */
export function fleetOptionsFrom(flags: FleetFlags, io: CliIo): FleetOptions {
  const master = resolveMasterUrl({ flag: flags.masterUrl, env: io.env, cwd: io.cwd });
  const apply = flags as Partial<ApplyFlags>;
  return {
    dir: resolve(io.cwd, flags.dir),
    masterUrl: master.url,
    tenantsQuery: flags.tenantsQuery ?? tenantsQueryFromConfig(io.cwd),
    gooseTable: gooseTableFrom(flags.gooseTable, io.env, io.cwd),
    tenants: flags.tenant,
    shard: flags.shard,
    concurrency: flags.concurrency,
    maxConnections: flags.maxConnections,
    target: flags.target,
    connectTimeout: flags.connectTimeout,
    to: apply.to,
    dryRun: apply.dryRun,
    lockTimeout: apply.lockTimeout,
    statementTimeout: apply.statementTimeout,
    lockWait: apply.lockWait,
    lockRetries: apply.lockRetries,
    allowDrift: apply.allowDrift,
    allowOutOfOrder: apply.allowOutOfOrder,
    createMissing: apply.createMissing,
    templateDatabase: apply.templateDatabase,
  };
}

export function reportFormat(flags: FleetFlags): ReportFormat {
  return flags.json ? 'json' : flags.format;
}
