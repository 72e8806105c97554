import { maskUrl } from '../db/connection-url.js';
import type { Target, TargetResult } from './types.js';

/**
 * A target's result before anything ran on it (a failed start, a skip, the base a run fills in):
 * its name and masked URL, no versions, no steps. `fields` says what happened.
 */
export function untouchedResult(
  target: Pick<Target, 'name' | 'kind' | 'url' | 'schema'>,
  fields: Partial<TargetResult> = {},
): TargetResult {
  return {
    name: target.name,
    kind: target.kind,
    url: target.url ? maskUrl(target.url) : '',
    ...(target.schema ? { schema: target.schema } : {}),
    status: 'failed',
    fromVersion: null,
    toVersion: null,
    applied: [],
    durationMs: 0,
    ...fields,
  };
}
