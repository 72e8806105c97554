/** What `dev` does; loaded only when it runs (see dev.ts for its options). */
import { resolve } from 'node:path';
import { devDown, devStateDir, devUp, readDevState } from '../../ephemeral/dev-server.js';
import { bootstrapLocalFleet } from '../../fleet/local-bootstrap.js';
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
    io.out(state ? `dev PostgreSQL: ${state.url} (data in ${state.dataDir})` : 'no dev fleet here: tenant-migrate dev up creates one');
    return EXIT_OK;
  }
  const server = await devUp(stateDir);
  io.out(`dev PostgreSQL ${server.started ? 'started' : 'already running'} on port ${server.port}, data in ${server.dataDir}`);
  const { fleet, master } = await bootstrapLocalFleet(server.url, resolve(io.cwd, options.dir));
  io.out(renderFleetText(master).trimEnd());
  if (!master.ok) return EXIT_FAILURE;
  io.out(`tenants registered: ${fleet.tenants.map((tenant) => tenant.name).join(', ')}`);
  io.out(`export MASTER_DB_URL=${fleet.masterUrl}`);
  return EXIT_OK;
}
