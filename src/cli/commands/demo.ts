/**
 * `demo`: the whole job in one command on an embedded PostgreSQL, nothing to install or set up:
 * lint, verify, migrate a master and three tenants, status, one rollback and forward again.
 */

import { defineCommand } from '../command.js';
import type { DemoOptions } from './demo-run.js';

export const demoCommand = defineCommand<DemoOptions>({
  command: 'demo',
  describe: 'Run the whole job on an embedded PostgreSQL: lint, verify, migrate a master + 3 tenants, status, rollback',
  builder: (yargs) =>
    yargs
      .option('keep', {
        type: 'boolean',
        default: false,
        describe: 'leave the fleet running (under .tenant-migrate/, like `dev up`) and print its MASTER_DB_URL',
      })
      .example('$0 demo', 'about 10 seconds; leaves nothing behind')
      .example('$0 demo --keep', 'then try: MASTER_DB_URL=... tenant-migrate status'),
  async run(options, io) {
    const { runDemo } = await import('./demo-run.js');
    return runDemo(options, io);
  },
});
