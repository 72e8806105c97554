/**
 * A connection that goes silent after connecting (a stuck proxy, a dropped route) must fail its
 * target, not hang the fleet run: the client-side query timeout closes it. A small TCP proxy in
 * the test stops forwarding in the middle of a migration.
 */
import { connect, createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateFleet } from '../../src/fleet/index.js';
import { createTestDatabase, serverUrl, type TestDatabase } from '../support/database.js';
import { addTenant, createDatabaseFleet, goose, ledgerRows, type TestFleet, writeMigrations } from './support/fleet.js';

/** Forwards to the test server until the client sends `trigger`; from then on nothing more reaches the client. */
async function stallingProxy(trigger: string): Promise<{ port: number; stalled: () => boolean; close: () => Promise<void> }> {
  const target = new URL(serverUrl());
  const sockets = new Set<Socket>();
  let stalled = false;
  const server: Server = createServer((client) => {
    const upstream = connect(Number(target.port || 5432), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => {});
      socket.on('close', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.on('data', (chunk) => {
      upstream.write(chunk);
      if (chunk.includes(trigger)) stalled = true;
    });
    upstream.on('data', (chunk) => {
      if (!stalled) client.write(chunk);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the proxy did not get a port');
  return {
    port: address.port,
    stalled: () => stalled,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

let fleet: TestFleet;
let silent: TestDatabase;
let proxy: Awaited<ReturnType<typeof stallingProxy>>;
const PASSWORD = 'Pr0xy-Secret-Pw';

beforeAll(async () => {
  fleet = await createDatabaseFleet('connlost', 2);
  silent = await createTestDatabase('connlost_silent');
  proxy = await stallingProxy('pg_sleep');
  const url = new URL(silent.url);
  url.hostname = '127.0.0.1';
  url.port = String(proxy.port);
  if (!url.username) url.username = 'postgres';
  // The server trusts or checks it; either way it must never be printed.
  if (!url.password) url.password = PASSWORD;
  await addTenant(fleet.master.url, 'silent', { databaseUrl: url.toString() });
});
afterAll(async () => {
  await proxy?.close();
  await Promise.all([fleet?.drop(), silent?.drop()]);
});

describe('a connection that goes silent mid-migration', () => {
  it('fails its target with QUERY_TIMEOUT naming the server, closes it, and the run ends with the others done', async (context) => {
    const files = writeMigrations({
      'tenant/001_items.sql': goose('CREATE TABLE items (id int);'),
      'tenant/002_slow.sql': goose('SELECT pg_sleep(0.3);\nCREATE TABLE slow (id int);'),
    });
    try {
      const report = await migrateFleet({
        dir: files.dir,
        masterUrl: fleet.master.url,
        target: 'tenants',
        statementTimeout: '1s',
        connectTimeout: '2s',
      });
      if (report.targets.find((target) => target.name === 'silent')?.error?.code === 'AUTH_FAILED') {
        // A server that checks passwords refuses the made-up one: nothing of the proxy case can run.
        context.skip();
      }
      expect(proxy.stalled()).toBe(true);
      expect(report.ok).toBe(false);
      const silentResult = report.targets.find((target) => target.name === 'silent')!;
      expect(silentResult).toMatchObject({ status: 'failed', toVersion: 1, error: { code: 'QUERY_TIMEOUT', migration: '002_slow' } });
      expect(silentResult.error?.message).toContain(`no answer from 127.0.0.1:${proxy.port}/${silent.name}`);
      expect(silentResult.error?.message).toContain('Its transaction was not committed');
      expect(JSON.stringify(report)).not.toContain(PASSWORD);
      for (const tenant of fleet.tenants) {
        expect(report.targets.find((target) => target.name === tenant.name)?.status).toBe('applied');
        expect((await ledgerRows(tenant.url)).map((row) => row.name)).toEqual(['001_items', '002_slow']);
      }
      expect((await ledgerRows(silent.url)).map((row) => row.name)).toEqual(['001_items']);
    } finally {
      files.remove();
    }
  });
});
