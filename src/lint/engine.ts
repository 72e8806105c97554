/**
 * The lint engine: a pure function from read migrations (and the problems reading found) to
 * findings. Reading problems become findings of the rule that owns their code, so a file that
 * does not parse is reported and the others, and that file's parsed sections, are still checked.
 */
import type { Migration, MigrationProblem, Section } from '../migrations/types.js';
import { SourceText } from '../sql/source-text.js';
import { relationKey, unwrap } from './ast.js';
import type { FileResultCache } from './cache/file-results.js';
import { existingRelations, freshCreations, RelationSet } from './existing.js';
import { renderMessage } from './messages.js';
import { statementSpan } from './place.js';
import { RULES, ruleForProblem } from './registry.js';
import { findSuppressions, isSuppressed } from './suppressions.js';
import { byVersion, earlierLookup } from './timeline.js';
import {
  type BaseChanges,
  DEFAULT_PG_VERSION,
  type Finding,
  type LintSettings,
  type LocatedStatement,
  type MessageSpec,
  type Place,
  type Report,
  type Rule,
  type RuleContext,
  type RuleLevel,
  type Severity,
} from './types.js';

export interface LintInput {
  migrations: readonly Migration[];
  problems: readonly MigrationProblem[];
  /** Level of every rule by id (see `resolveLevels`). */
  levels: ReadonlyMap<string, RuleLevel>;
  base?: BaseChanges;
  /** Report only on these files (by `Migration.path`); the others still count for duplicate versions. */
  include?: (path: string) => boolean;
  /** How a path is written in findings, e.g. relative to the working directory. */
  displayPath?: (path: string) => string;
  /** PostgreSQL version and tenancy (default: the oldest supported version). */
  settings?: Partial<LintSettings>;
  /** Rules to run, when not every rule (e.g. the parity harness runs one at a time). */
  rules?: readonly Rule[];
  /** `lint --cache`: the file rules' findings of earlier runs, reused for files whose inputs are the same. */
  fileResults?: FileResultCache;
}

export interface LintOutput {
  findings: Finding[];
  /** Files linted, by path as written in findings, with their text. */
  sources: Map<string, string>;
  files: number;
}

const RULE_IDS = RULES.map((rule) => rule.id);

