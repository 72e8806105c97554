/**
 * The `server` provider: databases made with `CREATE DATABASE` on a server the user names
 * (`--ephemeral-url`), under random names, and dropped afterwards, even on Ctrl-C. The other
 * providers start a server and then hand it to this one.
 */
import { randomBytes } from 'node:crypto';
import { maskUrl, passwordsIn, scrubSecrets, withDatabase } from '../db/connection-url.js';
import { newPgClient } from '../db/pg-client.js';
import { TenantMigrateError } from '../errors.js';
import { text } from '../messages.js';
import { cleanupOnSignal } from './cleanup-on-signal.js';
import type { EphemeralDatabase, EphemeralEvent, EphemeralProvider, ProviderName } from './provider.js';

/** Every database verify makes starts with this, so a leftover (after `kill -9`) is easy to spot and remove. */
export const EPHEMERAL_DATABASE_PREFIX = 'tmv_';

export interface ServerProviderOptions {
  /** Reported as the provider's name: `docker` and `embedded` reuse this provider on the server they start. */
  as?: ProviderName;
  description?: string;
  onEvent?: (event: EphemeralEvent) => void;
  /** Runs after every database is dropped (stops the container or the embedded server). */
  onClose?: () => Promise<void>;
}

export async function openServerProvider(adminUrl: string, options: ServerProviderOptions = {}): Promise<EphemeralProvider> {
  const name = options.as ?? 'server';
  const secrets = passwordsIn([adminUrl]);
  await checkServer(adminUrl, secrets);
  const runId = randomBytes(4).toString('hex');
  const live = new Map<string, EphemeralDatabase>();
  let closed = false;

  const close = async () => {
    if (closed) return;
    closed = true;
    const failures: unknown[] = [];
    for (const database of [...live.values()]) {
      await database.drop().catch((error: unknown) => failures.push(error));
    }
    await options.onClose?.();
    if (failures.length > 0) throw failures[0];
  };
  const forgetSignal = cleanupOnSignal(close);

  return {
    name,
    description: options.description ?? `server ${maskUrl(adminUrl)}`,
    async createDatabase(label) {
      if (closed) throw new Error('this ephemeral provider is closed');
      const databaseName = `${EPHEMERAL_DATABASE_PREFIX}${runId}_${label.toLowerCase().replace(/[^a-z0-9_]/g, '_')}`.slice(0, 63);
      // template0: a clean database, not whatever someone installed into template1.
      await adminQuery(adminUrl, `CREATE DATABASE ${quoteIdent(databaseName)} TEMPLATE template0`, secrets, databaseName);
      let dropped = false;
      const database: EphemeralDatabase = {
        name: databaseName,
        url: withDatabase(adminUrl, databaseName),
        async drop() {
          if (dropped) return;
          dropped = true;
          await dropDatabase(adminUrl, databaseName, secrets);
          live.delete(databaseName);
          options.onEvent?.({ type: 'database-dropped', provider: name, database: databaseName });
        },
      };
      live.set(databaseName, database);
      options.onEvent?.({ type: 'database-created', provider: name, database: databaseName });
      return database;
    },
    async close() {
      try {
        await close();
      } finally {
        forgetSignal();
      }
    },
  };
}

async function checkServer(adminUrl: string, secrets: string[]): Promise<void> {
  await adminQuery(adminUrl, 'SELECT 1', secrets);
}

/** `WITH (FORCE)` (PostgreSQL 13+) ends the sessions an interrupted run left open; older servers get them terminated first. */
async function dropDatabase(adminUrl: string, databaseName: string, secrets: string[]): Promise<void> {
  try {
    await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${quoteIdent(databaseName)} WITH (FORCE)`, secrets, databaseName);
  } catch (error) {
    if (!(error instanceof TenantMigrateError) || !/syntax error/i.test(error.message)) throw error;
    await adminQuery(
      adminUrl,
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${databaseName}' AND pid <> pg_backend_pid()`,
      secrets,
      databaseName,
    );
    await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${quoteIdent(databaseName)}`, secrets, databaseName);
  }
}

async function adminQuery(adminUrl: string, sql: string, secrets: string[], databaseName?: string): Promise<void> {
  const client = newPgClient({ connectionString: adminUrl, connectionTimeoutMillis: 15_000 });
  try {
    await client.connect();
    await client.query(sql);
  } catch (error) {
    throw serverError(error, adminUrl, secrets, databaseName);
  } finally {
    await client.end().catch(() => undefined);
  }
}

function serverError(error: unknown, adminUrl: string, secrets: string[], databaseName?: string): TenantMigrateError {
  const raw = error instanceof Error ? error.message : String(error);
  const message = scrubSecrets(raw, secrets);
  const code = (error as { code?: string }).code;
  const where = maskUrl(adminUrl);
  if (code === '42501') {
    return new TenantMigrateError('EPHEMERAL_NO_CREATEDB', `cannot create a database on ${where}: ${message}`, {
      hint: text(
        'ephemeral.createdb',
        'the ephemeral server needs a user with CREATEDB (ALTER ROLE ... CREATEDB), or use {option:ephemeral=embedded}',
      ),
    });
  }
  if (code === undefined || /ECONNREFUSED|ENOTFOUND|timeout|terminated/i.test(raw)) {
    return new TenantMigrateError('EPHEMERAL_SERVER_UNREACHABLE', `the ephemeral server ${where} does not answer: ${message}`, {
      hint: text(
        'ephemeral.unreachable',
        'check {option} (host, port, user, password), or leave it out to use Docker or the embedded PostgreSQL',
        {
          option: 'ephemeralUrl',
        },
      ),
    });
  }
  return new TenantMigrateError('EPHEMERAL_SERVER_FAILED', `${databaseName ? `database ${databaseName}: ` : ''}${message} (on ${where})`, {
    hint: 'the ephemeral server refused the operation; the message above comes from PostgreSQL',
  });
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
