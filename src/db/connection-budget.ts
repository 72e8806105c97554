/**
 * How many sessions tenant-migrate holds on one PostgreSQL server (host:port) at once, across
 * every target on it. The cap is --max-connections when given; otherwise it is derived from the
 * server the first time a session reaches it: what max_connections (and the role's CONNECTION
 * LIMIT) leave free, halved, so the application keeps room. A server that still answers "too many
 * clients" (53300) lowers the cap to what we hold and the connect waits for one of ours to end.
 */
import type pg from 'pg';
import { isTenantMigrateError } from '../errors.js';
import { abortableSleep, abortError, onAbort } from './abort-waits.js';

/** What the server says about its connection slots, read in one query. */
export interface ServerLimits {
  maxConnections: number;
  reservedConnections: number;
  /** Client sessions open on the server now, ours included. */
  inUse: number;
  /** The role's CONNECTION LIMIT (-1: none; superusers ignore it). */
  roleLimit: number;
  roleInUse: number;
  superuser: boolean;
}

export async function readServerLimits(client: pg.Client, queryTimeoutMs?: number): Promise<ServerLimits> {
  const { rows } = await client.query<{
    max: number;
    reserved: number;
    in_use: number;
    role_limit: number;
    role_in_use: number;
    superuser: boolean;
  }>({
    text: `SELECT current_setting('max_connections')::int AS max,
                  current_setting('superuser_reserved_connections')::int AS reserved,
                  (SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend')::int AS in_use,
                  r.rolconnlimit AS role_limit, r.rolsuper AS superuser,
                  (SELECT count(*) FROM pg_stat_activity WHERE usename = current_user AND backend_type = 'client backend')::int AS role_in_use
             FROM pg_roles r WHERE r.rolname = current_user`,
    ...(queryTimeoutMs ? { query_timeout: queryTimeoutMs } : {}),
  } as pg.QueryConfig);
  const row = rows[0];
  return {
    maxConnections: row.max,
    reservedConnections: row.reserved,
    inUse: row.in_use,
    roleLimit: row.role_limit,
    roleInUse: row.role_in_use,
    superuser: row.superuser,
  };
}

/**
 * The default cap from the server's limits: half of the slots nobody uses (the other half stays
 * for the application), plus the one session that asked, never below 1. Pure.
 */
export function derivedBudget(limits: ServerLimits): number {
  return 1 + Math.floor(freeSlots(limits) / 2);
}

/** Slots this role could still open on the server, besides those open now (ours included). Pure. */
export function freeSlots(limits: ServerLimits): number {
  const serverFree = limits.maxConnections - (limits.superuser ? 0 : limits.reservedConnections) - limits.inUse;
  const roleFree = !limits.superuser && limits.roleLimit >= 0 ? limits.roleLimit - limits.roleInUse : Number.POSITIVE_INFINITY;
  return Math.max(0, Math.min(serverFree, roleFree));
}

/** True for the server's "too many clients" / "too many connections for role" refusal (SQLSTATE 53300). */
export function isTooManyConnections(error: unknown): boolean {
  const cause = isTenantMigrateError(error) ? (error.cause as { code?: string } | undefined) : (error as { code?: string });
  return cause?.code === '53300' || (isTenantMigrateError(error) && error.code === 'TOO_MANY_CONNECTIONS');
}

/** The slots of one server: a counting semaphore whose size may be learned late and lowered. */
export class ServerBudget {
  private held = 0;
  private readonly waiting: Array<() => void> = [];
  /** Undefined until the first session measured the server (only one goes first). */
  private cap: number | undefined;
  /** The cap is a stand-in: connects failed before any measured the server (see unreachableTarget). */
  private provisional = false;

  constructor(
    readonly server: string,
    fixed: number | undefined,
  ) {
    this.cap = fixed;
  }

  get limit(): number | undefined {
    return this.cap;
  }

  get inUse(): number {
    return this.held;
  }

  /** True when no cap is known yet: the caller that gets the slot should measure the server. */
  get unmeasured(): boolean {
    return this.cap === undefined || this.provisional;
  }

  /**
   * A connect that was to measure failed for its own target (a database that does not exist, a
   * refused password): the server told nothing about its slots. The next connects may go a few
   * at once (PROVISIONAL_CAP) instead of one by one, so a fleet of missing databases takes as long
   * as its connect attempts; the first that succeeds measures the server.
   */
  /** True while the cap is unreachableTarget's stand-in. */
  get guessed(): boolean {
    return this.provisional;
  }

  unreachableTarget(): void {
    if (this.cap !== undefined && !this.provisional) return;
    this.cap = PROVISIONAL_CAP;
    this.provisional = true;
    this.wake();
  }

  /**
   * Waits for a slot. `reclaim` may close one of our idle sessions on this server to make room
   * (it returns true when it did, and that session's release wakes a waiter). An aborted `signal`
   * (the run interrupted, or its pool closing) ends the wait with an AbortError, holding nothing.
   */
  async acquire(reclaim?: () => boolean, signal?: AbortSignal): Promise<void> {
    while (this.held >= (this.cap ?? 1)) {
      if (signal?.aborted) throw abortError(signal);
      if (reclaim?.()) continue;
      await this.nextWake(signal);
    }
    if (signal?.aborted) throw abortError(signal);
    this.held++;
  }

