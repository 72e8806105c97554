/**
 * `demo`: the whole job in one command on an embedded PostgreSQL, nothing to install or set up:
 * lint, verify, migrate a master and three tenants, status, one rollback and forward again.
 */

import { catalogueFlags } from '../catalogue-flags.js';
import { defineCommand } from '../command.js';
import type { DemoOptions } from './demo-run.js';

export const demoCommand = defineCommand<DemoOptions>({
  command: 'demo',
  describe: 'Run the whole job on an embedded PostgreSQL: lint, verify, migrate a master + 3 tenants, status, rollback',
  builder: (yargs) =>
    catalogueFlags(yargs, 'demo')
      .example('$0 demo', 'about 10 seconds; leaves nothing behind')
      .example('$0 demo --keep', 'then try: MASTER_DB_URL=... tenant-migrate status'),
  async run(options, io) {
    const { runDemo } = await import('./demo-run.js');
    return runDemo(options, io);
  },
});
