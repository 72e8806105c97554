/**
 * The version a new migration gets: one past the highest version in its scope's timeline,
 * zero-padded like the newest existing file, or a UTC timestamp when asked for or when the
 * existing files already use timestamps.
 */
import { formatTimestampVersion, isTimestampVersion } from '../migrations/file-name.js';
import { timelinesOf } from '../migrations/scope.js';
import type { Scope } from '../migrations/types.js';

export interface ExistingVersion {
  version: number;
  versionText: string;
  scope: Scope;
}

export const DEFAULT_VERSION_WIDTH = 3;

export function nextVersion(existing: readonly ExistingVersion[], scope: Scope, options: { timestamp?: boolean; now: Date }): string {
  const timelines = timelinesOf(scope);
  const related = existing.filter((entry) => timelinesOf(entry.scope).some((which) => timelines.includes(which)));
  const newest = related.reduce<ExistingVersion | undefined>(
    (best, entry) => (!best || entry.version > best.version ? entry : best),
    undefined,
  );
  if (options.timestamp || (newest && isTimestampVersion(newest.versionText))) {
    const stamp = formatTimestampVersion(options.now);
    return newest && Number(stamp) <= newest.version ? String(newest.version + 1) : stamp;
  }
  const next = (newest?.version ?? 0) + 1;
  const width = newest ? newest.versionText.length : DEFAULT_VERSION_WIDTH;
  return String(next).padStart(width, '0');
}
