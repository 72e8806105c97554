import * as core from '@actions/core';
import { passwordsIn } from '../db/connection-url.js';

/**
 * Registers connection strings and their passwords with the runner, which then masks them in
 * every log line, even in text that a driver or PostgreSQL produced.
 */
export function registerConnectionSecrets(urls: Iterable<string | undefined>): void {
  for (const secret of secretsToRegister(urls)) core.setSecret(secret);
}

/**
 * Passwords too common to mask on their own. The runner masks every occurrence of a secret in
 * every line: registering `postgres` would turn each mention of the word (the user, the database,
 * the image, "PostgreSQL") into ***, and the log would be unreadable for no gain, since a password
 * that guessable protects nothing.
 */
const TRIVIAL_PASSWORDS = new Set(['postgres', 'postgresql', 'password', 'secret', 'admin', 'root', 'test', 'changeme']);

/**
 * What to register: each whole URL always (that hides the password in any printed URL), and each
 * password on its own (a driver's message may quote it alone), unless it is trivial: shorter than
 * 4 characters, a common default, or equal to the URL's user or database name.
 */
export function secretsToRegister(urls: Iterable<string | undefined>): string[] {
  const present = [...urls].filter((url): url is string => Boolean(url));
  const secrets = new Set(present);
  for (const url of present) {
    for (const password of passwordsIn([url])) {
      if (isTrivialPassword(password, url)) continue;
      secrets.add(password);
      secrets.add(encodeURIComponent(password));
    }
  }
  return [...secrets];
}

export function isTrivialPassword(password: string, url: string): boolean {
  if (password.length < 4 || TRIVIAL_PASSWORDS.has(password.toLowerCase())) return true;
  try {
    const parsed = new URL(url);
    const names = [parsed.username, parsed.pathname.replace(/^\//, '')].map((name) => decodeURIComponent(name).toLowerCase());
    return names.includes(password.toLowerCase());
  } catch {
    // A key=value DSN: its user and database are not worth parsing; the length and word checks stand.
    return false;
  }
}
