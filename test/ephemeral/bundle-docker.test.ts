/**
 * The docker provider as users get it: from dist/, copied where no node_modules can be found.
 * testcontainers (CommonJS) and its ssh2 dependency must come out of the bundle working: without an
 * engine the run must say that no engine answers, with one it must start a container. The bundle is
 * built into a directory of the test's own, so the repository's dist/ is left alone.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { probeDockerEngine } from '../../src/ephemeral/docker-engine.js';

const root = join(import.meta.dirname, '..', '..');
const bare = mkdtempSync(join(tmpdir(), 'tenant-migrate-bare-dist-'));
afterAll(() => rmSync(bare, { recursive: true, force: true }));

/** Opens the docker provider through dist/lib.js, makes one database, and prints what happened as JSON. */
const OPEN_DOCKER = `
const { openEphemeral } = await import('./dist/lib.js');
try {
  const provider = await openEphemeral({ provider: 'docker', image: process.env.TENANT_MIGRATE_TEST_IMAGE });
  try {
    await provider.createDatabase('master');
  } finally {
    await provider.close();
  }
  console.log(JSON.stringify({ opened: true }));
} catch (error) {
  console.log(JSON.stringify({ opened: false, code: error.code, message: error.message }));
}
`;

describe('the docker provider from a bare copy of dist/', () => {
  it('loads testcontainers and reports the engine, not a broken bundle', { timeout: 300_000 }, async () => {
    execFileSync(process.execPath, [join(root, 'scripts', 'bundle.mjs'), '--outdir', join(bare, 'dist')], { stdio: 'inherit' });
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', OPEN_DOCKER], {
      cwd: bare,
      env: { ...process.env, NODE_PATH: '' },
      encoding: 'utf8',
    });
    const outcome = JSON.parse(output.trim().split('\n').at(-1) ?? '{}');
    const engine = await probeDockerEngine();
    if (engine.answers) expect(outcome).toEqual({ opened: true });
    else {
      expect(outcome).toMatchObject({ opened: false, code: 'DOCKER_UNAVAILABLE' });
      expect(outcome.message).toMatch(/^no Docker engine answers \(/);
    }
  });
});
