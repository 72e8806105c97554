import type { FleetReport } from '../../fleet/types.js';
import { defineCommand } from '../command.js';
import { type ApplyFlags, fleetFlags, fleetOptionsFrom, reportFormat } from '../fleet-flags.js';
import { withInterrupts } from '../interrupts.js';
import { createProgress } from '../progress.js';
import { type RolloutFlags, rolloutOptionsFrom } from '../rollout-flags.js';
import { printFleetReport } from './migrate.js';

interface RollbackFlags extends ApplyFlags, RolloutFlags {
  steps?: number;
}

export const rollbackCommand = defineCommand<RollbackFlags>({
  command: 'rollback',
  describe:
    "Run DOWN sections, newest first: on every tenant, then on the master once every tenant rolled back (default: each target's newest migration)",
  builder: (yargs) =>
    // --to and --steps conflict: the catalogue says so (steps.conflicts), and catalogueFlags tells yargs.
    fleetFlags(yargs, 'rollback')
      .example('$0 rollback --target tenants', "each tenant's newest migration")
      .example('$0 rollback --to 5 --dry-run', 'which DOWN sections would run to get back to version 5, with their SQL')
      .example('$0 rollback --steps 2 --tenant acme', "acme's two newest migrations"),
  async run(flags, io) {
    const options = { ...fleetOptionsFrom(flags, io), ...(await rolloutOptionsFrom(flags, io)) };
    const progress = createProgress(io, flags.dryRun ? 'rollback (dry run)' : 'rollback');
    const { rollbackFleet } = await import('../../fleet/run-fleet.js');
    let report: FleetReport;
    try {
      report = await withInterrupts(io, (signal) =>
        rollbackFleet({ ...options, steps: flags.steps, onProgress: progress.onProgress, signal }),
      );
    } finally {
      progress.finish();
    }
    return printFleetReport(report, reportFormat(flags), io);
  },
});
