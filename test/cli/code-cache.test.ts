/**
 * The bundled CLI runs lint from its own bundle through V8's code cache (src/cli/code-cache.ts):
 * the first run writes the cache in the user's cache folder, later runs use it, a cache that does
 * not match is replaced, and a folder others may write to is not used. The output is the same in
 * every case.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { project } from '../lint/helpers.js';

const dist = join(inject('actionDir'), 'dist');
const caches = mkdtempSync(join(inject('actionDir'), 'code-cache-'));
afterAll(() => rmSync(caches, { recursive: true, force: true }));

const files = {
  'migrations/tenant/001_drop.sql': '-- +goose Up\nDROP TABLE users;\n-- +goose Down\nSELECT 1;\n',
  'migrations/tenant/002_ok.sql': '-- +goose Up\nCREATE TABLE IF NOT EXISTS t (id int);\n-- +goose Down\nDROP TABLE IF EXISTS t;\n',
};

function lint(root: string, cacheHome: string) {
  const run = spawnSync(process.execPath, [join(dist, 'cli.js'), 'lint', '--format', 'json'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, XDG_CACHE_HOME: cacheHome },
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const folderOf = (cacheHome: string) => join(cacheHome, 'tenant-migrate', 'v8-code-cache');
const lintBundle = () => readdirSync(dist).find((name) => /^lint-[0-9a-f]+\.cjs$/.test(name)) ?? '';

describe.skipIf(process.platform === 'win32' || process.platform === 'darwin')('V8 code cache of the bundled lint', () => {
  it('is written by the first run, used (not rewritten) by the next, and replaced when it does not match', () => {
    const root = project(files);
    const home = join(caches, 'home');
    const first = lint(root, home);
    expect(first.code).toBe(1);
    expect(JSON.parse(first.stdout).findings.map((finding: { rule: string }) => finding.rule)).toContain('destructive');
    const [file] = readdirSync(folderOf(home));
    expect(file).toBe(`${lintBundle()}.${process.version}.${process.arch}.bin`);
    const path = join(folderOf(home), file);
    // Made from this very bundle: its first 32 bytes are the source's sha256.
    const source = readFileSync(join(dist, lintBundle()), 'utf8');
    expect(readFileSync(path).subarray(0, 32)).toEqual(createHash('sha256').update(source).digest());
    expect(statSync(folderOf(home)).mode & 0o777).toBe(0o700);

    const past = new Date('2020-01-01T00:00:00Z');
    utimesSync(path, past, past);
    const second = lint(root, home);
    expect(second).toEqual(first);
    expect(statSync(path).mtime).toEqual(past);

    // Data of another source, and data of this source that is not whole: both replaced, same output.
    for (const broken of [Buffer.alloc(4096, 7), Buffer.concat([readFileSync(path).subarray(0, 64), Buffer.alloc(4096, 7)])]) {
      writeFileSync(path, broken);
      expect(lint(root, home)).toEqual(first);
      expect(readFileSync(path).subarray(0, 32)).toEqual(createHash('sha256').update(source).digest());
      expect(readFileSync(path).length).toBeGreaterThan(4096 + 64);
    }
  });

  it("keeps the data of the four most recent builds (a few projects' versions side by side), removing older ones", () => {
    const root = project(files);
    const home = join(caches, 'several');
    mkdirSync(folderOf(home), { recursive: true, mode: 0o700 });
    const planted = ['a', 'b', 'c', 'd', 'e'].map((name, index) => {
      const path = join(folderOf(home), `lint-${name}.cjs.v0.x64.bin`);
      writeFileSync(path, 'other build');
      const when = new Date(Date.UTC(2020, 0, 1 + index));
      utimesSync(path, when, when);
      return `lint-${name}.cjs.v0.x64.bin`;
    });
    lint(root, home);
    const ours = `${lintBundle()}.${process.version}.${process.arch}.bin`;
    expect(readdirSync(folderOf(home)).sort()).toEqual([...planted.slice(2), ours].sort());
  });

  it('does not use a folder that others may write to, nor fail the run when there is none', () => {
    const root = project(files);
    const home = join(caches, 'shared');
    mkdirSync(folderOf(home), { recursive: true });
    chmodSync(folderOf(home), 0o777);
    const shared = lint(root, home);
    expect(readdirSync(folderOf(home))).toEqual([]);

    const blocked = join(caches, 'a-file');
    writeFileSync(blocked, '');
    const none = lint(root, join(blocked, 'under-a-file'));
    expect(none).toEqual(shared);
    expect(none.code).toBe(1);
  });
});
