import type { ErrorCode } from '../error-codes.js';
import type { StatementNode } from '../sql/parser.js';

/** Where a migration applies. `both` files belong to the master's and the tenants' timelines. */
export type Scope = 'master' | 'tenant' | 'both';
export const SCOPES: readonly Scope[] = ['master', 'tenant', 'both'];

/** The two timelines a fleet has: the master database, and every tenant. */
export type Timeline = 'master' | 'tenant';

export type MigrationFormat = 'header' | 'goose';

export interface Statement {
  /** Text sent to PostgreSQL (after ENVSUB), without its terminating semicolon. */
  sql: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Parsed statements: one, or several for a goose StatementBegin/End block kept whole. */
  nodes: StatementNode[];
  /** True for a goose StatementBegin/End block. */
  block: boolean;
}

export interface Section {
  direction: 'up' | 'down';
  /** Line of the marker or annotation that opens the section. */
  markerLine: number;
  statements: Statement[];
  /** False when the section's SQL did not parse; the problem is in `ParsedMigration.problems`. */
  parsed: boolean;
}

export interface Migration {
  /** Path as the user gave it or as found under the migrations directory. */
  path: string;
  fileName: string;
  version: number;
  /** The version exactly as written in the file name, zero-padding included. */
  versionText: string;
  /** File name without `.sql`, e.g. `002_add_email_verification`. */
  name: string;
  /** The part after the version, e.g. `add_email_verification`. */
  description: string;
  scope: Scope;
  format: MigrationFormat;
  /** False for goose's `NO TRANSACTION` or a header `Transaction: none`. */
  transaction: boolean;
  /** Header fields (`-- Key: value`) by lower-case key; goose files have none. */
  header: Record<string, { value: string; line: number }>;
  /** sha256 of the file's canonical form (comments, whitespace, BOM and line ends left out), hex: see checksum.ts. */
  checksum: string;
  /** sha256 of the file's bytes, hex: what ledgers written before the normalized checksum hold. */
  fileChecksum: string;
  up: Section;
  down: Section | null;
  /** The file's text, for code frames and inline comments. */
  source: string;
}

/** Something wrong with a file, found while reading it, with a 1-based position. */
export interface MigrationProblem {
  code: ErrorCode;
  message: string;
  path: string;
  line: number;
  column: number;
  hint?: string;
  /** Which section a syntax error is in. */
  section?: 'up' | 'down';
  /**
   * The other files the problem is as much about (a duplicate version: the file that has the
   * version too). Lint files it under `path` unless that file is not reported on (not named, or
   * unchanged since --base) and one of these is.
   */
  others?: string[];
}
