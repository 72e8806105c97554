/** The server provider on the test server: databases made, dropped, and gone after Ctrl-C. */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { EPHEMERAL_DATABASE_PREFIX, openServerProvider } from '../../src/ephemeral/server-provider.js';
import { adminQuery, serverUrl } from '../support/database.js';

async function exists(name: string): Promise<boolean> {
  const result = await adminQuery('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  return result.rowCount === 1;
}

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('server provider', () => {
  it('creates databases with a recognisable random name and drops every one on close, even with a session open', async () => {
    const provider = await openServerProvider(serverUrl());
    const master = await provider.createDatabase('master');
    const tenant = await provider.createDatabase('tenant');
    expect(master.name).toMatch(new RegExp(`^${EPHEMERAL_DATABASE_PREFIX}[0-9a-f]{8}_master$`));
    expect(tenant.name.slice(0, -'tenant'.length)).toBe(master.name.slice(0, -'master'.length));
    const session = new pg.Client({ connectionString: tenant.url });
    session.on('error', () => undefined);
    await session.connect();
    expect(await exists(master.name)).toBe(true);
    await master.drop();
    expect(await exists(master.name)).toBe(false);
    await provider.close();
    expect(await exists(tenant.name)).toBe(false);
    await session.end().catch(() => undefined);
  });

  it('says which server does not answer, without its password', async () => {
    const error = await openServerProvider('postgresql://someone:s3cretpass@127.0.0.1:1/postgres').catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'EPHEMERAL_SERVER_UNREACHABLE' });
    expect(String((error as Error).message)).toContain('postgresql://someone:***@127.0.0.1:1/postgres');
    expect(String((error as Error).message)).not.toContain('s3cretpass');
  });
});

describe('an interrupted verify', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('drops its database on %s and says it was interrupted', async (sent) => {
    const dir = mkdtempSync(join(tmpdir(), 'tenant-migrate-sigint-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'master'));
    writeFileSync(
      join(dir, 'master', '001_slow.sql'),
      '-- ==================== UP ====================\nSELECT pg_sleep(120);\n-- ==================== DOWN ====================\nSELECT 1;\n',
    );
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', 'verify', '--dir', dir, '--ephemeral', 'server'], {
      env: { ...process.env, TENANT_MIGRATE_EPHEMERAL_URL: serverUrl() },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const database = await waitForDatabase(child);
    // The UP is sleeping inside its transaction: the database is in use when the signal comes.
    await waitUntil(
      async () =>
        (await adminQuery("SELECT 1 FROM pg_stat_activity WHERE datname = $1 AND query LIKE '%pg_sleep%'", [database])).rowCount === 1,
    );
    expect(await exists(database)).toBe(true);
    const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal })),
    );
    child.kill(sent);
    const { code, signal } = await exit;
    expect(signal === sent || code === (sent === 'SIGINT' ? 130 : 143)).toBe(true);
    // The forced DROP ends the sleeping query: the signal is what gets reported, not the driver's error.
    expect(stderr).toContain(`error: interrupted by ${sent}: every throwaway database was dropped [INTERRUPTED]`);
    expect(stderr).not.toContain('internal error');
    expect(stderr).not.toContain('Connection terminated');
    expect(await exists(database)).toBe(false);
    const leftovers = await adminQuery('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${database.replace(/_master$/, '')}%`]);
    expect(leftovers.rows).toEqual([]);
  });
});

function waitForDatabase(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /created database (\S+)/.exec(stderr);
      if (match) resolve(match[1]);
    });
    child.on('exit', () => reject(new Error(`verify exited before creating a database:\n${stderr}`)));
  });
}

async function waitUntil(condition: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
