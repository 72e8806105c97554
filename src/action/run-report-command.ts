/**
 * `command: report`: one job summary for a recorded run, every part of it merged (the shards of a
 * matrix, the --claim workers), so the last job of a deploy matrix can show the whole fleet in one
 * place. It reads the run record only: nothing is migrated. The step fails when the run did: a
 * target failed or was not tried, or a part has not finished.
 */
import { TenantMigrateError } from '../errors.js';
import { showRun } from '../fleet/run-report.js';
import { text } from '../messages.js';
import { fleetReportInTerms } from '../report/in-terms.js';
import type { RunReport } from '../report/run-model.js';
import { renderRunMarkdown } from '../report/run-render.js';
import type { ActionInputs } from './inputs.js';
import { writeSummary } from './job-summary.js';
import type { ActionPort } from './port.js';
import { fleetReportOutput } from './report-output.js';
import { listNames, reportRunFailure, runError, SUMMARY_POINTER } from './run-fleet-command.js';
import { registerConnectionSecrets } from './secrets.js';
import { ACTION_TERMS } from './terms.js';
import { workflowRunId } from './workflow-run.js';

export async function runReportCommand(port: ActionPort, inputs: ActionInputs): Promise<void> {
  const masterUrl = inputs.masterUrl ?? (port.env.MASTER_DB_URL || undefined);
  registerConnectionSecrets(port, [masterUrl]);
  let run: RunReport;
  try {
    run = await showRun(reportedRunId(port, inputs), { masterUrl: requireMaster(masterUrl) });
  } catch (error) {
    await reportRunFailure(port, 'report', runError(error, masterUrl));
    return;
  }
  const shown = { ...run, report: fleetReportInTerms(run.report, ACTION_TERMS) };
  publishRun(port, shown);
  await writeSummary(port, renderRunMarkdown(shown), SUMMARY_POINTER);
  failWhenRunFailed(port, shown);
}

function reportedRunId(port: ActionPort, inputs: ActionInputs): string {
  const id = inputs.runId ?? workflowRunId(port.env);
  if (id) return id;
  throw new TenantMigrateError('USAGE', 'command report needs the run to summarise', {
    hint: text('report.run-id', 'set {option} to the id the deploy jobs recorded under; inside a workflow run it defaults to that run', {
      option: 'runId',
    }),
  });
}

function requireMaster(masterUrl: string | undefined): string {
  if (masterUrl) return masterUrl;
  throw new TenantMigrateError('MASTER_URL_MISSING', 'command report reads the run record in the master database', {
    hint: 'set the master-db-url input from a secret (master-db-url: ${{ secrets.MASTER_DB_URL }}) or the MASTER_DB_URL environment variable',
  });
}

function publishRun(port: ActionPort, run: RunReport): void {
  port.output('report', fleetReportOutput(run.report));
  port.output('run-id', run.run.id);
  port.output('applied', String(run.report.targets.reduce((sum, target) => sum + target.applied.length, 0)));
  port.output('failed-targets', failedNames(run).join(','));
}

function failedNames(run: RunReport): string[] {
  return run.report.targets.filter((target) => target.status === 'failed').map((target) => target.name);
}

function failWhenRunFailed(port: ActionPort, run: RunReport): void {
  if (run.report.ok) return;
  const failed = failedNames(run);
  const notTried = run.report.targets.filter((target) => target.status === 'skipped').length;
  const parts = [
    ...(failed.length > 0 ? [`${failed.length} target(s) failed: ${listNames(failed)}`] : []),
    ...(notTried > 0 ? [`${notTried} target(s) not tried`] : []),
    ...(run.unfinished > 0 ? [`${run.unfinished} target(s) not finished`] : []),
    ...(failed.length + notTried + run.unfinished === 0 ? ['a part of the run failed before its targets'] : []),
  ];
  port.fail(`tenant-migrate report: run ${run.run.id}: ${parts.join('; ')}`);
}
