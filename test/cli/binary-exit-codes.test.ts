/**
 * The exit code of the real binary (dist/cli.js, freshly bundled), not of runCli in-process: the process's own
 * exit path is where a dependency's exit hook could turn a failure into a success.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';

// The fresh bundle test/setup/bundle.ts built for this run, not the committed dist/.
const cliPath = join(inject('actionDir'), 'dist', 'cli.js');
const scratch = mkdtempSync(join(tmpdir(), 'tm-exit-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const run = (args: string[]) => spawnSync(process.execPath, [cliPath, ...args], { cwd: scratch, encoding: 'utf8', timeout: 120_000 });

describe('exit codes of dist/cli.js', () => {
  it('is 1 when verify on the embedded server finds a DOWN that does not undo its UP', () => {
    const dir = join(scratch, 'migrations');
    mkdirSync(join(dir, 'tenant'), { recursive: true });
    writeFileSync(
      join(dir, 'tenant', '001_add_flag.sql'),
      '-- +goose Up\nCREATE TABLE IF NOT EXISTS flags (id int);\n-- +goose Down\nDROP TABLE IF EXISTS something_else;\n',
    );
    const result = run(['verify', '--ephemeral', 'embedded', '--dir', dir, '--quiet']);
    expect(result.stdout).toMatch(/table flags still exists after DOWN/);
    expect(result.status).toBe(1);
  });

  it('is 2 (usage) when demo is pointed at a directory that does not exist, before any server starts', () => {
    const result = run(['demo', '--dir', join(scratch, 'nowhere')]);
    expect(result.stderr).toMatch(/DIR_NOT_FOUND/);
    expect(result.stdout).not.toMatch(/Start PostgreSQL/);
    expect(result.status).toBe(2);
  });

  it('is 2 for a usage error', () => {
    expect(run(['migrate', '--dry-rn']).status).toBe(2);
  });
});
