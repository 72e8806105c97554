/**
 * Every command resolves its paths against the same working directory (the CLI's `cwd`, not the
 * test process's), and the paths in what it prints are relative to that directory.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { relativeToCwd } from '../../src/cli/relative-paths.js';
import { cli } from '../support/cli.js';
import { serverUrl } from '../support/database.js';

const OK = '-- +goose Up\nCREATE TABLE IF NOT EXISTS a (id int);\n-- +goose Down\nDROP TABLE IF EXISTS a;\n';
const FAILS = '-- +goose Up\nSELECT 1;\nINSERT INTO a (missing) VALUES (1);\n-- +goose Down\nSELECT 1;\n';
const OPEN_BLOCK = '-- +goose Up\nSELECT 1;\n-- +goose StatementBegin\nSELECT 2;\n';

let project: string;
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(project, path)), { recursive: true });
  writeFileSync(join(project, path), text);
};

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'tenant-migrate-cwd-'));
  write('migrations/tenant/001_ok.sql', OK);
  write('migrations/tenant/002_fails.sql', FAILS);
  write('broken/tenant/001_open.sql', OPEN_BLOCK);
  expect(process.cwd()).not.toBe(project);
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

const inProject = (...args: string[]) => cli(args, { cwd: project });

function expectNoAbsolutePath(result: { stdout: string; stderr: string }) {
  expect(result.stdout).not.toContain(project);
  expect(result.stderr).not.toContain(project);
}

describe('commands run from another working directory', () => {
  it('show reads a path relative to the working directory, and prints it so, even when given absolute', async () => {
    const relative = await inProject('show', 'migrations/tenant/001_ok.sql');
    expect(relative.code).toBe(0);
    expect(relative.stdout.split('\n')[0]).toBe('migrations/tenant/001_ok.sql');
    const absolute = await inProject('show', join(project, 'migrations/tenant/001_ok.sql'), '--json');
    expect(JSON.parse(absolute.stdout).path).toBe('migrations/tenant/001_ok.sql');
    const broken = await inProject('show', 'broken/tenant/001_open.sql');
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^broken\/tenant\/001_open\.sql:3:1: error: /);
    expectNoAbsolutePath(broken);
  });

  it('create writes into --dir under the working directory', async () => {
    const result = await inProject('create', 'add', 'tags', '--scope', 'tenant');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('created migrations/tenant/003_add_tags.sql');
    expect(existsSync(join(project, 'migrations/tenant/003_add_tags.sql'))).toBe(true);
    rmSync(join(project, 'migrations/tenant/003_add_tags.sql'));
  });

  it('verify reads --dir and writes --output under the working directory; its failures name relative paths', async () => {
    const result = await inProject('verify', '--ephemeral', 'server', '--ephemeral-url', serverUrl(), '--output', 'verify.txt');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('report written to verify.txt');
    const { readFileSync } = await import('node:fs');
    const report = readFileSync(join(project, 'verify.txt'), 'utf8');
    expect(report).toMatch(/migrations\/tenant\/002_fails\.sql:3:\d+: error: UP failed/);
    expect(report).not.toContain(project);
    expectNoAbsolutePath(result);
    const absolute = await inProject('verify', '--dir', join(project, 'migrations'), '--ephemeral-url', serverUrl(), '--quiet');
    expect(absolute.stdout).toMatch(/ migrations\/tenant\/002_fails\.sql:3:\d+: error: UP failed/);
    expectNoAbsolutePath(absolute);
  });

  it('migrate and status name a broken file relative to the working directory', async () => {
    for (const command of ['migrate', 'status']) {
      const result = await inProject(command, '--dir', 'broken', '--master-url', 'postgresql://deploy@127.0.0.1:9/master');
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^broken\/tenant\/001_open\.sql:3:1: error: .*\[UNTERMINATED_BLOCK\]/);
      expectNoAbsolutePath(result);
    }
  });

  it('lint finds the config and the files of the working directory', async () => {
    write('tenant-migrate.config.json', JSON.stringify({ lint: { rules: { 'require-idempotent': 'off' } } }));
    const result = await inProject('lint', '--json');
    rmSync(join(project, 'tenant-migrate.config.json'));
    const files = JSON.parse(result.stdout).findings.map((finding: { file: string }) => finding.file);
    expect(files.every((file: string) => file.startsWith('migrations/tenant/'))).toBe(true);
    expect(JSON.parse(result.stdout).findings.map((finding: { rule: string }) => finding.rule)).not.toContain('require-idempotent');
  });
});

describe('relativeToCwd', () => {
  it('shortens paths under the directory, where a path starts, and nothing else', () => {
    expect(relativeToCwd('/x/repo/migrations/a.sql:3:1: error', '/x/repo')).toBe('migrations/a.sql:3:1: error');
    expect(relativeToCwd('"path": "/x/repo/a.sql"', '/x/repo/')).toBe('"path": "a.sql"');
    expect(relativeToCwd('/y/x/repo/a.sql and /x/repo2/a.sql', '/x/repo')).toBe('/y/x/repo/a.sql and /x/repo2/a.sql');
    expect(relativeToCwd('/x/repo', '/x/repo')).toBe('/x/repo');
    expect(relativeToCwd('/etc/passwd', '/')).toBe('/etc/passwd');
  });
});
