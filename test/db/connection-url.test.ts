import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lockKey } from '../../src/db/advisory-lock.js';
import { checkDatabaseUrl, describeServer, parseDotEnv, passwordsIn, resolveMasterUrl, scrubSecrets } from '../../src/db/connection-url.js';
import { parseDuration } from '../../src/db/durations.js';

const dir = mkdtempSync(join(tmpdir(), 'tenant-migrate-env-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('resolveMasterUrl', () => {
  it('prefers the flag, then MASTER_DB_URL, then .env', () => {
    writeFileSync(join(dir, '.env'), 'OTHER=1\nMASTER_DB_URL=postgresql://file@h/master # from the file\n');
    const env = { MASTER_DB_URL: 'postgresql://env@h/master' };
    expect(resolveMasterUrl({ flag: 'postgresql://flag@h/master', env, cwd: dir })).toEqual({
      url: 'postgresql://flag@h/master',
      // The option by its catalogue key, which each face names its own way (issue 11).
      source: 'masterUrl',
    });
    expect(resolveMasterUrl({ env, cwd: dir }).source).toBe('MASTER_DB_URL');
    expect(resolveMasterUrl({ env: {}, cwd: dir })).toEqual({ url: 'postgresql://file@h/master', source: '.env' });
  });

  it('says where a bad URL came from, without its password', () => {
    expect(() => resolveMasterUrl({ env: { MASTER_DB_URL: 'postgres//u:topsecret@h/db' }, cwd: dir })).toThrow(
      /from MASTER_DB_URL is invalid: it is not a URL \(postgres\/\/u:\*\*\*@h\/db\)/,
    );
    // Thrown, with the scheme named, the URL masked and the password nowhere in the message.
    expect(() => checkDatabaseUrl('http://u:topsecret@h/db', '--master-url')).toThrow(/^(?!.*topsecret).*its scheme is http.*u:\*\*\*@h/);
  });
});

describe('parseDotEnv', () => {
  it('reads KEY=value lines with quotes, export and comments', () => {
    expect(parseDotEnv(`# comment\nexport A="x y"\nB='q#r'\nC=plain # note\n  D = 4\nnot a line\n`)).toEqual({
      A: 'x y',
      B: 'q#r',
      C: 'plain',
      D: '4',
    });
  });
});

describe('small helpers', () => {
  it('parseDuration', () => {
    expect([
      parseDuration('500ms', 'x'),
      parseDuration('10s', 'x'),
      parseDuration('5min', 'x'),
      parseDuration('1h', 'x'),
      parseDuration('0', 'x'),
    ]).toEqual([500, 10_000, 300_000, 3_600_000, 0]);
    expect(() => parseDuration('10 seconds', '--lock-timeout')).toThrow(/--lock-timeout "10 seconds" is not a duration/);
  });

  it('describeServer shows host, port and database only', () => {
    expect(describeServer('postgresql://u:pw@db.internal/app')).toBe('db.internal:5432/app');
  });

  it('lock keys differ per ledger schema and are stable; no schema is public (the key earlier releases took)', () => {
    expect(lockKey('a')).toEqual(lockKey('a'));
    expect(lockKey('a')).not.toEqual(lockKey('b'));
    expect(lockKey(undefined)).toEqual(lockKey('public'));
  });
});

describe('scrubbing secrets from driver messages', () => {
  it('hides any password inside a URL, but a trivial one is not hunted inside ordinary words', () => {
    const url = 'postgresql://postgres:ab@127.0.0.1:5432/orders';
    const message = `the database at 127.0.0.1:5432/orders does not exist (connecting with ${url})`;
    expect(passwordsIn([url])).toEqual([]);
    expect(scrubSecrets(message, passwordsIn([url]))).toBe(
      'the database at 127.0.0.1:5432/orders does not exist (connecting with postgresql://postgres:***@127.0.0.1:5432/orders)',
    );
  });

  it('hides a real password wherever it appears, also URL-encoded', () => {
    const url = 'postgresql://deploy:S3cr%2Ft-pw@db:5432/master';
    const secrets = passwordsIn([url]);
    expect(secrets).toEqual(['S3cr/t-pw']);
    expect(scrubSecrets('password "S3cr/t-pw" rejected; url had S3cr%2Ft-pw', secrets)).toBe('password "***" rejected; url had ***');
  });
});
