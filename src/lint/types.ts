import type { Migration, MigrationProblem, Section, Statement } from '../migrations/types.js';

export type Severity = 'error' | 'warning';
/** What a user may set a rule to, by id, in the config file or with `--rule id=level`. */
export type RuleLevel = 'off' | Severity;
export const RULE_LEVELS: readonly RuleLevel[] = ['off', 'warning', 'error'];

/** One thing lint found, at 1-based lines and columns counted in characters. */
export interface Finding {
  rule: string;
  severity: Severity;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  hint?: string;
  /** Which of the rule's messages this is (`Rule.messages`); absent for reading problems. */
  messageId?: string;
  /** A change that resolves the finding, when the rule knows one. */
  fix?: Fix;
}

/** Replace `[start, end)` (string indices into the file's text) with `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * A fix, ESLint-style: text edits on the file. `safe` fixes keep the migration's meaning (a guard,
 * a lock_timeout) and `lint --fix` applies them; the others are offered as suggestions only.
 */
export interface Fix {
  description: string;
  safe: boolean;
  edits: TextEdit[];
}

export interface LintSummary {
  files: number;
  errors: number;
  warnings: number;
  /** With --base (and not --all): findings in files or statements unchanged since the base, not counted as errors or warnings. */
  existing?: number;
}

export interface LintResult {
  findings: Finding[];
  summary: LintSummary;
  /** The text of each linted file by `Finding.file`, for code frames; formatters work without it. */
  sources?: Record<string, string>;
  /**
   * With --base: findings in files unchanged since the base, and in the statements an edited file
   * kept as they were there ("existing, not changed here"), listed apart.
   */
  existing?: Finding[];
  /** Of `existing`, how many are in edited files (in statements unchanged since the base); absent when none. */
  existingStatements?: number;
  /** With --fix: the files rewritten, with how many fixes each got. */
  fixed?: Array<{ file: string; fixes: number }>;
  /**
   * With --fix and no --base: files that had safe fixes but were left as they are, because they
   * are committed at HEAD (applied, as far as lint can tell), with an uncommitted edit or not.
   */
  leftAlone?: string[];
  /** Of `leftAlone`, the files with an uncommitted edit of their statements (maybe an applied migration edited). */
  leftAloneEdited?: string[];
  /** What the run says about how it judged (e.g. --base had no merge base with HEAD): notes, not findings. */
  notes?: string[];
}

/** A place in a file: a statement, or explicit positions (the end defaults to the start). */
export type Place = { statement: Statement } | { line: number; column: number; endLine?: number; endColumn?: number };

/** A message a rule can report, by id: `{{name}}` placeholders are filled from the report's data. */
export interface MessageSpec {
  message: string;
  hint?: string;
}

/** What a rule reports: one of its messages by id, the values for its placeholders, a place, maybe a fix. */
export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  at: Place;
  fix?: Fix;
}

/** Settings that change what rules flag. */
export interface LintSettings {
  /** The oldest PostgreSQL major version the fleet runs. */
  pgVersion: number;
  /** How tenants are kept apart, when the config says: a database each, or a schema each in one database. */
  tenancy?: 'database' | 'schema';
}

/**
 * The oldest PostgreSQL major version the PostgreSQL project still supports (five years each:
 * 14 reached its end of life in November 2026). Raise it when the next one does.
 */
export const DEFAULT_PG_VERSION = 15;
/** The oldest version `--pg-version` accepts: what the rules know about starts at 10. */
export const MIN_PG_VERSION = 10;
/**
 * The newest version `--pg-version` and lint.postgresVersion accept: that of the parser
 * (libpg-query 18). A fleet's oldest server cannot be newer than the grammar lint reads; raise
 * it with libpg-query.
 */
export const MAX_PG_VERSION = 18;

/** A statement with the section it sits in: rules walk UP and DOWN alike. */
export interface LocatedStatement {
  statement: Statement;
  section: Section;
}

/**
 * What a rule sees of one migration file: its own context (ESLint's shape), so `report` files a
 * finding under that rule and no other.
 */
export interface RuleContext {
  migration: Migration;
  /** Migrations that come before this one in its timeline (lower versions, same scope or both/), oldest first. */
  earlier: readonly Migration[];
  settings: LintSettings;
  /** UP statements, then DOWN statements, in file order. */
  statements: readonly LocatedStatement[];
  /** Tables (and other relations) the UP section creates: `schema.name` or `name`, as the parser gives them (see relationKey). */
  createdInUp: ReadonlySet<string>;
  /** Tables the DOWN section creates (to restore what UP dropped). */
  createdInDown: ReadonlySet<string>;
  /** The text of a 1-based line of the file. */
  lineText(line: number): string;
  /** Every rule id, for checks of what users wrote about rules (ignore comments). */
  ruleIds: readonly string[];
  /** The same object for every rule on this file: a key for facts computed once per file. */
  file: object;
  report(report: Report): void;
}

