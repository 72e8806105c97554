/** verifyMigrations on the embedded provider: it starts its own PostgreSQL and stops it afterwards. */
import { rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyMigrations } from '../../src/verify/verify-migrations.js';
import { CREATE_USERS, headerMigration, migrationDir } from './support/migration-dir.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

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
    const report = await verifyMigrations({
      dir,
      ephemeral: 'embedded',
      onProgress: (event) => {
        if (event.type === 'provider-ready') port = Number(/port (\d+)/.exec(event.detail)?.[1]);
      },
    });
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
  });
});
