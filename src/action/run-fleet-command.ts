/**
 * `command: deploy | rollback | status`: the fleet runner with its report as the job summary
 * (a per-target table) and as outputs. The step fails when any target failed. When the run
 * cannot even start (the master unreachable, a bad migration file), the summary and the outputs
 * still say so before the step fails.
 */

import * as core from '@actions/core';
import { TenantMigrateError } from '../errors.js';
import { fleetStatus, migrateFleet, rollbackFleet } from '../fleet/index.js';
import { toTargetError } from '../fleet/run-target.js';
import type { FleetOptions, FleetReport, ProgressEvent, StatusReport, TargetError } from '../fleet/types.js';
import { renderFleetMarkdown, renderStatusMarkdown } from '../report/fleet-markdown.js';
import { formatTargetError, formatTargetLine } from '../report/fleet-text.js';
import { inActionTerms } from './action-terms.js';
import { selectAnnotations, targetFailureAnnotations } from './annotations.js';
import { emitAnnotations } from './emit-annotations.js';
import type { ActionInputs } from './inputs.js';
import { writeSummary } from './job-summary.js';
import { fleetReportOutput, statusReportOutput } from './report-output.js';
import { registerConnectionSecrets } from './secrets.js';

type FleetCommand = 'deploy' | 'rollback' | 'status';

const SUMMARY_POINTER = 'Failed targets are listed first; the `report` output and the step log have the rest.';

export async function runFleetCommand(inputs: ActionInputs & { command: FleetCommand }): Promise<void> {
  const masterUrl = inputs.masterUrl ?? process.env.MASTER_DB_URL;
  registerConnectionSecrets([masterUrl]);
  // Only the fleet call's failure is the run's: what follows it writes its own report.
  const attempt = async <T>(call: (url: string) => Promise<T>): Promise<T | undefined> => {
    try {
      if (!masterUrl) {
        throw new TenantMigrateError('MASTER_URL_MISSING', `command ${inputs.command} needs the master database`, {
          hint: 'set the master-db-url input from a secret (master-db-url: ${{ secrets.MASTER_DB_URL }}) or the MASTER_DB_URL environment variable',
        });
      }
      return await call(masterUrl);
    } catch (error) {
      await reportRunFailure(inputs.command, runError(error, masterUrl));
      return undefined;
    }
  };
  if (inputs.command === 'status') {
    const report = await attempt((url) => fleetStatus(fleetOptions(inputs, url)));
    if (report) await publishStatus(report);
    return;
  }
  const command = inputs.command;
  const report = await attempt((url) =>
    command === 'deploy' ? migrateFleet(fleetOptions(inputs, url)) : rollbackFleet({ ...fleetOptions(inputs, url), steps: inputs.steps }),
  );
  if (report) await publishFleetReport(command, report);
}

function fleetOptions(inputs: ActionInputs, masterUrl: string): FleetOptions {
  return {
    dir: inputs.dir,
    masterUrl,
    tenantsQuery: inputs.tenantsQuery,
    shard: inputs.shard,
    concurrency: inputs.concurrency,
    maxConnections: inputs.maxConnections,
    lockRetries: inputs.lockRetries,
    target: inputs.target,
    to: inputs.to,
    onTargets: (targets) => registerConnectionSecrets(targets.map((target) => target.url)),
    onProgress: logProgress,
  };
}

async function publishStatus(report: StatusReport): Promise<void> {
  core.setOutput('report', statusReportOutput(report));
  core.setOutput(
    'failed-targets',
    report.targets
      .filter((row) => row.error)
      .map((row) => row.name)
      .join(','),
  );
  await writeSummary(renderStatusMarkdown(report), SUMMARY_POINTER);
}

async function publishFleetReport(command: 'deploy' | 'rollback', report: FleetReport): Promise<void> {
  const failed = report.targets.filter((target) => target.status === 'failed');
  core.setOutput('report', fleetReportOutput(report));
  core.setOutput('applied', String(report.targets.reduce((sum, target) => sum + target.applied.length, 0)));
  core.setOutput('failed-targets', failed.map((target) => target.name).join(','));
  await writeSummary(renderFleetMarkdown(report), SUMMARY_POINTER);

  // One annotation per distinct failure, within GitHub's 10 errors, one kept for setFailed.
  const candidates = targetFailureAnnotations(command, failed);
  if (report.error) {
    candidates.push({
      severity: 'error',
      title: `tenant-migrate ${command}`,
      message: formatTargetError(report.error).trim(),
      weight: Infinity,
    });
  }
  const { shown, hidden } = selectAnnotations(candidates, { error: report.ok ? 0 : 1 });
  emitAnnotations(shown);
  if (hidden.length > 0) core.info(`${hidden.length} more failure(s) are in the job summary (GitHub shows 10 annotations of each kind).`);
  if (!report.ok) {
    const names = failed.map((target) => target.name);
    const listed = names.length > 10 ? `${names.slice(0, 10).join(', ')} and ${names.length - 10} more` : names.join(', ');
    core.setFailed(
      `tenant-migrate ${command}: ${failed.length} target(s) failed${listed ? `: ${listed}` : ''}${report.error ? `; ${report.error.message}` : ''}`,
    );
  }
}

/**
 * The run stopped before its report: the master could not be reached, the tenants not listed,
 * the files not read. Nothing reached the tenants, so the master stands for the failure.
 */
async function reportRunFailure(command: FleetCommand, error: TargetError): Promise<void> {
  core.setOutput('report', JSON.stringify({ ok: false, error }));
  core.setOutput('failed-targets', 'master');
  if (command !== 'status') core.setOutput('applied', '0');
  const detail = [
    `**${error.code}**: ${error.message}`,
    ...(error.detail ? ['', '```', error.detail, '```'] : []),
    ...(error.hint ? ['', `_hint: ${error.hint}_`] : []),
  ];
  await writeSummary(
    [`### :x: tenant-migrate ${command}`, '', 'The run stopped before any target was done:', '', ...detail, ''].join('\n'),
    SUMMARY_POINTER,
  );
  core.setFailed(`tenant-migrate ${command}: ${formatTargetError(error).trim()}`);
}

/** The thrown error as plain data (password scrubbed, as the fleet reports it), in the Action's words. */
function runError(error: unknown, masterUrl: string | undefined): TargetError {
  const described = toTargetError(error, masterUrl ? [masterUrl] : []);
  const where = described.file ? `${described.file}${described.line ? `:${described.line}` : ''}: ` : '';
  return {
    ...described,
    message: inActionTerms(`${where}${described.message}`),
    ...(described.hint ? { hint: inActionTerms(described.hint) } : {}),
  };
}

function logProgress(event: ProgressEvent): void {
  if (event.type === 'target-done') core.info(`[${event.done}/${event.total}] ${event.result.kind} ${formatTargetLine(event.result)}`);
  else if (event.type === 'total') core.info(`${event.total} target(s)`);
}
