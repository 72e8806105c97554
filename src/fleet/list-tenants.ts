/** `tenant list`: every tenant row, active or not, with where it lives (URLs masked). */
import { databaseOf, maskUrl } from '../db/connection-url.js';
import { connectMaster, type MasterDatabase, masterUrlOf } from './master-connection.js';
import { resolveFleetOptions } from './options.js';
import { readTenantRecords } from './tenant-registry.js';
import type { FleetOptions } from './types.js';

export interface ListTenantsOptions extends Pick<FleetOptions, 'connectTimeout' | 'tenantsQuery'> {
  master: MasterDatabase;
}

export interface TenantListing {
  name: string;
  active: boolean;
  kind: 'database' | 'schema' | 'invalid';
  database?: string;
  schema?: string;
  /** Masked. */
  url?: string;
  /** Why the row names no usable place. */
  problem?: string;
}

/** Throws TenantMigrateError when the master or its tenants table cannot be read (the shell prints it). */
export async function listTenants(options: ListTenantsOptions): Promise<TenantListing[]> {
  const masterUrl = await masterUrlOf(options.master);
  const master = await connectMaster(options.master, resolveFleetOptions({ dir: '.', ...options, masterUrl }));
  try {
    const records = await readTenantRecords(master.client, masterUrl, options.tenantsQuery);
    return records.map(({ name, active, target }) =>
      target.invalid
        ? { name, active, kind: 'invalid', problem: target.invalid }
        : {
            name,
            active,
            kind: target.schema ? 'schema' : 'database',
            database: databaseOf(target.url),
            ...(target.schema ? { schema: target.schema } : {}),
            url: maskUrl(target.url),
          },
    );
  } finally {
    await master.release();
  }
}
