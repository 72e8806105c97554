/** What `dev` does; loaded only when it runs (see dev.ts for its options). */
import { resolve } from 'node:path';
import { withDatabase } from '../../db/connection-url.js';
import { devDown, devStateDir, devUp, isDevRunning, readDevState } from '../../ephemeral/dev-server.js';
import { MASTER_DATABASE } from '../../ephemeral/local-fleet.js';
import { bootstrapLocalFleet } from '../../fleet/local-bootstrap.js';
import { listMigrationFiles } from '../../migrations/read-directory.js';
import { renderFleetText } from '../../report/fleet-text.js';
import type { CommonOptions } from '../command.js';
import { EXIT_FAILURE, EXIT_OK } from '../exit-codes.js';
import type { CliIo } from '../io.js';

export interface DevOptions extends CommonOptions {
  action: 'up' | 'down' | 'status';
}

export async function runDev(options: DevOptions, io: CliIo): Promise<number> {
  const stateDir = devStateDir(io.cwd);
  if (options.action === 'down') {
    io.out((await devDown(stateDir)) ? 'dev PostgreSQL stopped' : 'dev PostgreSQL was not running');
    return EXIT_OK;
  }
  if (options.action === 'status') {
    const state = readDevState(stateDir);
    if (!state) {
      io.out('no dev fleet here: tenant-migrate dev up creates one');
      return EXIT_OK;
    }
    const running = await isDevRunning(state);
    io.out(`dev PostgreSQL ${running ? 'running' : 'stopped'} on port ${state.port}, data in ${state.dataDir}`);
    if (running) io.out(`export MASTER_DB_URL=${withDatabase(state.url, MASTER_DATABASE)}`);
    else io.out('start it with: tenant-migrate dev up');
    return EXIT_OK;
  }
  const dir = resolve(io.cwd, options.dir);
  await listMigrationFiles(dir);
  const server = await devUp(stateDir);
  io.out(`dev PostgreSQL ${server.started ? 'started' : 'already running'} on port ${server.port}, data in ${server.dataDir}`);
  const { fleet, master, createdTenantsTable } = await bootstrapLocalFleet(server.url, dir);
  io.out(renderFleetText(master).trimEnd());
  if (!master.ok) return EXIT_FAILURE;
  if (createdTenantsTable) io.out('the master migrations made no tenants table: created one (name, database_url, active)');
  io.out(`tenants registered: ${fleet.tenants.map((tenant) => tenant.name).join(', ')}`);
  io.out(`export MASTER_DB_URL=${fleet.masterUrl}`);
  return EXIT_OK;
}
