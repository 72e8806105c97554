import { ConnectionBudget, serverOf } from '../db/connection-budget.js';
import { openSession, type Session } from '../db/session.js';
import type { ResolvedFleetOptions } from './options.js';
import { SessionPool } from './session-pool.js';
import { ledgerIdentity } from './target-identity.js';
import type { Target } from './types.js';

type SessionSettings = Pick<ResolvedFleetOptions, 'connectTimeoutMs' | 'lockTimeoutMs' | 'statementTimeoutMs'>;

/** A session on one target with the run's timeouts and, for a schema tenant, its search_path. */
export function openTargetSession(target: Target, options: SessionSettings): Promise<Session> {
  return openSession(target.url, sessionSettings(options, target.schema));
}

/**
 * The run's sessions: shared per database, within --max-connections (or the derived cap) per
 * server. `signal`: the run's; when it aborts the pool stops (no lease waits on, nothing stays open).
 */
export function createSessionPool(
  options: SessionSettings & Pick<ResolvedFleetOptions, 'maxConnections'>,
  signal?: AbortSignal,
): SessionPool {
  return new SessionPool(sessionSettings(options), new ConnectionBudget(options.maxConnections, budgetServer), signal);
}

/** The server a URL reaches, as the ledger identity spells it (loopback names as one, ?host= read): its budget's key. */
export function budgetServer(url: string): string {
  return ledgerIdentity({ url })?.server ?? serverOf(url);
}

function sessionSettings(options: SessionSettings, schema?: string) {
  return {
    connectTimeoutMs: options.connectTimeoutMs,
    lockTimeoutMs: options.lockTimeoutMs,
    statementTimeoutMs: options.statementTimeoutMs,
    ...(schema === undefined ? {} : { schema }),
  };
}
