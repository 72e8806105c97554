import * as core from '@actions/core';
import { passwordsIn } from '../db/connection-url.js';

/**
 * Registers connection strings and their passwords with the runner, which then masks them in
 * every log line, even in text that a driver or PostgreSQL produced.
 */
export function registerConnectionSecrets(urls: Iterable<string | undefined>): void {
  const present = [...urls].filter((url): url is string => Boolean(url));
  for (const url of present) core.setSecret(url);
  for (const password of passwordsIn(present)) {
    for (const form of new Set([password, encodeURIComponent(password)])) core.setSecret(form);
  }
}
