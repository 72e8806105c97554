/**
 * `dev up|down|status`: a persistent local fleet for day-to-day work, under .tenant-migrate/:
 * a PostgreSQL that outlives the command, a master and three tenant databases.
 */
import { usageOf } from '../../options/catalogue.js';
import { cataloguePositionals } from '../catalogue-flags.js';
import { defineCommand } from '../command.js';
import type { DevOptions } from './dev-run.js';

export const devCommand = defineCommand<DevOptions>({
  command: usageOf('dev'),
  describe: 'A local fleet under .tenant-migrate/ (up: start it and print MASTER_DB_URL; down: stop it; status: is it running)',
  builder: (yargs) =>
    cataloguePositionals(yargs, 'dev')
      .example('$0 dev up', 'start PostgreSQL, create master + acme-corp, techstart, startupxyz, migrate the master')
      .example('eval "$($0 dev up | grep ^export)"', 'and export MASTER_DB_URL in the current shell')
      .example('$0 dev status', 'running or stopped, and the MASTER_DB_URL to export')
      .example('$0 dev down', 'stop it; the data stays in .tenant-migrate/ for next time'),
  async run(options, io) {
    const { runDev } = await import('./dev-run.js');
    return runDev(options, io);
  },
});
