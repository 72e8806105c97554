/**
 * Sessions shared per database. Targets that live in one database (schema per tenant, and the
 * master) are served by the same few connections: each lease sets the connection up for its
 * target (timeouts, search_path) and giving it back resets it (DISCARD ALL: settings, temporary
 * tables, the tenant's advisory lock), so the next tenant starts as on a fresh connection.
 * Connections count against the server's budget; a database's idle connections are closed as
 * soon as none of its targets is left to run, or when another database on the server needs the
 * slot. A database that could not be reached fails its other targets with the same error
 * instead of trying again for each.
 *
 * An interrupted run (its AbortSignal) or close() stops the pool: leases waiting for a slot or
 * for a connection end at once, idle connections close, a connection given back or finishing its
 * connect afterwards is closed, not kept: nothing of the pool outlives the run and keeps the
 * process (or the server's slots) busy.
 */
import { abortError, onAbort } from '../db/abort-waits.js';
import { ConnectionBudget, connectWithinBudget, derivedBudget, readServerLimits } from '../db/connection-budget.js';
import { type Connection, openConnection, resetConnection, type SessionOptions, type SetUpSession, setUpSession } from '../db/session.js';
import type { Target } from './types.js';

export type PoolSessionOptions = Omit<SessionOptions, 'schema'>;

/** Where a target's session comes from: runTarget and status lease one, and close() gives it back. */
export interface SessionSource {
  /** `follow`: statements sent in the setup's round trip (setUpSession), their results in `followed`. */
  lease(target: Target, follow?: readonly string[]): Promise<SetUpSession>;
}

interface DatabaseSessions {
  idle: Connection[];
  /**
   * Leases of this database waiting for the server's budget: a connection given back goes to the
   * first of them instead of lying idle. Without this, a session kept idle for targets still to
   * come (toLease) would hold the only slot while the lease that needs it waits for a slot.
   */
  waiting: Array<{ take(connection: Connection): void; stop(error: unknown): void }>;
  /** Targets of this database not yet leased: when none is left, idle connections close. */
  toLease: number;
  /** The connect error that failed this database, given to its remaining targets. */
  unreachable?: unknown;
}

export class SessionPool implements SessionSource {
  private readonly databases = new Map<string, DatabaseSessions>();
  private readonly open = new Set<Connection>();
  /** Aborted when the pool stops: the run was interrupted, or close() was called. */
  private readonly stopping = new AbortController();
  private readonly unwatch: () => void;

  constructor(
    private readonly options: PoolSessionOptions,
    private readonly budget: ConnectionBudget = new ConnectionBudget(),
    /** The run's signal: once it aborts no target starts, so the pool stops at once. */
    signal?: AbortSignal,
  ) {
    this.unwatch = signal ? onAbort(signal, () => this.stop()) : () => {};
  }

  private get stopped(): boolean {
    return this.stopping.signal.aborted;
  }

  /** Host names known to be one server (tenants.ts resolved them): they share one budget. */
  nameServers(nameOf: (server: string) => string): void {
    this.budget.useServerNames(nameOf);
  }

  /** Announces the targets to come, so connections stay open exactly as long as they are needed. */
  expect(targets: readonly Target[]): void {
    for (const target of targets) this.database(target.url).toLease++;
  }

  async lease(target: Target, follow?: readonly string[]): Promise<SetUpSession> {
    const database = this.database(target.url);
    database.toLease = Math.max(0, database.toLease - 1);
    if (this.stopped) throw abortError(this.stopping.signal);
    if (database.unreachable) throw database.unreachable;
    const connection = database.idle.pop() ?? (await this.connectOrWait(target.url, database));
    let session: SetUpSession;
    try {
      session = await setUpSession(connection, { ...this.options, schema: target.schema }, follow);
    } catch (error) {
      await this.giveBack(connection, database);
      throw error;
    }
    let returned = false;
    return {
      ...session,
      close: async () => {
        if (returned) return;
        returned = true;
        await this.giveBack(connection, database);
      },
    };
  }

  /** Stops the pool and closes every connection (the end of a run). */
  async close(): Promise<void> {
    this.unwatch();
    this.stop();
    await Promise.all([...this.open].map((connection) => this.discard(connection)));
  }

