/**
 * `command: deploy | rollback | status`: the fleet runner with its report as the job summary
 * (a per-target table) and as outputs. The step fails when any target failed. When the run
 * cannot even start (the master unreachable, a bad migration file), the summary and the outputs
 * still say so before the step fails.
 */

import { TenantMigrateError } from '../errors.js';
import { fleetStatus, migrateFleet, rollbackFleet } from '../fleet/index.js';
import type { RolloutOptions } from '../fleet/rollout.js';
import { loadRolloutConfig } from '../fleet/rollout-config-file.js';
import type { RecordOptions } from '../fleet/run-recorder.js';
import { toTargetError } from '../fleet/run-target.js';
import { gooseTableFrom, tenantsQueryFromConfig } from '../fleet/tenants-query-config.js';
import type { FleetOptions, FleetReport, ProgressEvent, StatusReport, TargetError } from '../fleet/types.js';
import { abortOnSignals } from '../process-signals.js';
import { renderFleetMarkdown, renderStatusMarkdown } from '../report/fleet-markdown.js';
import { formatTargetError, formatTargetLine } from '../report/fleet-text.js';
import { fleetReportInTerms, statusReportInTerms, targetErrorInTerms } from '../report/in-terms.js';
import { selectAnnotations, targetFailureAnnotations } from './annotations.js';
import { emitAnnotations } from './emit-annotations.js';
import type { ActionInputs } from './inputs.js';
import { writeSummary } from './job-summary.js';
import type { ActionPort } from './port.js';
import { fleetReportOutput, statusReportOutput } from './report-output.js';
import { registerConnectionSecrets } from './secrets.js';
import { ACTION_TERMS } from './terms.js';
import { workflowRunId } from './workflow-run.js';

type FleetCommand = 'deploy' | 'rollback' | 'status';
/** The commands whose run can stop before its report (report reads a recorded run). */
type ReportingCommand = FleetCommand | 'report';

export const SUMMARY_POINTER = 'Failed targets are listed first; the `report` output and the step log have the rest.';

export async function runFleetCommand(port: ActionPort, inputs: ActionInputs & { command: FleetCommand }): Promise<void> {
  const masterUrl = inputs.masterUrl ?? (port.env.MASTER_DB_URL || undefined);
  registerConnectionSecrets(port, [masterUrl]);
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
      await reportRunFailure(port, inputs.command, runError(error, masterUrl));
      return undefined;
    }
  };
  if (inputs.command === 'status') {
    const report = await attempt((url) => fleetStatus(fleetOptions(port, inputs, url)));
    if (report) await publishStatus(port, statusReportInTerms(report, ACTION_TERMS));
    return;
  }
  const command = inputs.command;
  const report = await attempt(async (url) => {
    const options = { ...fleetOptions(port, inputs, url), ...(await rolloutOptions(inputs, port.env)) };
    // A cancelled workflow run sends SIGINT (then SIGTERM): the run stops cleanly and still reports.
    return abortOnSignals(
      (signal) =>
        command === 'deploy' ? migrateFleet({ ...options, signal }) : rollbackFleet({ ...options, steps: inputs.steps, signal }),
      {
        first: (signal) =>
          port.warning(`${signal}: stopping; no new target starts, the migrations running are cancelled; the summary lists what finished`),
        again: (signal) => {
          port.log(`${signal} again: exiting now, without the summary`);
          process.exit(1);
        },
      },
    );
  });
  if (report) await publishFleetReport(port, command, fleetReportInTerms(report, ACTION_TERMS));
}

function fleetOptions(port: ActionPort, inputs: ActionInputs, masterUrl: string): FleetOptions {
  return {
    dir: inputs.dir,
    masterUrl,
    tenantsQuery: inputs.tenantsQuery ?? tenantsQueryFromConfig(process.cwd()),
    gooseTable: gooseTableFrom(inputs.gooseTable, port.env, process.cwd()),
    tenants: inputs.tenants,
    shard: inputs.shard,
    concurrency: inputs.concurrency,
    maxConnections: inputs.maxConnections,
    lockRetries: inputs.lockRetries,
    createMissing: inputs.createMissing,
    target: inputs.target,
    to: inputs.to,
    dryRun: inputs.dryRun,
    lockTimeout: inputs.lockTimeout,
    statementTimeout: inputs.statementTimeout,
    connectTimeout: inputs.connectTimeout,
    lockWait: inputs.lockWait,
    allowDrift: inputs.allowDrift,
    allowOutOfOrder: inputs.allowOutOfOrder,
    onTargets: (targets) =>
      registerConnectionSecrets(
        port,
        targets.map((target) => target.url),
      ),
    onProgress: (event) => logProgress(port, event),
  };
}

/**
 * canary, wave, max-failures, the waves of tenant-migrate.config.json in the workspace, and the
 * run record: the run id defaults to the workflow run's (id and attempt), so the jobs of one
 * matrix share one run and a re-run is a run of its own.
 */
