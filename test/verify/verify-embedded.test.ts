/** verifyMigrations on the embedded provider: it starts its own PostgreSQL and stops it afterwards. */
import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyMigrations } from '../../src/verify/verify-migrations.js';
import { CREATE_USERS, headerMigration, migrationDir } from './support/migration-dir.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/**
 * A temporary directory of the test's own, to see what the embedded server leaves in it. Readable
 * by others: when the tests run as root, the server runs as the postgres OS user and reads from it.
 */
function privateTmpdir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tenant-migrate-tmpdir-'));
  chmodSync(dir, 0o755);
  dirs.push(dir);
  return dir;
}

const serverDirsIn = (dir: string) => readdirSync(dir).filter((name) => name.startsWith('tenant-migrate-pg-'));

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('verify on the embedded provider', () => {
  it('verifies master and tenant migrations, reports a forgotten column and the ALTER TABLE lock, then stops the server', {
    timeout: 180_000,
  }, async () => {
    const dir = migrationDir({
      'master/001_create_users.sql': CREATE_USERS,
      'master/002_add_email_verified.sql': headerMigration(
        'ALTER TABLE users ADD COLUMN IF NOT EXISTS email_verified BOOLEAN DEFAULT FALSE;',
        'SELECT 1;',
      ),
      'tenant/001_create_users.sql': CREATE_USERS,
    });
    dirs.push(dir);
    let port: number | undefined;
    let serverDirsWhileRunning: string[] = [];
    const ownTmpdir = privateTmpdir();
    const previousTmpdir = process.env.TMPDIR;
    process.env.TMPDIR = ownTmpdir;
    let report: Awaited<ReturnType<typeof verifyMigrations>>;
    try {
      report = await verifyMigrations({
        dir,
        ephemeral: 'embedded',
        onProgress: (event) => {
          if (event.type === 'provider-ready') {
            port = Number(/port (\d+)/.exec(event.detail)?.[1]);
            serverDirsWhileRunning = serverDirsIn(ownTmpdir);
          }
        },
      });
    } finally {
      if (previousTmpdir === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = previousTmpdir;
    }
    expect(report.provider).toBe('embedded');
    expect(report.ok).toBe(false);
    const [master, tenant] = report.scopes;
    expect(master.migrations.map((m) => [m.name, m.status])).toEqual([
      ['001_create_users', 'passed'],
      ['002_add_email_verified', 'failed'],
    ]);
    expect(master.migrations[1].findings.map((finding) => finding.message)).toEqual([
      'column users.email_verified still exists after DOWN',
    ]);
    expect(master.migrations[1].statements[0].locks).toContainEqual({
      relation: 'users',
      mode: 'AccessExclusiveLock',
      existedBefore: true,
    });
    expect(tenant.migrations.map((m) => m.status)).toEqual(['passed']);
    expect(port).toBeGreaterThan(0);
    expect(await portAnswers(port as number)).toBe(false);
    expect(serverDirsWhileRunning).toHaveLength(1);
    expect(serverDirsIn(ownTmpdir)).toEqual([]);
  });

  it('removes its temporary directory when interrupted', { timeout: 180_000 }, async () => {
    const dir = migrationDir({
      'master/001_slow.sql': headerMigration('SELECT pg_sleep(120);', 'SELECT 1;'),
    });
    dirs.push(dir);
    const ownTmpdir = privateTmpdir();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', 'verify', '--dir', dir, '--ephemeral', 'embedded'], {
      env: { ...process.env, TMPDIR: ownTmpdir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await waitForStderr(child, /created database/);
    expect(serverDirsIn(ownTmpdir)).toHaveLength(1);
    const exit = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGINT');
    await exit;
    expect(serverDirsIn(ownTmpdir)).toEqual([]);
  });
});

function waitForStderr(child: ChildProcess, pattern: RegExp): Promise<void> {
  return new Promise((resolve, reject) => {
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (pattern.test(stderr)) resolve();
    });
    child.on('exit', () => reject(new Error(`verify exited before ${pattern}:\n${stderr}`)));
  });
}
