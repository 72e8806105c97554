/**
 * Passwords never show, however the URL is written: everything between "://" and the last "@" is
 * masked after the user's name, and a URL that does not parse one way only is refused before any
 * connection. Before, postgresql://deploy:p@ss#w/rd99@host/db printed 9 of its 11 password
 * characters and was sent to a host named "ss".
 */
import { describe, expect, it } from 'vitest';
import { checkDatabaseUrl, maskUrl, passwordsIn, scrubSecrets } from '../../src/db/connection-url.js';

/** URLs with the password each holds, as written; the user is "deploy" unless the URL has none. */
const MALFORMED: Array<[string, string]> = [
  ['postgresql://deploy:p@ss#w/rd99@host/db', 'p@ss#w/rd99'],
  ['postgresql://deploy:p@ss@host/db', 'p@ss'],
  ['postgresql://deploy:a/b/c@host/db', 'a/b/c'],
  ['postgresql://deploy:a?b=c@host/db', 'a?b=c'],
  ['postgresql://deploy:Xq#Zv9@host:5432/db', 'Xq#Zv9'],
  ['postgresql://deploy:@@@@@@host/db', '@@@@@'],
  ['postgresql://deploy:pa:ss:wd@host/db', 'pa:ss:wd'],
  ['postgresql://deploy:100%sure@host/db', '100%sure'],
  ['postgresql://deploy:Qz Wk8@host/db', 'Qz Wk8'],
  ['postgresql://deploy:#@host/db', '#'],
  ['postgres://deploy:x@y@z@host/db?sslmode=require', 'x@y@z'],
  ['postgresql://deploy:pw%zz@host/db', 'pw%zz'],
  ['postgresql://deploy:end@', 'end'],
  ['postgresql://deploy:Tq/Vx7@host', 'Tq/Vx7'],
];

describe('maskUrl', () => {
  it.each(MALFORMED)('%s shows no part of the password', (url, password) => {
    const masked = maskUrl(url);
    expect(masked).toContain('deploy:***@');
    // No three characters of the password in a row, and the host part after the last @ kept.
    for (let index = 0; index + 3 <= password.length; index++) expect(masked).not.toContain(password.slice(index, index + 3));
    expect(masked.endsWith(url.slice(url.lastIndexOf('@') + 1))).toBe(true);
  });

  it('keeps what is not secret: scheme, user, host, port, database, ordinary parameters', () => {
    expect(maskUrl('postgresql://deploy:S3cr%2Ft@db.internal:6432/app?sslmode=require&application_name=x')).toBe(
      'postgresql://deploy:***@db.internal:6432/app?sslmode=require&application_name=x',
    );
    expect(maskUrl('postgresql://postgres@127.0.0.1:5432/postgres')).toBe('postgresql://postgres@127.0.0.1:5432/postgres');
    expect(maskUrl('postgresql://db/app?user=u&password=hunter22&sslpassword=k3y')).toBe(
      'postgresql://db/app?user=u&password=***&sslpassword=***',
    );
  });

  it('a user name that cannot be one is hidden too', () => {
    expect(maskUrl('postgresql://a/b@host/db')).toBe('postgresql://***@host/db');
    expect(maskUrl('postgresql://first@second@host/db')).toBe('postgresql://***@host/db');
  });

  it('key=value DSNs and scheme-less text still hide the password', () => {
    expect(maskUrl("host=db user=u password='p w@x' dbname=app")).toBe('host=db user=u password=*** dbname=app');
    expect(maskUrl('postgres//u:top@sec@h/db')).toBe('postgres//u:***@h/db');
  });
});

describe('checkDatabaseUrl', () => {
  it.each(MALFORMED.filter(([url]) => !url.endsWith('deploy:end@') && !url.includes(':pa:ss')))(
    'refuses %s without showing the password',
    (url, password) => {
      let message = '';
      try {
        checkDatabaseUrl(url, 'tenant row 7');
      } catch (error) {
        message = (error as Error).message;
        expect((error as { code?: string }).code).toBe('BAD_DATABASE_URL');
      }
      expect(message).toMatch(/^the database URL from tenant row 7 is invalid: /);
      for (let index = 0; index + 3 <= password.length; index++) expect(message).not.toContain(password.slice(index, index + 3));
    },
  );

  it('says which escape to write', () => {
    expect(() => checkDatabaseUrl('postgresql://deploy:p@ss#w/rd99@host/db', '--master-url')).toThrow(
      /2 "@" signs: a password holding "@" must write it as %40 \(postgresql:\/\/deploy:\*\*\*@host\/db\)/,
    );
    expect(() => checkDatabaseUrl('postgresql://deploy:a/b@host/db', '--master-url')).toThrow(/a "\/" comes before the "@"/);
    expect(() => checkDatabaseUrl('postgresql://deploy:Xq#Zv9@host/db', '--master-url')).toThrow(/%23/);
    expect(() => checkDatabaseUrl('postgresql://deploy:100%sure@host/db', '--master-url')).toThrow(/%25/);
  });

  it('accepts well-formed URLs, encoded passwords included', () => {
    for (const url of [
      'postgresql://deploy:p%40ss%23w%2Frd99@host/db',
      'postgres://u@h:5432/db?sslmode=require',
      'postgresql://h/db',
      'postgresql://deploy:pa:ss@host/db',
    ]) {
      expect(checkDatabaseUrl(` ${url} `, 'x')).toBe(url);
    }
  });
});

describe('passwordsIn and scrubSecrets', () => {
  // Passwords under 4 characters are not hunted in free text (they would mangle words); inside a URL they are hidden.
  it.each(MALFORMED.filter(([, password]) => password.length >= 4))('a driver message quoting %s is scrubbed', (url, password) => {
    const text = `could not connect with ${url}: password "${password}" rejected`;
    const scrubbed = scrubSecrets(text, passwordsIn([url]));
    for (let index = 0; index + 3 <= password.length; index++) expect(scrubbed).not.toContain(password.slice(index, index + 3));
  });
});