  private nextWake(signal: AbortSignal | undefined): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const wake = () => {
        stop?.();
        resolve();
      };
      this.waiting.push(wake);
      const stop =
        signal &&
        onAbort(signal, () => {
          const at = this.waiting.indexOf(wake);
          if (at !== -1) this.waiting.splice(at, 1);
          reject(abortError(signal));
        });
    });
  }

  release(): void {
    this.held = Math.max(0, this.held - 1);
    this.wake();
  }

  /** The measured cap, once. */
  measured(cap: number): void {
    if (this.cap === undefined || this.provisional) this.cap = Math.max(1, cap);
    this.provisional = false;
    this.wake();
  }

  /** The server refused a connect: hold no more than we do now (at least 1). */
  saturated(): void {
    this.provisional = false;
    this.cap = Math.max(1, Math.min(this.cap ?? Number.POSITIVE_INFINITY, this.held - 1));
  }

  private wake(): void {
    const free = (this.cap ?? 1) - this.held;
    for (const resolve of this.waiting.splice(0, Math.max(1, free))) resolve();
  }
}

/** Connects at once on a server none of whose connects succeeded yet (ServerBudget.unreachableTarget). */
const PROVISIONAL_CAP = 16;

/**
 * One ServerBudget per server. A server is what `serverKey` makes of a URL (by default its
 * host:port as written; the fleet passes the resolved identity, so `localhost` and `127.0.0.1`,
 * or two names of one address, share one budget), then what `useServerNames` maps that to.
 */
export class ConnectionBudget {
  private readonly servers = new Map<string, ServerBudget>();
  private nameOf: (server: string) => string = (server) => server;

  /** `maxConnections`: the --max-connections cap for every server; undefined derives it per server. */
  constructor(
    readonly maxConnections?: number,
    private readonly serverKey: (url: string) => string = serverOf,
  ) {}

  /** Names of servers known to be one (host names resolved to one address): call before the first session. */
  useServerNames(nameOf: (server: string) => string): void {
    this.nameOf = nameOf;
  }

  of(url: string): ServerBudget {
    const server = this.nameOf(this.serverKey(url));
    let budget = this.servers.get(server);
    if (!budget) {
      budget = new ServerBudget(server, this.maxConnections);
      this.servers.set(server, budget);
    }
    return budget;
  }
}

/** `host:port` of a URL: the key of its budget. */
export function serverOf(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname || parsed.searchParams.get('host') || 'localhost'}:${parsed.port || '5432'}`;
  } catch {
    return url;
  }
}

/**
 * Connects within the budget. A "too many clients" answer lowers the cap and waits for a slot of
 * ours, or, holding none, backs off and tries again until `deadlineMs`: tenant-migrate never
 * fails a tenant because it exhausted the server itself.
 */
export async function connectWithinBudget<C>(
  budget: ServerBudget,
  connect: () => Promise<C>,
  options: {
    reclaim?: () => boolean;
    deadlineMs: number;
    measure?: (connection: C) => Promise<number>;
    /** Aborted: no further wait for a slot or a retry (AbortError); a connect under way completes. */
    signal?: AbortSignal;
  },
): Promise<C> {
  const giveUpAt = Date.now() + options.deadlineMs;
  for (let attempt = 0; ; attempt++) {
    await budget.acquire(options.reclaim, options.signal);
    const measuring = budget.unmeasured;
    const guessed = budget.guessed;
    try {
      const connection = await connect();
      if (measuring && options.measure) budget.measured(await options.measure(connection).catch(() => 1));
      return connection;
    } catch (error) {
      const full = isTooManyConnections(error);
      // A first connect that found the server full measures nothing: the next attempt measures.
      if (full && (!measuring || guessed)) budget.saturated();
      if (!full && measuring) budget.unreachableTarget();
      budget.release();
      if (!full || Date.now() >= giveUpAt) throw error;
      // Someone else's sessions fill the server: wait a little, longer each time.
      if (budget.inUse === 0)
        await abortableSleep(Math.min(2_000, 100 * 2 ** Math.min(attempt, 5)) * (0.5 + Math.random() / 2), options.signal);
    }
  }
}

/**
 * A connect outside any budget (the master's tenants query, the retry set, wave conditions) that
 * the server refuses as full: tried again, backing off, until `deadlineMs`. Another deploy's
 * sessions, or the application's, fill the role's few slots for moments: the one that started
 * first must not be the one that fails for it (trial A P9).
 */
export async function whenSlotFree<C>(connect: () => Promise<C>, deadlineMs: number, signal?: AbortSignal): Promise<C> {
  const giveUpAt = Date.now() + deadlineMs;
  for (let attempt = 0; ; attempt++) {
    try {
      return await connect();
    } catch (error) {
      if (!isTooManyConnections(error) || Date.now() >= giveUpAt) throw error;
      await abortableSleep(Math.min(2_000, 100 * 2 ** Math.min(attempt, 5)) * (0.5 + Math.random() / 2), signal);
    }
  }
}

/** How long a connect waits for a slot: what connectWithinBudget gives the targets' own. */
export function slotWaitMs(connectTimeoutMs: number): number {
  return Math.max(connectTimeoutMs, 30_000);
}
