/**
 * `migrate --create-missing`: a schema tenant whose schema does not exist yet (a row inserted by
 * the application before anyone ran CREATE SCHEMA) gets its schema created and is migrated,
 * instead of failing with SCHEMA_MISSING. Only after the failure is known, so a fleet whose
 * schemas all exist pays nothing; never in a dry run, which changes nothing.
 */
import { openSession, quoteIdent } from '../db/session.js';
import type { ResolvedFleetOptions } from './options.js';
import { toTargetError } from './run-target.js';
import type { Target, TargetResult } from './types.js';

/** Runs the target; when its schema is missing, creates it and runs the target again. */
export async function runCreatingMissingSchema(
  target: Target,
  options: ResolvedFleetOptions,
  run: (retry?: boolean) => Promise<TargetResult>,
): Promise<TargetResult> {
  const first = await run();
  if (first.error?.code !== 'SCHEMA_MISSING' || !target.schema || options.dryRun) return first;
  try {
    await createSchema(target, options);
  } catch (error) {
    return { ...first, error: toTargetError(error, [target.url]) };
  }
  const second = await run(true);
  return { ...second, createdSchema: true, durationMs: first.durationMs + second.durationMs };
}

async function createSchema(target: Target, options: ResolvedFleetOptions): Promise<void> {
  const session = await openSession(target.url, {
    connectTimeoutMs: options.connectTimeoutMs,
    lockTimeoutMs: options.lockTimeoutMs,
    statementTimeoutMs: options.statementTimeoutMs,
  });
  try {
    await session.client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(target.schema!)}`).catch((error: { code?: string }) => {
      // Two deploys creating it at once: the other one's CREATE won, which is as good.
      if (error.code !== '23505' && error.code !== '42P06') throw error;
    });
  } finally {
    await session.close();
  }
}
