import { passwordsIn } from '../db/connection-url.js';
import type { ActionPort } from './port.js';

/**
 * Registers connection strings and their passwords with the runner, which then masks them in
 * every log line, even in text that a driver or PostgreSQL produced.
 */
export function registerConnectionSecrets(port: ActionPort, urls: Iterable<string | undefined>): void {
  for (const secret of secretsToRegister(urls)) port.secret(secret);
}

/**
 * What to register: each whole URL always (that hides the password in any printed URL), and each
 * password on its own (a driver's message may quote it alone), unless it is trivial (see
 * passwordsIn): the runner masks every occurrence of a secret in every line, so registering
 * `postgres` would turn each mention of the word into *** for no gain.
 */
export function secretsToRegister(urls: Iterable<string | undefined>): string[] {
  const present = [...urls].filter((url): url is string => Boolean(url));
  const secrets = new Set(present);
  for (const password of passwordsIn(present)) {
    secrets.add(password);
    secrets.add(encodeURIComponent(password));
  }
  return [...secrets];
}