async function rolloutOptions(inputs: ActionInputs, env: NodeJS.ProcessEnv): Promise<RolloutOptions & RecordOptions> {
  const workflowRun = workflowRunId(env);
  const record = inputs.record !== false && !inputs.dryRun;
  return {
    rollout: await loadRolloutConfig(process.cwd()),
    canary: inputs.canary,
    wave: inputs.wave,
    maxFailures: inputs.maxFailures,
    record: inputs.record,
    runId: inputs.runId ?? (record ? workflowRun : undefined),
    retryFailed: inputs.retryFailed,
    claim: inputs.claim,
  };
}

/** The step fails as `tenant-migrate status` exits 1: a target unreachable, with drift or out-of-order versions. */
async function publishStatus(port: ActionPort, report: StatusReport): Promise<void> {
  const unreachable = report.targets.filter((row) => row.error).map((row) => row.name);
  const drifted = report.targets.filter((row) => !row.error && (row.drift.length > 0 || row.outOfOrder.length > 0)).map((row) => row.name);
  port.output('report', statusReportOutput(report));
  port.output('failed-targets', unreachable.join(','));
  await writeSummary(port, renderStatusMarkdown(report), SUMMARY_POINTER);
  if (report.ok) return;
  const parts = [
    ...(unreachable.length > 0 ? [`${unreachable.length} target(s) could not be read: ${listNames(unreachable)}`] : []),
    ...(drifted.length > 0 ? [`${drifted.length} target(s) with drift or out-of-order versions: ${listNames(drifted)}`] : []),
    ...(report.error ? [report.error.message] : []),
  ];
  port.fail(`tenant-migrate status: ${parts.join('; ')}`);
}

export function listNames(names: string[]): string {
  return names.length > 10 ? `${names.slice(0, 10).join(', ')} and ${names.length - 10} more` : names.join(', ');
}

async function publishFleetReport(port: ActionPort, command: 'deploy' | 'rollback', report: FleetReport): Promise<void> {
  const failed = report.targets.filter((target) => target.status === 'failed');
  port.output('report', fleetReportOutput(report));
  port.output('applied', String(report.targets.reduce((sum, target) => sum + target.applied.length, 0)));
  if (report.runId) port.output('run-id', report.runId);
  port.output('failed-targets', failed.map((target) => target.name).join(','));
  await writeSummary(port, renderFleetMarkdown(report), SUMMARY_POINTER);

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
  emitAnnotations(port, shown);
  if (hidden.length > 0) port.log(`${hidden.length} more failure(s) are in the job summary (GitHub shows 10 annotations of each kind).`);
  if (report.interrupted && report.error) {
    // What finished, what was interrupted and what was not started, in one line.
    port.fail(`tenant-migrate ${command}: ${report.error.message}`);
  } else if (!report.ok) {
    const listed = listNames(failed.map((target) => target.name));
    port.fail(
      `tenant-migrate ${command}: ${failed.length} target(s) failed${listed ? `: ${listed}` : ''}${report.error ? `; ${report.error.message}` : ''}`,
    );
  }
}

/**
 * The run stopped before its report: the master could not be reached, the tenants not listed,
 * the files not read. Nothing reached the tenants, so the master stands for the failure.
 */
export async function reportRunFailure(port: ActionPort, command: ReportingCommand, error: TargetError): Promise<void> {
  port.output('report', JSON.stringify({ ok: false, error }));
  port.output('failed-targets', 'master');
  if (command === 'deploy' || command === 'rollback') port.output('applied', '0');
  const detail = [
    `**${error.code}**: ${error.message}`,
    ...(error.detail ? ['', '```', error.detail, '```'] : []),
    ...(error.hint ? ['', `_hint: ${error.hint}_`] : []),
  ];
  await writeSummary(
    port,
    [`### :x: tenant-migrate ${command}`, '', 'The run stopped before any target was done:', '', ...detail, ''].join('\n'),
    SUMMARY_POINTER,
  );
  port.fail(`tenant-migrate ${command}: ${formatTargetError(error).trim()}`);
}

/** The thrown error as plain data (password scrubbed, as the fleet reports it), in the Action's words. */
export function runError(error: unknown, masterUrl: string | undefined): TargetError {
  const described = targetErrorInTerms(toTargetError(error, masterUrl ? [masterUrl] : []), ACTION_TERMS);
  const where = described.file ? `${described.file}${described.line ? `:${described.line}` : ''}: ` : '';
  return { ...described, message: `${where}${described.message}` };
}

function logProgress(port: ActionPort, event: ProgressEvent): void {
  if (event.type === 'target-done') port.log(`[${event.done}/${event.total}] ${event.result.kind} ${formatTargetLine(event.result)}`);
  else if (event.type === 'total') port.log(`${event.total} target(s)`);
}
