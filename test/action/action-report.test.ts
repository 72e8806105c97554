/**
 * The Action's `report` command in-process against a real fleet: two deploy jobs of one matrix
 * (shards under the workflow run's id), then the last job's report: one job summary and one set
 * of outputs for the whole run, the step failing because a shard's tenant failed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/action/main.js';
import { BASIC_FILES, createDatabaseFleet, type TestFleet, writeMigrations } from '../fleet/support/fleet.js';
import { recordingPort } from '../support/action-port.js';
import { queryDatabase } from '../support/database.js';

describe('the Action report command', () => {
  let fleet: TestFleet;
  let files: ReturnType<typeof writeMigrations>;
  const BROKEN = 'tenant-3';
  const workflow = { GITHUB_RUN_ID: `${Date.now()}`, GITHUB_RUN_ATTEMPT: '2' };

  beforeAll(async () => {
    fleet = await createDatabaseFleet('action_report', 4);
    files = writeMigrations(BASIC_FILES);
    // The table a tenant migration creates, already there with another shape: that tenant fails.
    await queryDatabase(fleet.tenants[2].url, 'CREATE TABLE tags (id int)');
  });
  afterAll(async () => {
    await fleet?.drop();
    files?.remove();
  });

  const action = async (inputs: Record<string, string>) => {
    const port = recordingPort(
      { 'migrations-dir': files.dir, 'master-db-url': fleet.master.url, 'tenants-query': 'SELECT * FROM tenants ORDER BY id', ...inputs },
      { env: workflow },
    );
    await run(port);
    return port;
  };

  it("merges every shard of the workflow run into one summary; the step fails on the broken shard's tenant", async () => {
    const shards = await Promise.all(['1/2', '2/2'].map((shard) => action({ command: 'deploy', shard })));
    const runId = `gh-${workflow.GITHUB_RUN_ID}-2`;
    expect(shards.map((port) => port.outputs['run-id'])).toEqual([runId, runId]);
    expect(shards.filter((port) => port.failure).length).toBe(1);

    const report = await action({ command: 'report' });
    expect(report.outputs['run-id']).toBe(runId);
    expect(report.outputs['failed-targets']).toBe(BROKEN);
    expect(report.failure).toBe(`tenant-migrate report: run ${runId}: 1 target(s) failed: ${BROKEN}`);
    const merged = JSON.parse(report.outputs.report);
    expect(merged.targets.map((target: { name: string }) => target.name)).toEqual(['master', ...fleet.tenants.map((t) => t.name)]);
    expect(merged.targets.map((target: { status: string }) => target.status)).toEqual([
      'applied',
      'applied',
      'applied',
      'failed',
      'applied',
    ]);
    expect(report.summaryText).toContain(`run ${runId}: migrate`);
    expect(report.summaryText).toMatch(/parts \(2\): shard [12]\/2 (ok|FAILED), shard [12]\/2 (ok|FAILED)/);
    expect(report.summaryText).toContain('```mermaid');
    for (const tenant of fleet.tenants) expect(report.summaryText).toContain(tenant.name);
  });

  it('names the run it cannot find, with the run-id input, and fails the step', async () => {
    const port = await action({ command: 'report', 'run-id': 'no-such-run' });
    expect(port.failure).toMatch(/^tenant-migrate report: error: no run no-such-run in the run record \[RUN_NOT_FOUND\]/);
    expect(port.outputs['failed-targets']).toBe('master');
    expect(port.summaryText).toContain('no run no-such-run');
  });

  it('outside a workflow run and without run-id, says which input to set', async () => {
    const port = recordingPort({ command: 'report', 'master-db-url': fleet.master.url }, { env: {} });
    await run(port);
    expect(port.failure).toMatch(/command report needs the run to summarise/);
    expect(port.failure).toMatch(/set the run-id input to the id the deploy jobs recorded under/);
  });
});
