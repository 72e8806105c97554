/**
 * `demo` and `dev`: the README's first command and the local fleet, on real embedded PostgreSQL
 * servers these commands start themselves.
 */
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';

const repositoryRoot = join(import.meta.dirname, '..', '..');

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('demo', () => {
  it('runs the whole job on an embedded PostgreSQL and leaves nothing running', async () => {
    const result = await cli(['demo', '--dir', join(repositoryRoot, 'migrations')], { cwd: repositoryRoot });
    expect(result.code).toBe(0);
    // Progress goes to stderr, one line per target when not on a terminal.
    expect(result.stderr).toMatch(/^\[4\/4\] /m);
    const steps = result.stdout.split('\n').filter((line) => line.startsWith('== '));
    expect(steps.map((line) => line.split(':')[0])).toEqual([
      '== Start PostgreSQL',
      // The absolute --dir, shown relative to the working directory (issue 11).
      '== Lint migrations',
      '== Verify',
      '== Create the fleet',
      '== Migrate the master and every tenant',
      '== Status',
      '== Roll back the newest migration of every tenant, then migrate forward again',
      '== Stop PostgreSQL',
    ]);
    expect(result.stdout).toContain('9 files checked: no problems');
    expect(result.stdout).toMatch(/9 migrations verified: 9 passed/);
    for (const tenant of ['acme-corp', 'techstart', 'startupxyz']) {
      expect(result.stdout).toMatch(new RegExp(`${tenant}\\s+tenant\\s+4\\s+4\\s+0`));
    }
    expect(result.stdout).toMatch(/rollback: 3 targets, 3 rolled back/);
    expect(result.stdout).toMatch(/demo finished in [\d.]+ s/);
    // The server is gone when the demo ends: no run record to point at.
    expect(result.stdout).not.toContain('recorded: tenant-migrate runs show');
    const port = Number(/on 127\.0\.0\.1:(\d+)/.exec(result.stdout)?.[1]);
    expect(await portOpen(port)).toBe(false);
  });
});

describe('demo on a project of its own', () => {
  it('creates the tenants table when the master migrations do not, and runs a flat goose directory', async () => {
    const project = mkdtempSync(join(tmpdir(), 'tm-demo-flat-'));
    mkdirSync(join(project, 'db'));
    writeFileSync(
      join(project, 'db', '00001_create_notes.sql'),
      '-- +goose Up\nCREATE TABLE IF NOT EXISTS notes (id BIGSERIAL PRIMARY KEY, body TEXT NOT NULL);\n\n-- +goose Down\nDROP TABLE IF EXISTS notes;\n',
    );
    try {
      const result = await cli(['demo', '--dir', join(project, 'db')], { cwd: project });
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('the master migrations made no tenants table: created one (name, database_url, active)');
      for (const tenant of ['acme-corp', 'techstart', 'startupxyz']) {
        expect(result.stdout).toMatch(new RegExp(`${tenant}\\s+tenant\\s+1\\s+1\\s+0`));
      }
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});

describe('dev up / down', () => {
  it('keeps a fleet running under .tenant-migrate/ until dev down, and prints MASTER_DB_URL', async () => {
    const project = mkdtempSync(join(tmpdir(), 'tm-dev-'));
    // mkdtemp makes a 0700 directory; as root the server runs as `postgres`, which must enter it.
    chmodSync(project, 0o755);
    cpSync(join(repositoryRoot, 'migrations'), join(project, 'migrations'), { recursive: true });
    try {
      const up = await cli(['dev', 'up', '--dir', join(project, 'migrations')], { cwd: project });
      expect(up.stderr).toBe('');
      expect(up.code).toBe(0);
      const masterUrl = /^export MASTER_DB_URL=(\S+)$/m.exec(up.stdout)?.[1];
      expect(masterUrl).toMatch(/^postgresql:\/\/postgres@127\.0\.0\.1:\d+\/master$/);
      expect(existsSync(join(project, '.tenant-migrate', 'pg', 'data', 'PG_VERSION'))).toBe(true);

      // The server outlives the command: the tenants are registered and the fleet can be migrated.
      const client = new pg.Client({ connectionString: masterUrl });
      await client.connect();
      const tenants = await client.query('SELECT name FROM tenants ORDER BY name');
      await client.end();
      expect(tenants.rows.map((row) => row.name)).toEqual(['acme-corp', 'startupxyz', 'techstart']);
      const migrate = await cli(['migrate', '--dir', join(project, 'migrations'), '--master-url', masterUrl as string], { cwd: project });
      expect(migrate.code).toBe(0);
      expect(migrate.stdout).toMatch(/3 migrated, 1 up to date/);

      // A second `up` finds it running and changes nothing; status says so and gives the URL.
      const again = await cli(['dev', 'up', '--dir', join(project, 'migrations')], { cwd: project });
      expect(again.stdout).toContain('already running');
      const status = await cli(['dev', 'status'], { cwd: project });
      expect(status.stdout).toMatch(/^dev PostgreSQL running on port \d+/);
      expect(status.stdout).toContain(`export MASTER_DB_URL=${masterUrl}`);

      const down = await cli(['dev', 'down'], { cwd: project });
      expect(down.stdout).toContain('dev PostgreSQL stopped');
      const port = Number(new URL(masterUrl as string).port);
      expect(await portOpen(port)).toBe(false);
      expect((await cli(['dev', 'status'], { cwd: project })).stdout).toMatch(/^dev PostgreSQL stopped/);
    } finally {
      await cli(['dev', 'down'], { cwd: project });
      rmSync(project, { recursive: true, force: true });
    }
  });
});