  /**
   * No lease is served from now on: those waiting for a connection or a slot fail (AbortError),
   * idle connections close, and the ones in use close when given back.
   */
  private stop(): void {
    if (this.stopped) return;
    this.stopping.abort('the session pool stopped');
    const error = abortError(this.stopping.signal);
    for (const database of this.databases.values()) {
      for (const waiter of database.waiting.splice(0)) waiter.stop(error);
      for (const connection of database.idle.splice(0)) void this.discard(connection);
    }
  }

  private database(url: string): DatabaseSessions {
    let database = this.databases.get(url);
    if (!database) {
      database = { idle: [], waiting: [], toLease: 0 };
      this.databases.set(url, database);
    }
    return database;
  }

  /**
   * A new connection while the server's budget has room; when it is full, a connection of this
   * database given back meanwhile or a slot, whichever comes first. Racing with room to spare
   * would leave the losing connect's session idle, and the pool would grow to the whole budget:
   * every backend on a schema fleet's database then pays for every other's catalog changes.
   */
  private connectOrWait(url: string, database: DatabaseSessions): Promise<Connection> {
    const server = this.budget.of(url);
    const full = server.limit !== undefined && server.inUse >= server.limit;
    return full ? this.connectOrTakeOver(url, database) : this.connect(url, database);
  }

  /**
   * A new connection, or one of this database's given back while waiting for the budget, whichever
   * comes first. A connect that loses the race still completes (its slot wait cannot be called
   * off): its connection is given back like any other, to the next waiter or to idle.
   */
  private connectOrTakeOver(url: string, database: DatabaseSessions): Promise<Connection> {
    return new Promise((resolve, reject) => {
      let settled = false;
      const takeOver = {
        take: (connection: Connection) => {
          settled = true;
          resolve(connection);
        },
        stop: (error: unknown) => {
          settled = true;
          reject(error);
        },
      };
      database.waiting.push(takeOver);
      const stopWaiting = () => {
        const at = database.waiting.indexOf(takeOver);
        if (at !== -1) database.waiting.splice(at, 1);
      };
      this.connect(url, database).then(
        (connection) => {
          if (!settled) {
            settled = true;
            stopWaiting();
            resolve(connection);
          } else {
            void this.giveBack(connection, database);
          }
        },
        (error) => {
          if (settled) return;
          settled = true;
          stopWaiting();
          reject(error);
        },
      );
    });
  }

  private async connect(url: string, database: DatabaseSessions): Promise<Connection> {
    const server = this.budget.of(url);
    try {
      const connection = await connectWithinBudget(server, () => openConnection(url, this.options), {
        reclaim: () => this.reclaimIdle(server.server),
        deadlineMs: Math.max(this.options.connectTimeoutMs, 30_000),
        measure: async (connection) => derivedBudget(await readServerLimits(connection.client, connection.quickQueryTimeoutMs)),
        signal: this.stopping.signal,
      });
      this.open.add(connection);
      if (this.stopped) {
        // Connected while the pool stopped: nobody is left to use it.
        await this.discard(connection);
        throw abortError(this.stopping.signal);
      }
      return connection;
    } catch (error) {
      // Another target of this database may have connected meanwhile: only a database we never reached is marked.
      if (!this.stopped && ![...this.open].some((connection) => connection.url === url)) database.unreachable = error;
      throw error;
    }
  }

  private async giveBack(connection: Connection, database: DatabaseSessions): Promise<void> {
    if (!this.stopped && connection.usable && (database.toLease > 0 || database.waiting.length > 0)) {
      try {
        await resetConnection(connection);
        if (connection.usable && !this.stopped) {
          const waiter = database.waiting.shift();
          if (waiter) waiter.take(connection);
          else database.idle.push(connection);
          return;
        }
      } catch {
        // A connection that cannot be reset is not given to the next tenant.
      }
    }
    await this.discard(connection);
  }

  /** Closes one idle connection on `server` whose database has no target waiting right now. */
  private reclaimIdle(server: string): boolean {
    for (const [url, database] of this.databases) {
      if (database.idle.length === 0 || this.budget.of(url).server !== server) continue;
      const connection = database.idle.pop()!;
      void this.discard(connection);
      return true;
    }
    return false;
  }

  private async discard(connection: Connection): Promise<void> {
    if (!this.open.delete(connection)) return;
    this.budget.of(connection.url).release();
    await connection.close();
  }
}
