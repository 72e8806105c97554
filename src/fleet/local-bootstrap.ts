/**
 * Brings a local fleet (demo, dev) to the state a real one is in: the master migrated, so its
 * `tenants` table exists, and the tenant databases registered in it. Tenants are then migrated
 * by the ordinary `migrateFleet`, as in production.
 */
import { createFleetDatabases, DEMO_TENANTS, type LocalFleet, registerTenants } from '../ephemeral/local-fleet.js';
import type { FleetReport } from '../report/fleet-model.js';
import { migrateFleet } from './run-fleet.js';

export async function bootstrapLocalFleet(
  serverUrl: string,
  dir: string,
  tenantNames: readonly string[] = DEMO_TENANTS,
): Promise<{ fleet: LocalFleet; master: FleetReport; createdTenantsTable: boolean }> {
  const fleet = await createFleetDatabases(serverUrl, tenantNames);
  // Setting the fleet up is not a deploy: it leaves no run in the run record.
  const master = await migrateFleet({ dir, masterUrl: fleet.masterUrl, target: 'master', record: false });
  const registered = master.ok ? await registerTenants(fleet) : { createdTable: false };
  return { fleet, master, createdTenantsTable: registered.createdTable };
}
