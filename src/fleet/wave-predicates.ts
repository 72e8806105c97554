/**
 * The waves that select tenants by a SQL condition (`"where": "tier = 'free'"`) are evaluated
 * on the master, over the rows of the same tenants query discovery runs (the default query's
 * rows are the `tenants` table's, so the condition may name any of its columns). Read only: each
 * condition runs in a READ ONLY transaction through the extended protocol, which refuses a
 * second statement, so a wave's condition can select but never change anything.
 */
import { passwordsIn, scrubSecrets } from '../db/connection-url.js';
import { TenantMigrateError } from '../errors.js';
import { openMasterSession } from './master-connection.js';
import { DEFAULT_TENANTS_QUERY, type ResolvedFleetOptions } from './options.js';
import type { WaveSpec } from './rollout-config.js';
import { readOnlyRows, tenantsFromRows } from './tenants.js';

export function hasPredicateWaves(waves: readonly WaveSpec[]): boolean {
  return waves.some((wave) => wave.selection.kind === 'where');
}

/** Wave name -> the tenant names its condition matched (active or not: the plan keeps the active ones). */
export async function evaluateWavePredicates(
  waves: readonly WaveSpec[],
  options: Pick<ResolvedFleetOptions, 'masterUrl' | 'tenantsQuery' | 'connectTimeoutMs' | 'lockTimeoutMs' | 'statementTimeoutMs'>,
): Promise<Map<string, Set<string>>> {
  const matches = new Map<string, Set<string>>();
  const predicateWaves = waves.filter((wave) => wave.selection.kind === 'where');
  if (predicateWaves.length === 0) return matches;
  const session = await openMasterSession(options);
  const query = options.tenantsQuery ?? DEFAULT_TENANTS_QUERY;
  try {
    for (const wave of predicateWaves) {
      const predicate = (wave.selection as { predicate: string }).predicate;
      const text = `SELECT * FROM (${query}) AS tenants WHERE (${predicate})`;
      try {
        const rows = await readOnlyRows(session.client, text);
        matches.set(wave.name, new Set(tenantsFromRows(rows, options.masterUrl).map((tenant) => tenant.name)));
      } catch (error) {
        if (error instanceof TenantMigrateError) throw error;
        const message = scrubSecrets((error as Error).message ?? String(error), passwordsIn([options.masterUrl]));
        throw new TenantMigrateError('WAVE_PREDICATE_FAILED', `wave ${wave.name}: its condition failed on the master: ${message}`, {
          detail: `query: ${text}`,
          hint: "rollout.waves[].where is one condition on the tenants query's columns, e.g. \"tier = 'free'\"",
        });
      }
    }
    return matches;
  } finally {
    await session.close();
  }
}
