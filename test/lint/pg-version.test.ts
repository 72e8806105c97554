/** --pg-version and lint.postgresVersion: rules that depend on the version follow it; the default is the oldest supported. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PG_VERSION } from '../../src/lint/types.js';
import { cli } from '../support/cli.js';
import { project } from './helpers.js';

const detach = "-- +goose Up\nSET lock_timeout = '5s';\nALTER TABLE events DETACH PARTITION events_2019;\n-- +goose Down\nSELECT 1;\n";

describe('PostgreSQL version', () => {
  it('defaults to the oldest supported major version (15), where DETACH CONCURRENTLY exists', async () => {
    expect(DEFAULT_PG_VERSION).toBe(15);
    const root = project({ 'migrations/tenant/001_a.sql': detach });
    expect((await cli(['lint'], { cwd: root })).stdout).toContain('[require-concurrent-detach]');
  });

  it('--pg-version and lint.postgresVersion turn version-bound rules off below their version; the flag wins', async () => {
    const root = project({ 'migrations/tenant/001_a.sql': detach });
    expect((await cli(['lint', '--pg-version', '13'], { cwd: root })).stdout).not.toContain('require-concurrent-detach');
    const configured = project({
      'migrations/tenant/001_a.sql': detach,
      'tenant-migrate.config.json': JSON.stringify({ lint: { postgresVersion: '13.4' } }),
    });
    expect((await cli(['lint'], { cwd: configured })).stdout).not.toContain('require-concurrent-detach');
    expect((await cli(['lint', '--pg-version', '16'], { cwd: configured })).stdout).toContain('require-concurrent-detach');
  });

  it('a version that is not a major version is a usage error (exit 2) or a config error', async () => {
    const root = project({ 'migrations/tenant/001_a.sql': detach });
    const usage = await cli(['lint', '--pg-version', '9'], { cwd: root });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/--pg-version.*"9"/);
    const bad = project({ 'migrations/tenant/001_a.sql': detach, 'tenant-migrate.config.json': '{"lint":{"postgresVersion":"latest"}}' });
    const config = await cli(['lint'], { cwd: bad });
    expect(config.code).toBe(2);
    expect(config.stderr).toMatch(/lint.postgresVersion: "latest" is not a PostgreSQL major version/);
  });

  it("a version past what lint supports (the parser's, 18) is refused with the range, on the command line and in the config", async () => {
    const root = project({ 'migrations/tenant/001_a.sql': detach });
    const usage = await cli(['lint', '--pg-version', '99'], { cwd: root });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--pg-version is "99"; expected a PostgreSQL major version from 10 to 18');
    expect(usage.stdout).toBe('');
    expect((await cli(['lint', '--pg-version', '18'], { cwd: root })).code).toBe(0);
    const configured = project({ 'migrations/tenant/001_a.sql': detach, 'tenant-migrate.config.json': '{"lint":{"postgresVersion":99}}' });
    const config = await cli(['lint'], { cwd: configured });
    expect(config.code).toBe(2);
    expect(config.stderr).toContain('lint.postgresVersion: "99" is not a PostgreSQL version lint supports (10 to 18)');
    expect(config.stderr).toContain('from 10 to 18, e.g. 15');
  });

  it('a version before the feature makes REINDEX CONCURRENTLY and DETACH PARTITION CONCURRENTLY errors (they fail there)', async () => {
    const root = project({
      'migrations/tenant/001_a.sql':
        '-- +goose NO TRANSACTION\n-- +goose Up\nREINDEX INDEX CONCURRENTLY idx;\nALTER TABLE events DETACH PARTITION events_2019 CONCURRENTLY;\n-- +goose Down\nSELECT 1;\n',
    });
    const rules = ['--rule', 'require-statement-timeout=off', '--rule', 'require-lock-timeout=off'];
    const on = async (version: string) =>
      JSON.parse((await cli(['lint', '--format', 'json', '--pg-version', version, ...rules], { cwd: root })).stdout);
    expect(
      (await on('11')).findings.map((f: { rule: string; severity: string; line: number }) => `${f.rule} ${f.severity} ${f.line}`),
    ).toEqual(['syntax-error error 3', 'syntax-error error 4']);
    expect((await on('13')).findings.map((f: { line: number }) => f.line)).toEqual([4]);
    expect((await on('14')).findings).toEqual([]);
  });
});
