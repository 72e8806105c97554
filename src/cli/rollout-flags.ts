/**
 * The staged-rollout and run-record flags of migrate and rollback (declared in the option
 * catalogue): a canary first, one wave only, a failure budget, the run id, retry, claim. The waves
 * are `rollout.waves` in tenant-migrate.config.json.
 */
import type { RolloutOptions } from '../fleet/rollout.js';
import { loadRolloutConfig } from '../fleet/rollout-config-file.js';
import type { RecordOptions } from '../fleet/run-recorder.js';
import type { CliIo } from './io.js';

export interface RolloutFlags {
  canary?: string;
  wave?: string;
  maxFailures?: string;
  record: boolean;
  runId?: string;
  /** `--retry-failed` alone: '' (the last run of the command). */
  retryFailed?: string;
  claim: boolean;
  claimLease?: string;
}

/** The flags with the waves of tenant-migrate.config.json in the working directory. */
export async function rolloutOptionsFrom(flags: RolloutFlags, io: CliIo): Promise<RolloutOptions & RecordOptions> {
  return {
    record: flags.record,
    runId: flags.runId,
    retryFailed: flags.retryFailed === undefined ? undefined : String(flags.retryFailed),
    claim: flags.claim,
    claimLease: flags.claimLease,
    rollout: await loadRolloutConfig(io.cwd),
    canary: flags.canary,
    wave: flags.wave,
    maxFailures: flags.maxFailures === undefined ? undefined : String(flags.maxFailures),
  };
}
