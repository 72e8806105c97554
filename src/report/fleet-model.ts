/**
 * The fleet runner's reports as plain data: what migrate, rollback and status return, what
 * the renderers (text, json, markdown) and the Action read. URLs here are always masked.
 */

import type { LockHolder } from '../db/lock-holders.js';
import type { ErrorCode } from '../error-codes.js';
import type { Text } from '../messages.js';
import type { RolloutReport } from './rollout-model.js';

export type TargetKind = 'master' | 'tenant';

/** `rolled-back` is rollback's `applied`: the report says what happened in the command's words. */
export type TargetStatus = 'applied' | 'rolled-back' | 'up-to-date' | 'planned' | 'failed' | 'skipped';

export interface AppliedStep {
  version: number;
  name: string;
  direction: 'up' | 'down';
  durationMs: number;
  /** Set when the migration hit lock_timeout and was tried again: attempts (the first included) and the time waited between them. */
  lockRetries?: { attempts: number; waitedMs: number };
}

/** A dry run's step: what would run, with its SQL. */
export interface PlannedStep {
  version: number;
  name: string;
  direction: 'up' | 'down';
  file: string;
  transaction: boolean;
  statements: Array<{ sql: string; line: number; column: number }>;
}

export interface TargetError {
  code: ErrorCode;
  /** In the library's terms; `messageText` keeps the sentence as data for the CLI and the Action. */
  message: string;
  hint?: string;
  messageText?: Text;
  hintText?: Text;
  /** More to show under the message (e.g. the tenants query that failed). */
  detail?: string;
  /** The migration that failed, e.g. `003_add_tags`. */
  migration?: string;
  file?: string;
  line?: number;
  column?: number;
  /** A migration that kept hitting lock_timeout: the attempts made and the time waited between them. */
  lockRetries?: { attempts: number; waitedMs: number };
  /** A lock_timeout: the sessions that held the failed statement's tables when it gave up (at most five). */
  lockHolders?: LockHolder[];
  /** An interrupted NO TRANSACTION migration: the statements that ran before the interrupt and stay applied. */
  ran?: Array<{ line: number; column: number }>;
}

export interface TargetResult {
  name: string;
  kind: TargetKind;
  /** Masked: never a password. */
  url: string;
  schema?: string;
  status: TargetStatus;
  /** Newest applied version before the run (null: none). */
  fromVersion: number | null;
  /** Newest applied version after the run. */
  toVersion: number | null;
  applied: AppliedStep[];
  /** Dry runs only. */
  planned?: PlannedStep[];
  /** Versions adopted from goose_db_version during this run. */
  adopted?: number[];
  /** migrate --create-missing created this schema tenant's schema. */
  createdSchema?: boolean;
  /** The target's own time, from when it had its session (reading, locking, migrating). */
  durationMs: number;
  /**
   * How long the target waited for its session (connecting, and a free connection when the
   * server's budget was full), when 100 ms or more: not in durationMs.
   */
  sessionWaitMs?: number;
  error?: TargetError;
  /** The rollout phase (canary, a wave's name, rest) the tenant ran in, when the run had a plan. */
  wave?: string;
}

export interface FleetReport {
  command: 'migrate' | 'rollback';
  /** A rollback run as goose's redo: each target rolled back and applied again (its status is `applied`). */
  redo?: true;
  ok: boolean;
  dryRun: boolean;
  durationMs: number;
  /** `i/n` when the run was a shard. */
  shard?: string;
  targets: TargetResult[];
  /** Rows of the default tenants query left out because they say they are inactive. */
  inactiveTenants?: number;
  /** Why a dry run shows no tenants when that is no failure (the master's migrations would make the tenants table). */
  tenantsNote?: string;
  /** A failure of the run itself after it began (the tenants could not be listed). */
  error?: TargetError;
  /** The rollout plan (canary, waves, failure budget) and where it stopped, when the run had one. */
  rollout?: RolloutReport;
  /** The run's id in the run record (tenant-migrate runs show ID); absent with --no-record and in dry runs. */
  runId?: string;
  /** The run record could not be written in full (the migrations ran regardless). */
  recordWarning?: string;
  /** --retry-failed: the run whose failed and not-tried targets this run tried again. */
  retryOf?: string;
  /**
   * --retry-failed of a run with nothing left to retry (every target applied or up to date): no
   * target was tried and no run recorded. `ok`: that run was ok; `finished`: it was not (stopped
   * after its last target), but every target of it finished.
   */
  nothingToRetry?: 'ok' | 'finished';
  /**
   * The run was stopped by a signal (SIGINT, SIGTERM) or the caller's AbortSignal: no target
   * started after it, the running ones were cancelled (their results say so, code INTERRUPTED).
   */
  interrupted?: { signal: string };
}

export interface TargetStatusRow {
  name: string;
  kind: TargetKind;
  url: string;
  schema?: string;
  /** Newest applied version (null: none). */
  currentVersion: number | null;
  /** Newest version in the files for this target's timeline. */
  latestVersion: number | null;
  pending: number;
  pendingVersions: number[];
  /** Applied versions whose file changed or vanished. */
  /** renamed: same version and SQL under another file name (`file`), reported but not blocking; missing may name the renumbered `file`. */
  drift: Array<{ version: number; name: string; kind: 'changed' | 'missing' | 'renamed'; file?: string }>;
  /** Pending versions older than the newest applied one. */
  outOfOrder: number[];
  lastAppliedAt: string | null;
  /** Who keeps this target's history: our ledger, goose only (not adopted yet), or nobody yet. */
  managedBy: 'tenant-migrate' | 'goose' | 'none';
  /** Applied versions whose ledger row has no checksum (another runner's rows, goose's adopted ones): their edits go unseen. */
  unchecked?: number;
  error?: TargetError;
}

export interface StatusReport {
  ok: boolean;
  durationMs: number;
  shard?: string;
  targets: TargetStatusRow[];
  /** Rows of the default tenants query left out because they say they are inactive. */
  inactiveTenants?: number;
  /** Why a dry run shows no tenants when that is no failure (the master's migrations would make the tenants table). */
  tenantsNote?: string;
  error?: TargetError;
}
