/**
 * `dev up|down|status`: a persistent local fleet for day-to-day work, under .tenant-migrate/:
 * a PostgreSQL that outlives the command, a master and three tenant databases.
 */
import { resolve } from 'node:path';
import { devDown, devStateDir, devUp, readDevState } from '../../ephemeral/dev-server.js';
import { bootstrapLocalFleet } from '../../fleet/local-bootstrap.js';
import { renderFleetText } from '../../report/fleet-text.js';
import { type CommonOptions, defineCommand } from '../command.js';
import { EXIT_FAILURE, EXIT_OK } from '../exit-codes.js';

interface DevOptions extends CommonOptions {
  action: 'up' | 'down' | 'status';
}

export const devCommand = defineCommand<DevOptions>({
  command: 'dev <action>',
  describe: 'A local fleet under .tenant-migrate/ (up: start it and print MASTER_DB_URL; down: stop it)',
  builder: (yargs) =>
    yargs
      .positional('action', { choices: ['up', 'down', 'status'] as const, describe: 'up, down or status' })
      .example('$0 dev up', 'start PostgreSQL, create master + acme-corp, techstart, startupxyz, migrate the master')
      .example('eval "$($0 dev up | grep ^export)"', 'and export MASTER_DB_URL in the current shell')
      .example('$0 dev down', 'stop it; the data stays in .tenant-migrate/ for next time'),
  async run(options, io) {
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
  },
});
