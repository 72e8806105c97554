/**
 * `command: deploy | rollback | status`: the fleet runner with its report as the job summary
 * (a per-target table) and as outputs. The step fails when any target failed.
 */
import * as core from '@actions/core';
import { TenantMigrateError } from '../errors.js';
import { fleetStatus, migrateFleet, rollbackFleet } from '../fleet/index.js';
import type { FleetOptions, ProgressEvent } from '../fleet/types.js';
import { renderFleetMarkdown, renderStatusMarkdown } from '../report/fleet-markdown.js';
import { formatTargetError, formatTargetLine } from '../report/fleet-text.js';
import type { ActionInputs } from './inputs.js';
import { registerConnectionSecrets } from './secrets.js';

export async function runFleetCommand(inputs: ActionInputs & { command: 'deploy' | 'rollback' | 'status' }): Promise<void> {
  const masterUrl = inputs.masterDbUrl ?? process.env.MASTER_DB_URL;
  if (!masterUrl) {
    throw new TenantMigrateError('MASTER_URL_MISSING', `command ${inputs.command} needs the master database`, {
      hint: 'set the master-db-url input from a secret: master-db-url: ${{ secrets.MASTER_DB_URL }}',
    });
  }
  registerConnectionSecrets([masterUrl]);
  const options: FleetOptions = {
    dir: inputs.migrationsDir,
    masterUrl,
    tenantsQuery: inputs.tenantsQuery,
    shard: inputs.shard,
    concurrency: inputs.concurrency,
    target: inputs.target,
    to: inputs.to,
    onTargets: (targets) => registerConnectionSecrets(targets.map((target) => target.url)),
    onProgress: logProgress,
  };

  if (inputs.command === 'status') {
    const report = await fleetStatus(options);
    await core.summary.addRaw(renderStatusMarkdown(report)).write();
    core.setOutput('report', JSON.stringify(report));
    core.setOutput(
      'failed-targets',
      report.targets
        .filter((row) => row.error)
        .map((row) => row.name)
        .join(','),
    );
    return;
  }

  const report = inputs.command === 'deploy' ? await migrateFleet(options) : await rollbackFleet({ ...options, steps: inputs.steps });
  await core.summary.addRaw(renderFleetMarkdown(report)).write();
  const failed = report.targets.filter((target) => target.status === 'failed');
  core.setOutput('report', JSON.stringify(report));
  core.setOutput('applied', String(report.targets.reduce((sum, target) => sum + target.applied.length, 0)));
  core.setOutput('failed-targets', failed.map((target) => target.name).join(','));
  for (const target of failed) {
    if (!target.error) continue;
    core.error(`${target.name}: ${formatTargetError(target.error)}`, {
      title: `tenant-migrate ${inputs.command}: ${target.name}`,
      file: target.error.file,
      startLine: target.error.line,
    });
  }
  if (report.error) core.error(formatTargetError(report.error));
  if (!report.ok) {
    const names = failed.map((target) => target.name).join(', ');
    core.setFailed(
      `tenant-migrate ${inputs.command}: ${failed.length} target(s) failed${names ? `: ${names}` : ''}${report.error ? `; ${report.error.message}` : ''}`,
    );
  }
}

function logProgress(event: ProgressEvent): void {
  if (event.type === 'target-done') core.info(`[${event.done}/${event.total}] ${event.result.kind} ${formatTargetLine(event.result)}`);
  else if (event.type === 'total') core.info(`${event.total} target(s)`);
}
