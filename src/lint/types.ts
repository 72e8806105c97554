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
}

export interface LintSummary {
  files: number;
  errors: number;
  warnings: number;
}

export interface LintResult {
  findings: Finding[];
  summary: LintSummary;
  /** The text of each linted file by `Finding.file`, for code frames; formatters work without it. */
  sources?: Record<string, string>;
}

/** A place in a file: a statement, or explicit positions (the end defaults to the start). */
export type Place = { statement: Statement } | { line: number; column: number; endLine?: number; endColumn?: number };

export interface Report {
  message: string;
  hint?: string;
  at: Place;
}

/** A statement with the section it sits in: rules walk UP and DOWN alike. */
export interface LocatedStatement {
  statement: Statement;
  section: Section;
}

/** What a rule sees of one migration file. */
export interface FileContext {
  migration: Migration;
  /** UP statements, then DOWN statements, in file order. */
  statements: readonly LocatedStatement[];
  /** Tables (and other relations) the UP section creates: `schema.name` or `name`, lower-cased. */
  createdInUp: ReadonlySet<string>;
  /** Tables the DOWN section creates (to restore what UP dropped). */
  createdInDown: ReadonlySet<string>;
  /** The text of a 1-based line of the file. */
  lineText(line: number): string;
  /** Every rule id, for checks of what users wrote about rules (ignore comments). */
  ruleIds: readonly string[];
  report(report: Report): void;
}

/** Changes against a git base ref (`--base`). */
export interface BaseChanges {
  ref: string;
  modified: ReadonlyArray<{ path: string; baseChecksum: string; checksum: string }>;
  deleted: ReadonlyArray<{ path: string; checksum: string }>;
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
  /** A file (or the SQL of one) that the rule flags. */
  flagged: string;
  /** The same, fixed. */
  fixed: string;
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
  /** Codes of `MigrationProblem`s (found while reading files) this rule reports. */
  problemCodes?: readonly string[];
  /** Runs on each readable migration file. */
  check?(context: FileContext): void;
  /** Runs once over all files. */
  checkSet?(context: SetContext): void;
}

export type { Migration, MigrationProblem };
