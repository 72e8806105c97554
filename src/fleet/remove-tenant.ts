/**
 * `tenant remove NAME`: the tenant's row marked inactive (so migrate and status leave it out, and
 * `tenant add NAME` can bring it back with its data), and with `drop` its database or schema
 * dropped. Asking before a drop is the shell's job: here `drop: true` means the user said yes.
 */
import { performance } from 'node:perf_hooks';
import { databaseOf, maskUrl } from '../db/connection-url.js';
import { databaseExists, describeSession, dropDatabase, dropSchema, sessionsOn } from '../db/database-admin.js';
import { provisioningLockHolder, releaseProvisioningLock, tryProvisioningLock } from '../db/provisioning-lock.js';
import { TenantMigrateError } from '../errors.js';
import { text } from '../messages.js';
import { connectMaster, type MasterClient, type MasterDatabase, masterUrlOf } from './master-connection.js';
import { resolveFleetOptions } from './options.js';
import { toTargetError } from './run-target.js';
import {
  checkContract,
  deactivateTenant,
  placeOf,
  type RegistryContract,
  readTenantRecords,
  type TenantRecord,
} from './tenant-registry.js';
import type { FleetOptions, TargetError } from './types.js';

export interface RemoveTenantOptions extends Pick<FleetOptions, 'connectTimeout' | 'lockTimeout' | 'statementTimeout'> {
  name: string;
  master: MasterDatabase;
  /** Also drop the tenant's database (or its schema, CASCADE). */
  drop?: boolean;
  tenantsQuery?: string;
  /** SQL that marks the tenant inactive with a custom tenants query: $1 its name. */
  unregisterQuery?: string;
  /** False: leave the tenants rows alone. Default true. */
  register?: boolean;
}

export interface RemoveTenantResult {
  ok: boolean;
  name: string;
  kind?: 'database' | 'schema';
  database?: string;
  schema?: string;
  /** Masked. */
  url?: string;
  /** The row was marked inactive by this run. */
  deactivated: boolean;
  /** The database or schema was dropped by this run. */
  dropped: boolean;
  durationMs: number;
  error?: TargetError;
}

export async function removeTenant(options: RemoveTenantOptions): Promise<RemoveTenantResult> {
  const started = performance.now();
  const done = { deactivated: false, dropped: false };
  let record: TenantRecord | undefined;
  let masterUrl: string | undefined;
  let master: MasterClient | undefined;
  let locked = false;
  const subject = `tenant:${options.name}`;
  try {
    masterUrl = await masterUrlOf(options.master);
    const resolved = resolveFleetOptions({ dir: '.', ...options, masterUrl });
    const contract: RegistryContract = {
      tenantsQuery: options.tenantsQuery,
      unregisterQuery: options.unregisterQuery,
      register: options.register ?? true,
    };
    checkContract(contract, 'remove');
    master = await connectMaster(options.master, resolved);
    locked = await tryProvisioningLock(master.client, subject);
    if (!locked) {
      const holder = await provisioningLockHolder(master.client, subject);
      throw new TenantMigrateError(
        'TENANT_BUSY',
        `a tenant add or remove of tenant ${options.name} is running${holder ? ` (${holder})` : ''}`,
        {
          hint: 'wait for it to finish, then run again',
        },
      );
    }
    const records = await readTenantRecords(master.client, masterUrl, options.tenantsQuery);
    record = records.find((candidate) => candidate.name === options.name);
    if (!record) {
      throw new TenantMigrateError('TENANT_NOT_FOUND', `no tenant is named ${options.name}`, {
        hint: 'tenant-migrate tenant list shows the tenants',
      });
    }
    done.deactivated = record.active ? await deactivateTenant(master.client, contract, options.name) : false;
    if (options.drop) done.dropped = await dropPlace(master, masterUrl, record, records);
    return describe(options.name, record, done, started);
  } catch (error) {
    return {
      ...describe(options.name, record, done, started),
      ok: false,
      error: toTargetError(error, [masterUrl, record?.target.url].filter(Boolean) as string[]),
    };
  } finally {
    if (locked) await releaseProvisioningLock(master!.client, subject).catch(() => {});
    await master?.release();
  }
}

/** Drops what the row names, unless it is the master's database or another tenant still lives there. */
async function dropPlace(master: MasterClient, masterUrl: string, record: TenantRecord, records: TenantRecord[]): Promise<boolean> {
  const { target } = record;
  if (target.invalid) throw new TenantMigrateError('TENANT_INVALID', `tenant ${record.name}: ${target.invalid}; nothing to drop`);
  const place = placeOf(target);
  const sharing = records.filter((other) => other.name !== record.name && !other.target.invalid && placeOf(other.target) === place);
  if (sharing.length > 0) {
    throw new TenantMigrateError(
      'TENANT_PLACE_TAKEN',
      `not dropped: tenant ${sharing[0].name} lives in the same ${target.schema ? 'schema' : 'database'}`,
      {
        hint: 'the row is marked inactive; fix the rows so each tenant has its own place before dropping',
      },
    );
  }
  if (target.schema) {
    // The schema lives in the tenant's database (the master's unless the row names another).
    const inMaster = placeOf({ url: target.url }) === placeOf({ url: masterUrl });
    if (!inMaster)
      throw new TenantMigrateError(
        'BAD_OPTION',
        text('drop.schema-elsewhere', "{option} of schema {schema}: it is in another database than the master's; drop it there", {
          option: 'drop',
          values: { schema: target.schema },
        }),
      );
    await dropSchema(master.client, target.schema);
    return true;
  }
  const database = databaseOf(target.url);
  if (placeOf({ url: target.url }) === placeOf({ url: masterUrl })) {
    throw new TenantMigrateError('TENANT_PLACE_TAKEN', `not dropped: tenant ${record.name}'s row names the master database itself`);
  }
  if (describeServerOf(target.url) !== describeServerOf(masterUrl)) {
    throw new TenantMigrateError(
      'BAD_OPTION',
      text('drop.database-elsewhere', "{option} of database {database}: it is on another server than the master's; drop it there", {
        option: 'drop',
        values: { database },
      }),
    );
  }
  if (!(await databaseExists(master.client, database))) return false;
  const sessions = await sessionsOn(master.client, database);
  if (sessions.length > 0) {
    throw new TenantMigrateError(
      'DATABASE_ERROR',
      `not dropped: database ${database} has ${sessions.length} session(s): ${sessions.map(describeSession).join('; ')}`,
      {
        hint: text(
          'drop.sessions',
          'stop the application for this tenant (or end those sessions), then remove it again with {option}; the row is already inactive',
          { option: 'drop' },
        ),
      },
    );
  }
  await dropDatabase(master.client, database);
  return true;
}

function describeServerOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname.toLowerCase()}:${parsed.port || '5432'}`;
}

function describe(
  name: string,
  record: TenantRecord | undefined,
  done: { deactivated: boolean; dropped: boolean },
  started: number,
): RemoveTenantResult {
  const target = record?.target;
  return {
    ok: true,
    name,
    ...(target && !target.invalid
      ? {
          kind: target.schema ? ('schema' as const) : ('database' as const),
          database: databaseOf(target.url),
          ...(target.schema ? { schema: target.schema } : {}),
          url: maskUrl(target.url),
        }
      : {}),
    ...done,
    durationMs: Math.round(performance.now() - started),
  };
}
