/**
 * Two host names of one server (`db.internal` and its address, the machine's own name and
 * 127.0.0.1) name one ledger when the database and schema match: the pure identity check cannot
 * tell, so the host names that could collide are resolved (the system resolver, as the driver
 * connects) and two that share an address on the same port are one server. A name that does not
 * resolve is left as itself: its target fails on its own when it connects.
 */
import { lookup } from 'node:dns/promises';
import { runPool } from './pool.js';
import { type ServerOf, serversToResolve } from './target-identity.js';
import type { Target } from './types.js';

/** A lookup that hangs (a resolver that stopped answering) must not hold the run. */
const LOOKUP_TIMEOUT_MS = 2_000;
const LOOKUPS_AT_ONCE = 8;

export type ResolveHost = (host: string) => Promise<string[]>;

export async function serverAliases(
  targets: ReadonlyArray<Pick<Target, 'url' | 'schema' | 'invalid'>>,
  resolve: ResolveHost = resolveHost,
): Promise<ServerOf> {
  const servers = serversToResolve(targets);
  if (servers.length === 0) return (server) => server;
  const addresses = await runPool(servers, LOOKUPS_AT_ONCE, async (server) => resolve(hostOf(server)).catch((): string[] => []));
  // The first server (in the targets' order) to claim an address on a port names it for the others.
  const owner = new Map<string, string>();
  const canonical = new Map<string, string>();
  for (const [index, server] of servers.entries()) {
    const port = server.slice(server.lastIndexOf(':') + 1);
    const keys = addresses[index].map((address) => `${address}|${port}`);
    const named = keys.map((key) => owner.get(key)).find((name) => name !== undefined) ?? server;
    canonical.set(server, named);
    for (const key of keys) if (!owner.has(key)) owner.set(key, named);
  }
  return (server) => canonical.get(server) ?? server;
}

function hostOf(server: string): string {
  return server.slice(0, server.lastIndexOf(':'));
}

async function resolveHost(host: string): Promise<string[]> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer resolving ${host}`)), LOOKUP_TIMEOUT_MS);
    timer.unref();
  });
  try {
    const found = await Promise.race([lookup(host, { all: true }), timeout]);
    return found.map((entry) => entry.address);
  } finally {
    clearTimeout(timer);
  }
}