/** The former name of RuleContext. */
export type FileContext = RuleContext;

/**
 * Changes against a git base ref (`--base`): compared with the merge base of HEAD and the ref
 * (what the branch changed since it forked), so `ref` names the branch, not the commit compared with.
 */
export interface BaseChanges {
  ref: string;
  modified: ReadonlyArray<{
    path: string;
    baseChecksum: string;
    checksum: string;
    /** The first statement that differs from the base's (edited-statements.ts), where the finding is shown; none: line 1. */
    firstChange?: { line: number; column: number; endLine: number; endColumn: number };
    /** Renamed and changed: the file's path on the base, as findings write paths (same scope folder and version). */
    renamedFrom?: string;
  }>;
  deleted: ReadonlyArray<{ path: string; checksum: string }>;
  /**
   * Files renamed since the base with the same scope folder, version and SQL (the checksum's
   * notion): the same migration to the runner and its ledger, so neither deleted nor added.
   * `from` is the base's path, `fromFile` as findings write it.
   */
  renamed?: ReadonlyArray<{ path: string; from: string; fromFile: string }>;
  /** Files that exist on the base ref with the same statements (normalized checksum). */
  unchanged: ReadonlySet<string>;
  /** Every file that exists on the base (the merge base or the ref's tip): applied, so never rewritten by --fix. */
  onBase: ReadonlySet<string>;
  /** Why the ref's tip was compared with instead of the merge base with HEAD, when it was. */
  note?: string;
  /**
   * The migrations on the ref's tip (what is deployed from it, maybe merged there after the
   * branch forked), by path with `file` as findings write paths: for versions the branch must come after.
   */
  tip?: ReadonlyArray<{ path: string; file: string; version: number; versionText: string; scope: Migration['scope'] }>;
}

/** What a rule sees of the whole run, for checks across files. */
export interface SetContext {
  migrations: readonly Migration[];
  base?: BaseChanges;
  reportAt(file: string, report: Report): void;
}

export interface RuleDocs {
  /** Why the rule exists, in a sentence or two. */
  rationale: string;
  /** When a finding of the rule matters and when a team may turn it off (e.g. what the runner already does): shown after the rationale. */
  whenItMatters?: string;
  /** A file (or the SQL of one) that the rule flags. */
  flagged: string;
  /** The same, fixed. */
  fixed: string;
  /** SQL of an earlier migration the fixed example builds on (shown, and linted before it). */
  earlier?: string;
  /** The flagged example too comes after the earlier migration (it is flagged because of what that one made). */
  flaggedAfterEarlier?: boolean;
  /** The earlier migration runs outside a transaction (it holds CONCURRENTLY statements). */
  earlierOutsideTransaction?: boolean;
  /** tenant-migrate.config.json for the examples, when the rule depends on a setting. */
  config?: Record<string, unknown>;
  /**
   * What the examples are, so docs can show them and tests can lint them: `sql` statements of an UP
   * section, `sections` of a header-format file (from the UP marker), a whole `file`, or `text`
   * (file names, shell) that is shown only. Default `sql`.
   */
  kind?: 'sql' | 'sections' | 'file' | 'text';
}

/**
 * A lint rule, in the manner of ESLint's rule modules: metadata, docs and a check. Rules that
 * report what reading the files found declare the problem codes they own instead of a check.
 */
export interface Rule {
  id: string;
  severity: Severity;
  description: string;
  docs: RuleDocs;
  /** What the rule says, by message id (see `defineRule`). */
  messages?: Record<string, MessageSpec>;
  /** True when some of its findings carry a fix. */
  fixable?: boolean;
  /** Codes of `MigrationProblem`s (found while reading files) this rule reports. */
  problemCodes?: readonly string[];
  /** Runs on each readable migration file. */
  check?(context: RuleContext): void;
  /** Runs once over all files. */
  checkSet?(context: SetContext): void;
}

/** A rule as modules write it: with messages by id, which every report names. */
export function defineRule<const M extends Record<string, MessageSpec>>(
  rule: Omit<Rule, 'messages' | 'check' | 'checkSet'> & {
    messages: M;
    check?(context: RuleContextOf<keyof M & string>): void;
    checkSet?(context: SetContextOf<keyof M & string>): void;
  },
): Rule {
  return rule as unknown as Rule;
}

type RuleContextOf<Id extends string> = Omit<RuleContext, 'report'> & { report(report: Report & { messageId: Id }): void };
type SetContextOf<Id extends string> = Omit<SetContext, 'reportAt'> & { reportAt(file: string, report: Report & { messageId: Id }): void };

export type { Migration, MigrationProblem };
