/**
 * The staged-rollout flags migrate and rollback take (declared in the option catalogue): a canary
 * first, one wave only, a failure budget. The waves are `rollout.waves` in tenant-migrate.config.json.
 */
import type { RolloutOptions } from '../fleet/rollout.js';
import { loadRolloutConfig } from '../fleet/rollout-config-file.js';
import type { CliIo } from './io.js';

export interface RolloutFlags {
  canary?: string;
  wave?: string;
  maxFailures?: string;
}

/** The flags with the waves of tenant-migrate.config.json in the working directory. */
export async function rolloutOptionsFrom(flags: RolloutFlags, io: CliIo): Promise<RolloutOptions> {
  return {
    rollout: await loadRolloutConfig(io.cwd),
    canary: flags.canary,
    wave: flags.wave,
    maxFailures: flags.maxFailures === undefined ? undefined : String(flags.maxFailures),
  };
}
