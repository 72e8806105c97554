/**
 * `runs`: the run record in the master. `runs` lists recent runs; `runs show ID` prints one,
 * every part (shards, --claim workers) merged into one report.
 */
import { resolveMasterUrl } from '../../db/connection-url.js';
import { TenantMigrateError } from '../../errors.js';
import { usageOf } from '../../options/catalogue.js';
import { fleetReportInTerms } from '../../report/in-terms.js';
import { catalogueFlags, cataloguePositionals } from '../catalogue-flags.js';
import { defineCommand } from '../command.js';
import { EXIT_FAILURE, EXIT_OK } from '../exit-codes.js';
import type { ReportFormat } from '../fleet-flags.js';
import { CLI_TERMS } from '../terms.js';

interface RunsFlags {
  dir: string;
  action: 'list' | 'show';
  id?: string;
  masterUrl?: string;
  limit: number;
  format: ReportFormat;
  json: boolean;
}

export const runsCommand = defineCommand<RunsFlags>({
  command: usageOf('runs'),
  describe: "The run record: recent migrate, rollback and redo runs (runs), or one run with every target's outcome (runs show ID)",
  builder: (yargs) =>
    catalogueFlags(cataloguePositionals(yargs, 'runs'), 'runs')
      .example('$0 runs', 'the 20 newest runs: id, command, when, who, commit, outcome')
      .example('$0 runs show 20261201-110503-3f9a', 'one run: every target, from and to version, status, error')
      .example('$0 runs show "$RUN_ID" --format markdown >> "$GITHUB_STEP_SUMMARY"', 'one summary for every shard of a matrix'),
  async run(flags, io) {
    const master = resolveMasterUrl({ flag: flags.masterUrl, env: io.env, cwd: io.cwd });
    const format: ReportFormat = flags.json ? 'json' : flags.format;
    const { recentRuns, showRun } = await import('../../fleet/run-report.js');
    const render = await import('../../report/run-render.js');
    if (flags.action === 'list') {
      if (flags.id !== undefined) {
        throw new TenantMigrateError('USAGE', `runs ${flags.id}: to print one run, say runs show ${flags.id}`);
      }
      const rows = await recentRuns({ masterUrl: master.url, limit: flags.limit });
      io.out(
        format === 'json'
          ? render.runListJson(rows)
          : format === 'markdown'
            ? render.renderRunListMarkdown(rows)
            : render.renderRunListText(rows),
      );
      return EXIT_OK;
    }
    if (!flags.id) throw new TenantMigrateError('USAGE', 'runs show needs the run id: runs show ID (tenant-migrate runs lists them)');
    const recorded = await showRun(flags.id, { masterUrl: master.url });
    // The record keeps each error's sentences as data too: worded here as the live run worded them (flags, not option names).
    const run = { ...recorded, report: fleetReportInTerms(recorded.report, CLI_TERMS) };
    io.out(
      format === 'json' ? render.renderRunJson(run) : format === 'markdown' ? render.renderRunMarkdown(run) : render.renderRunText(run),
    );
    return run.report.ok ? EXIT_OK : EXIT_FAILURE;
  },
});
