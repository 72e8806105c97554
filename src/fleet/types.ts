/** The fleet runner's plain data: options in, reports out (the report models live in report/). */
import type { TargetKind, TargetResult } from '../report/fleet-model.js';
import type { RolloutOptions } from './rollout.js';
import type { RecordOptions } from './run-recorder.js';

export type {
  AppliedStep,
  FleetReport,
  PlannedStep,
  StatusReport,
  TargetError,
  TargetKind,
  TargetResult,
  TargetStatus,
  TargetStatusRow,
} from '../report/fleet-model.js';

export type TargetSelection = 'master' | 'tenants' | 'all';

/** One database (or schema) to migrate. */
export interface Target {
  name: string;
  kind: TargetKind;
  /** The real URL, password included: only the db layer sees it; reports carry `maskUrl(url)`. */
  url: string;
  /** Schema-per-tenant: the tenant's schema in the database at `url`. */
  schema?: string;
  /** A tenants row that names no database and no schema: reported as a failed target. */
  invalid?: string;
}

/** The rollout options (canary, waves, failure budget) are in RolloutOptions; the run record's in RecordOptions. */
export interface FleetOptions extends RolloutOptions, RecordOptions {
  /** Migrations directory. */
  dir: string;
  masterUrl: string;
  /** SQL run on the master to list tenants (default: the active rows of `tenants`). */
  tenantsQuery?: string;
  /**
   * goose's version table, when goose runs with `-table NAME` (or GOOSE_TABLE): its history is
   * adopted and kept in step. Default `goose_db_version`.
   */
  gooseTable?: string;
  /** Only these tenants (by name). */
  tenants?: string[];
  /** `i/n`: the i-th of n deterministic shares of the tenants (1-based). */
  shard?: string;
  /** Tenants migrated at once (default DEFAULT_CONCURRENCY). */
  concurrency?: number;
  /**
   * Sessions held at once on one server (host:port), across every target on it. Default: derived
   * from the server's max_connections and what is in use, leaving half the free slots.
   */
  maxConnections?: number;
  /** Times a transactional migration that hit lock_timeout is tried again (default DEFAULT_LOCK_RETRIES). */
  lockRetries?: number;
  /** The first wait before a lock-timeout retry, in milliseconds (default LOCK_RETRY_BASE_DELAY_MS); it doubles each time. */
  lockRetryDelayMs?: number;
  target?: TargetSelection;
  /** migrate: stop after this version; rollback: roll back every version above it. */
  to?: number;
  dryRun?: boolean;
  /** Session lock_timeout, e.g. `10s` (default DEFAULT_LOCK_TIMEOUT). */
  lockTimeout?: string;
  /** Session statement_timeout, e.g. `30min`; `0` turns it off (default DEFAULT_STATEMENT_TIMEOUT). */
  statementTimeout?: string;
  /** Connect timeout, e.g. `10s` (default DEFAULT_CONNECT_TIMEOUT). */
  connectTimeout?: string;
  /** How long to wait for another deploy's lock on a target before failing it: seconds, or a duration like `5min` (default DEFAULT_LOCK_WAIT_SECONDS). */
  lockWait?: number | string;
  /** migrate: create a schema tenant's missing schema instead of failing the tenant. */
  createMissing?: boolean;
  /** The template database tenant add copies (default `<master database>_tenant_template`): migrate and rollback keep it in step when it exists. */
  templateDatabase?: string;
  allowDrift?: boolean;
  allowOutOfOrder?: boolean;
  /** Written to the ledger's applied_by (default: user@host). */
  appliedBy?: string;
  onProgress?: (event: ProgressEvent) => void;
  /**
   * Stops the run when aborted (the CLI aborts it on SIGINT or SIGTERM, with the signal's name as
   * the reason): no target starts after it, the statements running are cancelled (a transactional
   * migration rolls back), and the report says what finished, what was interrupted and what was
   * not started (`interrupted`, and code INTERRUPTED on those targets).
   */
  signal?: AbortSignal;
  /**
   * Called once the tenants are known, with their real URLs (passwords included), so a caller can
   * register them as secrets (the Action masks them in its logs). Never print them.
   */
  onTargets?: (targets: ReadonlyArray<Pick<Target, 'name' | 'kind' | 'url' | 'schema'>>) => void;
}

export interface RollbackOptions extends FleetOptions {
  /** Roll back the newest N applied migrations of each target (default 1 when `to` is not given). */
  steps?: number;
  /**
   * goose's redo: each migration a target rolls back is applied again at once, target by target
   * (never what was pending before), and an interrupt never leaves a target between the two.
   */
  redo?: boolean;
}

export type StatusOptions = Omit<
  FleetOptions,
  'to' | 'dryRun' | 'lockTimeout' | 'lockWait' | 'allowOutOfOrder' | 'allowDrift' | 'appliedBy'
>;

export type ProgressEvent =
  | { type: 'total'; total: number }
  | { type: 'target-start'; target: string; kind: TargetKind }
  | { type: 'migration-start'; target: string; version: number; name: string; direction: 'up' | 'down' }
  | { type: 'lock-retry'; target: string; version: number; attempts: number; waitedMs: number }
  | { type: 'target-done'; result: TargetResult; done: number; total: number; failed: number };
