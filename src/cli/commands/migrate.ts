import type { FleetReport } from '../../fleet/types.js';
import { renderMigrateJson } from '../../report/fleet-json.js';
import { renderFleetMarkdown } from '../../report/fleet-markdown.js';
import { renderFleetText } from '../../report/fleet-text.js';
import { fleetReportInTerms } from '../../report/in-terms.js';
// The fleet runner (and the pg driver) is imported when the command runs: --help and the other
// commands start without it.
import { defineCommand } from '../command.js';
import { EXIT_FAILURE, EXIT_OK, interruptExitCode } from '../exit-codes.js';
import { type ApplyFlags, fleetFlags, fleetOptionsFrom, type ReportFormat, reportFormat } from '../fleet-flags.js';
import { withInterrupts } from '../interrupts.js';
import type { CliIo } from '../io.js';
import { createProgress } from '../progress.js';
import { type RolloutFlags, rolloutOptionsFrom } from '../rollout-flags.js';
import { CLI_TERMS } from '../terms.js';

export const migrateCommand = defineCommand<ApplyFlags & RolloutFlags>({
  command: 'migrate',
  describe: 'Apply pending migrations to the master, then to every tenant (in parallel); report per target',
  builder: (yargs) =>
    fleetFlags(yargs, 'migrate')
      .example('$0 migrate', 'master first, then every active tenant from the tenants table')
      .example('$0 migrate --dry-run', 'what would run on each target, with its SQL; changes nothing')
      .example('$0 migrate --target tenants --tenant acme --tenant globex', 'two tenants only')
      .example(
        '$0 migrate --canary 5 --max-failures 2%',
        'five tenants first (always the same five); stop starting tenants once more than 2% failed',
      )
      .example('$0 migrate --dry-run --canary acme-corp', 'the rollout plan: the canary, then each wave of rollout.waves with its tenants')
      .example('$0 migrate --wave free', 'one wave of rollout.waves only')
      .example('$0 migrate --shard 2/4 --json', 'the second of four shares of the tenants, JSON report (for a CI matrix)')
      .example(
        '$0 migrate --tenants-query "SELECT slug AS name, db_url AS database_url FROM customers WHERE enabled"',
        'your own tenants table',
      ),
  async run(flags, io) {
    const options = { ...fleetOptionsFrom(flags, io), ...(await rolloutOptionsFrom(flags, io)) };
    const progress = createProgress(io, flags.dryRun ? 'migrate (dry run)' : 'migrate');
    const { migrateFleet } = await import('../../fleet/run-fleet.js');
    let report: FleetReport;
    try {
      report = await withInterrupts(io, (signal) => migrateFleet({ ...options, onProgress: progress.onProgress, signal }));
    } finally {
      progress.finish();
    }
    return printFleetReport(report, reportFormat(flags), io);
  },
});

export function printFleetReport(report: FleetReport, format: ReportFormat, io: CliIo): number {
  const shown = fleetReportInTerms(report, CLI_TERMS);
  io.out(format === 'json' ? renderMigrateJson(shown) : format === 'markdown' ? renderFleetMarkdown(shown) : renderFleetText(shown));
  if (report.interrupted) return interruptExitCode(report.interrupted.signal);
  return report.ok ? EXIT_OK : EXIT_FAILURE;
}
