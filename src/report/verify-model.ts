/**
 * The verify report: plain data that `verifyMigrations` returns, the renderers print, the Action
 * turns into a PR comment and annotations, and `--format json` writes as is.
 */
import type { Text } from '../messages.js';

export type VerifyStatus = 'passed' | 'warning' | 'failed' | 'skipped';
export type FindingSeverity = 'error' | 'warning' | 'info';

/**
 * Finding codes:
 * - `syntax-error`: the file does not parse (nothing of it ran);
 * - `up-failed`, `down-failed`: PostgreSQL rejected a statement;
 * - `not-reversible`: the catalog after DOWN differs from the catalog before UP;
 * - `reapply-failed`, `reapply-differs`: UP after DOWN fails, or gives another catalog than the first UP;
 * - `not-idempotent`: UP run a second time on top of itself fails or changes the catalog
 *   (warning; error with `strict`);
 * - `no-down`: the file has no DOWN section (warning; error with `strict`);
 * - `no-transaction`: a NO TRANSACTION file: statements ran one by one and locks were not traced (info);
 * - `skipped`: not run because an earlier migration of the timeline failed;
 * - `setup-failed`: the schema file or an older migration failed while preparing the database;
 * - `invalid-file`: a file problem found while reading (bad name, not UTF-8, duplicate version);
 * - with a base: `deleted-migration` (warning), `renamed-migration` (info: same scope folder,
 *   version and SQL under another name, not verified again), `base-without-merge-base` (info).
 */
export interface VerifyFinding {
  code: string;
  severity: FindingSeverity;
  message: string;
  file?: string;
  line?: number;
  column?: number;
  /** What to do about it, in the library's terms; `hintText` keeps it as data for each face's terms. */
  hint?: string;
  hintText?: Text;
}

export interface LockTaken {
  /** Schema-qualified relation name (`public.` left out). */
  relation: string;
  /** PostgreSQL's lock mode name, e.g. `AccessExclusiveLock`. */
  mode: string;
  /** False for a relation the migration itself created: locking it blocks nobody. */
  existedBefore: boolean;
}

export interface StatementResult {
  sql: string;
  line: number;
  durationMs: number;
  /** Relation locks this statement newly took (empty and untraced for NO TRANSACTION files). */
  locks: LockTaken[];
}

export interface MigrationResult {
  path: string;
  version: number;
  name: string;
  status: VerifyStatus;
  /** Time of the whole UP / DOWN / UP / UP cycle, fingerprints included. */
  durationMs: number;
  /** DOWN restores the catalog: null when there is no DOWN or it could not be tried. */
  reversible: boolean | null;
  /** UP applied on top of itself succeeds and changes nothing: null when it could not be tried. */
  idempotent: boolean | null;
  /** False for NO TRANSACTION files. */
  transaction: boolean;
  /** The first UP, statement by statement. */
  statements: StatementResult[];
  findings: VerifyFinding[];
}

export interface ScopeResult {
  timeline: 'master' | 'tenant';
  /** Older migrations applied before the ones under test. */
  setupMigrations: number;
  setupDurationMs: number;
  migrations: MigrationResult[];
  /** Problems that belong to no single migration under test (setup failures). */
  findings: VerifyFinding[];
}

export interface VerifyReport {
  ok: boolean;
  /** `server`, `docker` or `embedded`. */
  provider: string;
  /** Where the databases lived, password masked, and why that provider. */
  providerDetail: string;
  durationMs: number;
  strict: boolean;
  /** The git ref migrations were compared against, when `base` was given. */
  base?: string;
  scopes: ScopeResult[];
  /** Problems that belong to no timeline: unreadable files, deleted migrations. */
  findings: VerifyFinding[];
}

/** A migration's status from its findings. */
export function statusOf(findings: readonly VerifyFinding[]): VerifyStatus {
  if (findings.some((finding) => finding.code === 'skipped')) return 'skipped';
  if (findings.some((finding) => finding.severity === 'error')) return 'failed';
  if (findings.some((finding) => finding.severity === 'warning')) return 'warning';
  return 'passed';
}

export type VerifyReportFormat = 'text' | 'json' | 'markdown';
export const VERIFY_REPORT_FORMATS: readonly VerifyReportFormat[] = ['text', 'markdown', 'json'];