export function lintMigrationSet(input: LintInput): LintOutput {
  const include = input.include ?? (() => true);
  const display = input.displayPath ?? ((path: string) => path);
  const enabled = (rule: Rule): Severity | undefined => {
    const level = input.levels.get(rule.id) ?? rule.severity;
    return level === 'off' ? undefined : level;
  };
  const byPath = new Map(input.migrations.map((migration) => [migration.path, migration]));
  const lines = new Map<string, SourceText>();
  const sourceOf = (path: string) => {
    let text = lines.get(path);
    const migration = byPath.get(path);
    if (!text && migration) {
      text = new SourceText(migration.source);
      lines.set(path, text);
    }
    return text;
  };
  const findings: Finding[] = [];
  const add = (
    rule: Rule,
    severity: Severity,
    path: string,
    text: MessageSpec,
    at: Place,
    extra: Pick<Finding, 'messageId' | 'fix'> = {},
  ) => {
    findings.push({
      rule: rule.id,
      severity,
      file: path,
      ...spanOf(at, sourceOf(path)),
      message: text.message,
      ...(text.hint ? { hint: text.hint } : {}),
      ...(extra.messageId ? { messageId: extra.messageId } : {}),
      ...(extra.fix ? { fix: extra.fix } : {}),
    });
  };
  const addReport = (rule: Rule, severity: Severity, path: string, report: Report, naming = false) => {
    const text = renderMessage(rule, report.messageId, report.data);
    const shown = naming ? { message: showPaths(text.message), ...(text.hint ? { hint: showPaths(text.hint) } : {}) } : text;
    add(rule, severity, path, shown, report.at, { messageId: report.messageId, fix: report.fix });
  };
  // Reading problems and checks across files name files in their messages: as findings name them.
  let knownPaths: string[] | undefined;
  const showPaths = (text: string): string => {
    knownPaths ??= [...new Set([...input.problems.map((problem) => problem.path), ...byPath.keys()])].sort((a, b) => b.length - a.length);
    let shown = text;
    for (const path of knownPaths) if (shown.includes(path)) shown = shown.split(path).join(display(path));
    return shown;
  };

  let lookup: ((migration: Migration) => Migration[]) | undefined;
  const earlierOf = (migration: Migration) => {
    let read: Migration[] | undefined;
    return () => {
      lookup ??= earlierLookup(byVersion(input.migrations));
      read ??= lookup(migration);
      return read;
    };
  };
  // Files whose findings (reading problems and file rules) an earlier run stored for the same inputs.
  const reused = new Map<string, Finding[]>();
  if (input.fileResults) {
    for (const migration of input.migrations) {
      const cached = include(migration.path) ? input.fileResults.lookup(migration, earlierOf(migration)) : undefined;
      if (cached) reused.set(migration.path, cached);
    }
  }

  const files = new Set<string>();
  // A file's own reading problems, kept with its rules' findings when the cache stores them.
  const ownProblems = new Map<string, Finding[]>();
  // A problem about several files (a duplicate version) is filed under one that is reported on
  // and, with --base, preferably one the branch added or changed: a clash the branch makes is its own.
  const changed = (path: string) => !input.base?.unchanged.has(path);
  const filedUnder = (problem: MigrationProblem): string | undefined => {
    const candidates = [problem.path, ...(problem.others ?? [])].filter(include);
    return candidates.find(changed) ?? candidates[0];
  };
  for (const found of input.problems) {
    const path = filedUnder(found);
    if (path === undefined) continue;
    const problem = path === found.path ? found : { ...found, path };
    files.add(problem.path);
    const own = byPath.has(problem.path) && problem.code !== 'DUPLICATE_VERSION';
    if (own && reused.has(problem.path)) continue;
    const rule = ruleForProblem(problem.code);
    const severity = enabled(rule);
    if (!severity) continue;
    const at: Place = { line: problem.line, column: problem.column };
    const text = { message: showPaths(problem.message), ...(problem.hint ? { hint: showPaths(problem.hint) } : {}) };
    add(rule, severity, problem.path, text, at);
    if (own) ownProblems.set(problem.path, [...(ownProblems.get(problem.path) ?? []), findings[findings.length - 1]]);
  }

  const rules = input.rules ?? RULES;
  const settings: LintSettings = { pgVersion: DEFAULT_PG_VERSION, ...input.settings };
  // Each rule's level once, not once per file.
  const fileRules = rules.flatMap((rule) => {
    const severity = rule.check ? enabled(rule) : undefined;
    return severity ? [{ rule, severity }] : [];
  });
  for (const migration of input.migrations) {
    if (!include(migration.path)) continue;
    files.add(migration.path);
    const cached = reused.get(migration.path);
    if (cached) {
      findings.push(...cached);
      continue;
    }
    if (fileRules.length === 0 && !input.fileResults) continue;
    const earlier = earlierOf(migration);
    const first = findings.length;
    // Whether a rule read the earlier migrations is known only once the rules ran: the cache keys on them then.
    let readEarlier = false;
    const shared = fileContext(
      migration,
      settings,
      (line) => sourceOf(migration.path)?.lineText(line) ?? '',
      () => {
        readEarlier = true;
        return earlier();
      },
    );
    for (const { rule, severity } of fileRules) {
      // Each rule its own context: a report can only ever be filed under the rule that made it.
      const context: RuleContext = Object.create(shared);
      context.report = (report) => addReport(rule, severity, migration.path, report);
      rule.check?.(context);
    }
    if (input.fileResults) {
      const found = [...(ownProblems.get(migration.path) ?? []), ...findings.slice(first)];
      input.fileResults.record(migration, found, readEarlier ? earlier() : undefined);
    }
  }

  for (const rule of rules) {
    const severity = enabled(rule);
    if (!rule.checkSet || !severity) continue;
    rule.checkSet({
      migrations: input.migrations,
      base: input.base,
      reportAt: (path, report) => {
        if (!include(path)) return;
        files.add(path);
        addReport(rule, severity, path, report, true);
      },
    });
  }

  const kept = withoutRepeats(withoutSuppressed(findings, byPath));
  kept.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
  const sources = new Map<string, string>();
  for (const path of files) {
    const migration = byPath.get(path);
    if (migration) sources.set(display(path), migration.source);
  }
  return { findings: kept.map((finding) => ({ ...finding, file: display(finding.file) })), sources, files: files.size };
}

