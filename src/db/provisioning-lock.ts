/**
 * Locks on the master for work that is about a name rather than a target: adding the tenant
 * `acme`, refreshing the template database. Two `tenant add acme` at once: the first takes the
 * lock, the second does not wait for it (it could only find the name taken) and says who holds
 * it. Session locks: they go with the connection when a process dies.
 */
import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type pg from 'pg';
import { lockHolder } from './advisory-lock.js';

/** 'tadd' as a 32-bit integer: apart from the targets' migration locks ('tmig') and the application's. */
const PROVISIONING_NAMESPACE = 0x74616464;
const POLL_MS = 100;

export function provisioningLockKey(subject: string): [number, number] {
  const digest = createHash('sha256').update(`tenant-migrate:provision:${subject}`).digest();
  return [PROVISIONING_NAMESPACE, digest.readInt32BE(0)];
}

/** True when the lock was free and is now held by this session. */
export async function tryProvisioningLock(client: pg.ClientBase, subject: string): Promise<boolean> {
  const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1, $2) AS locked', provisioningLockKey(subject));
  return rows[0].locked;
}

/**
 * A shared hold: many clones of the template at once, none while a refresh (which takes the lock
 * exclusively) migrates it.
 */
export async function tryProvisioningLockShared(client: pg.ClientBase, subject: string): Promise<boolean> {
  const { rows } = await client.query<{ locked: boolean }>(
    'SELECT pg_try_advisory_lock_shared($1, $2) AS locked',
    provisioningLockKey(subject),
  );
  return rows[0].locked;
}

export async function releaseProvisioningLockShared(client: pg.ClientBase, subject: string): Promise<void> {
  await client.query('SELECT pg_advisory_unlock_shared($1, $2)', provisioningLockKey(subject));
}

/** Polls for the exclusive lock up to `waitMs`; false when it stayed taken. */
export async function waitProvisioningLock(client: pg.ClientBase, subject: string, waitMs: number): Promise<boolean> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    if (await tryProvisioningLock(client, subject)) return true;
    if (Date.now() >= deadline) return false;
    await sleep(Math.min(POLL_MS, Math.max(0, deadline - Date.now())));
  }
}

export async function releaseProvisioningLock(client: pg.ClientBase, subject: string): Promise<void> {
  await client.query('SELECT pg_advisory_unlock($1, $2)', provisioningLockKey(subject));
}

/** Who holds the lock, for the message. */
export function provisioningLockHolder(client: pg.ClientBase, subject: string): Promise<string | undefined> {
  return lockHolder(client, provisioningLockKey(subject));
}
