/**
 * Which migrations ran before a given one on every database it reaches: lower versions of the
 * same scope, and of both/. A both/ file reaches the master and the tenants, so only other both/
 * files ran before it everywhere.
 */
import type { Migration } from '../migrations/types.js';

/**
 * The earlier migrations of any migration of `ordered` (sorted by version), oldest first, without
 * a pass over every file per file (1,000 files: a million comparisons). A scope's timeline is
 * sorted too, so a file's earlier migrations are the timeline's prefix below its version.
 */
export function earlierLookup(ordered: readonly Migration[]): (migration: Migration) => Migration[] {
  const timelines = new Map<string, Migration[]>();
  const timelineOf = (scope: string): Migration[] => {
    let timeline = timelines.get(scope);
    if (!timeline) {
      timeline = ordered.filter((other) => reaches(other, scope));
      timelines.set(scope, timeline);
    }
    return timeline;
  };
  return (migration) => {
    const timeline = timelineOf(migration.scope);
    let low = 0;
    let high = timeline.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (timeline[middle].version < migration.version) low = middle + 1;
      else high = middle;
    }
    return timeline.slice(0, low);
  };
}

/** A migration of `other`'s scope ran before, everywhere a file of `scope` runs. */
function reaches(other: Migration, scope: string): boolean {
  return other.scope === 'both' || (scope !== 'both' && other.scope === scope);
}

export function byVersion(migrations: readonly Migration[]): Migration[] {
  return [...migrations].sort((a, b) => a.version - b.version);
}