/** What every rule sees of one file; rule contexts inherit from it, so `earlier` is worked out only if asked. */
function fileContext(
  migration: Migration,
  settings: LintSettings,
  lineText: (line: number) => string,
  earlier: () => Migration[],
): Omit<RuleContext, 'report'> {
  const statements: LocatedStatement[] = [];
  for (const section of [migration.up, migration.down]) {
    if (section) for (const statement of section.statements) statements.push({ statement, section });
  }
  let earlierMigrations: Migration[] | undefined;
  let createdInUp: Set<string> | undefined;
  let createdInDown: Set<string> | undefined;
  const shared = {
    migration,
    settings,
    statements,
    get createdInUp() {
      createdInUp ??= createdRelations(migration.up, () => existingRelations(shared));
      return createdInUp;
    },
    // DOWN creates what UP dropped: that it existed before is the point.
    get createdInDown() {
      createdInDown ??= createdRelations(migration.down, () => new RelationSet());
      return createdInDown;
    },
    lineText,
    ruleIds: RULE_IDS,
    get earlier() {
      earlierMigrations ??= earlier();
      return earlierMigrations;
    },
    get file() {
      return shared;
    },
  };
  return shared;
}

/**
 * One finding per rule, place and message: a goose block is one statement of several nodes, and a
 * rule that reports each node at the statement would otherwise say the same thing twice (and
 * GitHub show the same annotation twice).
 */
function withoutRepeats(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = [finding.rule, finding.file, finding.line, finding.column, finding.endLine, finding.endColumn, finding.message].join(
      '\u0000',
    );
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function withoutSuppressed(findings: Finding[], byPath: ReadonlyMap<string, Migration>): Finding[] {
  const cache = new Map<string, ReturnType<typeof findSuppressions>>();
  return findings.filter((finding) => {
    const migration = byPath.get(finding.file);
    if (!migration) return true;
    let suppressions = cache.get(finding.file);
    if (!suppressions) {
      suppressions = findSuppressions(migration.source, () => [...migration.up.statements, ...(migration.down?.statements ?? [])]);
      cache.set(finding.file, suppressions);
    }
    return suppressions.length === 0 || !isSuppressed(finding, suppressions);
  });
}

/** A place as a full span; a bare position runs to the end of its line, so an editor underlines something. */
function spanOf(place: Place, source: SourceText | undefined) {
  if ('statement' in place) return statementSpan(place.statement);
  if (place.endLine !== undefined && place.endColumn !== undefined) {
    return { line: place.line, column: place.column, endLine: place.endLine, endColumn: place.endColumn };
  }
  const text = source && place.line <= source.lineCount ? source.lineText(place.line).trimEnd() : '';
  const lineEnd = [...text].length + 1;
  return { line: place.line, column: place.column, endLine: place.line, endColumn: lineEnd > place.column ? lineEnd : place.column + 1 };
}

/** Kinds of CREATE that count for `createdInUp` / `createdInDown`: tables and views. */
const CREATED_KINDS = new Set(['CreateStmt', 'CreateTableAsStmt', 'ViewStmt']);

/**
 * Tables and views a section creates, so rules can tell new relations from existing ones. A
 * CREATE of a relation that already exists (`existing`: what the earlier migrations made) creates
 * nothing: `CREATE TABLE IF NOT EXISTS orders` after the migration that made orders leaves the
 * live table, and what follows changes it.
 */
function createdRelations(section: Section | null, existing: () => RelationSet): Set<string> {
  const created = new Set<string>();
  if (!section) return created;
  const nodes = section.statements.flatMap((statement) =>
    statement.nodes.map((node) => {
      const [type, body] = unwrap(node);
      return { type, body };
    }),
  );
  const fresh = freshCreations(nodes, existing);
  nodes.forEach(({ type }, index) => {
    if (!CREATED_KINDS.has(type)) return;
    for (const relation of fresh[index]) {
      const key = relationKey(relation);
      if (key) created.add(key);
    }
  });
  return created;
}
