/**
 * verify --base with a full commit SHA (the Action's `command: check` passes the pull request's
 * base.sha) names the base by its first 12 characters, as lint does. Real git repository and a
 * real PostgreSQL server for the ephemeral databases.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyMigrations } from '../../src/verify/verify-migrations.js';
import { serverUrl } from '../support/database.js';
import { CREATE_USERS, migrationDir } from './support/migration-dir.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('verify --base <full SHA>', () => {
  it('names the base by 12 characters in deleted-migration and renamed-migration', async () => {
    const dir = migrationDir({
      'migrations/master/001_create_users.sql': CREATE_USERS,
      'migrations/master/002_create_users_again.sql': CREATE_USERS.replaceAll('users', 'people'),
    });
    dirs.push(dir);
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: dir, encoding: 'utf8' });
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-qm', 'base');
    const sha = git('rev-parse', 'HEAD').trim();
    const short = sha.slice(0, 12);
    git('mv', 'migrations/master/001_create_users.sql', 'migrations/master/001_create_user_accounts.sql');
    git('rm', '-q', 'migrations/master/002_create_users_again.sql');
    const report = await verifyMigrations({ dir: join(dir, 'migrations'), ephemeral: 'server', ephemeralUrl: serverUrl(), base: sha });
    const byCode = Object.fromEntries(report.findings.map((finding) => [finding.code, finding.message]));
    expect(byCode['renamed-migration']).toContain(`001_create_users.sql on ${short} is renamed (now `);
    expect(byCode['deleted-migration']).toContain(`002_create_users_again.sql exists on ${short} but was deleted`);
    expect(JSON.stringify(report.findings)).not.toContain(sha);
  });
});
