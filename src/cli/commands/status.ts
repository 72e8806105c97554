import type { StatusReport } from '../../fleet/types.js';
import { renderStatusJson } from '../../report/fleet-json.js';
import { renderStatusMarkdown } from '../../report/fleet-markdown.js';
import { renderStatusText } from '../../report/fleet-text.js';
import { statusReportInTerms } from '../../report/in-terms.js';
import { defineCommand } from '../command.js';
import { EXIT_FAILURE, EXIT_OK } from '../exit-codes.js';
import { type FleetFlags, fleetFlags, fleetOptionsFrom, reportFormat } from '../fleet-flags.js';
import { createProgress } from '../progress.js';
import { CLI_TERMS } from '../terms.js';

export const statusCommand = defineCommand<FleetFlags>({
  command: 'status',
  describe: 'The version matrix of the fleet: per target the current version, pending count, drift and last applied time',
  builder: (yargs) =>
    fleetFlags(yargs, 'status')
      .example('$0 status', 'every target, read in parallel; exit 1 when a target is unreachable, has drift or out-of-order versions')
      .example('$0 status --json', 'the same as JSON')
      .example('$0 status --format markdown >> "$GITHUB_STEP_SUMMARY"', 'a job summary'),
  async run(flags, io) {
    const options = fleetOptionsFrom(flags, io);
    const progress = createProgress(io, 'status');
    // One line per target is noise for a read-only command in logs: only the live line on a terminal.
    const { fleetStatus } = await import('../../fleet/status.js');
    let report: StatusReport;
    try {
      report = await fleetStatus({ ...options, onProgress: io.isTTY ? progress.onProgress : undefined });
    } finally {
      progress.finish();
    }
    const format = reportFormat(flags);
    const shown = statusReportInTerms(report, CLI_TERMS);
    io.out(format === 'json' ? renderStatusJson(shown) : format === 'markdown' ? renderStatusMarkdown(shown) : renderStatusText(shown));
    return report.ok ? EXIT_OK : EXIT_FAILURE;
  },
});
