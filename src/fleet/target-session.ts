import { openSession, type Session } from '../db/session.js';
import type { ResolvedFleetOptions } from './options.js';
import type { Target } from './types.js';

/** A session on one target with the run's timeouts and, for a schema tenant, its search_path. */
export function openTargetSession(
  target: Target,
  options: Pick<ResolvedFleetOptions, 'connectTimeoutMs' | 'lockTimeoutMs' | 'statementTimeoutMs'>,
): Promise<Session> {
  return openSession(target.url, {
    connectTimeoutMs: options.connectTimeoutMs,
    lockTimeoutMs: options.lockTimeoutMs,
    statementTimeoutMs: options.statementTimeoutMs,
    schema: target.schema,
  });
}
