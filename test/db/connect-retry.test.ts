/**
 * Transient refusals at connect time are retried for a bounded time, and each failure's hint fits
 * its cause. The server here is real; in front of it a loopback proxy answers the first
 * connections the way PostgreSQL does while it starts up (FATAL 57P03), then passes through.
 * Before, the first refusal failed the target, told to "check the URL".
 */
import { createServer, type Server, type Socket, connect as tcpConnect } from 'node:net';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { CLI_TERMS } from '../../src/cli/terms.js';
import { openSession } from '../../src/db/session.js';
import type { TenantMigrateError } from '../../src/errors.js';
import { adminQuery, serverUrl } from '../support/database.js';

/** PostgreSQL's ErrorResponse for "the database system is starting up". */
function startingUp(): Buffer {
  const fields = Buffer.concat(
    [
      ['S', 'FATAL'],
      ['V', 'FATAL'],
      ['C', '57P03'],
      ['M', 'the database system is starting up'],
    ].map(([type, value]) => Buffer.concat([Buffer.from(type), Buffer.from(`${value}\0`)])),
  );
  const body = Buffer.concat([fields, Buffer.from([0])]);
  const header = Buffer.alloc(5);
  header.write('E', 0);
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}

let proxy: Server | undefined;
afterEach(async () => {
  await new Promise<void>((resolve) => (proxy ? proxy.close(() => resolve()) : resolve()));
  proxy = undefined;
});

/** A proxy to the test server whose first `refusals` connections are told it is starting up. */
async function startingUpProxy(refusals: number): Promise<{ url: string; refused: () => number }> {
  const target = new URL(serverUrl());
  let refused = 0;
  proxy = createServer((socket: Socket) => {
    if (refused < refusals) {
      refused++;
      socket.once('data', () => socket.end(startingUp()));
      return;
    }
    const upstream = tcpConnect(Number(target.port || 5432), target.hostname);
    socket.pipe(upstream).pipe(socket);
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => proxy!.listen(0, '127.0.0.1', () => resolve()));
  const port = (proxy.address() as { port: number }).port;
  const url = new URL(serverUrl());
  url.hostname = '127.0.0.1';
  url.port = String(port);
  return { url: url.toString(), refused: () => refused };
}

describe('connect retries', () => {
  it('a server that is starting up is tried again until it answers', async () => {
    const { url, refused } = await startingUpProxy(3);
    const session = await openSession(url, { connectTimeoutMs: 5_000, lockTimeoutMs: 1_000, statementTimeoutMs: 10_000 });
    try {
      expect(refused()).toBe(3);
      const { rows } = await session.client.query<{ one: number }>('SELECT 1 AS one');
      expect(rows[0].one).toBe(1);
    } finally {
      await session.close();
    }
  });

  it('one that stays in start-up fails with a hint about the restart, not the URL', async () => {
    const { url } = await startingUpProxy(1_000);
    const failure = await openSession(url, { connectTimeoutMs: 1_000, lockTimeoutMs: 1_000, statementTimeoutMs: 10_000 }).then(
      () => undefined,
      (error: unknown) => error as { code: string; message: string; hint?: string },
    );
    expect(failure?.code).toBe('SERVER_NOT_READY');
    expect(failure?.message).toContain('the database system is starting up');
    expect(failure?.hint).toMatch(/starting up, shutting down or in recovery/);
    expect(failure?.hint).not.toMatch(/check the URL/);
  });
});

describe('a server or role at its connection limit', () => {
  it('"too many connections" says so and what to lower or raise, not to check the URL', async () => {
    const role = `i10_limited_${Date.now()}`;
    await adminQuery(`CREATE ROLE ${role} LOGIN PASSWORD 'limited-pw' CONNECTION LIMIT 1`);
    const url = new URL(serverUrl());
    url.username = role;
    url.password = 'limited-pw';
    const held = new pg.Client({ connectionString: url.toString() });
    await held.connect();
    try {
      const failure = await openSession(url.toString(), { connectTimeoutMs: 2_000, lockTimeoutMs: 1_000, statementTimeoutMs: 0 }).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(failure).toMatchObject({ code: 'TOO_MANY_CONNECTIONS' });
      const error = failure as TenantMigrateError;
      expect(error.message).toMatch(/has no connection slot left: too many connections for role/);
      expect(error.format(CLI_TERMS)).toMatch(/lower --max-connections, or raise max_connections \/ the role's CONNECTION LIMIT/);
      expect(error.format(CLI_TERMS)).not.toMatch(/check the URL/);
      expect(error.format(CLI_TERMS)).not.toContain('limited-pw');
    } finally {
      await held.end();
      await adminQuery(`DROP ROLE ${role}`);
    }
  });
});
