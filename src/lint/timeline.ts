/**
 * Which migrations ran before a given one on every database it reaches: lower versions of the
 * same scope, and of both/. A both/ file reaches the master and the tenants, so only other both/
 * files ran before it everywhere.
 */
import type { Migration } from '../migrations/types.js';

export function earlierIn(ordered: readonly Migration[], migration: Migration): Migration[] {
  return ordered.filter(
    (other) =>
      other !== migration &&
      other.version < migration.version &&
      (other.scope === 'both' || (migration.scope !== 'both' && other.scope === migration.scope)),
  );
}

export function byVersion(migrations: readonly Migration[]): Migration[] {
  return [...migrations].sort((a, b) => a.version - b.version);
}
