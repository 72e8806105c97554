/**
 * sslmode in a URL means what it means to psql and goose (libpq): the driver is told to read it
 * that way (driverUrl), so `sslmode=require` does not turn into certificate verification, and no
 * ten-line SECURITY WARNING is printed on every run. The test server has no TLS: a URL that asks
 * for it fails to connect with the server's own answer, and one that does not still connects.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { driverUrl } from '../../src/db/connection-url.js';
import { openSession } from '../../src/db/session.js';
import type { TenantMigrateError } from '../../src/errors.js';
import { serverUrl } from '../support/database.js';

const settings = { connectTimeoutMs: 5_000, lockTimeoutMs: 1_000, statementTimeoutMs: 10_000 };
const warnings: string[] = [];
const onWarning = (warning: Error) => warnings.push(warning.message);
process.on('warning', onWarning);
afterEach(() => {
  warnings.length = 0;
});

function withSslMode(mode: string): string {
  const url = new URL(serverUrl());
  url.searchParams.set('sslmode', mode);
  return url.toString();
}

describe('sslmode as libpq reads it', () => {
  it('driverUrl asks for libpq semantics only when the URL names an sslmode, and keeps a URL that chose for itself', () => {
    expect(driverUrl('postgresql://u@db/app')).toBe('postgresql://u@db/app');
    expect(driverUrl('postgresql://u@db/app?sslmode=require')).toBe('postgresql://u@db/app?sslmode=require&uselibpqcompat=true');
    expect(driverUrl('postgresql://u@db/app?sslmode=require&uselibpqcompat=false')).toBe(
      'postgresql://u@db/app?sslmode=require&uselibpqcompat=false',
    );
    expect(driverUrl('not a url')).toBe('not a url');
  });

  it('sslmode=require against a server without TLS: the server says so, and no SECURITY WARNING is printed', async () => {
    const refused = (await openSession(withSslMode('require'), settings).then(
      () => undefined,
      (error: unknown) => error,
    )) as TenantMigrateError;
    expect(refused.message).toMatch(/does not support SSL/);
    expect(refused.hint).toMatch(/^the server takes no TLS connections, and the URL asks for one: drop sslmode/);
    await new Promise((resolve) => setImmediate(resolve));
    expect(warnings.filter((message) => message.includes('SECURITY WARNING'))).toEqual([]);
  });

  it('sslmode=disable connects as before', async () => {
    const session = await openSession(withSslMode('disable'), settings);
    try {
      expect((await session.client.query('SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()')).rows[0].ssl).toBe(false);
    } finally {
      await session.close();
    }
    expect(warnings).toEqual([]);
  });
});
